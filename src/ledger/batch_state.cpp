#include "ledger/batch_state.h"

#include "haven/domain/merges.h"

namespace haven::ledger {
namespace {

using domain::CreationKind;
using domain::ReferenceKind;

std::string quoted(const std::string& id) { return "'" + id + "'"; }

std::string without_prefix(const std::string& subject) {
  return subject.substr(subject.find(':') + 1);
}

}  // namespace

Status BatchState::check_reference(domain::Event& event, const domain::Reference& ref) {
  switch (ref.kind) {
    case ReferenceKind::kPerson: {
      if (persons_.count(ref.id) > 0) return Status::Ok();
      auto found = batch_.has_person(ref.id);
      if (!found) return found.error();
      if (*found) return Status::Ok();
      return Fail(ErrorCode::kUnknownPerson, ref.field,
                  "no person " + quoted(ref.id) +
                      " is registered (register them first, or on an earlier line)");
    }
    case ReferenceKind::kReferral: {
      auto owner = referral_owner(ref.id);
      if (!owner) return owner.error();
      const std::optional<std::string>& person = *owner;
      if (!person) {
        return Fail(ErrorCode::kUnknownReferral, ref.field,
                    "no referral " + quoted(ref.id) + " has been made");
      }
      event.person_id = *person;
      return Status::Ok();
    }
    case ReferenceKind::kCase: {
      std::optional<std::string> person;
      if (auto it = cases_.find(ref.id); it != cases_.end()) {
        person = it->second;
      } else {
        auto found = batch_.case_person(ref.id);
        if (!found) return found.error();
        person = *found;
      }
      if (!person) {
        return Fail(ErrorCode::kUnknownCase, ref.field,
                    "no case " + quoted(ref.id) + " has been opened");
      }
      event.person_id = *person;
      return Status::Ok();
    }
    case ReferenceKind::kIncident: {
      auto found = has_record(incidents_, &store::Reader::has_incident, ref.id);
      if (!found || *found) return found ? Status::Ok() : Status(found.error());
      return Fail(ErrorCode::kUnknownIncident, ref.field,
                  "no incident " + quoted(ref.id) + " has been reported");
    }
    case ReferenceKind::kProvider: {
      auto found = has_record(providers_, &store::Reader::has_provider, ref.id);
      if (!found || *found) return found ? Status::Ok() : Status(found.error());
      return Fail(ErrorCode::kUnknownProvider, ref.field,
                  "no provider " + quoted(ref.id) +
                      " is in the services directory (record provider.registered first)");
    }
    case ReferenceKind::kTracingRequest: {
      auto found = has_record(requests_, &store::Reader::has_tracing_request, ref.id);
      if (!found || *found) return found ? Status::Ok() : Status(found.error());
      return Fail(ErrorCode::kUnknownRequest, ref.field,
                  "no tracing request " + quoted(ref.id) + " has been made");
    }
    case ReferenceKind::kEvent: {
      auto found = batch_.event_summary(ref.id);
      if (!found) return found.error();
      const std::optional<store::EventSummary>& target = *found;
      if (!target) {
        return Fail(ErrorCode::kUnknownEvent, ref.field, "no event " + quoted(ref.id) + " exists");
      }
      if (target->type == "event.voided") {
        return Fail(ErrorCode::kInvalidField, ref.field,
                    "a correction cannot be voided; record the event again instead");
      }
      // The correction belongs to the same histories as the event it cancels.
      event.person_id = target->person_id;
      event.other_person_id = target->other_person_id;
      event.subject = target->subject;
      return Status::Ok();
    }
  }
  return Status::Ok();
}

Result<bool> BatchState::has_record(const std::unordered_set<std::string>& created,
                                    Result<bool> (store::Reader::*in_store)(const std::string&),
                                    const std::string& id) {
  if (created.count(id) > 0) return true;
  return (batch_.*in_store)(id);
}

Result<std::optional<std::string>> BatchState::referral_owner(const std::string& referral_id) {
  if (auto it = referrals_.find(referral_id); it != referrals_.end()) {
    return std::optional<std::string>(it->second);
  }
  return batch_.referral_person(referral_id);
}

Status BatchState::check_creation(const domain::Creation& creation) {
  Result<bool> taken = false;
  ErrorCode code = ErrorCode::kInternal;
  std::string what;
  switch (creation.kind) {
    case CreationKind::kPerson:
      taken = persons_.count(creation.id) > 0 ? Result<bool>(true) : batch_.has_person(creation.id);
      code = ErrorCode::kDuplicatePerson;
      what = "person " + quoted(creation.id) + " is already registered (use person.updated)";
      break;
    case CreationKind::kReferral: {
      auto owner = referral_owner(creation.id);
      if (!owner) return owner.error();
      taken = owner->has_value();
      code = ErrorCode::kDuplicateReferral;
      what = "referral " + quoted(creation.id) + " already exists";
      break;
    }
    case CreationKind::kIncident:
      taken = has_record(incidents_, &store::Reader::has_incident, creation.id);
      code = ErrorCode::kDuplicateIncident;
      what = "incident " + quoted(creation.id) + " was already reported";
      break;
    case CreationKind::kTracingRequest:
      taken = has_record(requests_, &store::Reader::has_tracing_request, creation.id);
      code = ErrorCode::kDuplicateRequest;
      what = "tracing request " + quoted(creation.id) + " already exists";
      break;
    case CreationKind::kProvider:
      taken = has_record(providers_, &store::Reader::has_provider, creation.id);
      code = ErrorCode::kDuplicateProvider;
      what =
          "provider " + quoted(creation.id) + " is already in the directory (use provider.updated)";
      break;
    case CreationKind::kCase: {
      if (cases_.count(creation.id) > 0) {
        taken = true;
      } else if (auto owner = batch_.case_person(creation.id); owner) {
        taken = owner->has_value();
      } else {
        return owner.error();
      }
      code = ErrorCode::kDuplicateCase;
      what = "case " + quoted(creation.id) + " is already open";
      break;
    }
  }
  if (!taken) return taken.error();
  if (*taken) return Fail(code, creation.field, what);
  return Status::Ok();
}

Status BatchState::check(domain::Event& event, const std::vector<domain::Reference>& references,
                         const std::vector<domain::Creation>& creations) {
  if (!event.id.empty()) {
    auto taken = batch_.has_event(event.id);
    if (!taken) return taken.error();
    if (*taken) {
      return Fail(ErrorCode::kDuplicateEvent, "id",
                  "an event " + quoted(event.id) + " already exists");
    }
  }
  for (const auto& creation : creations) {
    if (auto ok = check_creation(creation); !ok) return ok;
  }
  for (const auto& ref : references) {
    if (auto ok = check_reference(event, ref); !ok) return ok;
  }
  return check_record_state(event);
}

Status BatchState::check_merge(const domain::Event& event) {
  // Merges are rare: the two histories are read (with this batch's events) rather than kept.
  auto state_of = [&](const std::string& id) -> Result<domain::MergeState> {
    auto events = batch_.events_of_person(id);
    if (!events) return events.error();
    return domain::merge_state(id, *events);
  };
  auto duplicate = state_of(event.person_id);
  if (!duplicate) return duplicate.error();
  const std::string& into = event.other_person_id;
  if (event.occurred_at < duplicate->changed_at) {
    return Fail(ErrorCode::kMergeState, "occurred_at",
                "is before the last merge or unmerge of " + quoted(event.person_id) + " (" +
                    format_rfc3339(duplicate->changed_at) + "): record them in order");
  }
  if (event.type == "person.unmerged") {
    if (duplicate->into == into) return Status::Ok();
    return Fail(ErrorCode::kMergeState, "into",
                quoted(event.person_id) + " is not merged into " + quoted(into) +
                    (duplicate->into.empty() ? " (it is not merged)"
                                             : " but into " + quoted(duplicate->into)));
  }
  if (!duplicate->into.empty()) {
    return Fail(ErrorCode::kMergeState, "person_id",
                quoted(event.person_id) + " is already merged into " + quoted(duplicate->into) +
                    " (record person.unmerged first)");
  }
  auto kept = state_of(into);
  if (!kept) return kept.error();
  if (!kept->into.empty()) {
    return Fail(ErrorCode::kMergeState, "into",
                quoted(into) + " is itself merged into " + quoted(kept->into) + ": merge into " +
                    quoted(kept->into) + " instead");
  }
  return Status::Ok();
}

Status BatchState::check_record_state(const domain::Event& event) {
  // A correction is always allowed: it is how a wrong step is taken back.
  if (event.type == "event.voided") return Status::Ok();
  if (event.type == "person.merged" || event.type == "person.unmerged") return check_merge(event);
  const std::string& subject = event.subject;
  const std::string id = without_prefix(subject);
  auto admitted = [&](auto& folds, bool fresh) -> Status {
    if (auto ok = open_fold(folds, subject, fresh); !ok) return ok;
    return folds.at(subject).fold.admits(event);
  };
  if (subject.starts_with("case:") && event.type != "case.opened") {
    return admitted(case_folds_, cases_.count(id) > 0);
  }
  if (subject.starts_with("referral:") && event.type != "referral.made") {
    return admitted(referral_folds_, referrals_.count(id) > 0);
  }
  if (subject.starts_with("tracing:") && event.type != "tracing.requested") {
    return admitted(tracing_folds_, requests_.count(id) > 0);
  }
  if (subject.starts_with("incident:") && event.type != "incident.reported") {
    return admitted(incident_folds_, incidents_.count(id) > 0);
  }
  return Status::Ok();
}

void BatchState::remember(const domain::Event& event,
                          const std::vector<domain::Creation>& creations) {
  for (const auto& creation : creations) {
    switch (creation.kind) {
      case CreationKind::kPerson:
        persons_.insert(creation.id);
        break;
      case CreationKind::kReferral:
        referrals_[creation.id] = event.person_id;
        break;
      case CreationKind::kIncident:
        incidents_.insert(creation.id);
        break;
      case CreationKind::kTracingRequest:
        requests_.insert(creation.id);
        break;
      case CreationKind::kCase:
        cases_[creation.id] = event.person_id;
        break;
      case CreationKind::kProvider:
        providers_.insert(creation.id);
        break;
    }
  }
}

template <typename Fold>
Status BatchState::open_fold(std::map<std::string, OpenFold<Fold>>& folds, const std::string& key,
                             bool fresh) {
  auto it = folds.find(key);
  if (it == folds.end()) {
    std::vector<domain::Event> history;
    // A person or record created in this batch and never flushed has no history to load.
    if (!fresh || flushed_.count(key) > 0) {
      auto loaded = std::is_same_v<Fold, domain::PersonFold> ? batch_.events_of_person(key)
                                                             : batch_.events_of_subject(key);
      if (!loaded) return loaded.error();
      history = domain::without_voided(std::move(*loaded));
      domain::sort_for_fold(history);
    }
    const std::string id = std::is_same_v<Fold, domain::PersonFold> ? key : without_prefix(key);
    it = folds.emplace(key, OpenFold<Fold>{Fold(id)}).first;
    for (const auto& past : history) it->second.fold.apply(past);
  }
  it->second.last_touch = events_;
  return Status::Ok();
}

Status BatchState::prepare_folds(const domain::Event& event, bool persons) {
  ++events_;
  for (const std::string* person : {&event.person_id, &event.other_person_id}) {
    if (person->empty() || !persons) continue;
    // The reading thread holds (or held) this person's fold: fold them from the log at the end.
    if (reader_folded_.count(*person) > 0) {
      refold_at_end_.insert(*person);
      continue;
    }
    if (auto ok = open_fold(person_folds_, *person, persons_.count(*person) > 0); !ok) return ok;
  }
  const std::string& subject = event.subject;
  const std::string id = without_prefix(subject);
  if (subject.starts_with("incident:")) {
    return open_fold(incident_folds_, subject, incidents_.count(id) > 0);
  }
  if (subject.starts_with("tracing:")) {
    return open_fold(tracing_folds_, subject, requests_.count(id) > 0);
  }
  if (subject.starts_with("case:")) return open_fold(case_folds_, subject, cases_.count(id) > 0);
  if (subject.starts_with("provider:")) {
    return open_fold(provider_folds_, subject, providers_.count(id) > 0);
  }
  if (subject.starts_with("referral:")) {
    return open_fold(referral_folds_, subject, referrals_.count(id) > 0);
  }
  return Status::Ok();
}

void BatchState::fold(const domain::Event& event, bool persons) {
  // A correction changes history: fold the affected records again from the log at the end.
  const bool correction = event.type == "event.voided";
  auto apply = [&](auto& folds, const std::string& key) {
    auto it = folds.find(key);
    if (it == folds.end()) return;
    if (correction || !it->second.fold.apply(event)) it->second.needs_refold = true;
  };
  if (persons && !event.person_id.empty()) apply(person_folds_, event.person_id);
  if (persons && !event.other_person_id.empty()) apply(person_folds_, event.other_person_id);
  if (event.subject.starts_with("incident:")) apply(incident_folds_, event.subject);
  if (event.subject.starts_with("tracing:")) apply(tracing_folds_, event.subject);
  if (event.subject.starts_with("case:")) apply(case_folds_, event.subject);
  if (event.subject.starts_with("provider:")) apply(provider_folds_, event.subject);
  if (event.subject.starts_with("referral:")) apply(referral_folds_, event.subject);
}

void BatchState::note_reader_fold(const domain::Event& event) {
  reader_folded_.insert(event.person_id);
}

Status BatchState::finish() {
  if (auto ok = flush(0); !ok) return ok;
  for (const auto& person : refold_at_end_) {
    auto events = batch_.events_of_person(person);
    if (!events) return events.error();
    if (auto ok = batch_.put_person(domain::fold_person(person, std::move(*events))); !ok)
      return ok;
  }
  return Status::Ok();
}

Status BatchState::flush(std::int64_t idle) {
  auto write = [&](auto& folds, auto put, auto refold, auto history, bool prefixed) -> Status {
    for (auto it = folds.begin(); it != folds.end();) {
      if (idle > 0 && events_ - it->second.last_touch < idle) {
        ++it;
        continue;
      }
      if (it->second.needs_refold) {
        auto events = history(it->first);
        if (!events) return events.error();
        const std::string id = prefixed ? without_prefix(it->first) : it->first;
        if (auto ok = put(refold(id, std::move(*events))); !ok) return ok;
      } else if (auto ok = put(it->second.fold.view()); !ok) {
        return ok;
      }
      flushed_.insert(it->first);
      it = folds.erase(it);
    }
    return Status::Ok();
  };
  auto persons = write(
      person_folds_, [&](const domain::PersonView& v) { return batch_.put_person(v); },
      [](const std::string& id, std::vector<domain::Event> e) {
        return domain::fold_person(id, std::move(e));
      },
      [&](const std::string& key) { return batch_.events_of_person(key); }, false);
  if (!persons) return persons;
  auto incidents = write(
      incident_folds_, [&](const domain::RecordView& v) { return batch_.put_incident(v); },
      [](const std::string& id, std::vector<domain::Event> e) {
        return domain::fold_incident(id, std::move(e));
      },
      [&](const std::string& key) { return batch_.events_of_subject(key); }, true);
  if (!incidents) return incidents;
  auto requests = write(
      tracing_folds_, [&](const domain::RecordView& v) { return batch_.put_tracing_request(v); },
      [](const std::string& id, std::vector<domain::Event> e) {
        return domain::fold_tracing(id, std::move(e));
      },
      [&](const std::string& key) { return batch_.events_of_subject(key); }, true);
  if (!requests) return requests;
  auto of_subject = [&](const std::string& key) { return batch_.events_of_subject(key); };
  auto cases = write(
      case_folds_, [&](const domain::CaseView& v) { return batch_.put_case(v); },
      [](const std::string& id, std::vector<domain::Event> e) {
        return domain::fold_case(id, std::move(e));
      },
      of_subject, true);
  if (!cases) return cases;
  auto providers = write(
      provider_folds_, [&](const domain::RecordView& v) { return batch_.put_provider(v); },
      [](const std::string& id, std::vector<domain::Event> e) {
        return domain::fold_provider(id, std::move(e));
      },
      of_subject, true);
  if (!providers) return providers;
  return write(
      referral_folds_, [&](const domain::ReferralView& v) { return batch_.put_referral(v); },
      [](const std::string& id, std::vector<domain::Event> e) {
        return domain::fold_referral(id, std::move(e));
      },
      of_subject, true);
}

}  // namespace haven::ledger
