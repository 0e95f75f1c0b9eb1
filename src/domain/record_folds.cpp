// Incident and tracing-request projections, and the helpers every fold shares.

#include <algorithm>
#include <set>
#include <tuple>

#include "domain/compact_json.h"
#include "domain/event_fields.h"
#include "haven/domain/projection.h"

namespace haven::domain {
namespace {

using nlohmann::json;
// The body fields worth showing in a record's document: all but the envelope.
json record_fields(const json& body) {
  json out = body;
  out.erase("type");
  out.erase("occurred_at");
  return out;
}

}  // namespace

struct IncidentFold::State {
  std::string id;
  FoldKey last{};
  std::int64_t events = 0;
  json doc = json::object();
  json stages = json::array();
};

IncidentFold::IncidentFold(std::string incident_id) : state_(std::make_unique<State>()) {
  state_->id = std::move(incident_id);
}
IncidentFold::~IncidentFold() = default;
IncidentFold::IncidentFold(IncidentFold&&) noexcept = default;
IncidentFold& IncidentFold::operator=(IncidentFold&&) noexcept = default;

bool IncidentFold::apply(const Event& event) {
  auto key = key_of(event);
  if (state_->events > 0 && key < state_->last) return false;
  state_->last = std::move(key);
  ++state_->events;
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
  FoldKey last{};
  std::int64_t events = 0;
  json doc = json::object();
};

TracingFold::TracingFold(std::string request_id) : state_(std::make_unique<State>()) {
  state_->id = std::move(request_id);
}
TracingFold::~TracingFold() = default;
TracingFold::TracingFold(TracingFold&&) noexcept = default;
TracingFold& TracingFold::operator=(TracingFold&&) noexcept = default;

bool TracingFold::apply(const Event& event) {
  auto key = key_of(event);
  if (state_->events > 0 && key < state_->last) return false;
  state_->last = std::move(key);
  ++state_->events;
  if (event.type == "tracing.requested") {
    const auto fields = fields_of(event);
    state_->doc = record_fields(fields->json);
    state_->doc["requested_at"] = string_field(fields->json, "occurred_at");
  }
  return true;
}

RecordView TracingFold::view() const {
  json doc = state_->doc;
  doc["request_id"] = state_->id;
  doc["status"] = "open";
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

}  // namespace haven::domain
