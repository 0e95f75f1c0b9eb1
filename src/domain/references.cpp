// What an event points at and brings into being, and its exported form.

#include "domain/compact_json.h"
#include "domain/event_fields.h"
#include "haven/domain/vocabulary.h"

namespace haven::domain {

std::shared_ptr<const EventFields> fields_of(const Event& event) {
  if (event.fields) return event.fields;
  auto fields = std::make_shared<EventFields>();
  // Bodies in the store were written by read_event, so they parse; a damaged one folds as {}.
  fields->json = nlohmann::json::parse(event.body, nullptr, false);
  if (fields->json.is_discarded()) fields->json = nlohmann::json::object();
  return fields;
}

std::string string_field(const nlohmann::json& body, const char* name) {
  const auto it = body.find(name);
  return it != body.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::vector<Reference> references(const Event& event) {
  std::vector<Reference> out;
  const EventTypeSpec* spec = find_event_type(event.type);
  if (spec == nullptr) return out;
  const auto fields = fields_of(event);
  const auto& body = fields->json;
  for (const auto& field : spec->fields) {
    const auto it = body.find(std::string(field.name));
    if (it == body.end()) continue;
    const std::string name(field.name);
    switch (field.kind) {
      case FieldKind::kPersonId:
        out.push_back({ReferenceKind::kPerson, it->get<std::string>(), name});
        break;
      case FieldKind::kReferralId:
        out.push_back({ReferenceKind::kReferral, it->get<std::string>(), name});
        break;
      case FieldKind::kIncidentId:
        out.push_back({ReferenceKind::kIncident, it->get<std::string>(), name});
        break;
      case FieldKind::kCaseId:
        out.push_back({ReferenceKind::kCase, it->get<std::string>(), name});
        break;
      case FieldKind::kProviderId:
        out.push_back({ReferenceKind::kProvider, it->get<std::string>(), name});
        break;
      case FieldKind::kRequestId:
        out.push_back({ReferenceKind::kTracingRequest, it->get<std::string>(), name});
        break;
      case FieldKind::kEventId:
        out.push_back({ReferenceKind::kEvent, it->get<std::string>(), name});
        break;
      case FieldKind::kPersonIdList:
        for (std::size_t i = 0; i < it->size(); ++i) {
          out.push_back({ReferenceKind::kPerson, (*it)[i].get<std::string>(),
                         name + "[" + std::to_string(i) + "]"});
        }
        break;
      default:
        break;
    }
  }
  return out;
}

std::vector<Creation> creations(const Event& event) {
  const auto fields = fields_of(event);
  const auto& body = fields->json;
  if (event.type == "person.registered") {
    return {{CreationKind::kPerson, string_field(body, "person_id"), "person_id"}};
  }
  if (event.type == "referral.made") {
    return {{CreationKind::kReferral, string_field(body, "referral_id"), "referral_id"}};
  }
  if (event.type == "incident.reported") {
    return {{CreationKind::kIncident, string_field(body, "incident_id"), "incident_id"}};
  }
  if (event.type == "case.opened") {
    return {{CreationKind::kCase, string_field(body, "case_id"), "case_id"}};
  }
  if (event.type == "provider.registered") {
    return {{CreationKind::kProvider, string_field(body, "provider_id"), "provider_id"}};
  }
  if (event.type == "tracing.requested") {
    return {{CreationKind::kTracingRequest, string_field(body, "request_id"), "request_id"}};
  }
  return {};
}

Status set_body_field(Event& event, const std::string& name, std::string_view value_json) {
  nlohmann::json value = nlohmann::json::parse(value_json, nullptr, false);
  if (value.is_discarded()) return Fail(ErrorCode::kInvalidField, name, "is not JSON");
  auto fields = std::make_shared<EventFields>(*fields_of(event));
  fields->json[name] = std::move(value);
  event.body = compact(fields->json);
  event.fields = std::move(fields);
  return Status::Ok();
}

std::string export_line(const Event& event) {
  // The body is a JSON object with sorted keys; the provenance goes in front of it, so an
  // exported line carries everything needed to restore the log exactly.
  nlohmann::json provenance = {
      {"id", event.id}, {"recorded_at", format_rfc3339(event.recorded_at)}, {"actor", event.actor}};
  std::string line = provenance.dump();
  line.pop_back();
  if (event.body.size() > 2) {
    line += ',';
    line.append(event.body, 1, std::string::npos);
  } else {
    line += '}';
  }
  return line;
}

}  // namespace haven::domain
