// Names from West Africa. Guinea, Côte d'Ivoire and Mali write them with French spellings
// and accents (Touré, Keïta); Gambian and Liberian registrars write the same families
// differently (Diallo/Jallow, Traoré/Trawally, Cissé/Ceesay), which linkage must bridge.
// Nigerian names are those of Edo State, where much trafficking to Italy starts, with
// Igbo, Yoruba and Hausa names beside them.

#include "demo/tables.h"

namespace haven::demo {
namespace {

constexpr NameForm kFrancophoneMale[] = {
    {"Mamadou", {"Mamadou", "Mamadu", "Mohamadou"}},
    {"Moussa", {"Moussa", "Musa", "Mousa"}},
    {"Ibrahima", {"Ibrahima", "Ibrahim", "Brahima"}},
    {"Amadou", {"Amadou", "Ahmadou", "Amadu"}},
    {"Oumar", {"Oumar", "Umar", "Omar"}},
    {"Ousmane", {"Ousmane", "Usman", "Ousman"}},
    {"Souleymane", {"Souleymane", "Suleiman", "Sulayman"}},
    {"Abdoulaye", {"Abdoulaye", "Abdulai", "Abdoulai"}},
    {"Boubacar", {"Boubacar", "Bubakar", "Aboubakar"}},
    {"Sékou", {"Sekou", "Sékou", "Seku"}},
    {"Lamine", {"Lamine", "Lamin"}},
    {"Alpha", {"Alpha", "Alfa"}},
    {"Mohamed", {"Mohamed", "Mouhamed"}},
    {"Yacouba", {"Yacouba", "Yakuba"}},
    {"Seydou", {"Seydou", "Saidou", "Seidu"}},
    {"Bakary", {"Bakary", "Bakari"}},
    {"Adama", {"Adama"}},
    {"Issa", {"Issa", "Isa"}},
    {"Drissa", {"Drissa", "Idrissa"}},
    {"Karamoko", {"Karamoko"}},
};

constexpr NameForm kFrancophoneFemale[] = {
    {"Fatoumata", {"Fatoumata", "Fatimata", "Fatumata"}},
    {"Aminata", {"Aminata", "Aminatou"}},
    {"Mariama", {"Mariama", "Mariam"}},
    {"Kadiatou", {"Kadiatou", "Kadiatu", "Khadija"}},
    {"Aïssatou", {"Aissatou", "Aïssatou", "Aissata"}},
    {"Hawa", {"Hawa", "Awa"}},
    {"Djénéba", {"Djeneba", "Djénéba", "Jeneba"}},
    {"Oumou", {"Oumou", "Umu"}},
    {"Salimata", {"Salimata", "Salimatou"}},
    {"Rokia", {"Rokia", "Rokiatou"}},
    {"Kadidia", {"Kadidia", "Kadidja"}},
    {"Néné", {"Nene", "Néné"}},
    {"Binta", {"Binta", "Bintou"}},
    {"Assétou", {"Assetou", "Assétou"}},
};

constexpr NameForm kFrancophoneFamily[] = {
    {"Diallo", {"Diallo", "Jallow", "Djalo"}},
    {"Barry", {"Barry", "Bari"}},
    {"Bah", {"Bah", "Ba"}},
    {"Camara", {"Camara", "Kamara"}},
    {"Sow", {"Sow", "Sowe"}},
    {"Touré", {"Toure", "Touré", "Ture"}},
    {"Traoré", {"Traore", "Traoré", "Trawally"}},
    {"Keïta", {"Keita", "Keïta", "Kaita"}},
    {"Coulibaly", {"Coulibaly", "Kulibali"}},
    {"Koné", {"Kone", "Koné", "Konneh"}},
    {"Diabaté", {"Diabate", "Diabaté", "Jobarteh"}},
    {"Sylla", {"Sylla", "Sillah", "Silla"}},
    {"Condé", {"Conde", "Condé", "Konde"}},
    {"Soumah", {"Soumah", "Sumah"}},
    {"Cissé", {"Cisse", "Cissé", "Ceesay"}},
    {"Konaté", {"Konate", "Konaté"}},
    {"Sangaré", {"Sangare", "Sangaré"}},
    {"Doumbia", {"Doumbia", "Dumbia"}},
    {"Kouyaté", {"Kouyate", "Kouyaté", "Kuyateh"}},
    {"Ouattara", {"Ouattara", "Wattara"}},
    {"Fofana", {"Fofana", "Fofanah"}},
    {"Bangoura", {"Bangoura", "Bangura"}},
};

constexpr NameForm kNigerianMale[] = {
    {"Chinedu", {"Chinedu"}},
    {"Emeka", {"Emeka", "Chukwuemeka"}},
    {"Osagie", {"Osagie", "Osaghie"}},
    {"Osaro", {"Osaro"}},
    {"Efosa", {"Efosa", "Efossa"}},
    {"Uyi", {"Uyi", "Uyiosa"}},
    {"Oluwaseun", {"Oluwaseun", "Seun"}},
    {"Babatunde", {"Babatunde", "Tunde"}},
    {"Ibrahim", {"Ibrahim", "Ibraheem"}},
    {"Musa", {"Musa"}},
    {"Samuel", {"Samuel"}},
    {"Daniel", {"Daniel"}},
    {"Godwin", {"Godwin"}},
    {"Friday", {"Friday"}},
    {"Sunday", {"Sunday"}},
    {"Kingsley", {"Kingsley"}},
    {"Ikechukwu", {"Ikechukwu", "Ike"}},
    {"Abubakar", {"Abubakar"}},
};

constexpr NameForm kNigerianFemale[] = {
    {"Blessing", {"Blessing"}},
    {"Joy", {"Joy"}},
    {"Precious", {"Precious"}},
    {"Mercy", {"Mercy"}},
    {"Osasu", {"Osasu", "Osas"}},
    {"Esohe", {"Esohe"}},
    {"Ifeoma", {"Ifeoma"}},
    {"Chioma", {"Chioma"}},
    {"Ngozi", {"Ngozi"}},
    {"Aisha", {"Aisha", "Aishat"}},
    {"Favour", {"Favour", "Favor"}},
    {"Gift", {"Gift"}},
    {"Faith", {"Faith"}},
    {"Princess", {"Princess"}},
    {"Osayuki", {"Osayuki"}},
    {"Hauwa", {"Hauwa", "Hawa"}},
    {"Funmilayo", {"Funmilayo", "Funmi"}},
};

constexpr NameForm kNigerianFamily[] = {
    {"Okafor", {"Okafor"}},
    {"Okonkwo", {"Okonkwo"}},
    {"Eze", {"Eze"}},
    {"Obi", {"Obi"}},
    {"Osagie", {"Osagie"}},
    {"Igbinedion", {"Igbinedion"}},
    {"Omoregie", {"Omoregie", "Omoregbe"}},
    {"Osaghae", {"Osaghae"}},
    {"Ehigiator", {"Ehigiator"}},
    {"Adeyemi", {"Adeyemi"}},
    {"Ogunleye", {"Ogunleye"}},
    {"Balogun", {"Balogun"}},
    {"Bello", {"Bello"}},
    {"Abubakar", {"Abubakar"}},
    {"Usman", {"Usman"}},
    {"Ibrahim", {"Ibrahim"}},
    {"Edeh", {"Edeh", "Ede"}},
    {"Aigbe", {"Aigbe"}},
    {"Uwadiae", {"Uwadiae"}},
    {"Ogbebor", {"Ogbebor"}},
    {"Eweka", {"Eweka"}},
};

}  // namespace

extern const NamePool kFrancophoneWestAfrica = {"west_africa_french",
                                                kFrancophoneMale,
                                                kFrancophoneFemale,
                                                kFrancophoneFamily,
                                                kFrancophoneFamily,
                                                NameOrder::kGivenFamily,
                                                45};
extern const NamePool kNigerian = {"nigerian",
                                   kNigerianMale,
                                   kNigerianFemale,
                                   kNigerianFamily,
                                   kNigerianFamily,
                                   NameOrder::kGivenFamily,
                                   20};

}  // namespace haven::demo
