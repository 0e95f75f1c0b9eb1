#include "haven/rights/retention.h"

#include <nlohmann/json.hpp>
#include <set>

#include "haven/domain/anonymise.h"

namespace haven::rights {
namespace {

using nlohmann::json;

// The moment an RFC 3339 field of `object` names; nullopt when absent or unreadable.
std::optional<std::int64_t> moment(const json& object, const char* field) {
  if (!object.is_object() || !object.contains(field) || !object[field].is_string()) {
    return std::nullopt;
  }
  auto parsed = parse_rfc3339(object[field].get<std::string>());
  return parsed ? std::optional<std::int64_t>(parsed->micros) : std::nullopt;
}

// Whether the person is due, and the subjects of their cases and referrals (whose events
// are about them too).
Result<bool> due(store::Store& store, const std::string& person_id, std::int64_t cutoff,
                 std::vector<std::string>& subjects) {
  auto document = store.person_document(person_id);
  if (!document) return document.error();
  if (!*document) return false;
  const json person = json::parse(**document, nullptr, false);
  if (!person.is_object() || person.value("in_detention", false)) return false;
  const auto last_event = moment(person, "last_event_at");
  if (!last_event || *last_event > cutoff) return false;
  store::CaseQuery query;
  query.person_id = person_id;
  query.limit = 1000;
  auto cases = store.find_cases(query);
  if (!cases) return cases.error();
  if (cases->empty()) return false;
  for (const std::string& text : *cases) {
    const json one = json::parse(text, nullptr, false);
    if (one.value("status", "") != "closed") return false;
    const auto closed = moment(one.value("closure", json::object()), "closed_at");
    if (!closed || *closed > cutoff) return false;
    subjects.push_back("case:" + one.value("case_id", ""));
  }
  for (const json& referral : person.value("referrals", json::array())) {
    subjects.push_back("referral:" + referral.value("referral_id", ""));
  }
  return true;
}

}  // namespace

Result<RetentionReport> apply_retention(
    ledger::Ledger& ledger, const rules::RetentionPolicy& policy, Timestamp now, bool dry_run,
    const std::function<void(std::int64_t, std::int64_t)>& progress) {
  if (!policy.anonymise_after) {
    return Fail(ErrorCode::kBadRequest, "retention.anonymise_after_days",
                "the profile sets no retention period, so records are kept whole");
  }
  store::Store& store = ledger.store();
  const std::int64_t cutoff = now.micros - *policy.anonymise_after;
  auto persons = store.person_ids_with_events();
  if (!persons) return persons.error();
  RetentionReport report;
  for (const std::string& person_id : *persons) {
    ++report.persons_checked;
    if (progress && report.persons_checked % 1000 == 0) {
      progress(report.persons_checked, static_cast<std::int64_t>(persons->size()));
    }
    std::vector<std::string> subjects;
    auto is_due = due(store, person_id, cutoff, subjects);
    if (!is_due) return is_due.error();
    if (!*is_due) continue;
    auto events = store.events_of_person(person_id);
    if (!events) return events.error();
    for (const std::string& subject : subjects) {
      auto more = store.events_of_subject(subject);
      if (!more) return more.error();
      events->insert(events->end(), more->begin(), more->end());
    }
    // One transaction a person: all of their events change, or none.
    std::vector<std::pair<std::string, std::string>> changed;
    std::set<std::string> seen;  // a case's opening is both the person's and the case's
    for (const domain::Event& event : *events) {
      if (!seen.insert(event.id).second) continue;
      std::string body = domain::anonymised_body(event);
      if (body != event.body) changed.emplace_back(event.id, std::move(body));
    }
    if (changed.empty()) continue;  // anonymised before
    report.anonymised.push_back(person_id);
    report.events_rewritten += static_cast<std::int64_t>(changed.size());
    if (dry_run) continue;
    auto batch = store.begin_write();
    if (!batch) return batch.error();
    for (const auto& [id, body] : changed) {
      if (auto ok = (*batch)->replace_event_body(id, body); !ok) return ok.error();
    }
    if (auto ok = (*batch)->commit(); !ok) return ok.error();
  }
  if (progress) progress(report.persons_checked, static_cast<std::int64_t>(persons->size()));
  // The projections still hold the names the events no longer do: fold them all again.
  if (!dry_run && !report.anonymised.empty()) {
    if (auto ok = ledger.rebuild(); !ok) return ok.error();
  }
  return report;
}

}  // namespace haven::rights
