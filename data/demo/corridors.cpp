// The five corridors the demo draws persons from: who travels them, where they are met and
// registered, where harm happens, and what harm is found when they are assessed. Shares are
// rough orders of magnitude from UNHCR, IOM and Missing Migrants reporting, for a demo.

#include "demo/tables.h"

namespace haven::demo {
namespace {

using V = Vulnerability;

constexpr Origin kCentralAmericaOrigins[] = {
    {"GTM", 20, &kSpanish, {{{"es", 100}}}},
    {"GTM", 5, &kMaya, {{{"quc", 100}, {"es", 70}}}},
    {"GTM", 4, &kMaya, {{{"kek", 100}, {"es", 60}}}},
    {"GTM", 3, &kMaya, {{{"mam", 100}, {"es", 70}}}},
    {"HND", 22, &kSpanish, {{{"es", 100}}}},
    {"SLV", 10, &kSpanish, {{{"es", 100}}}},
    {"MEX", 10, &kSpanish, {{{"es", 100}, {"en", 10}}}},
    {"VEN", 14, &kSpanish, {{{"es", 100}, {"en", 5}}}},
    {"HTI", 10, &kHaitian, {{{"ht", 100}, {"fr", 40}, {"es", 20}}}},
};
constexpr Site kCentralAmericaSites[] = {
    {"GTM", "Tecún Umán, San Marcos", 4, 0},   {"GTM", "Ciudad de Guatemala", 3, 0},
    {"MEX", "Tapachula, Chiapas", 20, 1},      {"MEX", "Ciudad Hidalgo, Chiapas", 5, 1},
    {"MEX", "Tenosique, Tabasco", 5, 1},       {"MEX", "Ciudad de México", 8, 2},
    {"MEX", "Ciudad Juárez, Chihuahua", 8, 3}, {"MEX", "Tijuana, Baja California", 8, 3},
    {"MEX", "Reynosa, Tamaulipas", 6, 3},      {"USA", "El Paso, Texas", 10, 4},
    {"USA", "McAllen, Texas", 8, 4},           {"USA", "San Diego, California", 6, 4},
    {"USA", "Tucson, Arizona", 4, 4},          {"USA", "Houston, Texas", 4, 5},
    {"USA", "New York, New York", 4, 5},
};
constexpr IncidentPlace kCentralAmericaPlaces[] = {
    {"MEX", "San Fernando, Tamaulipas", -360, kCity | kBorder},
    {"MEX", "Reynosa, Tamaulipas", -360, kCity | kBorder},
    {"MEX", "Coatzacoalcos, Veracruz", -360, kCity},
    {"MEX", "Tapachula, Chiapas", -360, kCity | kDetentionPlace | kWork},
    {"MEX", "Ciudad Juárez, Chihuahua", -360, kCity | kBorder | kDetentionPlace},
    {"MEX", "Freight train route near Ixtepec, Oaxaca", -360, kWilderness},
    {"USA", "Rio Grande near Eagle Pass, Texas", -360, kWater | kBorder},
    {"USA", "Sonoran Desert near Ajo, Arizona", -420, kWilderness | kBorder},
    {"USA", "Brooks County, Texas", -360, kWilderness},
    {"USA", "San Antonio, Texas", -360, kCity | kWork},
    {"PAN", "Darién Gap", -300, kWilderness | kWater},
    {"GTM", "Tecún Umán, San Marcos", -360, kBorder | kCity},
};
constexpr Harm kCentralAmericaHarms[] = {
    {V::kKidnappingVictim, 8, 10}, {V::kExtortionVictim, 25, 25}, {V::kSgbvSurvivor, 3, 22},
    {V::kSmugglingAbuse, 15, 15},  {V::kTraffickingVictim, 2, 6}, {V::kTortureSurvivor, 3, 2},
    {V::kForcedLabour, 2, 2},
};

constexpr Origin kCentralMedOrigins[] = {
    {"ERI", 18, &kTigrinya, {{{"ti", 100}, {"ar", 15}, {"en", 10}}}},
    {"SDN", 14, &kArabicNile, {{{"ar", 100}, {"en", 10}}}},
    {"NGA", 14, &kNigerian, {{{"en", 100}, {"bin", 40}, {"yo", 10}}}},
    {"GIN", 14, &kFrancophoneWestAfrica, {{{"fr", 100}, {"fuf", 50}, {"sus", 25}}}},
    {"CIV", 10, &kFrancophoneWestAfrica, {{{"fr", 100}, {"dyu", 50}}}},
    {"MLI", 8, &kFrancophoneWestAfrica, {{{"bm", 100}, {"fr", 60}}}},
    {"BGD", 12, &kBengali, {{{"bn", 100}, {"en", 20}, {"syl", 15}}}},
    {"TUN", 10, &kArabicMaghreb, {{{"ar", 100}, {"fr", 60}}}},
    {"EGY", 8, &kArabicNile, {{{"ar", 100}, {"en", 15}}}},
};
constexpr Site kCentralMedSites[] = {
    {"LBY", "Sabha", 3, 0},      {"LBY", "Tripoli", 10, 1},    {"LBY", "Zuwara", 4, 1},
    {"LBY", "Misrata", 2, 1},    {"TUN", "Sfax", 8, 1},        {"TUN", "Médenine", 3, 1},
    {"ITA", "Lampedusa", 18, 2}, {"ITA", "Pozzallo", 6, 2},    {"ITA", "Crotone", 4, 2},
    {"MLT", "Hal Far", 5, 2},    {"MLT", "Valletta", 2, 2},    {"ITA", "Roma", 6, 3},
    {"ITA", "Milano", 3, 3},     {"ITA", "Ventimiglia", 2, 3},
};
constexpr IncidentPlace kCentralMedPlaces[] = {
    {"LBY", "Bani Walid", 120, kCity | kDetentionPlace},
    {"LBY", "Tariq al-Sikka detention centre, Tripoli", 120, kDetentionPlace},
    {"LBY", "Sabha", 120, kCity | kWilderness | kWork},
    {"LBY", "Zuwara coast", 120, kWater | kBorder},
    {"LBY", "Kufra", 120, kWilderness | kBorder},
    {"NER", "Ténéré desert north of Agadez", 60, kWilderness},
    {"NER", "Agadez", 60, kCity},
    {"TUN", "Sfax", 60, kCity | kWater | kWork},
    {"TUN", "Libyan border near Ras Jedir", 60, kBorder | kWilderness},
    {"ITA", "Central Mediterranean, 40 nautical miles south of Lampedusa", 60, kWater},
    {"ITA", "Steccato di Cutro, Calabria", 60, kWater},
    {"MLT", "Maltese search and rescue region", 60, kWater},
    {"ITA", "Agro Pontino farms, Latina", 60, kWork},
    {"ITA", "Borgo Mezzanone settlement, Foggia", 60, kCamp | kWork},
};
constexpr Harm kCentralMedHarms[] = {
    {V::kTortureSurvivor, 25, 20},  {V::kSgbvSurvivor, 5, 40},     {V::kTraffickingVictim, 4, 30},
    {V::kKidnappingVictim, 12, 10}, {V::kExtortionVictim, 20, 20}, {V::kForcedLabour, 12, 6},
    {V::kSmugglingAbuse, 15, 15},   {V::kDebtBondage, 3, 10},
};

constexpr Origin kEasternMedOrigins[] = {
    {"SYR", 30, &kArabicLevant, {{{"ar", 100}, {"ku", 15}, {"en", 10}}}},
    {"AFG", 22, &kDari, {{{"prs", 100}, {"ps", 30}, {"en", 10}}}},
    {"AFG", 10, &kDari, {{{"ps", 100}, {"prs", 40}}}},
    {"IRQ", 14, &kArabicLevant, {{{"ar", 100}, {"ckb", 20}}}},
    {"PAK", 14, &kUrdu, {{{"ur", 100}, {"pa", 50}, {"en", 30}}}},
};
constexpr Site kEasternMedSites[] = {
    {"TUR", "İstanbul", 10, 0}, {"TUR", "Van", 5, 0},          {"TUR", "İzmir", 5, 0},
    {"TUR", "Gaziantep", 4, 0}, {"TUR", "Edirne", 2, 0},       {"GRC", "Lesvos, Mytilene", 10, 1},
    {"GRC", "Samos", 4, 1},     {"GRC", "Kos", 2, 1},          {"GRC", "Fylakio, Evros", 4, 1},
    {"GRC", "Athens", 8, 2},    {"GRC", "Thessaloniki", 3, 2}, {"SRB", "Belgrade", 4, 3},
    {"SRB", "Subotica", 2, 3},  {"BIH", "Bihać", 4, 4},        {"BIH", "Velika Kladuša", 2, 4},
    {"BIH", "Sarajevo", 2, 4},
};
constexpr IncidentPlace kEasternMedPlaces[] = {
    {"GRC", "Evros river near Feres", 120, kWater | kBorder},
    {"GRC", "Aegean Sea off Lesvos", 120, kWater | kBorder},
    {"GRC", "Ionian Sea off Pylos", 120, kWater},
    {"GRC", "Athens, Omonia", 120, kCity},
    {"GRC", "Petrou Ralli holding facility, Athens", 120, kDetentionPlace},
    {"TUR", "Van province, Iranian border", 180, kBorder | kWilderness},
    {"TUR", "İstanbul, Zeytinburnu", 180, kCity | kWork},
    {"TUR", "Tuzla removal centre, İstanbul", 180, kDetentionPlace},
    {"HRV", "Croatian border near Velika Kladuša", 60, kBorder | kWilderness},
    {"BIH", "Vučjak, Bihać", 60, kCamp},
    {"SRB", "Hungarian border fence near Subotica", 60, kBorder},
};
constexpr Harm kEasternMedHarms[] = {
    {V::kTortureSurvivor, 10, 6},  {V::kSgbvSurvivor, 2, 12},    {V::kSmugglingAbuse, 12, 12},
    {V::kExtortionVictim, 8, 8},   {V::kKidnappingVictim, 3, 3}, {V::kForcedLabour, 5, 3},
    {V::kTraffickingVictim, 1, 3},
};

constexpr Origin kHornOrigins[] = {
    {"ETH", 30, &kOromo, {{{"om", 100}, {"am", 40}}}},
    {"ETH", 10, &kAmharic, {{{"am", 100}, {"en", 10}}}},
    {"ETH", 5, &kTigrinya, {{{"ti", 100}, {"am", 60}}}},
    {"SOM", 25, &kSomali, {{{"so", 100}, {"ar", 30}, {"en", 10}}}},
    {"ERI", 10, &kTigrinya, {{{"ti", 100}, {"ar", 20}}}},
};
constexpr Site kHornSites[] = {
    {"DJI", "Obock", 12, 0}, {"DJI", "Djibouti City", 4, 0}, {"YEM", "Aden", 8, 1},
    {"YEM", "Lahij", 4, 1},  {"YEM", "Ma'rib", 3, 1},        {"YEM", "Sa'dah", 3, 2},
    {"SAU", "Jeddah", 8, 3}, {"SAU", "Riyadh", 6, 3},        {"SAU", "Jazan", 5, 3},
};
constexpr IncidentPlace kHornPlaces[] = {
    {"YEM", "Ras al-Ara coast, Lahij", 180, kWater | kBorder},
    {"YEM", "Smugglers' compounds near Ras al-Ara", 180, kDetentionPlace | kCity},
    {"YEM", "Sa'dah, Saudi border area", 180, kBorder | kWilderness},
    {"YEM", "Immigration holding facility, Sana'a", 180, kDetentionPlace},
    {"DJI", "Gulf of Aden off Obock", 180, kWater},
    {"DJI", "Obock", 180, kCity | kWilderness},
    {"SAU", "Jazan border area", 180, kBorder},
    {"SAU", "Shumaisi deportation centre, Jeddah", 180, kDetentionPlace},
    {"SAU", "Riyadh", 180, kWork | kCity},
};
constexpr Harm kHornHarms[] = {
    {V::kForcedLabour, 12, 20},   {V::kKidnappingVictim, 12, 10}, {V::kTortureSurvivor, 15, 10},
    {V::kSgbvSurvivor, 3, 35},    {V::kExtortionVictim, 20, 20},  {V::kTraffickingVictim, 4, 15},
    {V::kSmugglingAbuse, 15, 15},
};

constexpr Origin kBayOfBengalOrigins[] = {
    {"MMR", 45, &kRohingya, {{{"rhg", 100}, {"my", 15}, {"ctg", 20}}}, 85},
    {"MMR", 25, &kBurmese, {{{"my", 100}, {"th", 10}}}},
    {"BGD", 15, &kBengali, {{{"bn", 100}, {"en", 10}}}},
};
constexpr Site kBayOfBengalSites[] = {
    {"BGD", "Kutupalong camp, Cox's Bazar", 15, 0},
    {"BGD", "Balukhali camp, Cox's Bazar", 5, 0},
    {"BGD", "Teknaf, Cox's Bazar", 4, 0},
    {"THA", "Mae Sot, Tak", 8, 1},
    {"THA", "Ranong", 4, 1},
    {"THA", "Samut Sakhon", 5, 2},
    {"THA", "Bangkok", 3, 2},
    {"MYS", "Kuala Lumpur", 10, 3},
    {"MYS", "Penang", 4, 3},
    {"MYS", "Johor Bahru", 2, 3},
    {"IDN", "Lhokseumawe, Aceh", 5, 3},
    {"IDN", "Medan", 3, 3},
};
constexpr IncidentPlace kBayOfBengalPlaces[] = {
    {"MMR", "Maungdaw, Rakhine State", 390, kCity | kBorder},
    {"BGD", "Kutupalong camp, Cox's Bazar", 360, kCamp},
    {"BGD", "Bay of Bengal off Teknaf", 360, kWater},
    {"THA", "Andaman Sea off Ranong", 420, kWater},
    {"THA", "Jungle camps near Sadao, Songkhla", 420, kWilderness | kBorder | kDetentionPlace},
    {"MYS", "Wang Kelian, Perlis", 480, kWilderness | kBorder},
    {"IDN", "Coast of Aceh", 420, kWater},
    {"THA", "Seafood processing plant, Samut Sakhon", 420, kWork},
    {"THA", "Fishing vessel, Gulf of Thailand", 420, kWork | kWater},
    {"MYS", "Oil palm plantation, Sabah", 480, kWork},
};
constexpr Harm kBayOfBengalHarms[] = {
    {V::kTraffickingVictim, 8, 10}, {V::kDebtBondage, 10, 5},     {V::kForcedLabour, 12, 6},
    {V::kSgbvSurvivor, 3, 25},      {V::kTortureSurvivor, 6, 4},  {V::kExtortionVictim, 10, 10},
    {V::kKidnappingVictim, 4, 3},   {V::kSmugglingAbuse, 10, 10},
};

constexpr Corridor kCorridors[] = {
    {"central_america", 34, 60, 18, kCentralAmericaOrigins, kCentralAmericaSites,
     kCentralAmericaPlaces, kCentralAmericaHarms},
    {"central_mediterranean", 20, 78, 12, kCentralMedOrigins, kCentralMedSites, kCentralMedPlaces,
     kCentralMedHarms},
    {"eastern_mediterranean", 20, 70, 18, kEasternMedOrigins, kEasternMedSites, kEasternMedPlaces,
     kEasternMedHarms},
    {"horn_of_africa", 12, 82, 10, kHornOrigins, kHornSites, kHornPlaces, kHornHarms},
    {"bay_of_bengal", 14, 55, 22, kBayOfBengalOrigins, kBayOfBengalSites, kBayOfBengalPlaces,
     kBayOfBengalHarms},
};

const Country* const kCountries[] = {
    &kMexico, &kUnitedStates, &kGuatemala,  &kLibya,    &kTunisia,  &kItaly,
    &kMalta,  &kTurkey,       &kGreece,     &kSerbia,   &kBosnia,   &kDjibouti,
    &kYemen,  &kSaudiArabia,  &kBangladesh, &kThailand, &kMalaysia, &kIndonesia,
};

// Expulsions to Mexico under US policy, returns to Türkiye under the EU–Turkey statement,
// readmission from Bosnia to Serbia.
constexpr ThirdCountryReturn kThirdCountryReturns[] = {
    {"USA", "VEN", "MEX", 40}, {"USA", "HTI", "MEX", 20}, {"GRC", "SYR", "TUR", 50},
    {"GRC", "AFG", "TUR", 30}, {"BIH", "AFG", "SRB", 30}, {"BIH", "PAK", "SRB", 30},
};

// Syrians in Türkiye hold temporary protection; Somalis are recognised prima facie in Yemen.
constexpr StatusOverride kStatusOverrides[] = {
    {"SYR", "TUR", "temporary_protection", 85},
    {"SOM", "YEM", "refugee", 70},
};

const NamePool* const kPools[] = {
    &kArabicLevant,
    &kArabicNile,
    &kArabicMaghreb,
    &kDari,
    &kUrdu,
    &kBengali,
    &kTigrinya,
    &kAmharic,
    &kOromo,
    &kSomali,
    &kBurmese,
    &kRohingya,
    &kFrancophoneWestAfrica,
    &kNigerian,
    &kSpanish,
    &kMaya,
    &kHaitian,
};

}  // namespace

std::span<const Corridor> corridors() { return kCorridors; }
std::span<const Country* const> countries() { return kCountries; }
std::span<const ThirdCountryReturn> third_country_returns() { return kThirdCountryReturns; }
std::span<const StatusOverride> status_overrides() { return kStatusOverrides; }
std::span<const NamePool* const> name_pools() { return kPools; }

const Country* find_country(std::string_view code) {
  for (const Country* country : kCountries) {
    if (country->code == code) return country;
  }
  return nullptr;
}

}  // namespace haven::demo
