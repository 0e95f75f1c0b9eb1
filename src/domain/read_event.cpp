// Reading one event: JSON → checked Event. Every refusal names the field it is about.

#include <algorithm>

#include "domain/compact_json.h"
#include "domain/event_fields.h"
#include "domain/field_checks.h"
#include "haven/core/ids.h"
#include "haven/core/text.h"
#include "haven/domain/vocabulary.h"

namespace haven::domain {
namespace {

using nlohmann::json;

// Events are at most three levels deep; refusing deeper input before parsing keeps a
// hostile `[[[[…` from costing stack or memory.
constexpr int kMaxDepth = 16;

bool too_deep(std::string_view text) {
  int depth = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      if (c == '\\')
        ++i;
      else if (c == '"')
        in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > kMaxDepth) return true;
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return false;
}

std::string suggestion(std::string_view key, const EventTypeSpec& spec) {
  std::string_view best;
  std::size_t best_distance = 3;
  for (const auto& field : spec.fields) {
    const std::size_t d = edit_distance(key, field.name);
    if (d < best_distance) {
      best = field.name;
      best_distance = d;
    }
  }
  return best.empty() ? "" : " (did you mean " + std::string(best) + "?)";
}

bool is_meta(std::string_view key) {
  return key == "type" || key == "occurred_at" || key == "id" || key == "recorded_at" ||
         key == "actor";
}

Result<json> parse_json(std::string_view text) {
  if (!is_valid_utf8(text)) {
    return Fail(ErrorCode::kInvalidJson, "", "the input is not valid UTF-8");
  }
  if (too_deep(text)) {
    return Fail(ErrorCode::kInvalidJson, "", "the input nests deeper than any event does");
  }
  try {
    return json::parse(text);
  } catch (const json::parse_error& e) {
    std::string what = e.what();
    // nlohmann's messages start "[json.exception.parse_error.101] parse error at …".
    const auto at = what.find("] ");
    return Fail(ErrorCode::kInvalidJson, "",
                "not valid JSON: " + (at == std::string::npos ? what : what.substr(at + 2)));
  }
}

Status check_type_fields(const EventTypeSpec& spec, const json& body, CivilDate today) {
  bool has_optional = false;
  for (const auto& field : spec.fields) {
    const auto it = body.find(field.name);
    if (it == body.end()) {
      if (field.required) {
        return Fail(ErrorCode::kMissingField, std::string(field.name),
                    "is required for " + std::string(spec.type));
      }
      continue;
    }
    if (!field.required) has_optional = true;
    if (auto ok = check_field(field, *it, field.name, today); !ok) return ok;
  }
  if (spec.needs_one_optional && !has_optional) {
    return Fail(ErrorCode::kMissingField, "",
                std::string(spec.type) + " must change at least one field");
  }
  for (const auto& item : body.items()) {
    const std::string& key = item.key();
    if (is_meta(key)) continue;
    const bool known = std::any_of(spec.fields.begin(), spec.fields.end(),
                                   [&](const FieldSpec& f) { return f.name == key; });
    if (!known) {
      return Fail(ErrorCode::kUnknownField, key,
                  "is not a field of " + std::string(spec.type) + suggestion(key, spec));
    }
  }
  return Status::Ok();
}

Result<Timestamp> read_time(const json& body, const char* name, Timestamp not_after) {
  const auto it = body.find(name);
  if (it == body.end()) return Fail(ErrorCode::kMissingField, name, "is required");
  if (!it->is_string()) {
    return Fail(ErrorCode::kInvalidField, name, "must be a string with an RFC 3339 time");
  }
  auto at = parse_rfc3339(it->get_ref<const std::string&>());
  if (!at) return Fail(ErrorCode::kInvalidField, name, at.error().message);
  if (*at > not_after) {
    return Fail(ErrorCode::kFutureTime, name,
                it->get<std::string>() + " is in the future (now is " + format_rfc3339(not_after) +
                    " at the latest)");
  }
  return at;
}

void fill_subjects(Event& event, const json& body) {
  event.person_id = string_field(body, "person_id");
  if (event.type == "person.merged" || event.type == "person.unmerged") {
    event.other_person_id = string_field(body, "into");
  }
  if (event.type == "family.linked") event.other_person_id = string_field(body, "relative_id");
  // A referral names its provider too: the referral is what it concerns, so it comes after.
  if (body.contains("provider_id")) event.subject = "provider:" + string_field(body, "provider_id");
  if (body.contains("referral_id")) event.subject = "referral:" + string_field(body, "referral_id");
  if (body.contains("incident_id")) event.subject = "incident:" + string_field(body, "incident_id");
  if (body.contains("request_id")) event.subject = "tracing:" + string_field(body, "request_id");
  if (body.contains("case_id")) event.subject = "case:" + string_field(body, "case_id");
}

}  // namespace

