#pragma once
// A caseworker's queue: everything owed on the cases they hold, in one list, most urgent
// first — the open actions of each case plan and the legal deadlines (alerts) open on each
// case's person, unanswered referrals among them. What a caseworker opens the day with.

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "haven/core/result.h"
#include "haven/core/time.h"
#include "haven/rules/obligation.h"

namespace haven::store {
class Store;
}
namespace haven::rules {
struct Profile;
}

namespace haven::casework {

class Registry;

struct QueueItem {
  // `action` (a case plan action), `alert` (a legal deadline on the case's person), or an
  // open tracing request waiting on a caseworker (ref is its id): `tracing_sought` (the
  // case's person may be the one it seeks) or `tracing_requester` (they made it, and it has
  // a candidate to confirm or reject).
  std::string kind;
  std::string case_id;
  std::string person_id;
  // The action's id, or the alert's rule.
  std::string ref;
  // What is owed, in a sentence.
  std::string what;
  // When it falls due: the end of an action's due day (UTC), an alert's deadline.
  Timestamp due_at;
  // due or overdue as of the queue's moment.
  rules::AlertStatus status = rules::AlertStatus::kDue;
  // The provisions an alert enforces; empty for plan actions.
  std::span<const std::string_view> cites;
};

// The queue of `caseworker` as of `now`: overdue items first, then due ones, each by due
// time. Closed cases owe nothing. Alerts follow `profile` (the installation's). With a
// `registry`, the tracing leads of each case's person (tracing_leads) are due now.
Result<std::vector<QueueItem>> caseworker_queue(store::Store& store, const rules::Profile& profile,
                                                const std::string& caseworker, Timestamp now,
                                                const Registry* registry = nullptr);

// `{"caseworker", "as_of", "items": [{"kind", "case_id", "person_id", "ref", "what",
// "due_at", "status", "cites"}]}`.
std::string queue_json(const std::string& caseworker, Timestamp now,
                       std::span<const QueueItem> items);

}  // namespace haven::casework
