// The statement an officer reads to a detained foreign national, informing them of their rights
// under the Vienna Convention on Consular Relations (1963), art. 36(1)(b) (and A/RES/66/172 op.4(g)).
export interface ConsularStatement { title: string; paragraphs: string[]; signature: string; source: string; }

export const consularStatements: Record<string, ConsularStatement> = {
  en: {
    title: 'Consular notification and access: your rights',
    paragraphs: [
      'As a non-citizen who is being detained, you are entitled to have us notify the consular officers of your country here of your detention. If you ask us to, we will do so without delay.',
      'You are also entitled to communicate with your consular officers. We will forward any communication from you to them without delay.',
      'Consular officers may visit you, talk and correspond with you, and arrange for your legal representation.',
      'You may decline. You do not have to ask for notification or accept consular help, and you may ask for notification now or at any time later while you are detained.',
      'In some cases an agreement between this country and yours requires us to notify your consular officers whatever you decide. If that applies to you, we will notify them and tell you that we have done so; you may still decline to see them or to accept their help.',
      'Do you want us to notify the consular officers of your country now?',
    ],
    signature: 'Read to the detained person on ____ (date) at ____ (time) by ____ (officer)',
    source: 'Vienna Convention on Consular Relations (1963), art. 36(1)(b); General Assembly resolution A/RES/66/172, para. 4(g)',
  },
  ar: {
    title: 'حقوقك في الإخطار القنصلي والاتصال بالموظفين القنصليين',
    paragraphs: [
      'بما أنك لست من مواطني هذا البلد وأنت محتجز، يحق لك أن تطلب منا إخطار الموظفين القنصليين لبلدك هنا باحتجازك. وإذا طلبت ذلك، فسنقوم به دون تأخير.',
      'ويحق لك أيضًا الاتصال بالموظفين القنصليين لبلدك، وسنحيل إليهم دون تأخير أي رسالة توجهها إليهم.',
      'ويجوز للموظفين القنصليين زيارتك والتحدث والتراسل معك وترتيب من يمثلك قانونيًا.',
      'ويحق لك الرفض. فأنت غير ملزم بطلب الإخطار أو بقبول المساعدة القنصلية، ويمكنك أن تطلب الإخطار الآن أو في أي وقت لاحق خلال فترة احتجازك.',
      'وفي بعض الحالات، يُلزمنا اتفاق بين هذا البلد وبلدك بإخطار الموظفين القنصليين لبلدك أيًّا كان قرارك. فإذا كان ذلك ينطبق عليك، فسنخطرهم ونبلغك بذلك، ويبقى لك الحق في رفض مقابلتهم أو رفض مساعدتهم.',
      'هل تريد أن نخطر الموظفين القنصليين لبلدك الآن؟',
    ],
    signature: 'تُلي على الشخص المحتجز بتاريخ ____ الساعة ____ من قِبل ____ (الموظف المختص)',
    source: 'اتفاقية فيينا للعلاقات القنصلية (1963)، المادة 36 (1) (ب)؛ قرار الجمعية العامة A/RES/66/172، الفقرة 4 (ز)',
  },
  zh: {
    title: '领事通知和领事探视：您的权利',
    paragraphs: [
      '您并非本国国民，现正被拘留，因此有权要求我们将您被拘留一事通知贵国驻本地的领事官员。如您提出要求，我们将迅即通知。',
      '您还有权与贵国领事官员联系。您致领事官员的任何信件或其他通讯，我们都将迅即转交。',
      '领事官员可以探视您，与您交谈或通讯，并为您安排法律代理。',
      '您可以拒绝。您不必要求通知领馆，也不必接受领事协助；您可以现在要求通知，也可以在拘留期间的任何时候提出。',
      '在某些情况下，本国与贵国之间的协定要求我们无论您作何决定都必须通知贵国领事官员。如属此种情况，我们将通知领事官员并告知您；您仍可拒绝与其会面或拒绝接受其协助。',
      '您是否希望我们现在通知贵国领事官员？',
    ],
    signature: '已于____（日期）____（时间）由____（官员）向被拘留人宣读',
    source: '《维也纳领事关系公约》（1963年）第三十六条第一款（乙）项；大会第66/172号决议（A/RES/66/172）第4(g)段',
  },
  fr: {
    title: 'Vos droits en matière de notification et d’accès consulaires',
    paragraphs: [
      'Puisque vous êtes de nationalité étrangère et que vous êtes détenu(e), vous avez le droit de nous demander d’avertir de votre détention les fonctionnaires consulaires de votre pays présents ici. Si vous le demandez, nous le ferons sans retard.',
      'Vous avez également le droit de communiquer avec les fonctionnaires consulaires de votre pays. Toute communication que vous leur adresserez leur sera transmise par nos soins sans retard.',
      'Les fonctionnaires consulaires peuvent vous rendre visite, s’entretenir et correspondre avec vous et pourvoir à votre représentation en justice.',
      'Vous pouvez refuser. Rien ne vous oblige à demander que votre consulat soit averti ni à accepter l’assistance consulaire ; vous pouvez aussi le demander maintenant ou à tout moment pendant votre détention.',
      'Dans certains cas, un accord entre ce pays et le vôtre nous oblige à avertir les fonctionnaires consulaires de votre pays, quelle que soit votre décision. Si c’est votre cas, nous les avertirons et vous en informerons ; vous resterez libre de refuser de les rencontrer ou d’accepter leur aide.',
      'Souhaitez-vous que nous avertissions maintenant les fonctionnaires consulaires de votre pays ?',
    ],
    signature: 'Lu à la personne détenue le ____ à ____ h par ____ (agent)',
    source: 'Convention de Vienne sur les relations consulaires (1963), art. 36, par. 1 b) ; résolution A/RES/66/172 de l’Assemblée générale, par. 4 g)',
  },
  ru: {
    title: 'Ваши права на консульское уведомление и консульский доступ',
    paragraphs: [
      'Поскольку вы не являетесь гражданином этой страны и задержаны, вы имеете право на то, чтобы мы уведомили о вашем задержании консульских должностных лиц вашей страны, находящихся здесь. Если вы об этом попросите, мы сделаем это безотлагательно.',
      'Вы также имеете право поддерживать связь с консульскими должностными лицами вашей страны. Любое ваше сообщение, адресованное им, мы безотлагательно передадим.',
      'Консульские должностные лица могут посещать вас, беседовать и переписываться с вами, а также принимать меры для обеспечения вашего юридического представительства.',
      'Вы можете отказаться. Вы не обязаны просить об уведомлении или принимать консульскую помощь; вы можете попросить об уведомлении сейчас или в любое время, пока находитесь под стражей.',
      'В некоторых случаях соглашение между этой страной и вашей обязывает нас уведомить консульских должностных лиц вашей страны независимо от вашего решения. Если это относится к вам, мы уведомим их и сообщим вам об этом; вы по-прежнему можете отказаться от встречи с ними или от их помощи.',
      'Хотите ли вы, чтобы мы сейчас уведомили консульских должностных лиц вашей страны?',
    ],
    signature: 'Зачитано задержанному лицу ____ (дата) в ____ (время) сотрудником ____',
    source: 'Венская конвенция о консульских сношениях 1963 года, подпункт b пункта 1 статьи 36; резолюция A/RES/66/172 Генеральной Ассамблеи, подпункт g пункта 4',
  },
  es: {
    title: 'Sus derechos de notificación y acceso consulares',
    paragraphs: [
      'Como persona extranjera que se encuentra detenida, usted tiene derecho a que informemos de su detención a los funcionarios consulares de su país aquí. Si usted lo solicita, lo haremos sin retraso alguno.',
      'También tiene derecho a comunicarse con los funcionarios consulares de su país. Les transmitiremos sin demora cualquier comunicación que usted les dirija.',
      'Los funcionarios consulares pueden visitarle, conversar y mantener correspondencia con usted y organizar su defensa ante los tribunales.',
      'Usted puede negarse. Nada le obliga a solicitar la notificación ni a aceptar la asistencia consular; puede solicitarla ahora o en cualquier momento durante su detención.',
      'En algunos casos, un acuerdo entre este país y el suyo nos obliga a informar a los funcionarios consulares de su país, sea cual sea su decisión. Si ese es su caso, les informaremos y se lo comunicaremos; usted podrá igualmente negarse a recibirlos o a aceptar su ayuda.',
      '¿Desea que informemos ahora a los funcionarios consulares de su país?',
    ],
    signature: 'Leído a la persona detenida el ____ a las ____ por ____ (funcionario)',
    source: 'Convención de Viena sobre Relaciones Consulares (1963), art. 36, párr. 1 b); resolución A/RES/66/172 de la Asamblea General, párr. 4 g)',
  },
};
