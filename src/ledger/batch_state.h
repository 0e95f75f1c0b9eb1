#pragma once
// Private to the ledger: what one batch has created and folded so far. A batch can refer to
// what it created on earlier lines, and its projections are folded as events arrive.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "haven/domain/projection.h"
#include "haven/store/store.h"

namespace haven::ledger {

// A fold that has been kept in memory, with the event count at which it was last touched.
template <typename Fold>
struct OpenFold {
  Fold fold;
  std::int64_t last_touch = 0;
  // Set when an event arrived out of order: fold again from the full history at the end.
  bool needs_refold = false;
};

class BatchState {
 public:
  explicit BatchState(store::WriteBatch& batch) : batch_(batch) {}

  // Checks an event's references and creations against the batch and the store, resolving
  // the person and subject of events that name only a referral or another event.
  Status check(domain::Event& event, const std::vector<domain::Reference>& references,
               const std::vector<domain::Creation>& creations);
  // Notes what a checked event created, so later lines may refer to it.
  void remember(const domain::Event& event, const std::vector<domain::Creation>& creations);
  // Applies an appended event to the projections it concerns. Must be called before the
  // event is appended, so a fold loaded from the store does not see it twice.
  // With `persons` false only the record the event concerns is folded here: the reading
  // thread folded its persons (see ReaderFolds).
  Status prepare_folds(const domain::Event& event, bool persons = true);
  void fold(const domain::Event& event, bool persons = true);
  // Writes the views of folds untouched for `idle` events and forgets them (bounds memory on
  // big imports); with idle 0, writes all.
  Status flush(std::int64_t idle);
  // The reading thread folded this event (see ReaderFolds): the person's fold is not ours.
  void note_reader_fold(const domain::Event& event);
  // Writes every fold still open, then folds again from the log each person whose events
  // were split between the reading thread and this one. Call last, before commit.
  Status finish();

 private:
  Status check_reference(domain::Event& event, const domain::Reference& ref);
  Status check_creation(const domain::Creation& creation);
  // Whether the record an event concerns (a case, a referral, a tracing request, an incident)
  // allows it as it stands: the folds' `admits`.
  Status check_record_state(const domain::Event& event);
  // Whether the two registrations a merge or unmerge names are in a state for it: a merge
  // joins a registration not merged to one not merged; an unmerge parts a merged pair.
  Status check_merge(const domain::Event& event);
  // Whether a record of kind `prefix` (`provider:`) with this id exists, here or in the store.
  Result<bool> has_record(const std::unordered_set<std::string>& created,
                          Result<bool> (store::Reader::*in_store)(const std::string&),
                          const std::string& id);
  // The person a referral made in this batch or before was made for; nullopt if none.
  Result<std::optional<std::string>> referral_owner(const std::string& referral_id);
  template <typename Fold>
  Status open_fold(std::map<std::string, OpenFold<Fold>>& folds, const std::string& key,
                   bool fresh);

  store::WriteBatch& batch_;
  std::int64_t events_ = 0;
  // What this batch created. Events themselves are looked up in the write batch, which sees
  // its own appends: keeping a copy of each here would cost more than the look-up.
  std::unordered_set<std::string> persons_;
  std::unordered_set<std::string> flushed_;  // folds already written once in this batch
  std::unordered_map<std::string, std::string> referrals_;  // referral id → person id
  std::unordered_set<std::string> incidents_;
  std::unordered_set<std::string> requests_;
  std::unordered_set<std::string> providers_;
  std::unordered_map<std::string, std::string> cases_;  // case id → person id
  // Persons the reading thread folded, and those of them the writer had to touch as well.
  std::unordered_set<std::string> reader_folded_;
  std::unordered_set<std::string> refold_at_end_;
  std::map<std::string, OpenFold<domain::PersonFold>> person_folds_;
  std::map<std::string, OpenFold<domain::IncidentFold>> incident_folds_;
  std::map<std::string, OpenFold<domain::TracingFold>> tracing_folds_;
  std::map<std::string, OpenFold<domain::CaseFold>> case_folds_;
  std::map<std::string, OpenFold<domain::ProviderFold>> provider_folds_;
  std::map<std::string, OpenFold<domain::ReferralFold>> referral_folds_;
};

}  // namespace haven::ledger
