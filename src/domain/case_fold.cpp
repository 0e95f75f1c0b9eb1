// The protection case projection: who holds it, where it stands, its plan and its notes; and
// the rules of its life that the ledger enforces before an event is recorded.

#include <map>

#include "domain/compact_json.h"
#include "domain/event_fields.h"
#include "haven/domain/projection.h"

namespace haven::domain {
namespace {

using nlohmann::json;
Error refused(const std::string& field, std::string message) {
  return Fail(ErrorCode::kCaseState, field, std::move(message));
}

bool is_open_action(const json& action) {
  const auto status = action.value("status", "planned");
  return status == "planned" || status == "in_progress";
}

}  // namespace

struct CaseFold::State {
  std::string id;
  FoldPosition position;
  std::string person_id;
  std::string agency;
  std::string caseworker;
  std::string status = "open";
  json opened = json::object();
  json risk = nullptr;
  // Plan actions by id, in id order for a stable document; each keeps its planning order.
  std::map<std::string, json> plan;
  json notes = json::array();
  json history = json::array();
  json closure = nullptr;
  // A closure request approved since it was made.
  bool approved = false;

  void move_to(const std::string& next, const std::string& at) {
    status = next;
    history.push_back({{"status", next}, {"at", at}});
  }
};

CaseFold::CaseFold(std::string case_id) : state_(std::make_unique<State>()) {
  state_->id = std::move(case_id);
}
CaseFold::~CaseFold() = default;
CaseFold::CaseFold(CaseFold&&) noexcept = default;
CaseFold& CaseFold::operator=(CaseFold&&) noexcept = default;

Status CaseFold::admits(const Event& event) const {
  const State& s = *state_;
  const std::string& type = event.type;
  const std::string which = "case '" + s.id + "'";
  if (type == "case.reopened") {
    if (s.status != "closed")
      return refused("case_id", which + " is not closed (it is " + s.status + ")");
    return Status::Ok();
  }
  if (s.status == "closed") {
    return refused("case_id", which + " is closed; record case.reopened first");
  }
  if (type == "case.activated" && s.status != "open" && s.status != "reopened") {
    return refused("case_id", which + " is already " + s.status);
  }
  if (type == "case.closure_requested" && s.status == "closure_requested") {
    return refused("case_id", which + " already awaits a supervisor's approval to close");
  }
  if (type == "case.closure_approved" && s.status != "closure_requested") {
    return refused("case_id", which +
                                  " has no closure request to approve (record "
                                  "case.closure_requested first)");
  }
  if (type == "case.closed" && (s.status != "closure_requested" || !s.approved)) {
    return refused("case_id", "closing " + which +
                                  " needs a supervisor's approval: record case.closure_requested, "
                                  "then case.closure_approved");
  }
  if (type == "case.action_planned" || type == "case.action_updated") {
    const auto action_id = string_field(fields_of(event)->json, "action_id");
    const bool planned = s.plan.count(action_id) > 0;
    if (type == "case.action_planned" && planned) {
      return refused("action_id", "action '" + action_id + "' is already in the plan of " + which);
    }
    if (type == "case.action_updated" && !planned) {
      return refused("action_id", "the plan of " + which + " has no action '" + action_id + "'");
    }
  }
  return Status::Ok();
}

bool CaseFold::apply(const Event& event) {
  if (!state_->position.advance(event)) return false;
  State& s = *state_;
  const auto fields = fields_of(event);
  const json& f = fields->json;
  const std::string at = string_field(f, "occurred_at");
  const std::string& type = event.type;
  if (type == "case.opened") {
    s.person_id = string_field(f, "person_id");
    s.agency = string_field(f, "agency");
    s.caseworker = string_field(f, "caseworker");
    s.opened = {{"at", at}};
    if (f.contains("reason")) s.opened["reason"] = f["reason"];
    s.move_to("open", at);
  } else if (type == "case.assigned") {
    s.caseworker = string_field(f, "caseworker");
  } else if (type == "case.activated") {
    s.move_to("active", at);
  } else if (type == "case.risk_set") {
    s.risk = {{"level", f["level"]}, {"reason", f["reason"]}, {"at", at}, {"by", event.actor}};
  } else if (type == "case.action_planned") {
    json action = {{"action_id", f["action_id"]},
                   {"action", f["action"]},
                   {"due", f["due"]},
                   {"status", "planned"},
                   {"planned_at", at}};
    if (f.contains("responsible")) action["responsible"] = f["responsible"];
    s.plan[string_field(f, "action_id")] = std::move(action);
  } else if (type == "case.action_updated") {
    auto it = s.plan.find(string_field(f, "action_id"));
    if (it != s.plan.end()) {
      it->second["status"] = f["status"];
      it->second["updated_at"] = at;
      if (f.contains("note")) it->second["note"] = f["note"];
    }
  } else if (type == "case.note_added") {
    s.notes.push_back({{"at", at}, {"note", f["note"]}, {"by", event.actor}});
  } else if (type == "case.closure_requested") {
    s.closure = {{"requested_at", at}};
    if (f.contains("reason")) s.closure["reason"] = f["reason"];
    s.approved = false;
    s.move_to("closure_requested", at);
  } else if (type == "case.closure_approved") {
    if (!s.closure.is_object()) s.closure = json::object();
    s.closure["approved_by"] = f["supervisor"];
    s.closure["approved_at"] = at;
    s.approved = true;
  } else if (type == "case.closed") {
    if (!s.closure.is_object()) s.closure = json::object();
    s.closure["closed_at"] = at;
    s.move_to("closed", at);
  } else if (type == "case.reopened") {
    s.closure = nullptr;
    s.approved = false;
    s.move_to("reopened", at);
  }
  return true;
}

CaseView CaseFold::view() const {
  const State& s = *state_;
  CaseView view;
  view.id = s.id;
  view.person_id = s.person_id;
  view.agency = s.agency;
  view.caseworker = s.caseworker;
  view.status = s.status;
  if (s.risk.is_object()) view.risk = s.risk["level"].get<std::string>();
  json plan = json::array();
  for (const auto& [id, action] : s.plan) {
    plan.push_back(action);
    const auto due = action.value("due", "");
    // Nothing is due on a closed case.
    if (s.status != "closed" && is_open_action(action) &&
        (view.next_action_due.empty() || due < view.next_action_due)) {
      view.next_action_due = due;
    }
  }
  json doc = {{"case_id", s.id},
              {"person_id", s.person_id},
              {"agency", s.agency},
              {"caseworker", s.caseworker.empty() ? json(nullptr) : json(s.caseworker)},
              {"status", s.status},
              {"opened", s.opened},
              {"risk", s.risk},
              {"plan", std::move(plan)},
              {"next_action_due",
               view.next_action_due.empty() ? json(nullptr) : json(view.next_action_due)},
              {"notes", s.notes},
              {"history", s.history},
              {"closure", s.closure}};
  view.document = compact(doc);
  return view;
}

}  // namespace haven::domain