Result<Event> read_event(std::string_view json_text, const ReadOptions& options) {
  auto parsed = parse_json(json_text);
  if (!parsed) return parsed.error();
  json& body = *parsed;
  if (!body.is_object()) {
    return Fail(ErrorCode::kInvalidJson, "", "an event must be a JSON object");
  }
  Event event;
  const auto type = body.find("type");
  if (type == body.end()) return Fail(ErrorCode::kMissingField, "type", "is required");
  if (!type->is_string()) return Fail(ErrorCode::kInvalidField, "type", "must be a string");
  event.type = type->get<std::string>();
  const EventTypeSpec* spec = find_event_type(event.type);
  if (spec == nullptr) {
    return Fail(ErrorCode::kUnknownEventType, "type",
                "'" + event.type.substr(0, 40) + "' is not an event type Haven knows");
  }
  auto occurred = read_time(body, "occurred_at", options.not_after);
  if (!occurred) return occurred.error();
  event.occurred_at = *occurred;

  if (auto id = body.find("id"); id != body.end()) {
    if (!id->is_string() || !is_valid_id(id->get_ref<const std::string&>())) {
      return Fail(ErrorCode::kInvalidField, "id",
                  "must be an id: 1 to 64 letters, digits or -_.:/");
    }
    event.id = id->get<std::string>();
  }
  for (const char* provenance : {"recorded_at", "actor"}) {
    if (body.contains(provenance) && !options.accept_provenance) {
      return Fail(ErrorCode::kUnknownField, provenance,
                  "is set by Haven when the event is recorded (only a restore may carry it)");
    }
  }
  if (body.contains("recorded_at")) {
    auto recorded = read_time(body, "recorded_at", options.not_after);
    if (!recorded) return recorded.error();
    if (*recorded < event.occurred_at) {
      return Fail(ErrorCode::kInvalidField, "recorded_at", "is before occurred_at");
    }
    event.recorded_at = *recorded;
  }
  if (auto actor = body.find("actor"); actor != body.end()) {
    FieldSpec actor_spec{"actor", FieldKind::kName};
    if (auto ok = check_field(actor_spec, *actor, "actor", {}); !ok) return ok.error();
    event.actor = actor->get<std::string>();
  }

  if (auto ok = check_type_fields(*spec, body, utc_date(options.not_after)); !ok) {
    return ok.error();
  }
  if (event.type == "referral.made" && !body["consent"].get<bool>()) {
    return Fail(ErrorCode::kConsentRequired, "consent",
                "no consent, no referral: the person (or their guardian) must agree to their "
                "named data being shared with the provider before the referral is made");
  }
  if (event.type == "family.linked" && body["relative_id"] == body["person_id"]) {
    return Fail(ErrorCode::kInvalidField, "relative_id", "must name another person than person_id");
  }
  if ((event.type == "person.merged" || event.type == "person.unmerged") &&
      body["into"] == body["person_id"]) {
    return Fail(ErrorCode::kInvalidField, "into", "must name another person than person_id");
  }
  body.erase("id");
  body.erase("recorded_at");
  body.erase("actor");
  fill_subjects(event, body);
  event.body = compact(body);
  auto fields = std::make_shared<EventFields>();
  fields->json = std::move(body);
  event.fields = std::move(fields);
  return event;
}

}  // namespace haven::domain
