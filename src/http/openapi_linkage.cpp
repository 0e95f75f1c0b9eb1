// The OpenAPI description of what the record-linkage engine answers: possible duplicates
// (while typing, and with a recorded registration), tracing candidates and the tracing
// requests a registration or another request answers.

#include <string>

#include "http/openapi_parts.h"

namespace haven::http {
namespace {

using nlohmann::ordered_json;

const ordered_json kText = {{"type", "string"}};
const ordered_json kProbability = {{"type", "number"}, {"minimum", 0}, {"maximum", 1}};
const ordered_json kLevel = {{"type", "string"}, {"enum", {"match", "review"}}};
const ordered_json kExplanation = {
    {"type", "string"},
    {"description", "the weight of each field's agreement, e.g. `family_name same +9.1`"}};

ordered_json array_of(ordered_json items) {
  return {{"type", "array"}, {"items", std::move(items)}};
}

ordered_json person_facts() {
  return {{"type", "object"},
          {"description", "what the caller may see of the person"},
          {"properties",
           {{"given_name", kText},
            {"family_name", kText},
            {"name_original", kText},
            {"birth_date", kText},
            {"sex", kText},
            {"nationalities", array_of(kText)}}}};
}

}  // namespace

ordered_json possible_duplicates_item() {
  ordered_json parameters = ordered_json::array(
      {query("given_name", {{"type", "string"}, {"maxLength", 200}}, "in any script"),
       query("family_name", {{"type", "string"}, {"maxLength", 200}}, "in any script"),
       query("name_original", {{"type", "string"}, {"maxLength", 200}},
             "the whole name in the person's own script"),
       query("birth_date", kText, "YYYY, YYYY-MM or YYYY-MM-DD"),
       query("sex", {{"type", "string"}, {"enum", {"F", "M", "X", "U"}}}, "sex"),
       query("nationalities", kText, "ISO 3166-1 alpha-3 codes separated by commas"),
       query("limit", {{"type", "integer"}, {"minimum", 1}, {"maximum", 1000}, {"default", 5}},
             "at most this many")});
  return {{"get",
           {{"summary",
             "Registered persons who may be the one being registered, most likely first "
             "(at least one name is needed); persons outside the caller's scope are left out"},
            {"parameters", std::move(parameters)},
            {"responses",
             {{"200", ok_response("the possible duplicates", "PossibleDuplicates")},
              {"400", problem("a query parameter is malformed or no name is given; `field` "
                              "names it")},
              {"500", problem("the store failed")}}}}}};
}

ordered_json linkage_schemas() {
  ordered_json duplicate = {
      {"type", "object"},
      {"required", ordered_json::array({"person_id", "probability", "decision", "explanation"})},
      {"properties",
       {{"person_id", kText},
        {"probability", kProbability},
        {"decision", kLevel},
        {"explanation", kExplanation},
        {"person", person_facts()},
        {"registered_person_id",
         {{"type", "string"},
          {"description", "with a recorded batch: the person just registered this may be"}}}}}};
  ordered_json tracing_match = {{"type", "object"},
                                {"properties",
                                 {{"request_id", kText},
                                  {"registered_person_id", kText},
                                  {"probability", kProbability},
                                  {"decision", kLevel},
                                  {"explanation", kExplanation}}}};
  ordered_json candidate = {
      {"type", "object"},
      {"properties",
       {{"person_id", kText},
        {"probability", kProbability},
        {"level", {{"type", "string"}, {"enum", {"match", "review"}}, {"nullable", true}}},
        {"explanation", kExplanation},
        {"decision", {{"type", "string"}, {"enum", {"confirmed", "rejected"}}, {"nullable", true}}},
        {"person", person_facts()}}}};
  ordered_json mutual = {
      {"type", "object"},
      {"properties",
       {{"request_id", kText},
        {"relation",
         {{"type", "string"},
          {"enum", {"seeks_requester", "made_by_sought"}},
          {"description",
           "the other request seeks the one who made this one, or was made by the one this "
           "one seeks"}}},
        {"probability", kProbability},
        {"explanation", kExplanation},
        {"requester", kText},
        {"sought", {{"type", "object"}}}}}};
  return {
      {"EventsRecorded",
       {{"type", "object"},
        {"properties",
         {{"recorded", {{"type", "integer"}}},
          {"event_ids", array_of(kText)},
          {"possible_duplicates",
           {{"type", "array"},
            {"items", ref("PossibleDuplicate")},
            {"description",
             "persons who may be one registered by the batch (batches of up "
             "to 1000 events)"}}},
          {"tracing_matches",
           {{"type", "array"},
            {"items", std::move(tracing_match)},
            {"description",
             "open tracing requests that may seek a person the batch "
             "registered (for callers who read tracing requests)"}}}}}}},
      {"PossibleDuplicate", std::move(duplicate)},
      {"PossibleDuplicates",
       {{"type", "object"},
        {"properties", {{"possible_duplicates", array_of(ref("PossibleDuplicate"))}}}}},
      {"TracingCandidates",
       {{"type", "object"},
        {"properties",
         {{"request_id", kText},
          {"candidates", array_of(std::move(candidate))},
          {"mutual_requests", array_of(std::move(mutual))}}}}},
  };
}

}  // namespace haven::http
