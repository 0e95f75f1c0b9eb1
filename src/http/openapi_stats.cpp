// The OpenAPI description of the statistics routes: the indicators of a period, the tables
// there are, and one table as it may be published.

#include <string>

#include "http/openapi_parts.h"

namespace haven::http {
namespace {

using nlohmann::ordered_json;

ordered_json period_parameter() {
  ordered_json parameter = query(
      "period", {{"type", "string"}, {"pattern", "^[0-9]{4}(-Q[1-4]|-[0-9]{2})?$"}},
      "the reference period, in UTC: a year (2026), a quarter (2026-Q3) or a month (2026-05)");
  parameter["required"] = true;
  return parameter;
}

constexpr const char* kForbidden = "only statisticians, supervisors and admins";

}  // namespace

ordered_json stats_indicators_item() {
  return {{"get",
           {{"summary",
             "The indicators of a reference period, each with the operative paragraph of "
             "resolution 66/172 it informs; counted over every record"},
            {"parameters", ordered_json::array({period_parameter()})},
            {"responses",
             {{"200", ok_response("the period and its indicators", "StatsIndicators")},
              {"400", problem("the period is missing or malformed, or a parameter unknown")},
              {"403", problem(kForbidden)},
              {"500", problem("the store failed")}}}}}};
}

ordered_json stats_tables_item() {
  return {{"get",
           {{"summary", "The tables there are, what each counts and the paragraph it informs"},
            {"responses",
             {{"200", ok_response("every table", "StatsTables")}, {"403", problem(kForbidden)}}}}}};
}

ordered_json stats_table_item() {
  ordered_json name = {{"name", "name"},
                       {"in", "path"},
                       {"required", true},
                       {"schema", {{"type", "string"}, {"pattern", "^[a-z0-9_]{1,64}$"}}},
                       {"description", "a table's name, from GET /api/v1/stats/tables"}};
  ordered_json formats = {"json",           "csv", "sdmx-csv", "sdmx-csv2", "sdmx-ml", "sdmx-json",
                          "sdmx-structure", "hxl", "xlsx"};
  ordered_json parameters = ordered_json::array(
      {std::move(name), period_parameter(),
       query("format", {{"type", "string"}, {"enum", std::move(formats)}, {"default", "json"}},
             "json, CSV (codes, labels, count, status), SDMX-CSV 1.0 or 2.0, SDMX-ML 2.1 generic "
             "data or structure, SDMX-JSON 1.0, HXL-tagged CSV, or an XLSX workbook"),
       query("threshold", {{"type", "integer"}, {"minimum", 1}, {"maximum", 1000}, {"default", 5}},
             "k: cells of 1 to k-1 persons are withheld, and enough others to protect them"),
       query("round", {{"type", "integer"}, {"enum", {3, 5}}},
             "round every count to a multiple of 3 or 5 (totals kept additive) instead of "
             "withholding cells; not with threshold")});
  ordered_json content = json_content(ref("StatsTable"));
  for (const char* type :
       {"text/csv", "application/vnd.sdmx.data+csv", "application/vnd.sdmx.genericdata+xml",
        "application/vnd.sdmx.data+json", "application/vnd.sdmx.structure+xml",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}) {
    content[type] = {{"schema", {{"type", "string"}}}};
  }
  return {{"get",
           {{"summary",
             "One table of a period with every margin, after disclosure control: a withheld "
             "cell carries its status (SDMX CONF_STATUS C: could identify persons; D: would "
             "reveal another) and never a value"},
            {"parameters", std::move(parameters)},
            {"responses",
             {{"200", {{"description", "the table as it may be published"}, {"content", content}}},
              {"400", problem("period, format, threshold or round is malformed; `field` names it")},
              {"403", problem(kForbidden)},
              {"404", problem("no table has that name")},
              {"500", problem("the store failed")}}}}}};
}

ordered_json stats_schemas() {
  const ordered_json text = {{"type", "string"}};
  const ordered_json count = {{"type", "integer"}, {"minimum", 0}};
  const ordered_json texts = {{"type", "array"}, {"items", text}};
  ordered_json indicator = {
      {"type", "object"},
      {"required", {"id", "name", "paragraph", "unit", "value", "base"}},
      {"properties",
       {{"id", text},
        {"name", text},
        {"paragraph", text},
        {"unit", {{"type", "string"}, {"enum", {"persons", "share", "days", "hours"}}}},
        {"value",
         {{"type", "number"},
          {"nullable", true},
          {"description", "null when there was nothing to measure"}}},
        {"base", {{"type", "integer"}, {"description", "persons or episodes a share is over"}}}}}};
  ordered_json table_info = {
      {"type", "object"},
      {"properties", {{"name", text}, {"description", text}, {"paragraph", text}}}};
  ordered_json dimension = {{"type", "object"},
                            {"properties",
                             {{"id", text},
                              {"name", text},
                              {"codes", texts},
                              {"labels", texts},
                              {"total", text},
                              {"sensitive", {{"type", "boolean"}}}}}};
  ordered_json cell = {
      {"type", "object"},
      {"required", {"codes", "value", "status"}},
      {"properties",
       {{"codes", {{"type", "array"}, {"items", text}, {"description", "one per dimension"}}},
        {"value", {{"type", "integer"}, {"minimum", 0}, {"nullable", true}}},
        {"status",
         {{"type", "string"},
          {"enum", {"F", "C", "D"}},
          {"description",
           "SDMX CONF_STATUS: F published; C withheld, could identify persons; D withheld, "
           "would reveal another cell. A withheld value is null"}}}}}};
  return {{"StatsIndicators",
           {{"type", "object"},
            {"properties",
             {{"period", text},
              {"indicators", {{"type", "array"}, {"items", std::move(indicator)}}}}}}},
          {"StatsTables",
           {{"type", "object"},
            {"properties", {{"tables", {{"type", "array"}, {"items", std::move(table_info)}}}}}}},
          {"StatsTable",
           {{"type", "object"},
            {"properties",
             {{"id", text},
              {"name", text},
              {"period", text},
              {"prepared", {{"type", "string"}, {"format", "date-time"}}},
              {"dimensions", {{"type", "array"}, {"items", std::move(dimension)}}},
              {"cells", {{"type", "array"}, {"items", std::move(cell)}}}}}}}};
}

}  // namespace haven::http
