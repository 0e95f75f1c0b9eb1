// Djibouti, Yemen and Saudi Arabia on the Eastern Route from the Horn of Africa; Bangladesh,
// Thailand, Malaysia and Indonesia around the Bay of Bengal and the Andaman Sea. In none of
// them does the law require periodic review of immigration detention.

#include "demo/tables.h"

namespace haven::demo {
namespace {

constexpr Facility kDjiboutiFacilities[] = {{"Nagad detention centre, Djibouti", true}};
constexpr std::string_view kDjiboutiLaws[] = {"Law on the entry and stay of foreigners"};
constexpr std::string_view kDjiboutiAuthorities[] = {"Police nationale, service de l'immigration"};
constexpr Provider kDjiboutiProviders[] = {
    {"shelter", "IOM Migration Response Centre, Obock"},
    {"medical", "IOM Migration Response Centre, Obock"},
    {"child_protection", "Caritas Djibouti"},
    {"family_tracing", "Croissant-Rouge de Djibouti"},
};
constexpr std::string_view kDjiboutiGuardians[] = {"Caritas Djibouti, social worker"};
constexpr StatusShare kDjiboutiStatuses[] = {{"irregular", 60}, {"unknown", 40}};
constexpr HourBand kDjiboutiLength[] = {{60, 24, 168}, {40, 168, 1080}};

constexpr Facility kYemenFacilities[] = {
    {"Immigration, Passports and Naturalization Authority holding facility, Sana'a", true},
    {"Bir Ahmed detention facility, Aden", true},
};
constexpr std::string_view kYemenLaws[] = {
    "Law No. 47 of 1991 on the entry and residence of aliens"};
constexpr std::string_view kYemenAuthorities[] = {
    "Immigration, Passports and Naturalization Authority"};
constexpr Provider kYemenProviders[] = {
    {"medical", "IOM Migrant Response Point, Aden"},
    {"medical", "Médecins Sans Frontières, Aden"},
    {"shelter", "IOM Migrant Response Point, Aden"},
    {"legal", "UNHCR Yemen"},
    {"psychosocial", "INTERSOS Yemen"},
    {"child_protection", "UNICEF Yemen, child protection partner"},
    {"family_tracing", "Yemen Red Crescent Society"},
};
constexpr std::string_view kYemenGuardians[] = {
    "Ministry of Social Affairs and Labour, social worker"};
constexpr StatusShare kYemenStatuses[] = {
    {"irregular", 65}, {"unknown", 25}, {"asylum_seeker", 10}};
constexpr HourBand kYemenLength[] = {{30, 48, 336}, {50, 336, 2880}, {20, 2880, 8760}};

constexpr Facility kSaudiFacilities[] = {
    {"Shumaisi deportation centre, Jeddah", true},
    {"Al-Kharj detention centre", false},
    {"Jazan detention centre", true},
    {"Al-Dayer detention centre, Jazan", false},
};
constexpr std::string_view kSaudiLaws[] = {"Residency Regulations", "Border Security Regulations"};
constexpr std::string_view kSaudiAuthorities[] = {"General Directorate of Passports (Jawazat)",
                                                  "Border Guard"};
constexpr Provider kSaudiProviders[] = {
    {"medical", "Saudi Red Crescent Authority"},
    {"family_tracing", "Saudi Red Crescent Authority"},
    {"legal", "National Society for Human Rights"},
};
constexpr std::string_view kSaudiGuardians[] = {
    "Ministry of Human Resources and Social Development"};
constexpr StatusShare kSaudiStatuses[] = {{"irregular", 80}, {"regular", 10}, {"unknown", 10}};
constexpr HourBand kSaudiLength[] = {{20, 72, 720}, {50, 720, 4320}, {30, 4320, 12960}};

constexpr Facility kBangladeshFacilities[] = {{"Cox's Bazar District Jail", true}};
constexpr std::string_view kBangladeshLaws[] = {"Foreigners Act 1946, s. 14",
                                                "Control of Entry Act 1952"};
constexpr std::string_view kBangladeshAuthorities[] = {"Armed Police Battalion (APBn)"};
constexpr Provider kBangladeshProviders[] = {
    {"medical", "Médecins Sans Frontières, Kutupalong hospital"},
    {"education", "UNICEF learning centre, Kutupalong"},
    {"shelter", "UNHCR Cox's Bazar, shelter programme"},
    {"psychosocial", "BRAC humanitarian programme"},
    {"child_protection", "UNICEF child-friendly space, Kutupalong"},
    {"legal", "UNHCR protection desk, Cox's Bazar"},
    {"family_tracing", "Bangladesh Red Crescent Society, Restoring Family Links"},
};
constexpr std::string_view kBangladeshGuardians[] = {"UNHCR foster care coordinator, Cox's Bazar"};
constexpr StatusShare kBangladeshStatuses[] = {{"stateless", 35}, {"refugee", 25}, {"unknown", 40}};
constexpr HourBand kBangladeshLength[] = {{80, 24, 168}, {20, 168, 2160}};

constexpr Facility kThailandFacilities[] = {
    {"Immigration Detention Centre, Suan Phlu, Bangkok", true},
    {"Immigration Detention Centre, Mae Sot", true},
    {"Immigration Detention Centre, Ranong", false},
    {"Immigration Detention Centre, Sadao", true},
};
constexpr std::string_view kThailandLaws[] = {"Immigration Act B.E. 2522 (1979), s. 54"};
constexpr std::string_view kThailandAuthorities[] = {"Immigration Bureau, Royal Thai Police"};
constexpr std::string_view kThailandAlternatives[] = {"case_management", "community_placement"};
constexpr Provider kThailandProviders[] = {
    {"medical", "Mae Tao Clinic, Mae Sot"},
    {"psychosocial", "Mae Tao Clinic, Mae Sot"},
    {"legal", "Human Rights and Development Foundation"},
    {"legal", "Labour Protection Network, Samut Sakhon"},
    {"shelter", "Foundation for Education and Development, Phang Nga"},
    {"education", "Migrant learning centre, Mae Sot"},
    {"child_protection", "Ministry of Social Development and Human Security"},
    {"interpretation", "MAP Foundation"},
    {"family_tracing", "Thai Red Cross Society"},
};
constexpr std::string_view kThailandGuardians[] = {
    "Ministry of Social Development and Human Security, social worker"};
constexpr StatusShare kThailandStatuses[] = {{"regular", 40}, {"irregular", 45}, {"unknown", 15}};
constexpr HourBand kThailandLength[] = {{50, 24, 336}, {30, 336, 2160}, {20, 2160, 12960}};

constexpr Facility kMalaysiaFacilities[] = {
    {"Depot Imigresen Bukit Jalil, Kuala Lumpur", true},
    {"Depot Imigresen Lenggeng, Negeri Sembilan", true},
    {"Depot Imigresen Semenyih, Selangor", false},
    {"Depot Imigresen Relau, Kedah", true},
    {"Depot Imigresen Belantik, Kedah", false},
};
constexpr std::string_view kMalaysiaLaws[] = {
    "Immigration Act 1959/63, s. 6(1)(c)",
    "Immigration Act 1959/63, s. 34",
};
constexpr std::string_view kMalaysiaAuthorities[] = {"Jabatan Imigresen Malaysia"};
constexpr std::string_view kMalaysiaAlternatives[] = {"community_placement", "reporting"};
constexpr Provider kMalaysiaProviders[] = {
    {"legal", "Asylum Access Malaysia"},
    {"legal", "UNHCR Malaysia"},
    {"medical", "Health Equity Initiatives"},
    {"psychosocial", "Health Equity Initiatives"},
    {"shelter", "Tenaganita"},
    {"education", "Rohingya community learning centre, Selangor"},
    {"child_protection", "SUKA Society"},
    {"family_tracing", "Malaysian Red Crescent Society"},
};
constexpr std::string_view kMalaysiaGuardians[] = {"Department of Social Welfare (JKM), officer"};
constexpr StatusShare kMalaysiaStatuses[] = {
    {"refugee", 35}, {"asylum_seeker", 20}, {"irregular", 35}, {"regular", 10}};
constexpr HourBand kMalaysiaLength[] = {{20, 72, 720}, {45, 720, 4320}, {35, 4320, 16800}};

constexpr Facility kIndonesiaFacilities[] = {
    {"Rumah Detensi Imigrasi Medan", true},
    {"Rumah Detensi Imigrasi Jakarta", false},
    {"Rumah Detensi Imigrasi Pekanbaru", true},
};
constexpr std::string_view kIndonesiaLaws[] = {"Law No. 6 of 2011 on Immigration",
                                               "Presidential Regulation No. 125 of 2016"};
constexpr std::string_view kIndonesiaAuthorities[] = {"Directorate General of Immigration"};
constexpr std::string_view kIndonesiaAlternatives[] = {"community_placement", "reporting"};
constexpr Provider kIndonesiaProviders[] = {
    {"legal", "SUAKA"},
    {"medical", "Church World Service Indonesia"},
    {"child_protection", "Church World Service Indonesia"},
    {"shelter", "IOM community housing, Medan"},
    {"education", "JRS Indonesia learning centre"},
    {"psychosocial", "JRS Indonesia"},
    {"family_tracing", "Palang Merah Indonesia"},
};
constexpr std::string_view kIndonesiaGuardians[] = {"Church World Service Indonesia, case worker"};
constexpr StatusShare kIndonesiaStatuses[] = {
    {"asylum_seeker", 40}, {"refugee", 45}, {"irregular", 15}};
constexpr HourBand kIndonesiaLength[] = {{30, 168, 1440}, {40, 1440, 8760}, {30, 8760, 16800}};

}  // namespace

extern const Country kDjibouti = {"DJI",
                                  180,
                                  "fr",
                                  kDjiboutiFacilities,
                                  kDjiboutiLaws,
                                  kDjiboutiAuthorities,
                                  {},
                                  kDjiboutiProviders,
                                  kDjiboutiGuardians,
                                  kDjiboutiStatuses,
                                  {20, 0, 0, 0, {20, 0, 75, 0, 5}, kDjiboutiLength}};
extern const Country kYemen = {"YEM",
                               180,
                               "ar",
                               kYemenFacilities,
                               kYemenLaws,
                               kYemenAuthorities,
                               {},
                               kYemenProviders,
                               kYemenGuardians,
                               kYemenStatuses,
                               {30, 0, 0, 0, {25, 0, 45, 10, 20}, kYemenLength}};
extern const Country kSaudiArabia = {"SAU",
                                     180,
                                     "ar",
                                     kSaudiFacilities,
                                     kSaudiLaws,
                                     kSaudiAuthorities,
                                     {},
                                     kSaudiProviders,
                                     kSaudiGuardians,
                                     kSaudiStatuses,
                                     {70, 0, 0, 0, {5, 0, 85, 5, 5}, kSaudiLength}};
extern const Country kBangladesh = {"BGD",
                                    360,
                                    "bn",
                                    kBangladeshFacilities,
                                    kBangladeshLaws,
                                    kBangladeshAuthorities,
                                    {},
                                    kBangladeshProviders,
                                    kBangladeshGuardians,
                                    kBangladeshStatuses,
                                    {5, 0, 0, 0, {70, 0, 0, 0, 30}, kBangladeshLength}};
extern const Country kThailand = {"THA",
                                  420,
                                  "th",
                                  kThailandFacilities,
                                  kThailandLaws,
                                  kThailandAuthorities,
                                  kThailandAlternatives,
                                  kThailandProviders,
                                  kThailandGuardians,
                                  kThailandStatuses,
                                  {35, 0, 0, 0, {15, 5, 65, 10, 5}, kThailandLength}};
extern const Country kMalaysia = {"MYS",
                                  480,
                                  "ms",
                                  kMalaysiaFacilities,
                                  kMalaysiaLaws,
                                  kMalaysiaAuthorities,
                                  kMalaysiaAlternatives,
                                  kMalaysiaProviders,
                                  kMalaysiaGuardians,
                                  kMalaysiaStatuses,
                                  {40, 0, 0, 0, {25, 0, 55, 10, 10}, kMalaysiaLength}};
extern const Country kIndonesia = {"IDN",
                                   420,
                                   "id",
                                   kIndonesiaFacilities,
                                   kIndonesiaLaws,
                                   kIndonesiaAuthorities,
                                   kIndonesiaAlternatives,
                                   kIndonesiaProviders,
                                   kIndonesiaGuardians,
                                   kIndonesiaStatuses,
                                   {25, 0, 0, 0, {45, 30, 5, 15, 5}, kIndonesiaLength}};

}  // namespace haven::demo
