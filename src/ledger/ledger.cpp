// The read side of the ledger, export and rebuild.

#include "haven/ledger/ledger.h"

#include <algorithm>
#include <ostream>
#include <set>
#include <span>

#include "haven/core/codes.h"
#include "haven/core/text.h"
#include "haven/domain/merges.h"
#include "haven/domain/vocabulary.h"
#include "ledger/ledger_impl.h"

namespace haven::ledger {

Ledger::Ledger(store::Store& store, const Clock& clock)
    : store_(store), clock_(clock), impl_(std::make_unique<Impl>()) {}
Ledger::~Ledger() = default;

Result<std::optional<std::string>> Ledger::person(const std::string& person_id) {
  auto doc = store_.person_document(person_id);
  if (!doc || !doc->has_value()) return doc;
  auto shown = domain::person_document_on(**doc, utc_date(clock_.now()));
  if (!shown) return shown.error();
  return std::optional<std::string>(std::move(*shown));
}

Result<std::vector<std::string>> Ledger::timeline(const std::string& person_id) {
  auto history = domain::merged_history(
      person_id, [&](const std::string& id) { return store_.events_of_person(id); });
  if (!history) return history.error();
  return timeline_of(std::move(history->events));
}

std::vector<std::string> Ledger::timeline_of(std::vector<domain::Event> events) {
  const std::set<std::string> voided = domain::voided_event_ids(events);
  domain::sort_for_fold(events);
  std::vector<std::string> lines;
  lines.reserve(events.size());
  for (const auto& event : events) {
    std::string line = domain::export_line(event);
    line.pop_back();
    line += voided.count(event.id) > 0 ? ",\"voided\":true}" : ",\"voided\":false}";
    lines.push_back(std::move(line));
  }
  return lines;
}

Result<std::optional<std::string>> Ledger::incident(const std::string& incident_id) {
  return store_.incident_document(incident_id);
}

Result<std::optional<std::string>> Ledger::tracing_request(const std::string& request_id) {
  return store_.tracing_document(request_id);
}

Result<std::optional<std::string>> Ledger::protection_case(const std::string& case_id) {
  return store_.case_document(case_id);
}

namespace {

bool listed(std::span<const std::string_view> values, const std::string& value) {
  return std::find(values.begin(), values.end(), value) != values.end();
}

std::string joined(std::span<const std::string_view> values) {
  std::string out;
  for (auto value : values) out += (out.empty() ? "" : ", ") + std::string(value);
  return out;
}

}  // namespace

Result<std::vector<std::string>> Ledger::find_cases(const CaseSearch& search) {
  if (!search.status.empty() && !listed(domain::case_statuses(), search.status)) {
    return Fail(ErrorCode::kBadRequest, "status",
                "must be one of " + joined(domain::case_statuses()));
  }
  if (!search.risk.empty() && !listed(domain::risk_levels(), search.risk)) {
    return Fail(ErrorCode::kBadRequest, "risk", "must be one of " + joined(domain::risk_levels()));
  }
  if (!search.due_before.empty()) {
    auto day = parse_rfc3339(search.due_before + "T00:00:00Z");
    if (!day || search.due_before.size() != 10) {
      return Fail(ErrorCode::kBadRequest, "due_before", "must be a date, YYYY-MM-DD");
    }
  }
  if (search.limit < 1 || search.limit > 1000) {
    return Fail(ErrorCode::kBadRequest, "limit", "must be between 1 and 1000");
  }
  if (search.unassigned && !search.caseworker.empty()) {
    return Fail(ErrorCode::kBadRequest, "unassigned", "cannot be combined with a caseworker");
  }
  store::CaseQuery query;
  query.caseworker = search.caseworker;
  query.unassigned = search.unassigned;
  query.status = search.status;
  query.risk = search.risk;
  query.person_id = search.person_id;
  query.action_due_before = search.due_before;
  query.limit = search.limit;
  return store_.find_cases(query);
}

Result<store::PersonPage> Ledger::find_persons(const Search& search) {
  if (search.limit < 1 || search.limit > 1000) {
    return Fail(ErrorCode::kBadRequest, "limit", "must be between 1 and 1000");
  }
  if (!search.nationality.empty() && !is_country_code(search.nationality)) {
    return Fail(ErrorCode::kInvalidField, "nationality",
                "'" + search.nationality.substr(0, 20) + "' is not an ISO 3166-1 alpha-3 code");
  }
  if (search.text.size() > 1000) return Fail(ErrorCode::kBadRequest, "q", "is too long");
  store::PersonQuery query;
  const std::string folded = fold_for_search(search.text);
  for (std::string_view word : split_words(folded)) query.name_tokens.emplace_back(word);
  query.nationality = search.nationality;
  query.migration_status = search.migration_status;
  query.in_detention = search.in_detention;
  query.limit = search.limit;
  query.after = search.after;
  auto page = store_.find_persons(query);
  if (!page) return page;
  // Listed persons show their age for today too, like a person read alone.
  const CivilDate today = utc_date(clock_.now());
  for (auto& document : page->documents) {
    auto shown = domain::person_document_on(document, today);
    if (!shown) return shown.error();
    document = std::move(*shown);
  }
  return page;
}

Status Ledger::export_lines(std::ostream& out) {
  auto ok = store_.for_each_event([&](const domain::Event& event) {
    out << domain::export_line(event) << '\n';
    return static_cast<bool>(out);
  });
  if (!ok) return ok;
  if (!out) return Fail(ErrorCode::kIo, "", "could not write the export");
  return Status::Ok();
}

namespace {

// Folds every record whose subject starts with `prefix` from its events and writes its view.
template <typename Fold, typename Put>
Status rebuild_records(store::Store& store, store::WriteBatch& batch, const std::string& prefix,
                       Fold fold, Put put) {
  auto subjects = store.subjects_with_events(prefix);
  if (!subjects) return subjects.error();
  for (const auto& subject : *subjects) {
    auto events = batch.events_of_subject(subject);
    if (!events) return events.error();
    if (auto ok = put(fold(subject.substr(prefix.size()), std::move(*events))); !ok) return ok;
  }
  return Status::Ok();
}

}  // namespace

Status Ledger::rebuild() {
  std::lock_guard write_lock(impl_->write_mutex);
  auto persons = store_.person_ids_with_events();
  if (!persons) return persons.error();
  auto opened = store_.begin_write();
  if (!opened) return opened.error();
  store::WriteBatch& batch = **opened;
  if (auto ok = batch.clear_projections(); !ok) return ok;
  for (const auto& id : *persons) {
    auto events = batch.events_of_person(id);
    if (!events) return events.error();
    if (auto ok = batch.put_person(domain::fold_person(id, std::move(*events))); !ok) return ok;
  }
  // Each record kind in turn; the first failure stops the rebuild (and rolls it back).
  Status ok = rebuild_records(store_, batch, "incident:", domain::fold_incident,
                              [&](const domain::RecordView& v) { return batch.put_incident(v); });
  if (ok) {
    ok = rebuild_records(store_, batch, "tracing:", domain::fold_tracing,
                         [&](const domain::RecordView& v) { return batch.put_tracing_request(v); });
  }
  if (ok) {
    ok = rebuild_records(store_, batch, "case:", domain::fold_case,
                         [&](const domain::CaseView& v) { return batch.put_case(v); });
  }
  if (ok) {
    ok = rebuild_records(store_, batch, "provider:", domain::fold_provider,
                         [&](const domain::RecordView& v) { return batch.put_provider(v); });
  }
  if (ok) {
    ok = rebuild_records(store_, batch, "referral:", domain::fold_referral,
                         [&](const domain::ReferralView& v) { return batch.put_referral(v); });
  }
  if (!ok) return ok;
  return batch.commit();
}

}  // namespace haven::ledger
