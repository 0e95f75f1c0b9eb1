// Türkiye, Greece, Serbia and Bosnia and Herzegovina: the Eastern Mediterranean and the
// Western Balkans. Türkiye reviews removal detention monthly (Law 6458 art. 57); Greece holds
// people for months, children too, in "protective custody".

#include "demo/tables.h"

namespace haven::demo {
namespace {

constexpr Facility kTurkeyFacilities[] = {
    {"Tuzla Geri Gönderme Merkezi, İstanbul", false},
    {"Binkılıç Geri Gönderme Merkezi, İstanbul", true},
    {"Van Geri Gönderme Merkezi", false},
    {"Edirne Geri Gönderme Merkezi", false},
    {"Harmandalı Geri Gönderme Merkezi, İzmir", true},
};
constexpr std::string_view kTurkeyLaws[] = {
    "Law No. 6458 on Foreigners and International Protection, art. 57"};
constexpr std::string_view kTurkeyAuthorities[] = {
    "Presidency of Migration Management (Göç İdaresi Başkanlığı)",
    "Provincial Directorate of Migration Management, Van",
};
constexpr std::string_view kTurkeyAlternatives[] = {"reporting", "designated_residence",
                                                    "electronic_monitoring"};
constexpr Provider kTurkeyProviders[] = {
    {"legal", "Refugee Rights Türkiye"},
    {"legal", "SGDD-ASAM"},
    {"psychosocial", "SGDD-ASAM"},
    {"medical", "Migrant Health Centre (Göçmen Sağlığı Merkezi)"},
    {"shelter", "Türk Kızılay community centre"},
    {"child_protection", "Ministry of Family and Social Services"},
    {"education", "Temporary education centre"},
    {"family_tracing", "Türk Kızılay, Restoring Family Links"},
};
constexpr std::string_view kTurkeyGuardians[] = {
    "Provincial Directorate of Family and Social Services"};
constexpr StatusShare kTurkeyStatuses[] = {
    {"asylum_seeker", 40}, {"irregular", 50}, {"unknown", 10}};
constexpr HourBand kTurkeyLength[] = {{30, 48, 360}, {45, 360, 2880}, {25, 2880, 8760}};

constexpr Facility kGreeceFacilities[] = {
    {"Pre-removal detention centre of Amygdaleza, Attica", true,
     "Hellenic Police, Aliens Directorate of Attica"},
    {"Pre-removal detention centre of Corinth", false,
     "Hellenic Police, Corinth Police Directorate"},
    {"Pre-removal detention centre of Fylakio, Evros", true,
     "Hellenic Police, Evros Police Directorate"},
    {"Pre-removal detention centre of Paranesti, Drama", false,
     "Hellenic Police, Drama Police Directorate"},
    {"Pre-removal detention centre of Kos", false,
     "Hellenic Police, Dodecanese Police Directorate"},
    {"Petrou Ralli holding facility, Athens", true,
     "Hellenic Police, Aliens Directorate of Attica"},
};
constexpr std::string_view kGreeceLaws[] = {
    "Law 3907/2011, art. 30 (detention for return)",
    "Law 4939/2022, art. 50 (detention of applicants)",
};
constexpr std::string_view kGreeceAuthorities[] = {
    "Hellenic Police, Aliens Directorate of Attica",
    "Hellenic Police, Evros Police Directorate",
};
constexpr std::string_view kGreeceAlternatives[] = {"reporting", "designated_residence",
                                                    "deposit_of_documents"};
constexpr Provider kGreeceProviders[] = {
    {"legal", "Greek Council for Refugees"},
    {"legal", "Refugee Support Aegean"},
    {"psychosocial", "Babel Day Centre"},
    {"medical", "Médecins du Monde Greece"},
    {"medical", "Médecins Sans Frontières, Lesvos"},
    {"child_protection", "ARSIS – Association for the Social Support of Youth"},
    {"interpretation", "METAdrasi interpreters"},
    {"shelter", "Solidarity Now, Athens"},
    {"family_tracing", "Hellenic Red Cross, Restoring Family Links"},
};
constexpr std::string_view kGreeceGuardians[] = {
    "METAdrasi guardianship network",
    "Public Prosecutor for Minors, Mytilene",
};
constexpr StatusShare kGreeceStatuses[] = {
    {"asylum_seeker", 70}, {"irregular", 20}, {"pending", 10}};
constexpr HourBand kGreeceLength[] = {{20, 48, 336}, {40, 336, 2160}, {40, 2160, 12960}};

constexpr Facility kSerbiaFacilities[] = {{"Shelter for Foreigners, Padinska Skela", true}};
constexpr std::string_view kSerbiaLaws[] = {"Law on Foreigners (2018)"};
constexpr std::string_view kSerbiaAuthorities[] = {"Ministry of Interior, Border Police"};
constexpr Provider kSerbiaProviders[] = {
    {"legal", "Belgrade Centre for Human Rights"},
    {"legal", "Asylum Protection Center"},
    {"shelter", "Krnjača Asylum Centre"},
    {"medical", "Médecins Sans Frontières, Belgrade"},
    {"psychosocial", "PIN – Psychosocial Innovation Network"},
    {"child_protection", "Centre for Social Work, Belgrade"},
};
constexpr std::string_view kSerbiaGuardians[] = {
    "Centre for Social Work, Belgrade (temporary guardian)"};
constexpr StatusShare kSerbiaStatuses[] = {
    {"irregular", 50}, {"asylum_seeker", 25}, {"unknown", 25}};
constexpr HourBand kSerbiaLength[] = {{50, 24, 168}, {50, 168, 2160}};

constexpr Facility kBosniaFacilities[] = {{"Immigration Centre, Lukavica", true}};
constexpr std::string_view kBosniaLaws[] = {"Law on Aliens (2015)"};
constexpr std::string_view kBosniaAuthorities[] = {"Service for Foreigners' Affairs"};
constexpr Provider kBosniaProviders[] = {
    {"legal", "Vaša prava BiH"},
    {"shelter", "Lipa temporary reception centre"},
    {"shelter", "Ušivak temporary reception centre"},
    {"medical", "Danish Refugee Council BiH"},
    {"child_protection", "Save the Children North West Balkans"},
    {"family_tracing", "Red Cross Society of Bosnia and Herzegovina"},
};
constexpr std::string_view kBosniaGuardians[] = {"Centre for Social Work, Bihać"};
constexpr StatusShare kBosniaStatuses[] = {
    {"irregular", 45}, {"asylum_seeker", 20}, {"unknown", 35}};
constexpr HourBand kBosniaLength[] = {{30, 48, 336}, {70, 336, 4320}};

}  // namespace

extern const Country kTurkey = {"TUR",
                                180,
                                "tr",
                                kTurkeyFacilities,
                                kTurkeyLaws,
                                kTurkeyAuthorities,
                                kTurkeyAlternatives,
                                kTurkeyProviders,
                                kTurkeyGuardians,
                                kTurkeyStatuses,
                                {30, 0, 30, 180, {25, 10, 50, 10, 5}, kTurkeyLength}};

extern const Country kGreece = {"GRC",
                                120,
                                "el",
                                kGreeceFacilities,
                                kGreeceLaws,
                                kGreeceAuthorities,
                                kGreeceAlternatives,
                                kGreeceProviders,
                                kGreeceGuardians,
                                kGreeceStatuses,
                                {35, 72, 90, 180, {45, 5, 30, 15, 5}, kGreeceLength}};

extern const Country kSerbia = {"SRB",
                                60,
                                "sr",
                                kSerbiaFacilities,
                                kSerbiaLaws,
                                kSerbiaAuthorities,
                                {},
                                kSerbiaProviders,
                                kSerbiaGuardians,
                                kSerbiaStatuses,
                                {10, 0, 0, 0, {60, 0, 30, 0, 10}, kSerbiaLength}};

extern const Country kBosnia = {"BIH",
                                60,
                                "bs",
                                kBosniaFacilities,
                                kBosniaLaws,
                                kBosniaAuthorities,
                                {},
                                kBosniaProviders,
                                kBosniaGuardians,
                                kBosniaStatuses,
                                {15, 0, 0, 0, {30, 0, 55, 0, 15}, kBosniaLength}};

}  // namespace haven::demo
