#include "haven/domain/vocabulary.h"

#include <array>

namespace haven::domain {
namespace {

using K = FieldKind;

// Closed lists (DESIGN.md). Extend, never rename: stored events use these strings.
constexpr std::array<std::string_view, 16> kVulnerabilities = {
    "child",           "unaccompanied_child", "separated_child",  "pregnant",
    "disability",      "older_person",        "serious_illness",  "trafficking_victim",
    "smuggling_abuse", "kidnapping_victim",   "extortion_victim", "torture_survivor",
    "sgbv_survivor",   "forced_labour",       "debt_bondage",     "stateless"};

constexpr std::array<std::string_view, 18> kIncidentCategories = {"xenophobic_act",
                                                                  "arbitrary_detention",
                                                                  "torture_ill_treatment",
                                                                  "death_in_transit",
                                                                  "disappearance",
                                                                  "kidnapping",
                                                                  "extortion",
                                                                  "trafficking",
                                                                  "smuggling_abuse",
                                                                  "forced_labour",
                                                                  "sexual_exploitation",
                                                                  "debt_bondage",
                                                                  "abandonment",
                                                                  "labour_rights_violation",
                                                                  "remittance_obstruction",
                                                                  "denial_of_education",
                                                                  "denial_of_health_care",
                                                                  "collective_expulsion"};

constexpr std::array<std::string_view, 8> kServices = {
    "medical",   "psychosocial",     "legal",          "shelter",
    "education", "child_protection", "family_tracing", "interpretation"};

// Administrative categories only: irregular entry or stay is never "illegal" (OHCHR border
// principles). Recorded, never a gate (DESIGN.md principle 4).
constexpr std::array<std::string_view, 10> kMigrationStatuses = {"regular",
                                                                 "irregular",
                                                                 "asylum_seeker",
                                                                 "refugee",
                                                                 "subsidiary_protection",
                                                                 "temporary_protection",
                                                                 "stateless",
                                                                 "trafficking_permit",
                                                                 "pending",
                                                                 "unknown"};

constexpr std::array<std::string_view, 4> kSexes = {"F", "M", "X", "U"};
constexpr std::array<std::string_view, 3> kReviewOutcomes = {"continued", "released",
                                                             "alternative"};
constexpr std::array<std::string_view, 5> kEndReasons = {"released", "alternative", "returned",
                                                         "transferred", "other"};
// Alternatives to detention listed by the Special Rapporteur (A/HRC/20/24).
constexpr std::array<std::string_view, 10> kAlternatives = {"registration",
                                                            "deposit_of_documents",
                                                            "bail",
                                                            "reporting",
                                                            "case_management",
                                                            "community_placement",
                                                            "designated_residence",
                                                            "electronic_monitoring",
                                                            "curfew",
                                                            "other"};
constexpr std::array<std::string_view, 2> kChildSituations = {"unaccompanied", "separated"};
constexpr std::array<std::string_view, 6> kPerpetrators = {
    "state_agent", "organised_crime", "smuggler", "employer", "private_individual", "unknown"};
constexpr std::array<std::string_view, 5> kStages = {
    "reported_to_authorities", "investigated", "prosecuted", "convicted", "closed_without_action"};
constexpr std::array<std::string_view, 3> kDecisions = {"granted", "refused", "not_available"};
// A protection case's life (as Primero's users know it): open, active while work goes on,
// closure asked for by the caseworker, closed once a supervisor approved, reopened.
constexpr std::array<std::string_view, 5> kCaseStatuses = {"open", "active", "closure_requested",
                                                           "closed", "reopened"};
constexpr std::array<std::string_view, 4> kRiskLevels = {"low", "medium", "high", "critical"};
// Who a relative is to the person (Primero's and the ICRC's family-link categories).
constexpr std::array<std::string_view, 6> kRelations = {"parent", "child",          "sibling",
                                                        "spouse", "other_relative", "guardian"};
constexpr std::array<std::string_view, 4> kActionStatuses = {"planned", "in_progress", "done",
                                                             "cancelled"};

constexpr std::array kLocationFields = {
    FieldSpec{"country", K::kCountry, false, {}, "ISO 3166-1 alpha-3"},
    FieldSpec{"place", K::kName, false, {}, "town, crossing point or facility"},
    FieldSpec{"admin_area", K::kName, false, {}, "province, state or region"},
    FieldSpec{"latitude", K::kLatitude, false, {}, "decimal degrees (WGS 84)"},
    FieldSpec{"longitude", K::kLongitude, false, {}, "decimal degrees (WGS 84)"}};
constexpr std::array kSoughtFields = {
    FieldSpec{"given_name", K::kName, false, {}, "given name(s) of the person sought"},
    FieldSpec{"family_name", K::kName, false, {}, "family name(s)"},
    FieldSpec{"name_original", K::kName, false, {}, "the name in its own script"},
    FieldSpec{"sex", K::kChoice, false, kSexes, "F, M, X or U"},
    FieldSpec{"birth_date", K::kBirthDate, false, {}, "YYYY, YYYY-MM or YYYY-MM-DD"},
    FieldSpec{"nationality", K::kCountry, false, {}, "ISO 3166-1 alpha-3"},
    FieldSpec{"last_seen_place", K::kName, false, {}, "where they were last seen"}};

constexpr std::string_view kPersonDoc = "the person's id (given at registration)";

// The identity fields shared by person.registered and person.updated.
constexpr std::array kIdentity = {
    FieldSpec{"given_name", K::kName, false, {}, "given name(s), in Latin letters"},
    FieldSpec{"family_name", K::kName, false, {}, "family name(s), in Latin letters"},
    FieldSpec{"name_original", K::kName, false, {}, "the full name in the person's own script"},
    FieldSpec{"sex", K::kChoice, false, kSexes, "F, M, X or U (unknown)"},
    FieldSpec{"birth_date", K::kBirthDate, false, {}, "YYYY, YYYY-MM or YYYY-MM-DD"},
    FieldSpec{"birth_date_estimated", K::kBool, false, {}, "true when the date is a guess"},
    FieldSpec{"nationalities", K::kCountryList, false, {}, "ISO 3166-1 alpha-3; XXA stateless"},
    // The UN Recommendations on Statistics of International Migration (Rev. 1) count migrants
    // by country of birth as well as citizenship: they differ for the stateless and for
    // children born along the route.
    FieldSpec{"country_of_birth", K::kCountry, false, {}, "ISO 3166-1 alpha-3"},
    FieldSpec{"languages", K::kLanguageList, false, {}, "ISO 639 codes"},
    FieldSpec{"migration_status", K::kChoice, false, kMigrationStatuses,
              "administrative status; never a gate to services"},
    FieldSpec{"location", K::kLocation, false, {}, "where the person is: country, place"},
    FieldSpec{"vulnerabilities", K::kChoiceList, false, kVulnerabilities, "vulnerability codes"}};

// `first`, then `rest`: the shared identity fields behind each event's own.
template <std::size_t N>
constexpr std::array<FieldSpec, N + 1> prepend(FieldSpec first,
                                               const std::array<FieldSpec, N>& rest) {
  std::array<FieldSpec, N + 1> out{};
  out[0] = first;
  for (std::size_t i = 0; i < N; ++i) out[i + 1] = rest[i];
  return out;
}

// Registration alone names the agency: statistics count persons by who registered them, and a
// later update does not change that.
constexpr auto kRegistered = prepend(
    FieldSpec{"person_id", K::kNewId, true, {}, "an id chosen by the registering agency"},
    prepend(FieldSpec{"agency", K::kName, false, {}, "the agency that registers the person"},
            kIdentity));
constexpr auto kUpdated =
    prepend(FieldSpec{"person_id", K::kPersonId, true, {}, kPersonDoc}, kIdentity);

constexpr std::array kPersonOnly = {FieldSpec{"person_id", K::kPersonId, true, {}, kPersonDoc}};
constexpr std::array kUnaccompanied = {
    FieldSpec{"person_id", K::kPersonId, true, {}, kPersonDoc},
    FieldSpec{"situation", K::kChoice, false, kChildSituations,
              "unaccompanied (the default) or separated from usual caregivers"}};
constexpr std::array kGuardian = {
    FieldSpec{"person_id", K::kPersonId, true, {}, kPersonDoc},
    FieldSpec{"guardian", K::kName, true, {}, "the appointed guardian"}};
constexpr std::array kBestInterests = {
    FieldSpec{"person_id", K::kPersonId, true, {}, kPersonDoc},
    FieldSpec{"outcome", K::kText, true, {}, "the assessment's conclusion"}};
constexpr std::array kDetentionStarted = {
    FieldSpec{"person_id", K::kPersonId, true, {}, kPersonDoc},
    FieldSpec{"facility", K::kName, true, {}, "where the person is held"},
    FieldSpec{"legal_basis", K::kText, false, {}, "the law or order relied on"},
    FieldSpec{"authority", K::kName, false, {}, "the authority that ordered it"},
    FieldSpec{"location",
              K::kLocation,
              false,
              {},
              "where: the detaining State (whose own nationals are owed no consular notice)"}};
constexpr std::array kDetentionReviewed = {
    FieldSpec{"person_id", K::kPersonId, true, {}, kPersonDoc},
    FieldSpec{"outcome", K::kChoice, true, kReviewOutcomes, "continued, released or alternative"}};
constexpr std::array kDetentionEnded = {
    FieldSpec{"person_id", K::kPersonId, true, {}, kPersonDoc},
    FieldSpec{"reason", K::kChoice, true, kEndReasons,
              "released, alternative, returned, transferred or other"}};
constexpr std::array kDetentionExtended = {
    FieldSpec{"person_id", K::kPersonId, true, {}, kPersonDoc},
    FieldSpec{"grounds", K::kCode, true, {}, "e.g. non_cooperation, third_country_documents"}};
constexpr std::array kAlternativeStarted = {
    FieldSpec{"person_id", K::kPersonId, true, {}, kPersonDoc},
    FieldSpec{"kind", K::kChoice, true, kAlternatives, "the alternative to detention"}};
constexpr std::array kAlternativeEnded = {
    FieldSpec{"person_id", K::kPersonId, true, {}, kPersonDoc},
    FieldSpec{"kind", K::kChoice, false, kAlternatives, "the alternative that ended"}};
constexpr std::array kAlternativeConsidered = {
    FieldSpec{"person_id", K::kPersonId, true, {}, kPersonDoc},
    FieldSpec{"decision", K::kChoice, true, kDecisions, "granted, refused or not_available"},
    FieldSpec{"reasons", K::kText, false, {}, "why, as recorded in the decision"}};
constexpr std::array kRightsInformed = {
    FieldSpec{"person_id", K::kPersonId, true, {}, kPersonDoc},
    FieldSpec{"language", K::kLanguage, true, {}, "the language the rights were given in"}};
constexpr std::array kNotificationRequested = {
    FieldSpec{"person_id", K::kPersonId, true, {}, kPersonDoc},
    FieldSpec{"requested", K::kBool, true, {}, "whether the person asked for the consulate"}};
constexpr std::array kNotified = {
    FieldSpec{"person_id", K::kPersonId, true, {}, kPersonDoc},
    FieldSpec{"consulate", K::kCountry, true, {}, "the sending State, ISO 3166-1 alpha-3"}};
constexpr std::array kReferralMade = {
    FieldSpec{"referral_id", K::kNewId, true, {}, "an id for the referral"},
    FieldSpec{"person_id", K::kPersonId, true, {}, kPersonDoc},
    FieldSpec{"service", K::kChoice, true, kServices, "the kind of help"},
    FieldSpec{"provider_id", K::kProviderId, false, {}, "the provider, from the directory"},
    FieldSpec{"provider", K::kName, false, {}, "the organisation referred to, by name"},
    FieldSpec{"consent",
              K::kBool,
              true,
              {},
              "the person's informed consent to share their named data with the provider: "
              "must be true (no consent, no referral)"},
    FieldSpec{"consent_by", K::kName, false, {}, "who consented when not the person (a guardian)"},
    FieldSpec{"share_migration_status",
              K::kBool,
              false,
              {},
              "whether the person agreed that the provider may see their migration status"}};
constexpr std::array kReferralAnswered = {
    FieldSpec{"referral_id", K::kReferralId, true, {}, "the referral"},
    FieldSpec{"note", K::kText, false, {}, "a remark (e.g. why declined)"}};
constexpr std::array kReferralCompleted = {
    FieldSpec{"referral_id", K::kReferralId, true, {}, "the referral"},
    FieldSpec{"outcome", K::kText, true, {}, "what the service did for the person"},
    FieldSpec{"note", K::kText, false, {}, "a remark"}};
constexpr std::array kProviderRegistered = {
    FieldSpec{"provider_id", K::kNewId, true, {}, "an id for the provider"},
    FieldSpec{"name", K::kName, true, {}, "the organisation"},
    FieldSpec{"services", K::kChoiceList, true, kServices, "the kinds of help it gives"},
    FieldSpec{"languages", K::kLanguageList, false, {}, "languages it works in (ISO 639)"},
    FieldSpec{"location", K::kLocation, false, {}, "where it works: country, place"},
    FieldSpec{"capacity", K::kCount, false, {}, "how many persons it can take at once"},
    FieldSpec{"contact", K::kText, false, {}, "how to reach it (telephone, address, hours)"}};
constexpr std::array kProviderUpdated = {
    FieldSpec{"provider_id", K::kProviderId, true, {}, "the provider"},
    FieldSpec{"name", K::kName, false, {}, "the organisation"},
    FieldSpec{"services", K::kChoiceList, false, kServices, "the kinds of help it gives"},
    FieldSpec{"languages", K::kLanguageList, false, {}, "languages it works in (ISO 639)"},
    FieldSpec{"location", K::kLocation, false, {}, "where it works: country, place"},
    FieldSpec{"capacity", K::kCount, false, {}, "how many persons it can take at once"},
    FieldSpec{"contact", K::kText, false, {}, "how to reach it"}};
constexpr std::array kReturn = {
    FieldSpec{"person_id", K::kPersonId, true, {}, kPersonDoc},
    FieldSpec{"destination", K::kCountry, true, {}, "ISO 3166-1 alpha-3"}};
constexpr std::array kVulnerabilityAssessed = {
    FieldSpec{"person_id", K::kPersonId, true, {}, kPersonDoc},
    FieldSpec{"vulnerabilities", K::kChoiceList, true, kVulnerabilities,
              "the full set found (replaces the earlier one)"}};
constexpr std::array kIncidentReported = {
    FieldSpec{"incident_id", K::kNewId, true, {}, "an id for the incident"},
    FieldSpec{"category", K::kChoice, true, kIncidentCategories, "what happened"},
    FieldSpec{"location", K::kLocation, false, {}, "where: country, place"},
    FieldSpec{"victims", K::kPersonIdList, false, {}, "registered persons harmed"},
    FieldSpec{"dead", K::kCount, false, {}, "number of dead (minimum estimate)"},
    FieldSpec{"missing", K::kCount, false, {}, "number of missing (minimum estimate)"},
    FieldSpec{"injured", K::kCount, false, {}, "number of injured"},
    FieldSpec{"perpetrator", K::kChoice, false, kPerpetrators, "who is alleged to have done it"},
    FieldSpec{"description", K::kText, false, {}, "what is known"},
    FieldSpec{"date",
              K::kBirthDate,
              false,
              {},
              "when it happened, if not occurred_at: YYYY, YYYY-MM or YYYY-MM-DD"},
    FieldSpec{"date_estimated", K::kBool, false, {}, "true when the date is approximate"},
    FieldSpec{"route",
              K::kCode,
              false,
              {},
              "the migration route, e.g. central_mediterranean (as the Missing Migrants "
              "Project names them)"},
    FieldSpec{"survivors", K::kCount, false, {}, "number of survivors"},
    FieldSpec{"females", K::kCount, false, {}, "victims known to be female"},
    FieldSpec{"males", K::kCount, false, {}, "victims known to be male"},
    FieldSpec{"children", K::kCount, false, {}, "victims known to be under 18"},
    FieldSpec{"cause_of_death", K::kName, false, {}, "as the Missing Migrants Project records it"},
    FieldSpec{"source", K::kText, false, {}, "where the information comes from"},
    FieldSpec{"source_quality",
              K::kQuality,
              false,
              {},
              "1 (one unverified source) to 5 (official, corroborated), as the Missing Migrants "
              "Project grades sources"},
    // What the Missing Migrants Project carries beyond the fields above. Where Haven keeps a
    // code for statistics (route, origin_countries), the source's own words are kept beside
    // it so that an exchange gives back what it was given.
    FieldSpec{"route_name", K::kName, false, {}, "the migration route in the source's words"},
    FieldSpec{"region", K::kName, false, {}, "the region where it happened (MMP's Region)"},
    FieldSpec{"unsd_region",
              K::kName,
              false,
              {},
              "the UN Statistics Division's geographical grouping of the place"},
    FieldSpec{"place_description",
              K::kText,
              false,
              {},
              "where, in the source's words (MMP's Location of death)"},
    FieldSpec{"origin_countries",
              K::kCountryList,
              false,
              {},
              "where the dead and missing came from (ISO 3166-1 alpha-3)"},
    FieldSpec{"origin",
              K::kName,
              false,
              {},
              "where they came from in the source's words: country names, Mixed or Unknown"},
    FieldSpec{"origin_region", K::kName, false, {}, "the region they came from"},
    FieldSpec{"source_urls", K::kText, false, {}, "web addresses of the sources, comma-separated"},
    FieldSpec{"mmp_incident_id",
              K::kName,
              false,
              {},
              "the Missing Migrants Project's Incident ID (the external reference)"},
    FieldSpec{"mmp_main_id",
              K::kName,
              false,
              {},
              "the Missing Migrants Project's Main ID: the event this incident is a part of"}};
constexpr std::array kIncidentProgressed = {
    FieldSpec{"incident_id", K::kIncidentId, true, {}, "the incident"},
    FieldSpec{"stage", K::kChoice, true, kStages, "how far the case has come"}};
constexpr std::array kTracingRequested = {
    FieldSpec{"request_id", K::kNewId, true, {}, "an id for the request"},
    FieldSpec{"sought",
              K::kSoughtPerson,
              true,
              {},
              "who is sought: given_name, family_name, name_original, sex, birth_date, "
              "nationality, last_seen_place"},
    FieldSpec{"requester", K::kName, true, {}, "who asks (a name or a person id)"}};
constexpr std::array kReunified = {
    FieldSpec{"person_id", K::kPersonId, true, {}, kPersonDoc},
    FieldSpec{"with", K::kName, true, {}, "the relative (a name or a person id)"},
    FieldSpec{"request_id",
              K::kRequestId,
              false,
              {},
              "the tracing request that found them (its match must be confirmed)"}};
constexpr std::array kFamilyLinked = {
    FieldSpec{"person_id", K::kPersonId, true, {}, kPersonDoc},
    FieldSpec{"relative_id", K::kPersonId, true, {}, "the relative, also registered"},
    FieldSpec{"relation", K::kChoice, true, kRelations,
              "who the relative is to the person: parent, child, sibling, spouse, "
              "other_relative or guardian"},
    FieldSpec{
        "asserted_by", K::kName, true, {}, "who says so (the person, a relative, a document)"}};
constexpr std::array kMatchConfirmed = {
    FieldSpec{"request_id", K::kRequestId, true, {}, "the tracing request"},
    FieldSpec{"person_id", K::kPersonId, true, {}, "the registered person who is the one sought"},
    FieldSpec{"by", K::kName, true, {}, "the caseworker who confirmed it"},
    FieldSpec{"note", K::kText, false, {}, "how it was confirmed"}};
constexpr std::array kMatchRejected = {
    FieldSpec{"request_id", K::kRequestId, true, {}, "the tracing request"},
    FieldSpec{
        "person_id", K::kPersonId, true, {}, "the registered person who is not the one sought"},
    FieldSpec{"by", K::kName, true, {}, "the caseworker who rejected it"},
    FieldSpec{"reason", K::kText, true, {}, "why it is not them"}};
constexpr std::array kScreening = {
    FieldSpec{"person_id", K::kPersonId, true, {}, kPersonDoc},
    FieldSpec{"form", K::kCode, true, {}, "the screening form (haven forms list)"},
    FieldSpec{"version", K::kCount, false, {}, "the form's version (the latest when absent)"},
    FieldSpec{"answers", K::kAnswers, true, {}, "the answers, by question id"},
    FieldSpec{"findings",
              K::kFindings,
              false,
              {},
              "what the answers mean, with reasons: computed by Haven from the form"}};
constexpr std::array kAgeAssessed = {
    FieldSpec{"person_id", K::kPersonId, true, {}, kPersonDoc},
    FieldSpec{"birth_date", K::kBirthDate, true, {}, "the assessed birth date"},
    FieldSpec{"method", K::kText, false, {}, "how age was assessed"}};
constexpr std::array kForeignNational = {
    FieldSpec{"person_id", K::kPersonId, true, {}, kPersonDoc},
    FieldSpec{"nationality", K::kCountry, false, {}, "the probable nationality, if known"}};
constexpr std::array kMerge = {
    FieldSpec{"person_id", K::kPersonId, true, {}, "the duplicate registration"},
    FieldSpec{"into", K::kPersonId, true, {}, "the registration it joins"},
    FieldSpec{"reason", K::kText, false, {}, "why the registrations are (or are not) one person"}};
constexpr std::string_view kCaseDoc = "the case";
constexpr std::array kCaseOpened = {
    FieldSpec{"case_id", K::kNewId, true, {}, "an id for the case"},
    FieldSpec{"person_id", K::kPersonId, true, {}, kPersonDoc},
    FieldSpec{"agency", K::kName, true, {}, "the agency that holds the case"},
    FieldSpec{"caseworker", K::kName, false, {}, "who works on it (unassigned when absent)"},
    FieldSpec{"reason", K::kText, false, {}, "why the case was opened"}};
constexpr std::array kCaseOnly = {FieldSpec{"case_id", K::kCaseId, true, {}, kCaseDoc}};
constexpr std::array kCaseReason = {FieldSpec{"case_id", K::kCaseId, true, {}, kCaseDoc},
                                    FieldSpec{"reason", K::kText, false, {}, "why"}};
constexpr std::array kCaseAssigned = {
    FieldSpec{"case_id", K::kCaseId, true, {}, kCaseDoc},
    FieldSpec{"caseworker", K::kName, true, {}, "the caseworker now responsible"}};
constexpr std::array kCaseRisk = {
    FieldSpec{"case_id", K::kCaseId, true, {}, kCaseDoc},
    FieldSpec{"level", K::kChoice, true, kRiskLevels, "low, medium, high or critical"},
    FieldSpec{"reason", K::kText, true, {}, "why this level (a judgement is always explained)"}};
constexpr std::array kCaseActionPlanned = {
    FieldSpec{"case_id", K::kCaseId, true, {}, kCaseDoc},
    FieldSpec{"action_id", K::kCode, true, {}, "a short id for the action, unique in the case"},
    FieldSpec{"action", K::kText, true, {}, "what is to be done"},
    FieldSpec{"responsible", K::kName, false, {}, "who does it"},
    FieldSpec{"due", K::kDate, true, {}, "by when (YYYY-MM-DD)"}};
constexpr std::array kCaseActionUpdated = {
    FieldSpec{"case_id", K::kCaseId, true, {}, kCaseDoc},
    FieldSpec{"action_id", K::kCode, true, {}, "the planned action"},
    FieldSpec{"status", K::kChoice, true, kActionStatuses,
              "planned, in_progress, done or cancelled"},
    FieldSpec{"note", K::kText, false, {}, "what happened"}};
constexpr std::array kCaseNote = {FieldSpec{"case_id", K::kCaseId, true, {}, kCaseDoc},
                                  FieldSpec{"note", K::kText, true, {}, "the note (sensitive)"}};
constexpr std::array kCaseApproved = {
    FieldSpec{"case_id", K::kCaseId, true, {}, kCaseDoc},
    FieldSpec{"supervisor", K::kName, true, {}, "the supervisor who approves the closure"},
    FieldSpec{"note", K::kText, false, {}, "a remark"}};
constexpr std::array kVoided = {
    FieldSpec{"event_id", K::kEventId, true, {}, "the event that stops counting"},
    FieldSpec{"reason", K::kText, true, {}, "why it was wrong"}};

constexpr std::array kTypes = {
    EventTypeSpec{"person.registered", "a person is registered, regardless of status", kRegistered},
    EventTypeSpec{"person.updated", "identity details change", kUpdated, true},
    EventTypeSpec{"child.unaccompanied", "an unaccompanied or separated child is identified",
                  kUnaccompanied},
    EventTypeSpec{"guardian.appointed", "a guardian is appointed for a child", kGuardian},
    EventTypeSpec{"best_interests.assessed", "a best-interests assessment is made", kBestInterests},
    EventTypeSpec{"detention.started", "the person is deprived of liberty", kDetentionStarted},
    EventTypeSpec{"detention.reviewed", "detention is reviewed", kDetentionReviewed},
    EventTypeSpec{"detention.ended", "detention ends", kDetentionEnded},
    EventTypeSpec{"alternative.started", "an alternative to detention starts", kAlternativeStarted},
    EventTypeSpec{"alternative.ended", "an alternative to detention ends", kAlternativeEnded},
    EventTypeSpec{"consular.rights_informed", "the person is told of consular rights",
                  kRightsInformed},
    EventTypeSpec{"consular.notification_requested",
                  "the person says whether the consulate should be told", kNotificationRequested},
    EventTypeSpec{"consular.notified", "the consulate is notified", kNotified},
    EventTypeSpec{"consular.visited", "a consular officer visits", kPersonOnly},
    EventTypeSpec{"referral.made", "the person is referred to a service", kReferralMade},
    EventTypeSpec{"referral.accepted", "the service accepts the referral", kReferralAnswered},
    EventTypeSpec{"referral.completed", "the service was given", kReferralCompleted},
    EventTypeSpec{"referral.declined", "the service declines the referral", kReferralAnswered},
    EventTypeSpec{"return.planned", "a return is planned", kReturn},
    EventTypeSpec{"return.completed", "the person is returned", kReturn},
    EventTypeSpec{"vulnerability.assessed", "vulnerabilities are assessed", kVulnerabilityAssessed},
    EventTypeSpec{"incident.reported", "a crime or violation against migrants is reported",
                  kIncidentReported},
    EventTypeSpec{"incident.progressed", "an incident's case moves on", kIncidentProgressed},
    EventTypeSpec{"tracing.requested", "a relative asks to find a family member",
                  kTracingRequested},
    EventTypeSpec{"family.reunified", "the person is reunited with family", kReunified},
    EventTypeSpec{"detention.extended", "detention is extended beyond its first limit",
                  kDetentionExtended},
    EventTypeSpec{"alternative.considered", "an alternative to detention is considered",
                  kAlternativeConsidered},
    EventTypeSpec{"age.disputed", "the person's age is disputed", kPersonOnly},
    EventTypeSpec{"age.assessed", "an age assessment is made", kAgeAssessed},
    EventTypeSpec{"case.opened", "an agency opens a protection case for the person", kCaseOpened},
    EventTypeSpec{"case.assigned", "a caseworker is made responsible for the case", kCaseAssigned},
    EventTypeSpec{"case.activated", "work on the case starts", kCaseOnly},
    EventTypeSpec{"case.risk_set", "the case's risk level is set, with the reason", kCaseRisk},
    EventTypeSpec{"case.action_planned", "an action is added to the case plan", kCaseActionPlanned},
    EventTypeSpec{"case.action_updated", "a planned action moves on", kCaseActionUpdated},
    EventTypeSpec{"case.note_added", "a note is written on the case", kCaseNote},
    EventTypeSpec{"case.closure_requested", "the caseworker asks to close the case", kCaseReason},
    EventTypeSpec{"case.closure_approved", "a supervisor approves closing the case", kCaseApproved},
    EventTypeSpec{"case.closed", "the case is closed (after approval)", kCaseReason},
    EventTypeSpec{"case.reopened", "a closed case is opened again", kCaseReason},
    EventTypeSpec{"foreign_national.identified",
                  "there are grounds to think the person is a foreign national", kForeignNational},
    EventTypeSpec{"person.merged", "a duplicate registration is joined to another", kMerge},
    EventTypeSpec{"person.unmerged", "a join of registrations is undone", kMerge},
    EventTypeSpec{"provider.registered", "a service provider joins the directory",
                  kProviderRegistered},
    EventTypeSpec{"provider.updated", "a provider's details change", kProviderUpdated, true},
    EventTypeSpec{"referral.consent_withdrawn",
                  "the person withdraws consent to share their data: the provider's access ends",
                  kReferralAnswered},
    EventTypeSpec{"family.linked", "a family link between two registered persons is recorded",
                  kFamilyLinked},
    EventTypeSpec{"tracing.match_confirmed", "a caseworker confirms a person is the one sought",
                  kMatchConfirmed},
    EventTypeSpec{"tracing.match_rejected", "a caseworker finds a candidate is not the one sought",
                  kMatchRejected},
    EventTypeSpec{"screening.recorded", "a vulnerability screening form is filled in", kScreening},
    EventTypeSpec{"event.voided", "an event is corrected: it stops counting", kVoided},
};

}  // namespace

std::span<const EventTypeSpec> event_types() { return kTypes; }

const EventTypeSpec* find_event_type(std::string_view type) {
  for (const auto& spec : kTypes) {
    if (spec.type == type) return &spec;
  }
  return nullptr;
}

std::span<const FieldSpec> location_fields() { return kLocationFields; }
std::span<const FieldSpec> sought_person_fields() { return kSoughtFields; }

std::span<const std::string_view> vulnerability_codes() { return kVulnerabilities; }
std::span<const std::string_view> incident_categories() { return kIncidentCategories; }
std::span<const std::string_view> referral_services() { return kServices; }
std::span<const std::string_view> case_statuses() { return kCaseStatuses; }
std::span<const std::string_view> risk_levels() { return kRiskLevels; }
std::span<const std::string_view> family_relations() { return kRelations; }

std::span<const std::string_view> migration_statuses() { return kMigrationStatuses; }

}  // namespace haven::domain
