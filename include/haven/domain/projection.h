#pragma once
// Projections: the current state of a person, an incident, a tracing request or a case, folded from
// their events. A projection is a pure function of the log, so it can always be rebuilt
// (`haven rebuild`) and must come out identical when it is.

#include <memory>
#include <set>
#include <string>
#include <vector>

#include "haven/domain/event.h"

namespace haven::domain {

// What a store keeps of a person: the columns it searches and filters on, and the full
// projection as a JSON document.
struct PersonView {
  std::string person_id;
  // Names folded for search (see fold_for_search), space-separated.
  std::string search_text;
  // Nationalities as ` SYR IRQ ` (spaces around each, for exact-token filtering).
  std::string nationalities;
  std::string migration_status;
  bool registered = false;
  bool in_detention = false;
  // The projection as a JSON object (see docs/projections.md).
  std::string document;
};

// A view of a record that is not a person: an incident or a tracing request.
struct RecordView {
  std::string id;
  // `category` of an incident; empty for tracing requests.
  std::string kind;
  std::string document;
};

// What a store keeps of a protection case: the columns its lists filter on, and the case as
// a JSON document (docs/projections.md).
struct CaseView {
  std::string id;
  std::string person_id;
  std::string agency;
  // Empty while unassigned.
  std::string caseworker;
  // open, active, closure_requested, closed or reopened.
  std::string status;
  // The level a caseworker set (low … critical); empty until one is set.
  std::string risk;
  // The earliest due date (YYYY-MM-DD) of the plan's actions still to do; empty when none.
  std::string next_action_due;
  std::string document;
};

// What a store keeps of a referral: the columns a provider's work list filters on, and the
// referral as a JSON document (docs/projections.md).
struct ReferralView {
  std::string id;
  std::string person_id;
  // Empty when the referral names its provider only by name.
  std::string provider_id;
  std::string service;
  // made, accepted, declined, completed or withdrawn.
  std::string status;
  // When the referral was made (RFC 3339): lists are in this order.
  std::string made_at;
  std::string document;
};

// Folds one person's events, oldest first. `apply` returns false when an event is older than
// one already applied: the caller must then fold again from the full, sorted history.
// Events that were voided must not be passed in (see `without_voided`). Not thread-safe.
class PersonFold {
 public:
  explicit PersonFold(std::string person_id);
  ~PersonFold();
  PersonFold(PersonFold&&) noexcept;
  PersonFold& operator=(PersonFold&&) noexcept;

  bool apply(const Event& event);
  PersonView view() const;

 private:
  struct State;
  std::unique_ptr<State> state_;
};

// Same contract as PersonFold, for an incident and its progress.
class IncidentFold {
 public:
  explicit IncidentFold(std::string incident_id);
  ~IncidentFold();
  IncidentFold(IncidentFold&&) noexcept;
  IncidentFold& operator=(IncidentFold&&) noexcept;

  // Whether the justice track may take the step `event` records: forward only, and nothing
  // after a conviction or a closure without action (kIncidentState errors).
  Status admits(const Event& event) const;
  bool apply(const Event& event);
  RecordView view() const;

 private:
  struct State;
  std::unique_ptr<State> state_;
};

// Same contract, for a family tracing request and the caseworkers' decisions on candidates.
class TracingFold {
 public:
  explicit TracingFold(std::string request_id);
  ~TracingFold();
  TracingFold(TracingFold&&) noexcept;
  TracingFold& operator=(TracingFold&&) noexcept;

  // A reunification that cites the request needs the person to be a confirmed match: one
  // rejected or never decided is refused (kTracingState).
  Status admits(const Event& event) const;
  bool apply(const Event& event);
  RecordView view() const;

 private:
  struct State;
  std::unique_ptr<State> state_;
};

// Same contract, for a protection case: its caseworker, status, risk, plan and notes.
class CaseFold {
 public:
  explicit CaseFold(std::string case_id);
  ~CaseFold();
  CaseFold(CaseFold&&) noexcept;
  CaseFold& operator=(CaseFold&&) noexcept;

  // Whether `event` may be recorded on the case as it stands: a closed case takes no work
  // until reopened, closing needs a supervisor's approval of a closure request, an action is
  // updated only once planned. Refusals are kCaseState errors naming the field.
  Status admits(const Event& event) const;
  bool apply(const Event& event);
  CaseView view() const;

 private:
  struct State;
  std::unique_ptr<State> state_;
};

// Same contract, for a service provider in the directory.
class ProviderFold {
 public:
  explicit ProviderFold(std::string provider_id);
  ~ProviderFold();
  ProviderFold(ProviderFold&&) noexcept;
  ProviderFold& operator=(ProviderFold&&) noexcept;

  bool apply(const Event& event);
  RecordView view() const;

 private:
  struct State;
  std::unique_ptr<State> state_;
};

// Same contract, for a referral: made → accepted or declined → completed, or withdrawn when
// the person takes back their consent (which ends the provider's access).
class ReferralFold {
 public:
  explicit ReferralFold(std::string referral_id);
  ~ReferralFold();
  ReferralFold(ReferralFold&&) noexcept;
  ReferralFold& operator=(ReferralFold&&) noexcept;

  // Whether the referral's life allows `event` (kReferralState errors naming referral_id).
  Status admits(const Event& event) const;
  bool apply(const Event& event);
  ReferralView view() const;

 private:
  struct State;
  std::unique_ptr<State> state_;
};

// A stored person document as shown on `today`: with `age` ({years, estimated, child}, or
// null without a usable birth date), which changes every day and so is never stored.
Result<std::string> person_document_on(const std::string& stored, CivilDate today);

// Sorts events into the order folds need: by `occurred_at`, then `recorded_at`, then id.
void sort_for_fold(std::vector<Event>& events);

// Ids of the events that the `event.voided` events among `events` cancel.
std::set<std::string> voided_event_ids(const std::vector<Event>& events);

// Drops the events that a later `event.voided` cancels, and the `event.voided` events
// themselves. The input may be in any order.
std::vector<Event> without_voided(std::vector<Event> events);

// Person, incident or tracing views folded from a complete history (any order).
PersonView fold_person(const std::string& person_id, std::vector<Event> events);
RecordView fold_incident(const std::string& incident_id, std::vector<Event> events);
RecordView fold_tracing(const std::string& request_id, std::vector<Event> events);
CaseView fold_case(const std::string& case_id, std::vector<Event> events);
RecordView fold_provider(const std::string& provider_id, std::vector<Event> events);
ReferralView fold_referral(const std::string& referral_id, std::vector<Event> events);

}  // namespace haven::domain
