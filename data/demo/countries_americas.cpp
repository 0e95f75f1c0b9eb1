// Mexico, the United States and Guatemala: where the Central American corridor's persons
// are met, held and helped. Facility and organisation names are real; the rates are rough
// orders of magnitude for a demo, not statistics.

#include "demo/tables.h"

namespace haven::demo {
namespace {

constexpr Facility kMexicoFacilities[] = {
    {"Estación Migratoria Siglo XXI, Tapachula", true, "INM, Oficina de Representación en Chiapas"},
    {"Estación Migratoria Las Agujas, Iztapalapa", false,
     "INM, Oficina de Representación en la Ciudad de México"},
    {"Estación Migratoria de Ciudad Juárez", false, "INM, Oficina de Representación en Chihuahua"},
    {"Estación Migratoria de Tenosique", false, "INM, Oficina de Representación en Tabasco"},
    {"Estancia Provisional de Tijuana", false, "INM, Oficina de Representación en Baja California"},
    {"Estación Migratoria de Acayucan, Veracruz", true,
     "INM, Oficina de Representación en Veracruz"},
};
constexpr std::string_view kMexicoLaws[] = {
    "Ley de Migración, art. 99 (presentación)",
    "Ley de Migración, art. 111",
};
constexpr std::string_view kMexicoAuthorities[] = {"Instituto Nacional de Migración (INM)"};
constexpr std::string_view kMexicoAlternatives[] = {"reporting", "registration",
                                                    "designated_residence"};
constexpr Provider kMexicoProviders[] = {
    {"medical", "Médicos Sin Fronteras, Tapachula"},
    {"psychosocial", "Médicos Sin Fronteras, salud mental, Tapachula"},
    {"shelter", "Albergue Belén, Tapachula"},
    {"shelter", "Casa del Migrante de Tijuana"},
    {"shelter", "Albergue Hermanos en el Camino, Ixtepec"},
    {"legal", "Servicio Jesuita a Refugiados México"},
    {"legal", "Sin Fronteras IAP"},
    {"legal", "Centro de Derechos Humanos Fray Matías de Córdova"},
    {"child_protection", "Procuraduría de Protección de Niñas, Niños y Adolescentes, Chiapas"},
    {"child_protection", "DIF Chiapas"},
    {"education", "Escuela primaria pública, SEP Chiapas"},
    {"family_tracing", "Cruz Roja Mexicana, Restablecimiento del Contacto entre Familiares"},
};
constexpr std::string_view kMexicoGuardians[] = {
    "Procuraduría Federal de Protección de Niñas, Niños y Adolescentes",
    "Procuraduría de Protección de Niñas, Niños y Adolescentes de Chiapas",
    "Procuraduría de Protección de Niñas, Niños y Adolescentes de Baja California",
};
constexpr StatusShare kMexicoStatuses[] = {
    {"asylum_seeker", 40}, {"irregular", 35}, {"pending", 15}, {"regular", 5}, {"unknown", 5}};
// Most stays end within days, in a deportation by bus to the northern triangle.
constexpr HourBand kMexicoLength[] = {{60, 6, 120}, {30, 120, 504}, {10, 504, 2160}};

constexpr Facility kUsFacilities[] = {
    {"El Paso Service Processing Center", false},
    {"Port Isabel Detention Center, Los Fresnos", false},
    {"South Texas ICE Processing Center, Pearsall", false},
    {"Otay Mesa Detention Center, San Diego", false},
    {"Stewart Detention Center, Lumpkin", false},
    {"Krome North Service Processing Center, Miami", false},
    {"Adelanto ICE Processing Center", false},
    {"South Texas Family Residential Center, Dilley", true},
};
constexpr std::string_view kUsLaws[] = {
    "INA § 236(a), 8 U.S.C. § 1226(a)",
    "INA § 235(b)(1), 8 U.S.C. § 1225(b)(1) (expedited removal)",
    "INA § 241(a), 8 U.S.C. § 1231(a)",
};
constexpr std::string_view kUsAuthorities[] = {
    "U.S. Immigration and Customs Enforcement (ICE)",
    "U.S. Customs and Border Protection (CBP)",
};
constexpr std::string_view kUsAlternatives[] = {"electronic_monitoring", "reporting",
                                                "case_management", "bail"};
constexpr Provider kUsProviders[] = {
    {"legal", "RAICES, San Antonio"},
    {"legal", "Las Americas Immigrant Advocacy Center, El Paso"},
    {"legal", "Florence Immigrant & Refugee Rights Project"},
    {"legal", "Kids in Need of Defense (KIND)"},
    {"shelter", "Annunciation House, El Paso"},
    {"shelter", "Catholic Charities of the Rio Grande Valley"},
    {"medical", "University Medical Center of El Paso"},
    {"psychosocial", "Center for Victims of Torture"},
    {"child_protection", "Office of Refugee Resettlement (ORR)"},
    {"family_tracing", "American Red Cross, Restoring Family Links"},
    {"interpretation", "LanguageLine Solutions"},
    {"education", "Public school district enrolment office"},
};
constexpr std::string_view kUsGuardians[] = {
    "Child advocate, Young Center for Immigrant Children's Rights",
    "Case manager, Office of Refugee Resettlement",
};
constexpr StatusShare kUsStatuses[] = {
    {"asylum_seeker", 45}, {"irregular", 35}, {"pending", 15}, {"unknown", 5}};
constexpr HourBand kUsLength[] = {
    {25, 24, 120}, {40, 120, 1440}, {25, 1440, 4320}, {10, 4320, 12960}};

constexpr Facility kGuatemalaFacilities[] = {
    {"Albergue del Instituto Guatemalteco de Migración, Ciudad de Guatemala", true},
};
constexpr std::string_view kGuatemalaLaws[] = {"Código de Migración (Decreto 44-2016)"};
constexpr std::string_view kGuatemalaAuthorities[] = {"Instituto Guatemalteco de Migración (IGM)"};
constexpr std::string_view kGuatemalaAlternatives[] = {"reporting"};
constexpr Provider kGuatemalaProviders[] = {
    {"shelter", "Casa del Migrante, Ciudad de Guatemala"},
    {"shelter", "Casa del Migrante, Tecún Umán"},
    {"legal", "Pastoral de Movilidad Humana"},
    {"medical", "Médicos Sin Fronteras, Ciudad de Guatemala"},
    {"child_protection", "Secretaría de Bienestar Social (SBS)"},
    {"family_tracing", "Cruz Roja Guatemalteca"},
};
constexpr std::string_view kGuatemalaGuardians[] = {
    "Procuraduría de la Niñez y la Adolescencia, Procuraduría General de la Nación"};
constexpr StatusShare kGuatemalaStatuses[] = {
    {"irregular", 60}, {"unknown", 25}, {"asylum_seeker", 15}};
constexpr HourBand kGuatemalaLength[] = {{80, 6, 72}, {20, 72, 360}};

}  // namespace

extern const Country kMexico = {
    "MEX",
    -360,
    "es",
    kMexicoFacilities,
    kMexicoLaws,
    kMexicoAuthorities,
    kMexicoAlternatives,
    kMexicoProviders,
    kMexicoGuardians,
    kMexicoStatuses,
    // Fifteen working days in law (art. 111), about three weeks, then an extension.
    {35, 0, 0, 21, {25, 10, 50, 10, 5}, kMexicoLength}};

extern const Country kUnitedStates = {"USA",
                                      -360,
                                      "en",
                                      kUsFacilities,
                                      kUsLaws,
                                      kUsAuthorities,
                                      kUsAlternatives,
                                      kUsProviders,
                                      kUsGuardians,
                                      kUsStatuses,
                                      // No periodic review and no maximum in law.
                                      {55, 0, 0, 0, {25, 20, 40, 12, 3}, kUsLength}};

extern const Country kGuatemala = {"GTM",
                                   -360,
                                   "es",
                                   kGuatemalaFacilities,
                                   kGuatemalaLaws,
                                   kGuatemalaAuthorities,
                                   kGuatemalaAlternatives,
                                   kGuatemalaProviders,
                                   kGuatemalaGuardians,
                                   kGuatemalaStatuses,
                                   {10, 0, 0, 0, {40, 0, 55, 0, 5}, kGuatemalaLength}};

}  // namespace haven::demo
