// Incident and tracing-request projections, and the helpers every fold shares.

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <tuple>

#include "domain/compact_json.h"
#include "domain/event_fields.h"
#include "haven/domain/projection.h"

namespace haven::domain {
namespace {

using nlohmann::json;

// The justice track, in order (DESIGN.md): a step may skip ahead (not every step is reported)
// but never go back. closed_without_action ends the track wherever it stands.
constexpr std::array<std::string_view, 4> kJusticeTrack = {
    "reported_to_authorities", "investigated", "prosecuted", "convicted"};

int track_position(const std::string& stage) {
  for (std::size_t i = 0; i < kJusticeTrack.size(); ++i) {
    if (kJusticeTrack[i] == stage) return static_cast<int>(i);
  }
  return -1;
}

}  // namespace

struct IncidentFold::State {
  std::string id;
  FoldPosition position;
  json doc = json::object();
  json stages = json::array();
};

IncidentFold::IncidentFold(std::string incident_id) : state_(std::make_unique<State>()) {
  state_->id = std::move(incident_id);
}
IncidentFold::~IncidentFold() = default;

Status IncidentFold::admits(const Event& event) const {
  if (event.type != "incident.progressed" || state_->stages.empty()) return Status::Ok();
  const std::string current = state_->stages.back()["stage"];
  const std::string next = string_field(fields_of(event)->json, "stage");
  const std::string which = "incident '" + state_->id + "'";
  if (current == "convicted" || current == "closed_without_action") {
    return Fail(ErrorCode::kIncidentState, "stage",
                which + " is already " + current + ": its justice track has ended");
  }
  if (next != "closed_without_action" && track_position(next) <= track_position(current)) {
    return Fail(ErrorCode::kIncidentState, "stage",
                which + " is already " + current +
                    "; the track moves forward only (void the "
                    "wrong step with event.voided to correct it)");
  }
  return Status::Ok();
}
IncidentFold::IncidentFold(IncidentFold&&) noexcept = default;
IncidentFold& IncidentFold::operator=(IncidentFold&&) noexcept = default;

bool IncidentFold::apply(const Event& event) {
  if (!state_->position.advance(event)) return false;
  const auto fields = fields_of(event);
  const json& f = fields->json;
  const std::string at = string_field(f, "occurred_at");
  if (event.type == "incident.reported") {
    state_->doc = record_fields(f);
    state_->doc["reported_at"] = at;
  } else if (event.type == "incident.progressed") {
    state_->stages.push_back({{"stage", f["stage"]}, {"at", at}});
  }
  return true;
}

RecordView IncidentFold::view() const {
  json doc = state_->doc;
  doc["incident_id"] = state_->id;
  doc["stages"] = state_->stages;
  doc["stage"] = state_->stages.empty() ? json("reported") : state_->stages.back()["stage"];
  if (!doc.contains("victims")) doc["victims"] = json::array();
  RecordView view;
  view.id = state_->id;
  view.kind = doc.value("category", "");
  view.document = compact(doc);
  return view;
}

struct TracingFold::State {
  std::string id;
  FoldPosition position;
  json doc = json::object();
  // The latest decision on each candidate, by person id.
  std::map<std::string, json> decisions;
  json reunified = nullptr;
};

TracingFold::TracingFold(std::string request_id) : state_(std::make_unique<State>()) {
  state_->id = std::move(request_id);
}
TracingFold::~TracingFold() = default;

Status TracingFold::admits(const Event& event) const {
  if (event.type != "family.reunified") return Status::Ok();
  const std::string which = "tracing request '" + state_->id + "'";
  const auto found = state_->decisions.find(event.person_id);
  if (found == state_->decisions.end()) {
    return Fail(ErrorCode::kTracingState, "request_id",
                "'" + event.person_id + "' was never confirmed as the person " + which +
                    " seeks: record tracing.match_confirmed first");
  }
  const json& decision = found->second;
  if (decision["decision"] == "rejected") {
    return Fail(ErrorCode::kTracingState, "request_id",
                "the match of '" + event.person_id + "' with " + which + " was rejected by " +
                    decision["by"].get<std::string>() +
                    ": a reunification cannot rest on it (confirm the match again if the "
                    "rejection was wrong)");
  }
  return Status::Ok();
}
TracingFold::TracingFold(TracingFold&&) noexcept = default;
TracingFold& TracingFold::operator=(TracingFold&&) noexcept = default;

bool TracingFold::apply(const Event& event) {
  if (!state_->position.advance(event)) return false;
  const auto fields = fields_of(event);
  const json& f = fields->json;
  const std::string at = string_field(f, "occurred_at");
  if (event.type == "tracing.requested") {
    state_->doc = record_fields(f);
    state_->doc["requested_at"] = at;
  } else if (event.type == "tracing.match_confirmed" || event.type == "tracing.match_rejected") {
    const bool confirmed = event.type == "tracing.match_confirmed";
    json decision = {{"person_id", f["person_id"]},
                     {"decision", confirmed ? "confirmed" : "rejected"},
                     {"by", f["by"]},
                     {"at", at}};
    if (f.contains("note")) decision["note"] = f["note"];
    if (f.contains("reason")) decision["reason"] = f["reason"];
    state_->decisions[f["person_id"].get<std::string>()] = std::move(decision);
  } else if (event.type == "family.reunified") {
    state_->reunified = {{"person_id", f["person_id"]}, {"with", f["with"]}, {"at", at}};
  }
  return true;
}

RecordView TracingFold::view() const {
  json doc = state_->doc;
  doc["request_id"] = state_->id;
  json matches = json::array();
  bool confirmed = false;
  for (const auto& [person, decision] : state_->decisions) {
    confirmed = confirmed || decision["decision"] == "confirmed";
    matches.push_back(decision);
  }
  doc["matches"] = std::move(matches);
  doc["reunified"] = state_->reunified;
  doc["status"] = !state_->reunified.is_null() ? "reunified" : confirmed ? "matched" : "open";
  RecordView view;
  view.id = state_->id;
  view.document = compact(doc);
  return view;
}

void sort_for_fold(std::vector<Event>& events) {
  std::sort(events.begin(), events.end(),
            [](const Event& a, const Event& b) { return key_of(a) < key_of(b); });
}

std::set<std::string> voided_event_ids(const std::vector<Event>& events) {
  std::set<std::string> voided;
  for (const auto& event : events) {
    if (event.type == "event.voided") {
      voided.insert(string_field(fields_of(event)->json, "event_id"));
    }
  }
  return voided;
}

std::vector<Event> without_voided(std::vector<Event> events) {
  const std::set<std::string> voided = voided_event_ids(events);
  std::erase_if(events, [&](const Event& event) {
    return event.type == "event.voided" || voided.count(event.id) > 0;
  });
  return events;
}

namespace {

template <typename Fold>
auto fold_all(const std::string& id, std::vector<Event> events) {
  events = without_voided(std::move(events));
  sort_for_fold(events);
  Fold fold(id);
  for (const auto& event : events) fold.apply(event);
  return fold.view();
}

}  // namespace

PersonView fold_person(const std::string& person_id, std::vector<Event> events) {
  return fold_all<PersonFold>(person_id, std::move(events));
}

RecordView fold_incident(const std::string& incident_id, std::vector<Event> events) {
  return fold_all<IncidentFold>(incident_id, std::move(events));
}

RecordView fold_tracing(const std::string& request_id, std::vector<Event> events) {
  return fold_all<TracingFold>(request_id, std::move(events));
}

CaseView fold_case(const std::string& case_id, std::vector<Event> events) {
  return fold_all<CaseFold>(case_id, std::move(events));
}

RecordView fold_provider(const std::string& provider_id, std::vector<Event> events) {
  return fold_all<ProviderFold>(provider_id, std::move(events));
}

ReferralView fold_referral(const std::string& referral_id, std::vector<Event> events) {
  return fold_all<ReferralFold>(referral_id, std::move(events));
}

}  // namespace haven::domain
