// Names from the Horn of Africa: Tigrinya and Amharic in Ge'ez script, Oromo in Qubee and
// Somali in its Latin orthography. All four traditions use the father's given name where
// Europe expects a family name; the Latin column holds the English and Italian spellings
// registrars write (Oromo "Caalaa" is registered "Chala", Somali "Maxamed" "Mohamed").

#include "demo/tables.h"

namespace haven::demo {
namespace {

constexpr NameForm kTigrinyaMale[] = {
    {"ሰለሞን", {"Selemon", "Solomon", "Solomun"}},
    {"ዳዊት", {"Dawit", "Dawid"}},
    {"ተስፋይ", {"Tesfay", "Tesfai", "Tesfaye"}},
    {"ሃብቶም", {"Habtom", "Habtum"}},
    {"ዮናስ", {"Yonas", "Jonas"}},
    {"ሚካኤል", {"Mikael", "Michael", "Mikiel"}},
    {"ብርሃነ", {"Berhane", "Birhane", "Brhane"}},
    {"ኪዳነ", {"Kidane", "Kidan"}},
    {"ኣማኑኤል", {"Amanuel", "Emanuel", "Amaniel"}},
    {"ሳሙኤል", {"Samuel", "Samiel"}},
    {"ፊልሞን", {"Filmon", "Filimon", "Philemon"}},
    {"ሄኖክ", {"Henok", "Henock"}},
    {"ዮሴፍ", {"Yosef", "Yosief", "Joseph"}},
    {"ኤርሚያስ", {"Ermias", "Ermiyas"}},
    {"መሓሪ", {"Mehari", "Mihari"}},
    {"ተወልደ", {"Tewelde", "Tewolde"}},
    {"ዓወት", {"Awet", "Awot"}},
    {"ሙሴ", {"Muse", "Musie", "Moses"}},
};

constexpr NameForm kTigrinyaFemale[] = {
    {"ሰላም", {"Selam", "Salam"}},
    {"ሄለን", {"Helen", "Hellen"}},
    {"ሳባ", {"Saba"}},
    {"ሉዋም", {"Luwam", "Luam"}},
    {"ፍረወይኒ", {"Freweini", "Frewoini", "Frewini"}},
    {"ዮርዳኖስ", {"Yordanos", "Jordanos"}},
    {"ሩት", {"Ruth", "Rut"}},
    {"ኤልሳ", {"Elsa"}},
    {"ሰናይት", {"Senait", "Senayt"}},
    {"ሊድያ", {"Lidia", "Lydia"}},
    {"ሜሮን", {"Meron"}},
    {"ፊዮሪ", {"Fiori", "Fiyori"}},
    {"ትምኒት", {"Timnit", "Temnit"}},
    {"ብርኽቲ", {"Brikti", "Birkti", "Berikti"}},
    {"ኤደን", {"Eden"}},
};

constexpr NameForm kTigrinyaFathers[] = {
    {"ተስፋማርያም", {"Tesfamariam", "Tesfamaryam"}},
    {"ገብረመስቀል", {"Gebremeskel", "Ghebremeskel"}},
    {"ወልደሚካኤል", {"Woldemichael", "Weldemikael", "Woldemikael"}},
    {"ሃይለ", {"Haile", "Hayle"}},
    {"ተኽለ", {"Tekle", "Tecle"}},
    {"ገብረየሱስ", {"Gebreyesus", "Ghebreyesus"}},
    {"ዘርኣይ", {"Zerai", "Zeray"}},
    {"ዮሃንስ", {"Yohannes", "Johannes", "Yohanes"}},
    {"ኣብርሃ", {"Abraha", "Abrha"}},
    {"ሓጎስ", {"Hagos"}},
    {"ነጋሽ", {"Negash", "Negasi"}},
    {"ሃብተ", {"Habte"}},
    {"ተስፋጽዮን", {"Tesfatsion", "Tesfazion", "Tesfasion"}},
    {"ገብረሚካኤል", {"Gebremichael", "Ghebremichael", "Gebremikael"}},
};

constexpr NameForm kAmharicMale[] = {
    {"አበበ", {"Abebe"}},
    {"ዳዊት", {"Dawit"}},
    {"ተስፋዬ", {"Tesfaye", "Tesfaie"}},
    {"ብርሃኑ", {"Birhanu", "Berhanu", "Brhanu"}},
    {"ሙሉጌታ", {"Mulugeta"}},
    {"ጌታቸው", {"Getachew", "Getachow"}},
    {"ሰለሞን", {"Solomon", "Selemon"}},
    {"ዮሐንስ", {"Yohannes", "Yohanes"}},
    {"ካሳሁን", {"Kassahun", "Kasahun"}},
    {"ታደሰ", {"Tadesse", "Tadese"}},
    {"ደረጀ", {"Dereje"}},
    {"ኃይሌ", {"Haile", "Hailie"}},
    {"በቀለ", {"Bekele", "Bekelle"}},
    {"ግርማ", {"Girma"}},
    {"አለማየሁ", {"Alemayehu", "Alemayhu"}},
    {"ሀብታሙ", {"Habtamu"}},
    {"ፍቃዱ", {"Fikadu", "Fekadu"}},
};

constexpr NameForm kAmharicFemale[] = {
    {"ሰላም", {"Selam"}},
    {"መሰረት", {"Meseret"}},
    {"ትዕግስት", {"Tigist", "Tegist", "Tigest"}},
    {"ብርቱካን", {"Birtukan", "Bertukan"}},
    {"አልማዝ", {"Almaz"}},
    {"ፀሐይ", {"Tsehay", "Tsehai", "Tsahay"}},
    {"ሕይወት", {"Hiwot", "Hiwet"}},
    {"ቤተልሔም", {"Betelhem", "Bethlehem", "Betlehem"}},
    {"ማርታ", {"Marta", "Martha"}},
    {"ዘውዲቱ", {"Zewditu", "Zawditu"}},
    {"ራሔል", {"Rahel", "Rachel"}},
    {"የሺ", {"Yeshi"}},
    {"ሄለን", {"Helen"}},
    {"ፋሲካ", {"Fasika", "Fassika"}},
    {"እመቤት", {"Emebet", "Imebet"}},
};

constexpr NameForm kAmharicFathers[] = {
    {"ወልደማርያም", {"Woldemariam", "Wolde Mariam", "Weldemariam"}},
    {"አሰፋ", {"Assefa", "Asefa"}},
    {"ደስታ", {"Desta"}},
    {"ታምሩ", {"Tamiru", "Tamru"}},
    {"መንግሥቱ", {"Mengistu", "Mengestu"}},
    {"ወርቁ", {"Worku", "Werku"}},
    {"ለማ", {"Lemma", "Lema"}},
    {"ከበደ", {"Kebede"}},
    {"ተፈራ", {"Tefera", "Teferra"}},
    {"ጥላሁን", {"Tilahun", "Tilahoun"}},
    {"ንጉሴ", {"Nigussie", "Negussie", "Nigusse"}},
    {"ዘለቀ", {"Zeleke", "Zelleke"}},
    {"ሽፈራው", {"Shiferaw"}},
};

constexpr NameForm kOromoMale[] = {
    {"Gammachuu", {"Gemechu", "Gamachu"}},
    {"Caalaa", {"Chala", "Chaala"}},
    {"Tolosaa", {"Tolosa", "Tolossa"}},
    {"Abdii", {"Abdi"}},
    {"Obsaa", {"Obsa"}},
    {"Lammaa", {"Lemma", "Lema"}},
    {"Fayyisaa", {"Feyisa", "Fayisa", "Feyissa"}},
    {"Boonaa", {"Bona", "Boona"}},
    {"Galaanaa", {"Gelana", "Galana"}},
    {"Dabalaa", {"Debela", "Dabala"}},
    {"Guutamaa", {"Gutema", "Gutama"}},
    {"Badhaasaa", {"Bedasa", "Badasa", "Bedassa"}},
    {"Mootii", {"Moti", "Motti"}},
    {"Jawaar", {"Jawar"}},
};

constexpr NameForm kOromoFemale[] = {
    {"Caaltuu", {"Chaltu", "Caltu"}},
    {"Ayyaantuu", {"Ayantu", "Ayyantu"}},
    {"Hawwii", {"Hawi", "Hawwi"}},
    {"Bontuu", {"Bontu"}},
    {"Lalisee", {"Lalise", "Lelise"}},
    {"Sabboontuu", {"Sabontu", "Saboontu"}},
    {"Hawaa", {"Hawa", "Haawa"}},
    {"Faaxumaa", {"Fatuma", "Fatima"}},
    {"Toltuu", {"Toltu"}},
    {"Daraartuu", {"Derartu", "Darartu"}},
};

constexpr NameForm kOromoFathers[] = {
    {"Tulluu", {"Tulu", "Tullu"}}, {"Mulisaa", {"Mulisa", "Mulissa"}},
    {"Waaqoo", {"Wako", "Waqo"}},  {"Hundee", {"Hunde", "Hundie"}},
    {"Jiloo", {"Jilo", "Jillo"}},  {"Kumsaa", {"Kumsa"}},
};

constexpr NameForm kSomaliMale[] = {
    {"Maxamed", {"Mohamed", "Mohammed", "Mahamed"}},
    {"Cabdi", {"Abdi"}},
    {"Cali", {"Ali"}},
    {"Xasan", {"Hassan", "Hasan"}},
    {"Axmed", {"Ahmed", "Ahmad"}},
    {"Yuusuf", {"Yusuf", "Yussuf", "Yousuf"}},
    {"Cumar", {"Omar", "Umar"}},
    {"Ismaaciil", {"Ismail", "Ismael"}},
    {"Faarax", {"Farah"}},
    {"Warsame", {"Warsame", "Warsama"}},
    {"Jaamac", {"Jama"}},
    {"Mahad", {"Mahad"}},
    {"Liibaan", {"Liban", "Libaan"}},
    {"Cabdiraxmaan", {"Abdirahman", "Abdirahmaan", "Abdulrahman"}},
    {"Maxamuud", {"Mohamud", "Mahmoud", "Mohamoud"}},
    {"Xuseen", {"Hussein", "Husein"}},
    {"Bashiir", {"Bashir", "Beshir"}},
    {"Cabdullaahi", {"Abdullahi", "Abdulahi", "Abdillahi"}},
};

constexpr NameForm kSomaliFemale[] = {
    {"Faadumo", {"Fadumo", "Fatuma", "Fatima"}},
    {"Xaliimo", {"Halimo", "Halima"}},
    {"Hodan", {"Hodan"}},
    {"Sahra", {"Sahra", "Sahro", "Zahra"}},
    {"Ifrax", {"Ifrah", "Ifra"}},
    {"Nimco", {"Nimo", "Nimca"}},
    {"Caasha", {"Asha", "Aisha"}},
    {"Maryan", {"Maryan", "Mariam", "Maryam"}},
    {"Deeqa", {"Deka", "Deeqa"}},
    {"Hibo", {"Hibo"}},
    {"Ubax", {"Ubah", "Ubax"}},
    {"Canab", {"Anab"}},
    {"Khadiija", {"Khadija", "Hadija"}},
    {"Ayaan", {"Ayan", "Ayaan"}},
    {"Sagal", {"Sagal"}},
    {"Fartuun", {"Fartun", "Fartuun"}},
};

constexpr NameForm kSomaliFathers[] = {
    {"Shire", {"Shire"}},
    {"Guuleed", {"Guled", "Gulaid"}},
    {"Samatar", {"Samatar", "Samater"}},
    {"Cilmi", {"Elmi", "Ilmi"}},
    {"Nuur", {"Nur", "Noor"}},
    {"Aadan", {"Aden", "Adan"}},
    {"Cismaan", {"Osman", "Othman"}},
    {"Diiriye", {"Dirie", "Diriye"}},
    {"Cawaale", {"Awale", "Awaleh"}},
    {"Xirsi", {"Hersi", "Hirsi"}},
    {"Ducaale", {"Duale", "Dualeh"}},
};

}  // namespace

extern const NamePool kTigrinya = {"tigrinya",
                                   kTigrinyaMale,
                                   kTigrinyaFemale,
                                   kTigrinyaFathers,
                                   kTigrinyaFathers,
                                   NameOrder::kPatronymic,
                                   90};
extern const NamePool kAmharic = {"amharic",
                                  kAmharicMale,
                                  kAmharicFemale,
                                  kAmharicFathers,
                                  kAmharicFathers,
                                  NameOrder::kPatronymic,
                                  85};
extern const NamePool kOromo = {
    "oromo", kOromoMale, kOromoFemale, kOromoFathers, kOromoFathers, NameOrder::kPatronymic, 50};
extern const NamePool kSomali = {
    "somali", kSomaliMale, kSomaliFemale, kSomaliFathers, kSomaliFathers, NameOrder::kPatronymic,
    50};

}  // namespace haven::demo
