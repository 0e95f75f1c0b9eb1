#pragma once
// The event vocabulary (DESIGN.md, "The event vocabulary (v1)") as data: every event type
// with its fields, their kinds and whether they are required. Validation, the OpenAPI
// document and the demo generator all read this one table. Names here are a contract:
// add fields and types, never rename.

#include <span>
#include <string_view>

namespace haven::domain {

enum class FieldKind {
  kNewId,         // an id this event creates (person, referral, incident, request)
  kPersonId,      // a registered person
  kReferralId,    // a referral already made
  kIncidentId,    // an incident already reported
  kCaseId,        // a protection case already opened
  kProviderId,    // a service provider already registered
  kRequestId,     // a tracing request already made
  kEventId,       // an event already recorded
  kName,          // a personal name, up to 200 characters, no control characters
  kText,          // free text, up to 10,000 characters
  kCode,          // a snake_case code from an open list (e.g. extension grounds)
  kChoice,        // one of `choices`
  kChoiceList,    // a list of `choices`
  kBool,          // true or false
  kCount,         // a whole number, 0 or more
  kBirthDate,     // YYYY, YYYY-MM or YYYY-MM-DD, not in the future
  kDate,          // YYYY-MM-DD
  kCountry,       // ISO 3166-1 alpha-3 (or XXA stateless etc.)
  kCountryList,   // a list of those
  kLanguage,      // ISO 639-1 or 639-3
  kLanguageList,  // a list of those
  kPersonIdList,  // a list of registered persons
  kLocation,      // {"country": alpha-3, "place": text}
  kSoughtPerson,  // the person a tracing request looks for
  kLatitude,      // decimal degrees, -90 to 90
  kLongitude,     // decimal degrees, -180 to 180
  kQuality,       // a whole number from 1 to 5 (the Missing Migrants Project's source quality)
  kAnswers,       // screening answers: {question_id: true|false|number|choice}
  kFindings,      // what a screening found: [{code or flag, reason}]
};

struct FieldSpec {
  std::string_view name;
  FieldKind kind;
  bool required = false;
  std::span<const std::string_view> choices = {};
  // One line for the OpenAPI document and `haven --help`.
  std::string_view description = {};
};

struct EventTypeSpec {
  std::string_view type;
  std::string_view description;
  std::span<const FieldSpec> fields;
  // For types where a set of optional fields needs at least one present (person.updated).
  bool needs_one_optional = false;
};

// Every event type, in the order of DESIGN.md.
std::span<const EventTypeSpec> event_types();
// The spec of a type, or null when the type is not in the vocabulary.
const EventTypeSpec* find_event_type(std::string_view type);

// The parts of the two object kinds: kLocation and kSoughtPerson.
std::span<const FieldSpec> location_fields();
std::span<const FieldSpec> sought_person_fields();

// Closed lists shared by several types (DESIGN.md).
std::span<const std::string_view> vulnerability_codes();
std::span<const std::string_view> incident_categories();
std::span<const std::string_view> referral_services();
std::span<const std::string_view> migration_statuses();
std::span<const std::string_view> case_statuses();
std::span<const std::string_view> risk_levels();
std::span<const std::string_view> family_relations();

}  // namespace haven::domain
