#pragma once
// Evaluating the rule catalogue: a person's (or an incident's) events and a jurisdiction's
// profile give obligations (rules/obligation.h); obligations give alerts as of any moment.
// Pure functions of their inputs, safe from any thread.

#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "haven/core/result.h"
#include "haven/domain/event.h"
#include "haven/domain/merges.h"
#include "haven/rules/obligation.h"

namespace haven::store {
class Store;
}

namespace haven::rules {

struct Profile;

struct Alert {
  std::string rule;
  AlertStatus status = AlertStatus::kOk;
  std::string person_id;
  std::string subject;
  Timestamp opened_at;
  Timestamp due_at;
  std::optional<Timestamp> closed_at;
  // Citation ids of the provisions the rule enforces.
  std::span<const std::string_view> cites;
  std::string detail;
  // How it closed (met, ended, …); meaningful only when closed_at is set.
  Closure closure = Closure::kMet;
};

struct AlertQuery {
  // The moment the alerts describe.
  Timestamp as_of;
  // Judge with only what had been recorded by then (what was *known*); unset: everything
  // recorded, including facts written down late.
  std::optional<Timestamp> known_at;
  // Only this rule; empty for all.
  std::string rule;
  // Only this person (their own obligations and the incidents they are the first victim
  // of); empty for everyone.
  std::string person_id;
  // Only this status; unset for due, overdue and breach (and ok too with `all`).
  std::optional<AlertStatus> status;
  bool all = false;
};

// The obligations a person's events give rise to under `profile`. `events` are the
// person's events in any order, voiding events included (store::Reader::events_of_person);
// the registration and updates of another person among them (a duplicate merged into this
// one) do not change who the person is.
// Schedules that never end (reviews of an ongoing detention) are listed up to `horizon`.
std::vector<Obligation> person_obligations(const std::string& person_id,
                                           std::span<const domain::Event> events,
                                           const Profile& profile, Timestamp horizon);
// The obligations of a person as readers that follow merges see them (domain/merges.h):
// from the person's events and those of every registration merged into it. A registration
// merged into another has none of its own: they are the kept person's, named in
// `merged_into`. Who the person is (nationality, birth date) is read from the kept person's
// own registration and updates; the duplicates' other facts all count.
struct PersonObligations {
  std::vector<Obligation> obligations;
  // The registration this one is merged into; empty when it is not merged.
  std::string merged_into;
};
Result<PersonObligations> merged_person_obligations(const std::string& person_id,
                                                    const domain::EventsOf& events_of,
                                                    const Profile& profile, Timestamp horizon);

// The obligations of one incident (`incident:INC-7`) from its events.
std::vector<Obligation> incident_obligations(std::span<const domain::Event> events,
                                             const Profile& profile);

// The alerts among `obligations` that `query` asks for, appended to `out`.
void select_alerts(const std::vector<Obligation>& obligations, const AlertQuery& query,
                   std::vector<Alert>& out);

// Called now and then with the persons and incidents evaluated so far and their total.
using EvaluationProgress = std::function<void(std::int64_t done, std::int64_t total)>;

// Every alert in the store as of `query.as_of`: a query over the whole log, person by
// person, then incident by incident. Sorted by due time, then person.
Result<std::vector<Alert>> evaluate_store(store::Store& store, const Profile& profile,
                                          const AlertQuery& query,
                                          const EvaluationProgress& progress = {});

}  // namespace haven::rules
