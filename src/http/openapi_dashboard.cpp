// The OpenAPI description of GET /api/v1/dashboard, of a person's detention clock and of
// GET /api/v1/duplicates (what supervisors look over).

#include <string>

#include "http/openapi_parts.h"

namespace haven::http {
namespace {

using nlohmann::ordered_json;

const ordered_json kCount = {{"type", "integer"}, {"minimum", 0}};
const ordered_json kText = {{"type", "string"}};
const ordered_json kMoment = {{"type", "string"}, {"format", "date-time"}};

ordered_json nullable(ordered_json schema) {
  schema["nullable"] = true;
  return schema;
}

// An object whose every property is required.
ordered_json object_of(ordered_json properties) {
  ordered_json required = ordered_json::array();
  for (const auto& [name, schema] : properties.items()) required.push_back(name);
  return {
      {"type", "object"}, {"required", std::move(required)}, {"properties", std::move(properties)}};
}

ordered_json array_of(ordered_json items) {
  return {{"type", "array"}, {"items", std::move(items)}};
}

ordered_json detention_schema() {
  ordered_json lengths = object_of({{"under_2_days", kCount},
                                    {"2_to_7_days", kCount},
                                    {"8_to_30_days", kCount},
                                    {"31_to_90_days", kCount},
                                    {"over_90_days", kCount}});
  ordered_json facility = object_of({{"facility", kText},
                                     {"held", kCount},
                                     {"children", kCount},
                                     {"lengths", std::move(lengths)},
                                     {"over_max", kCount}});
  ordered_json child = object_of(
      {{"person_id", kText}, {"facility", kText}, {"held_since", kMoment}, {"days", kCount}});
  ordered_json schema = object_of({{"held_now", kCount},
                                   {"max_days", nullable(kCount)},
                                   {"by_facility", array_of(std::move(facility))},
                                   {"children", array_of(std::move(child))}});
  schema["description"] =
      "persons held at as_of: by facility, largest first (days held in whole days; over_max: "
      "held past the profile's maximum, extensions counted); children (detention rules' "
      "benefit of the doubt), longest held first. max_days is null when the profile sets none";
  return schema;
}

ordered_json consular_schema() {
  ordered_json week = object_of({{"week_start", {{"type", "string"}, {"format", "date"}}},
                                 {"detained", kCount},
                                 {"on_time", kCount},
                                 {"late", kCount},
                                 {"not_given", kCount}});
  ordered_json schema = object_of({{"rights_hours", kCount}, {"weeks", array_of(std::move(week))}});
  schema["description"] =
      "weeks (Monday, UTC) oldest first: detentions of foreign nationals whose consular clock "
      "started that week, and whether they were told of their rights within rights_hours, "
      "later, or not (yet) by as_of";
  return schema;
}

}  // namespace

ordered_json dashboard_item() {
  ordered_json parameters = ordered_json::array(
      {query("as_of", kText, "RFC 3339 time or date (end of day); default now"),
       query("weeks", {{"type", "integer"}, {"minimum", 1}, {"maximum", 52}, {"default", 12}},
             "how many weeks of consular notice, the week of as_of the last")});
  return {{"get",
           {{"summary",
             "Aggregates over the persons in the caller's scope: alerts by rule, who is held where "
             "and for how long, and consular rights given on time, week by week"},
            {"parameters", std::move(parameters)},
            {"responses",
             {{"200",
               {{"description", "the dashboard as of the moment"},
                {"content", {{"application/json", {{"schema", ref("Dashboard")}}}}}}},
              {"400", problem("a parameter is malformed or unknown; `field` names it")},
              {"403", problem("only admins, supervisors and detention monitors")},
              {"500", problem("the store failed")}}}}}};
}

ordered_json duplicates_item() {
  auto probability = [](const char* name, double by_default, const char* description) {
    return query(
        name,
        {{"type", "number"}, {"exclusiveMinimum", 0}, {"maximum", 1}, {"default", by_default}},
        description);
  };
  ordered_json parameters = ordered_json::array(
      {probability("match", 0.95, "probability from which a pair is a match"),
       probability("review", 0.5, "probability from which a pair is listed for review"),
       query("limit", {{"type", "integer"}, {"minimum", 1}, {"maximum", 1000}, {"default", 50}},
             "at most this many pairs, best first")});
  return {{"get",
           {{"summary",
             "Registrations likely to be one person (every registration not merged compared by "
             "the record-linkage engine), best first, each pair with its score and why; join one "
             "with a person.merged event"},
            {"parameters", std::move(parameters)},
            {"responses",
             {{"200",
               {{"description",
                 "`{\"persons\", \"candidate_pairs\", \"pairs\": [{\"left\", "
                 "\"right\", \"score\", \"decision\", \"explanation\"}]}`"},
                {"content", {{"application/json", {{"schema", ref("Record")}}}}}}},
              {"400", problem("a parameter is malformed or unknown; `field` names it")},
              {"403", problem("only admins and supervisors")},
              {"500", problem("the store failed")}}}}}};
}

ordered_json dashboard_schemas() {
  ordered_json alert_row = object_of({{"rule", kText},
                                      {"cites", array_of(kText)},
                                      {"due", kCount},
                                      {"overdue", kCount},
                                      {"breach", kCount}});
  ordered_json alerts = array_of(std::move(alert_row));
  alerts["description"] =
      "one row per rule with alerts as of as_of (due, overdue or breach: never those met in "
      "time), overdue first; a detention monitor gets only detention.*, consular.* and child.*";
  ordered_json dashboard = object_of({{"as_of", kMoment},
                                      {"profile", kText},
                                      {"alerts", std::move(alerts)},
                                      {"detention", detention_schema()},
                                      {"consular", consular_schema()}});
  ordered_json clock = object_of({{"held_since", kMoment},
                                  {"facility", nullable(kText)},
                                  {"hours_held", kCount},
                                  {"next_review_due", nullable(kMoment)},
                                  {"max_days", nullable(kCount)},
                                  {"max_at", nullable(kMoment)}});
  clock["properties"]["consular_rights_due"] = nullable(kMoment);
  clock["properties"]["consular_rights_given_at"] = nullable(kMoment);
  clock["description"] =
      "in a person's view while they are detained, for viewers of the detention part: the next "
      "review owed (past when overdue), when the maximum runs out (extensions counted), and the "
      "consular deadline as the consular rule counts it (for viewers of the consular part)";
  return {{"Dashboard", std::move(dashboard)}, {"DetentionClock", std::move(clock)}};
}

}  // namespace haven::http
