#include "haven/domain/merges.h"

#include <algorithm>
#include <set>
#include <utility>

#include "haven/domain/projection.h"

namespace haven::domain {
namespace {

bool is_merge(const Event& event) {
  return event.type == "person.merged" || event.type == "person.unmerged";
}

}  // namespace

MergeState merge_state(const std::string& person_id, const std::vector<Event>& events) {
  MergeState state;
  // Most persons were never merged: no voided set to build for them.
  if (std::none_of(events.begin(), events.end(), is_merge)) return state;
  const std::set<std::string> voided = voided_event_ids(events);
  for (const Event& event : events) {
    if (!is_merge(event) || voided.count(event.id) > 0) continue;
    const bool merged = event.type == "person.merged";
    if (event.person_id == person_id) {
      state.into = merged ? event.other_person_id : std::string();
    } else if (event.other_person_id == person_id) {
      std::erase(state.from, event.person_id);
      if (merged) state.from.push_back(event.person_id);
    } else {
      continue;
    }
    state.changed_at = std::max(state.changed_at, event.occurred_at);
  }
  return state;
}

Result<MergedHistory> merged_history(const std::string& person_id, const EventsOf& events_of) {
  auto own = events_of(person_id);
  if (!own) return own.error();
  MergedHistory history;
  history.state = merge_state(person_id, *own);
  history.events = std::move(*own);
  history.persons.push_back(person_id);
  if (!history.state.into.empty() || history.state.from.empty()) return history;

  std::set<std::string> ids;
  for (const Event& event : history.events) ids.insert(event.id);
  std::set<std::string> seen = {person_id};
  // (duplicate, the registration it was found merged into)
  std::vector<std::pair<std::string, std::string>> pending;
  for (const std::string& duplicate : history.state.from)
    pending.emplace_back(duplicate, person_id);
  while (!pending.empty()) {
    const auto [duplicate, via] = std::move(pending.back());
    pending.pop_back();
    if (!seen.insert(duplicate).second) continue;
    auto events = events_of(duplicate);
    if (!events) return events.error();
    MergeState state = merge_state(duplicate, *events);
    // Only where the duplicate itself says it is merged (a voided unmerge could leave two
    // registrations claiming it): its events are never counted twice.
    if (state.into != via) continue;
    // Registrations merged into the duplicate before it was merged follow it here.
    for (std::string& further : state.from) pending.emplace_back(std::move(further), duplicate);
    history.persons.push_back(duplicate);
    for (Event& event : *events) {
      // A merge between the two is in both histories.
      if (ids.insert(event.id).second) history.events.push_back(std::move(event));
    }
  }
  std::stable_sort(history.events.begin(), history.events.end(),
                   [](const Event& a, const Event& b) { return a.recorded_at < b.recorded_at; });
  return history;
}

}  // namespace haven::domain
