#pragma once
// An event: one dated fact about a person, a referral, an incident or a tracing request.
// The log of events is the record; everything else is derived from it (DESIGN.md, "Facts are
// events"). Events are never changed once recorded: a correction is a new `event.voided`.

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "haven/core/result.h"
#include "haven/core/time.h"

namespace haven::domain {

// The parsed fields of an event, private to the domain module (it holds JSON). Carried
// alongside the text so an event parsed once is not parsed again while it is being recorded.
struct EventFields;

struct Event {
  // Haven's id for the event (`ev-…`), or the one given on import.
  std::string id;
  // Vocabulary type, e.g. `detention.started`.
  std::string type;
  // When it happened (UTC); the offset the user wrote stays in `body`.
  Timestamp occurred_at;
  // When it was written down in Haven.
  Timestamp recorded_at;
  // Who wrote it down (a user name, `import`, `demo`).
  std::string actor;
  // The person the event concerns, resolved for events that name only a referral or an
  // event; empty for incidents and tracing requests.
  std::string person_id;
  // A second person it concerns: `into` of a merge, `relative_id` of a family link; empty
  // otherwise.
  std::string other_person_id;
  // The record it concerns, qualified by kind: `referral:R-1`, `incident:INC-7`,
  // `tracing:TR-3`, `case:C-1`, `provider:P-2`; empty for events about a person only. An
  // `event.voided` takes the person and subject of the event it cancels, so it lands in the same
  // histories.
  std::string subject;
  // The event's own fields as canonical JSON (sorted keys), including `type` and
  // `occurred_at` but not `id`, `recorded_at` or `actor`.
  std::string body;
  // Parsed `body`, when at hand; null after loading from a store.
  std::shared_ptr<const EventFields> fields;
};

// How strictly to read an incoming event.
struct ReadOptions {
  // Accept `recorded_at` and `actor` from the input (restoring an export); otherwise they are
  // refused, because Haven itself says when and by whom a fact was written down.
  bool accept_provenance = false;
  // Events may not have happened later than this instant.
  Timestamp not_after;
};

// Reads one event from JSON text and checks it against the vocabulary: type, required
// fields, field types, dates, codes, lengths, unknown fields. Does not check that the
// persons or records it names exist (see `references`); the ledger does, against the store.
// On success `id` is empty unless the input gave one, and `person_id`/`subject` are
// filled from the fields that name them.
// Errors name the field (`location.country`, `nationalities[1]`).
Result<Event> read_event(std::string_view json_text, const ReadOptions& options);

// What an event points at, for the ledger to check and resolve.
enum class ReferenceKind {
  kPerson,          // must be registered
  kReferral,        // must have been made
  kIncident,        // must have been reported
  kCase,            // must have been opened
  kProvider,        // must be registered in the services directory
  kTracingRequest,  // must have been made
  kEvent,           // must have been recorded (and not be a correction itself)
};

struct Reference {
  ReferenceKind kind;
  std::string id;
  // The field that holds the id, for the error message.
  std::string field;
};

// What an event brings into being, which must not exist already.
enum class CreationKind { kPerson, kReferral, kIncident, kTracingRequest, kCase, kProvider };

struct Creation {
  CreationKind kind;
  std::string id;
  std::string field;
};

std::vector<Reference> references(const Event& event);
std::vector<Creation> creations(const Event& event);

// Sets member `name` of a read event's body to `value_json` (JSON text), keeping the body
// canonical: for modules that complete an event from what the store holds (a screening's
// findings from its form). kInvalidField when `value_json` is not JSON.
Status set_body_field(Event& event, const std::string& name, std::string_view value_json);

// The full exported form of an event: body fields plus `id`, `recorded_at`, `actor`.
std::string export_line(const Event& event);

}  // namespace haven::domain
