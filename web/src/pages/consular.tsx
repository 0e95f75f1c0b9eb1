// The consular-rights statement, shown in the detained person's language and printed: the
// officer reads it out and signs (VCCR art. 36(1)(b); A/RES/66/172 op.4(g)).
import { useState } from 'preact/hooks';
import { consularStatements } from '../i18n/consular';
import { t, uiLanguages } from '../i18n';
import { Field } from '../ui/widgets';

export function ConsularStatement(props: { initial: string }) {
  const [lang, setLang] = useState(props.initial in consularStatements ? props.initial : 'en');
  const statement = consularStatements[lang];
  const dir = uiLanguages.find((l) => l.code === lang)?.dir ?? 'ltr';
  return (
    <section class="statement" aria-labelledby="statement-title">
      <div class="no-print">
        <Field id="statement-language" label={t('statement_language')}>
          <select id="statement-language" value={lang} onChange={(e) => setLang((e.target as HTMLSelectElement).value)}>
            {uiLanguages.map((l) => (
              <option key={l.code} value={l.code} lang={l.code}>{l.name}</option>
            ))}
          </select>
        </Field>
        <button type="button" onClick={() => window.print()}>{t('print')}</button>
      </div>
      <div class="printable" lang={lang} dir={dir}>
        <h2 id="statement-title">{statement.title}</h2>
        {statement.paragraphs.map((p, i) => (
          <p key={i}>{p}</p>
        ))}
        <p class="signature">{statement.signature}</p>
        <p class="source">{statement.source}</p>
      </div>
    </section>
  );
}
