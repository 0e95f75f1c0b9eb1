#include "ledger/reader_folds.h"

namespace haven::ledger {

void ReaderFolds::give_up(const std::string& person_id) {
  open_.erase(person_id);
  closed_.insert(person_id);
}

bool ReaderFolds::fold(const domain::Event& event) {
  ++events_;
  // A correction may concern anyone, a merge two persons: both are the writer's.
  if (event.type == "event.voided") return false;
  std::string person = event.person_id;
  // An answer to a referral, or work on a case, names only the record: its person is the
  // one the record was made for.
  if (person.empty() && !event.subject.empty()) {
    const auto it = subject_person_.find(event.subject);
    if (it != subject_person_.end()) person = it->second;
  }
  if (person.empty()) return false;
  if (event.type == "referral.made" || event.type == "case.opened") {
    subject_person_[event.subject] = person;
  }
  if (!event.other_person_id.empty()) {
    give_up(person);
    give_up(event.other_person_id);
    return false;
  }
  if (event.type == "person.registered") {
    if (open_.count(person) > 0 || closed_.count(person) > 0) {
      give_up(person);  // registered twice: the writer refuses it
      return false;
    }
    open_.emplace(person, Open{domain::PersonFold(person), events_});
  }
  const auto it = open_.find(person);
  if (it == open_.end()) {
    closed_.insert(person);
    return false;
  }
  if (!it->second.fold.apply(event)) {
    give_up(person);  // older than what was folded: the writer folds again from the log
    return false;
  }
  it->second.last_touch = events_;
  return true;
}

void ReaderFolds::take_idle(std::vector<domain::PersonView>& out, bool all) {
  for (auto it = open_.begin(); it != open_.end();) {
    if (!all && events_ - it->second.last_touch < idle_events_) {
      ++it;
      continue;
    }
    out.push_back(it->second.fold.view());
    closed_.insert(it->first);
    it = open_.erase(it);
  }
}

}  // namespace haven::ledger
