#include "haven/casework/queue.h"

#include <algorithm>
#include <array>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "haven/casework/tracing.h"
#include "haven/rules/current.h"
#include "haven/store/store.h"

namespace haven::casework {
namespace {

using nlohmann::json;

// The most cases one caseworker's queue reads.
constexpr int kMostCases = 1000;

// A tracing lead is owed under the resolution's call for family reunification.
constexpr std::array<std::string_view, 1> kTracingCites = {"A/RES/66/172 op.5(c)"};

// The end of a YYYY-MM-DD day, UTC: an action due that day is late from the next.
Result<Timestamp> end_of_day(const std::string& date) {
  auto start = parse_rfc3339(date + "T00:00:00Z");
  if (!start) return start.error();
  return Timestamp{start->micros + kMicrosPerDay - 1};
}

void add_tracing_leads(const std::vector<TracingLead>& leads, const std::string& case_id,
                       const std::string& person_id, Timestamp now, std::vector<QueueItem>& items) {
  for (const auto& lead : leads) {
    QueueItem item;
    item.kind = "tracing_" + lead.role;
    item.case_id = case_id;
    item.person_id = person_id;
    item.ref = lead.request_id;
    const std::string likely = std::to_string(static_cast<int>(lead.probability * 100)) + "%";
    item.what = lead.role == "sought"
                    ? "may be the person tracing request " + lead.request_id + " seeks (" + likely +
                          "): confirm or reject the match"
                    : "their tracing request " + lead.request_id + " has a candidate, " +
                          lead.candidate_id + " (" + likely + "), to confirm or reject";
    item.due_at = now;
    item.status = rules::AlertStatus::kDue;
    item.cites = kTracingCites;
    items.push_back(std::move(item));
  }
}

// The tracing leads of the persons of the open cases among `cases`, asked all at once.
Result<std::map<std::string, std::vector<TracingLead>>> leads_of(
    store::Store& store, const Registry* registry, const std::vector<std::string>& cases) {
  if (registry == nullptr) return std::map<std::string, std::vector<TracingLead>>();
  std::vector<std::string> persons;
  for (const auto& document : cases) {
    const json c = json::parse(document, nullptr, false);
    if (c.is_object() && c.value("status", "") != "closed") {
      persons.push_back(c.value("person_id", ""));
    }
  }
  std::sort(persons.begin(), persons.end());
  persons.erase(std::unique(persons.begin(), persons.end()), persons.end());
  return tracing_leads(store, *registry, persons);
}

}  // namespace

Result<std::vector<QueueItem>> caseworker_queue(store::Store& store, const rules::Profile& profile,
                                                const std::string& caseworker, Timestamp now,
                                                const Registry* registry) {
  store::CaseQuery query;
  query.caseworker = caseworker;
  query.limit = kMostCases;
  auto cases = store.find_cases(query);
  if (!cases) return cases.error();
  auto leads = leads_of(store, registry, *cases);
  if (!leads) return leads.error();
  std::vector<QueueItem> items;
  // A person with two of this caseworker's cases owes their alerts once, on the first case.
  std::set<std::string> persons_seen;
  for (const auto& document : *cases) {
    const json c = json::parse(document, nullptr, false);
    if (!c.is_object() || c.value("status", "") == "closed") continue;
    const std::string case_id = c.value("case_id", "");
    const std::string person_id = c.value("person_id", "");
    for (const auto& action : c.value("plan", json::array())) {
      const std::string status = action.value("status", "");
      if (status != "planned" && status != "in_progress") continue;
      auto due = end_of_day(action.value("due", ""));
      if (!due) continue;  // a stored plan always has a date; nothing to order by otherwise
      QueueItem item;
      item.kind = "action";
      item.case_id = case_id;
      item.person_id = person_id;
      item.ref = action.value("action_id", "");
      item.what = action.value("action", "");
      item.due_at = *due;
      item.status = now <= *due ? rules::AlertStatus::kDue : rules::AlertStatus::kOverdue;
      items.push_back(std::move(item));
    }
    if (!persons_seen.insert(person_id).second) continue;
    add_tracing_leads((*leads)[person_id], case_id, person_id, now, items);
    rules::AlertQuery alerts_query;
    alerts_query.as_of = now;
    alerts_query.person_id = person_id;
    auto alerts = rules::current_alerts(store, profile, alerts_query, now);
    if (!alerts) return alerts.error();
    for (const auto& alert : *alerts) {
      // What is still to do; a breach on record is history, not work.
      if (alert.status != rules::AlertStatus::kDue &&
          alert.status != rules::AlertStatus::kOverdue) {
        continue;
      }
      QueueItem item;
      item.kind = "alert";
      item.case_id = case_id;
      item.person_id = person_id;
      item.ref = alert.rule;
      item.what = alert.detail;
      item.due_at = alert.due_at;
      item.status = alert.status;
      item.cites = alert.cites;
      items.push_back(std::move(item));
    }
  }
  std::stable_sort(items.begin(), items.end(), [](const QueueItem& a, const QueueItem& b) {
    const bool a_late = a.status == rules::AlertStatus::kOverdue;
    const bool b_late = b.status == rules::AlertStatus::kOverdue;
    if (a_late != b_late) return a_late;
    return std::tie(a.due_at, a.case_id, a.ref) < std::tie(b.due_at, b.case_id, b.ref);
  });
  return items;
}

std::string queue_json(const std::string& caseworker, Timestamp now,
                       std::span<const QueueItem> items) {
  json list = json::array();
  for (const auto& item : items) {
    json cites = json::array();
    for (auto id : item.cites) cites.push_back(id);
    list.push_back({{"kind", item.kind},
                    {"case_id", item.case_id},
                    {"person_id", item.person_id},
                    {"ref", item.ref},
                    {"what", item.what},
                    {"due_at", format_rfc3339(item.due_at)},
                    {"status", rules::status_name(item.status)},
                    {"cites", std::move(cites)}});
  }
  json out = {
      {"caseworker", caseworker}, {"as_of", format_rfc3339(now)}, {"items", std::move(list)}};
  return out.dump();
}

}  // namespace haven::casework
