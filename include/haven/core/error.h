#pragma once
// The one table of error codes Haven reports. Every expected failure in the library is an
// `Error` carrying one of these codes; the HTTP layer maps each code to a status in one
// function (http/problem.cpp) and the CLI to an exit code (tools/haven/exit_codes.cpp).

#include <string>
#include <string_view>

namespace haven {

enum class ErrorCode {
  kInvalidJson,        // the input is not well-formed JSON (or not UTF-8)
  kInvalidField,       // a field has the wrong type, format or value
  kMissingField,       // a required field is absent
  kUnknownField,       // a field the event type does not have (often a typo)
  kUnknownEventType,   // `type` is not in the vocabulary
  kFutureTime,         // `occurred_at` lies after the present
  kUnknownPerson,      // the event concerns a person never registered
  kUnknownReferral,    // the event concerns a referral never made
  kUnknownIncident,    // the event concerns an incident never reported
  kUnknownCase,        // the event concerns a case never opened
  kUnknownProvider,    // the event names a service provider never registered
  kUnknownRequest,     // the event concerns a tracing request never made
  kUnknownForm,        // a screening names a form (or version) Haven does not have
  kConsentRequired,    // a referral without the person's informed consent to share data
  kUnknownEvent,       // `event.voided` names an event that does not exist
  kInvalidDocument,    // a text given to a parser is not what it should be (empty, binary)
  kDuplicateEvent,     // an event with this id is already recorded
  kDuplicatePerson,    // `person.registered` for a person already registered
  kDuplicateReferral,  // `referral.made` with an id already used
  kDuplicateIncident,  // `incident.reported` with an id already used
  kDuplicateRequest,   // `tracing.requested` with an id already used
  kDuplicateCase,      // `case.opened` with an id already used
  kCaseState,          // the case's state does not allow the event (closing unapproved)
  kDuplicateProvider,  // `provider.registered` with an id already used
  kReferralState,      // the referral's state does not allow the event (answer once withdrawn)
  kTracingState,       // the tracing request does not allow it (reunifying a rejected match)
  kIncidentState,      // the justice track does not allow the step (convicted, then investigated)
  kMergeState,         // the registrations are not in a state to merge (already merged) or unmerge
  kNotFound,           // a looked-up record does not exist
  kUnauthorized,       // no valid session: signed out, expired, revoked, or wrong password
  kForbidden,          // signed in, but the role or scope does not allow it
  kTooManyRequests,    // too many tries (failed sign-ins) in too short a time: wait
  kBadRequest,         // a malformed request (query parameter, cursor, flag)
  kMethodNotAllowed,   // an HTTP method the route does not take
  kPayloadTooLarge,    // a request body or import line over the configured size
  kStorage,            // the database refused or failed
  kIo,                 // a file could not be read or written
  kInternal,           // a bug: never expected
};

// Stable snake_case name of a code, as shown to users and in problem+json `code`.
std::string_view code_name(ErrorCode code);

// Every code, in declaration order (for tests that walk the whole table).
const ErrorCode* all_error_codes(std::size_t* count);

// An expected failure: what went wrong, where (field, and line of an import), and why.
struct Error {
  ErrorCode code = ErrorCode::kInternal;
  // The offending field, dotted for nested ones (`location.country`, `nationalities[1]`).
  std::string field;
  // A sentence a user can act on, without the field or line prefix.
  std::string message;
  // 1-based line of an imported file, or 0 when the input was not a file.
  int line = 0;

  // "line 12: birth_date: 2026-02-30 is not a calendar date" — the form users see.
  std::string describe() const;
};

}  // namespace haven
