#pragma once
// Private to the ledger: projections of persons registered in the batch being read, folded
// on the reading thread so the writing thread only checks and appends (the writer is the
// bottleneck of a big import).
//
// It folds only what it can fold alone: events about a person whose registration it read
// in this batch, in time order, naming no second person. Anything else about such a person
// (a merge, a late fact, a correction, an event after the fold was written out) is left to
// the writer, which then folds that person again from the log at the end of the batch.
// The records events concern (cases, referrals, tracing requests) are always the writer's.
// Used by the reading thread only.

#include <cstdint>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "haven/domain/projection.h"

namespace haven::ledger {

class ReaderFolds {
 public:
  explicit ReaderFolds(std::int64_t idle_events) : idle_events_(idle_events) {}

  // Folds the event if it can; true when it did (the writer must then not fold it).
  bool fold(const domain::Event& event);
  // Views of folds untouched for `idle_events` events, which are then forgotten; every
  // view when `all`.
  void take_idle(std::vector<domain::PersonView>& out, bool all);
  // Whether it is time to look for idle folds (cheap; call after each event).
  bool time_to_look() const { return idle_events_ > 0 && events_ % (idle_events_ / 4 + 1) == 0; }

 private:
  struct Open {
    domain::PersonFold fold;
    std::int64_t last_touch = 0;
  };
  void give_up(const std::string& person_id);

  std::int64_t idle_events_;
  std::int64_t events_ = 0;
  std::unordered_map<std::string, Open> open_;
  // Persons whose fold was written out or given up: never folded here again in this batch.
  std::unordered_set<std::string> closed_;
  // Referrals made and cases opened in this batch (`referral:R-1`, `case:C-1`), with their
  // persons, so that events naming only the record find their person.
  std::unordered_map<std::string, std::string> subject_person_;
};

}  // namespace haven::ledger
