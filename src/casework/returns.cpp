#include "haven/casework/returns.h"

#include <nlohmann/json.hpp>

#include "haven/domain/merges.h"
#include "haven/domain/projection.h"
#include "haven/rules/catalogue.h"
#include "haven/rules/evaluate.h"
#include "haven/store/store.h"

namespace haven::casework {
namespace {

using nlohmann::json;

// The assessment each return rule asks for.
const char* assessment_of(const std::string& rule) {
  if (rule == "child.no_best_interests") return "best_interests_assessment";
  if (rule == "return.vulnerable_unassessed") return "vulnerability_assessment";
  return nullptr;
}

}  // namespace

Result<std::string> returns_json(store::Store& store, const rules::Profile& profile,
                                 const std::string& person_id, Timestamp now) {
  // As the rules read the person: with the registrations merged into it.
  auto merged = domain::merged_history(
      person_id, [&](const std::string& id) { return store.events_of_person(id); });
  if (!merged) return merged.error();
  std::vector<domain::Event>& events = merged->events;
  if (events.empty()) {
    return Fail(ErrorCode::kNotFound, "person_id", "no person '" + person_id + "' is registered");
  }
  const auto obligations = rules::person_obligations(person_id, events, profile, now);
  auto history = domain::without_voided(std::move(events));
  domain::sort_for_fold(history);
  // Returns as the rules see them: the return facts up to a completion make one return,
  // known by its first event (`return:<event id>` in the obligations).
  json returns = json::array();
  json current = nullptr;
  for (const auto& event : history) {
    if (event.type != "return.planned" && event.type != "return.completed") continue;
    const json body = json::parse(event.body);
    if (current.is_null()) {
      current = {{"return_id", event.id},
                 {"destination", body["destination"]},
                 {"planned_at", nullptr},
                 {"completed_at", nullptr}};
    }
    current["destination"] = body["destination"];
    if (event.type == "return.planned" && current["planned_at"].is_null()) {
      current["planned_at"] = body["occurred_at"];
    }
    if (event.type == "return.completed") {
      current["completed_at"] = body["occurred_at"];
      returns.push_back(std::move(current));
      current = nullptr;
    }
  }
  if (!current.is_null()) returns.push_back(std::move(current));
  for (auto& r : returns) {
    json assessments = json::array();
    const std::string subject = "return:" + r["return_id"].get<std::string>();
    for (const auto& o : obligations) {
      const char* kind = assessment_of(o.rule);
      if (kind == nullptr || o.subject != subject) continue;
      const bool done = o.closure == rules::Closure::kMet && o.closed_at.has_value();
      json cites = json::array();
      if (const auto* spec = rules::find_rule(o.rule)) {
        for (auto cite : spec->cites) cites.push_back(cite);
      }
      assessments.push_back({{"kind", kind},
                             {"rule", o.rule},
                             {"status", done ? "done" : "missing"},
                             {"done_by", done ? json(format_rfc3339(*o.closed_at)) : json(nullptr)},
                             {"cites", std::move(cites)}});
    }
    bool ready = true;
    for (const auto& a : assessments) ready = ready && a["status"] == "done";
    r["assessments"] = std::move(assessments);
    r["ready"] = ready;
  }
  return json{{"person_id", person_id}, {"returns", std::move(returns)}}.dump();
}

}  // namespace haven::casework
