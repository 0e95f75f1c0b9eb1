// The OpenAPI 3.0.3 document. The event schemas are generated from the vocabulary table, so
// the document cannot drift from what the ledger accepts.

#include <nlohmann/json.hpp>

#include <cctype>
#include <string>

#include "haven/domain/vocabulary.h"
#include "haven/http/server.h"
#include "http/openapi_parts.h"
#include "http/routes.h"

namespace haven::http {
namespace {

using domain::FieldKind;
using domain::FieldSpec;
using nlohmann::ordered_json;

constexpr const char* kIdPattern = "^[A-Za-z0-9_.:/-]{1,64}$";
constexpr const char* kCodePattern = "^[a-z][a-z0-9_]{0,63}$";

ordered_json string_with(const char* key, ordered_json value) {
  ordered_json schema = {{"type", "string"}};
  schema[key] = std::move(value);
  return schema;
}

ordered_json array_of(ordered_json items) {
  return {{"type", "array"}, {"items", std::move(items)}, {"minItems", 1}};
}

ordered_json choices(std::span<const std::string_view> values) {
  ordered_json list = ordered_json::array();
  for (std::string_view value : values) list.push_back(value);
  return string_with("enum", std::move(list));
}

ordered_json field_schema(const FieldSpec& field);

ordered_json object_of(std::span<const FieldSpec> parts) {
  ordered_json properties = ordered_json::object();
  for (const FieldSpec& part : parts) properties[std::string(part.name)] = field_schema(part);
  return {{"type", "object"},
          {"properties", std::move(properties)},
          {"additionalProperties", false},
          {"minProperties", 1}};
}

ordered_json kind_schema(const FieldSpec& field) {
  switch (field.kind) {
    case FieldKind::kNewId:
    case FieldKind::kPersonId:
    case FieldKind::kReferralId:
    case FieldKind::kIncidentId:
    case FieldKind::kCaseId:
    case FieldKind::kProviderId:
    case FieldKind::kRequestId:
    case FieldKind::kEventId:
      return string_with("pattern", kIdPattern);
    case FieldKind::kName:
      return string_with("maxLength", 200);
    case FieldKind::kText:
      return string_with("maxLength", 10'000);
    case FieldKind::kCode:
      return string_with("pattern", kCodePattern);
    case FieldKind::kChoice:
      return choices(field.choices);
    case FieldKind::kChoiceList:
      return array_of(choices(field.choices));
    case FieldKind::kBool:
      return {{"type", "boolean"}};
    case FieldKind::kCount:
      return {{"type", "integer"}, {"minimum", 0}};
    case FieldKind::kBirthDate:
      return string_with("pattern", "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$");
    case FieldKind::kDate:
      return string_with("format", "date");
    case FieldKind::kCountry:
      return string_with("pattern", "^[A-Z]{3}$");
    case FieldKind::kCountryList:
      return array_of(string_with("pattern", "^[A-Z]{3}$"));
    case FieldKind::kLanguage:
      return string_with("pattern", "^[a-z]{2,3}$");
    case FieldKind::kLanguageList:
      return array_of(string_with("pattern", "^[a-z]{2,3}$"));
    case FieldKind::kPersonIdList:
      return array_of(string_with("pattern", kIdPattern));
    case FieldKind::kLocation:
      return object_of(domain::location_fields());
    case FieldKind::kSoughtPerson:
      return object_of(domain::sought_person_fields());
    case FieldKind::kLatitude:
      return {{"type", "number"}, {"minimum", -90}, {"maximum", 90}};
    case FieldKind::kLongitude:
      return {{"type", "number"}, {"minimum", -180}, {"maximum", 180}};
    case FieldKind::kQuality:
      return {{"type", "integer"}, {"minimum", 1}, {"maximum", 5}};
    case FieldKind::kAnswers:
      return {{"type", "object"},
              {"minProperties", 1},
              {"additionalProperties",
               {{"oneOf",
                 {{{"type", "boolean"}},
                  {{"type", "number"}},
                  string_with("pattern", kCodePattern)}}}}};
    case FieldKind::kFindings:
      return array_of({{"type", "object"},
                       {"properties",
                        {{"code", choices(domain::vulnerability_codes())},
                         {"flag", string_with("pattern", kCodePattern)},
                         {"reason", string_with("maxLength", 10'000)}}},
                       {"required", {"reason"}},
                       {"additionalProperties", false}});
  }
  return ordered_json::object();
}

ordered_json field_schema(const FieldSpec& field) {
  ordered_json schema = kind_schema(field);
  if (!field.description.empty()) schema["description"] = field.description;
  return schema;
}

// `consular.rights_informed` → `ConsularRightsInformedEvent`.
std::string schema_name(std::string_view type) {
  std::string name;
  bool upper = true;
  for (char c : type) {
    if (c == '.' || c == '_') {
      upper = true;
      continue;
    }
    name += upper ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
    upper = false;
  }
  return name + "Event";
}

ordered_json event_schema(const domain::EventTypeSpec& spec) {
  ordered_json properties = {
      {"type", string_with("enum", ordered_json::array({spec.type}))},
      {"occurred_at",
       {{"type", "string"},
        {"format", "date-time"},
        {"description", "when it happened: RFC 3339 with an offset, not in the future"}}},
      {"id",
       {{"type", "string"},
        {"pattern", kIdPattern},
        {"description", "an event id of your own (Haven assigns one otherwise)"}}}};
  ordered_json required = ordered_json::array({"type", "occurred_at"});
  ordered_json any_optional = ordered_json::array();
  for (const FieldSpec& field : spec.fields) {
    properties[std::string(field.name)] = field_schema(field);
    if (field.required) {
      required.push_back(field.name);
    } else {
      any_optional.push_back({{"required", ordered_json::array({field.name})}});
    }
  }
  ordered_json schema = {{"type", "object"},
                         {"description", spec.description},
                         {"properties", std::move(properties)},
                         {"required", std::move(required)},
                         {"additionalProperties", false}};
  if (spec.needs_one_optional && !any_optional.empty()) schema["anyOf"] = std::move(any_optional);
  return schema;
}

ordered_json build_document() {
  ordered_json schemas = common_schemas();
  schemas.update(dashboard_schemas());
  schemas.update(linkage_schemas());
  schemas.update(stats_schemas());
  ordered_json one_of = ordered_json::array();
  ordered_json mapping = ordered_json::object();
  for (const domain::EventTypeSpec& spec : domain::event_types()) {
    std::string name = schema_name(spec.type);
    std::string ref = "#/components/schemas/" + name;
    schemas[name] = event_schema(spec);
    one_of.push_back({{"$ref", ref}});
    mapping[std::string(spec.type)] = ref;
  }
  schemas["Event"] = {
      {"description", "one event of the vocabulary"},
      {"oneOf", std::move(one_of)},
      {"discriminator", {{"propertyName", "type"}, {"mapping", std::move(mapping)}}}};

  ordered_json document = {
      {"openapi", "3.0.3"},
      {"info",
       {{"title", "Haven API"},
        {"version", api_version()},
        {"description",
         "Protection information for migrants (A/RES/66/172). Facts enter as events; "
         "persons, incidents and tracing requests are read back as projections. "
         "Errors are application/problem+json with a stable `code`."}}},
      {"servers", ordered_json::array({ordered_json{{"url", "/"}}})},
      // Every operation needs a session unless it says otherwise (health, sign-in, `/`).
      {"security", ordered_json::array({{{"bearer", ordered_json::array()}},
                                        {{"session_cookie", ordered_json::array()}}})},
      {"paths", path_items()},
      {"components",
       {{"schemas", std::move(schemas)},
        {"securitySchemes",
         {{"bearer",
           {{"type", "http"},
            {"scheme", "bearer"},
            {"description", "an API token from `haven user token NAME`"}}},
          {"session_cookie",
           {{"type", "apiKey"},
            {"in", "cookie"},
            {"name", "haven_session"},
            {"description", "the web session opened by POST /api/v1/session"}}}}}}}};
  return document;
}

}  // namespace

std::string openapi_document() {
  // Built once: the vocabulary is fixed for the life of the process.
  static const std::string kDocument = build_document().dump(2);
  return kDocument;
}

}  // namespace haven::http
