#pragma once
// Duplicate registrations joined by `person.merged` and parted again by `person.unmerged`.
// Nothing is rewritten: every event stays under the person id it was recorded for. Readers
// that follow merges (the rules, the person page) read the person kept together with the
// registrations merged into it, and nothing separately for a registration merged away.
//
// The ledger keeps the merges a forest: a registration is merged into at most one other, and
// only into one that is not merged itself, so following them never loops.

#include <functional>
#include <string>
#include <vector>

#include "haven/core/result.h"
#include "haven/core/time.h"
#include "haven/domain/event.h"

namespace haven::domain {

// Where one registration stands.
struct MergeState {
  // The registration this one is merged into; empty when it is not merged.
  std::string into;
  // The registrations merged into this one, in the order they were merged.
  std::vector<std::string> from;
  // When the last merge or unmerge naming this registration happened; zero when none did.
  Timestamp changed_at;
};

// The merge state of `person_id` from its events as store::Reader::events_of_person gives
// them (in recording order, as the merged and as the kept person). Voided merges do not count.
MergeState merge_state(const std::string& person_id, const std::vector<Event>& events);

// Loads one person's events in recording order (store::Reader::events_of_person, or a copy
// that leaves some out).
using EventsOf = std::function<Result<std::vector<Event>>(const std::string& person_id)>;

struct MergedHistory {
  // The merge state of the person asked about.
  MergeState state;
  // The person's own events and, unless it is merged into another, those of every
  // registration merged into it (and into those in turn), each event once, by `recorded_at`.
  std::vector<Event> events;
  // The registrations those events are of: the person asked about first.
  std::vector<std::string> persons;
};

// The history of `person_id` as readers that follow merges see it. Reads only the person's
// own events when nothing is merged into it.
Result<MergedHistory> merged_history(const std::string& person_id, const EventsOf& events_of);

}  // namespace haven::domain
