#include "haven/domain/anonymise.h"

#include <algorithm>
#include <array>
#include <nlohmann/json.hpp>

#include "domain/compact_json.h"
#include "haven/domain/vocabulary.h"

namespace haven::domain {
namespace {

using nlohmann::json;

// Names of institutions, not of people: detention statistics by facility keep them.
constexpr std::array<std::string_view, 4> kInstitutions = {"facility", "authority", "provider",
                                                           "agency"};

// What a required name or text holds once anonymised.
constexpr std::string_view kRemoved = "(removed)";

const FieldSpec* spec_of(std::span<const FieldSpec> fields, std::string_view name) {
  for (const FieldSpec& field : fields) {
    if (field.name == name) return &field;
  }
  return nullptr;
}

// Keeps in `object` only what `fields` describes and does not identify a person.
void strip(json& object, std::span<const FieldSpec> fields) {
  for (auto it = object.begin(); it != object.end();) {
    const std::string& name = it.key();
    const FieldSpec* spec = spec_of(fields, name);
    bool keep = spec != nullptr;
    if (spec != nullptr) {
      switch (spec->kind) {
        case FieldKind::kName:
          keep = std::find(kInstitutions.begin(), kInstitutions.end(), name) != kInstitutions.end();
          break;
        case FieldKind::kText:
        case FieldKind::kLatitude:  // a point on a map places a person as well as a name
        case FieldKind::kLongitude:
          keep = false;
          break;
        case FieldKind::kBirthDate:
          if (it->is_string()) *it = it->get<std::string>().substr(0, 4);
          break;
        case FieldKind::kLocation:
          if (it->is_object()) strip(*it, location_fields());
          break;
        case FieldKind::kSoughtPerson:
          if (it->is_object()) strip(*it, sought_person_fields());
          break;
        default:
          break;
      }
    }
    if (!keep && spec != nullptr && spec->required) {
      // A required field stays, emptied of what it said, so that the event still reads as
      // its type does (a note added, by someone) and every fold finds what it expects.
      *it = std::string(kRemoved);
      keep = true;
    }
    it = keep ? std::next(it) : object.erase(it);
  }
}

}  // namespace

std::string anonymised_body(const Event& event) {
  json body = json::parse(event.body, nullptr, false);
  if (!body.is_object()) return "{}";
  const EventTypeSpec* type = find_event_type(event.type);
  // The envelope stays: what happened, and when.
  json kept = json::object();
  for (const char* envelope : {"type", "occurred_at"}) {
    if (body.contains(envelope)) kept[envelope] = body[envelope];
  }
  if (type != nullptr) {
    strip(body, type->fields);
    kept.update(body);
  }
  return compact(kept);
}

}  // namespace haven::domain
