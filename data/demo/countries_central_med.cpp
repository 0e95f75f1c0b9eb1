// Libya, Tunisia, Italy and Malta: the Central Mediterranean. Libya has no periodic review
// and no alternative to detention; Italy's judges validate detention within 48 hours and
// extend it in steps; Malta's board reviews it after seven days, then every two months.

#include "demo/tables.h"

namespace haven::demo {
namespace {

constexpr Facility kLibyaFacilities[] = {
    {"Tariq al-Sikka detention centre, Tripoli", false},
    {"Abu Salim detention centre, Tripoli", true},
    {"Ain Zara detention centre, Tripoli", false},
    {"Al-Mabani detention centre, Tripoli", true},
    {"Al-Nasr detention centre, Zawiya", true},
    {"Ganfouda detention centre, Benghazi", false},
};
constexpr std::string_view kLibyaLaws[] = {
    "Law No. 6 of 1987 on the entry, residence and exit of foreigners",
    "Law No. 19 of 2010",
};
constexpr std::string_view kLibyaAuthorities[] = {"Ministry of Interior (DCIM)",
                                                  "Libyan Coast Guard"};
constexpr Provider kLibyaProviders[] = {
    {"medical", "International Medical Corps, Tripoli"},
    {"medical", "Médecins Sans Frontières, Tripoli"},
    {"psychosocial", "IOM Libya, mental health and psychosocial support"},
    {"legal", "UNHCR Libya, registration and protection"},
    {"shelter", "UNHCR Community Day Centre, Tripoli"},
    {"child_protection", "UNICEF Libya, child protection partner"},
    {"family_tracing", "Libyan Red Crescent, Restoring Family Links"},
};
constexpr std::string_view kLibyaGuardians[] = {"UNICEF-supported case worker, Tripoli"};
constexpr StatusShare kLibyaStatuses[] = {
    {"irregular", 50}, {"asylum_seeker", 20}, {"unknown", 30}};
constexpr HourBand kLibyaLength[] = {{20, 24, 336}, {45, 336, 2880}, {35, 2880, 12960}};

constexpr Facility kTunisiaFacilities[] = {
    {"Centre d'accueil et d'orientation d'El Ouardia, Tunis", false},
    {"Poste de la Garde nationale, Sfax", false},
};
constexpr std::string_view kTunisiaLaws[] = {
    "Loi n° 68-7 du 8 mars 1968 relative à la condition des étrangers",
    "Loi n° 2004-6 du 3 février 2004 (passeports et documents de voyage)",
};
constexpr std::string_view kTunisiaAuthorities[] = {"Garde nationale", "Ministère de l'Intérieur"};
constexpr Provider kTunisiaProviders[] = {
    {"medical", "Croissant-Rouge tunisien, Médenine"},
    {"shelter", "Croissant-Rouge tunisien, Médenine"},
    {"legal", "Terre d'Asile Tunisie"},
    {"legal", "UNHCR Tunisie"},
    {"psychosocial", "Médecins du Monde Tunisie"},
    {"child_protection", "Délégué à la protection de l'enfance, Sfax"},
    {"family_tracing", "Croissant-Rouge tunisien, rétablissement des liens familiaux"},
};
constexpr std::string_view kTunisiaGuardians[] = {"Délégué à la protection de l'enfance, Sfax"};
constexpr StatusShare kTunisiaStatuses[] = {
    {"irregular", 50}, {"asylum_seeker", 30}, {"unknown", 20}};
constexpr HourBand kTunisiaLength[] = {{60, 24, 168}, {40, 168, 1440}};

constexpr Facility kItalyFacilities[] = {
    {"CPR di Ponte Galeria, Roma", false, "Questura di Roma"},
    {"CPR di Pian del Lago, Caltanissetta", false, "Questura di Caltanissetta"},
    {"CPR di Milano, via Corelli", false, "Questura di Milano"},
    {"CPR di Gradisca d'Isonzo", false, "Questura di Gorizia"},
    {"CPR di Palazzo San Gervasio", false, "Questura di Potenza"},
    {"CPR di Torino, corso Brunelleschi", false, "Questura di Torino"},
    {"Hotspot di Lampedusa, contrada Imbriacola", true, "Questura di Agrigento"},
};
constexpr std::string_view kItalyLaws[] = {
    "D.Lgs. 286/1998, art. 14 (trattenimento nei CPR)",
    "D.Lgs. 142/2015, art. 6 (trattenimento del richiedente)",
};
constexpr std::string_view kItalyAuthorities[] = {
    "Questura di Agrigento", "Questura di Roma", "Questura di Milano", "Questura di Caltanissetta"};
constexpr std::string_view kItalyAlternatives[] = {"reporting", "deposit_of_documents",
                                                   "designated_residence"};
constexpr Provider kItalyProviders[] = {
    {"medical", "MEDU – Medici per i Diritti Umani"},
    {"medical", "Emergency ONG, Castel Volturno"},
    {"psychosocial", "Medici Senza Frontiere, Palermo"},
    {"legal", "ASGI – Associazione per gli Studi Giuridici sull'Immigrazione"},
    {"legal", "Centro Astalli, Roma"},
    {"shelter", "Centro Astalli, Roma"},
    {"shelter", "Caritas Agrigento"},
    {"child_protection", "Save the Children Italia"},
    {"education", "CPIA Roma 1, corsi di lingua italiana"},
    {"interpretation", "Mediatori interculturali, Arci Roma"},
    {"family_tracing", "Croce Rossa Italiana, Restoring Family Links"},
};
constexpr std::string_view kItalyGuardians[] = {
    "Giulia Rossi, tutrice volontaria (Tribunale per i minorenni di Palermo)",
    "Marco Bianchi, tutore volontario (Tribunale per i minorenni di Roma)",
    "Francesca Russo, tutrice volontaria (Tribunale per i minorenni di Catania)",
    "Sindaco di Lampedusa e Linosa (tutela provvisoria)",
};
constexpr StatusShare kItalyStatuses[] = {
    {"asylum_seeker", 60}, {"irregular", 25}, {"pending", 15}};
constexpr HourBand kItalyLength[] = {{20, 48, 240}, {50, 240, 2160}, {30, 2160, 12960}};

constexpr Facility kMaltaFacilities[] = {
    {"Safi Detention Centre", true},
    {"Hal Far Initial Reception Centre", true},
};
constexpr std::string_view kMaltaLaws[] = {
    "Immigration Act (Cap. 217), art. 14",
    "Reception of Asylum Seekers Regulations (S.L. 420.06), reg. 6",
};
constexpr std::string_view kMaltaAuthorities[] = {"Principal Immigration Officer",
                                                  "Detention Service"};
constexpr std::string_view kMaltaAlternatives[] = {"reporting", "designated_residence"};
constexpr Provider kMaltaProviders[] = {
    {"legal", "aditus foundation"},
    {"legal", "JRS Malta"},
    {"psychosocial", "JRS Malta"},
    {"medical", "Migrant Health Liaison Office"},
    {"shelter", "Hal Far Open Centre"},
    {"child_protection", "Agency for the Welfare of Asylum Seekers (AWAS)"},
    {"family_tracing", "Malta Red Cross, Restoring Family Links"},
};
constexpr std::string_view kMaltaGuardians[] = {"Child Protection Services, legal guardian"};
constexpr StatusShare kMaltaStatuses[] = {{"asylum_seeker", 70}, {"irregular", 30}};
constexpr HourBand kMaltaLength[] = {{30, 48, 336}, {40, 336, 2160}, {30, 2160, 6480}};

}  // namespace

extern const Country kLibya = {
    "LBY",
    120,
    "ar",
    kLibyaFacilities,
    kLibyaLaws,
    kLibyaAuthorities,
    {},
    kLibyaProviders,
    kLibyaGuardians,
    kLibyaStatuses,
    // No review, no maximum, no alternative: stays end by release, "return" or escape.
    {70, 0, 0, 0, {20, 0, 35, 25, 20}, kLibyaLength}};

extern const Country kTunisia = {"TUN",
                                 60,
                                 "ar",
                                 kTunisiaFacilities,
                                 kTunisiaLaws,
                                 kTunisiaAuthorities,
                                 {},
                                 kTunisiaProviders,
                                 kTunisiaGuardians,
                                 kTunisiaStatuses,
                                 {15, 0, 0, 0, {40, 0, 30, 10, 20}, kTunisiaLength}};

extern const Country kItaly = {"ITA",
                               60,
                               "it",
                               kItalyFacilities,
                               kItalyLaws,
                               kItalyAuthorities,
                               kItalyAlternatives,
                               kItalyProviders,
                               kItalyGuardians,
                               kItalyStatuses,
                               {25, 48, 30, 90, {40, 5, 40, 10, 5}, kItalyLength}};

extern const Country kMalta = {"MLT",
                               60,
                               "en",
                               kMaltaFacilities,
                               kMaltaLaws,
                               kMaltaAuthorities,
                               kMaltaAlternatives,
                               kMaltaProviders,
                               kMaltaGuardians,
                               kMaltaStatuses,
                               {55, 168, 60, 0, {55, 5, 30, 5, 5}, kMaltaLength}};

}  // namespace haven::demo
