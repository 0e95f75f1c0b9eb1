// The `paths` of the OpenAPI document and the response schemas they refer to.

#include <array>
#include <string>

#include "http/openapi_parts.h"

namespace haven::http {

using nlohmann::ordered_json;

ordered_json ref(const char* schema) {
  return {{"$ref", std::string("#/components/schemas/") + schema}};
}

ordered_json json_content(ordered_json schema) {
  return {{"application/json", {{"schema", std::move(schema)}}}};
}

ordered_json ok_response(const char* description, const char* schema) {
  return {{"description", description}, {"content", json_content(ref(schema))}};
}

ordered_json problem(const char* description) {
  return {{"description", description},
          {"content", {{"application/problem+json", {{"schema", ref("Problem")}}}}}};
}

ordered_json query(const char* name, ordered_json schema, const char* description) {
  return {{"name", name},
          {"in", "query"},
          {"required", false},
          {"schema", std::move(schema)},
          {"description", description}};
}

namespace {

using domain::FieldKind;
using domain::FieldSpec;

ordered_json id_parameter(const char* record) {
  return {{"name", "id"},
          {"in", "path"},
          {"required", true},
          {"schema", {{"type", "string"}, {"pattern", "^[A-Za-z0-9_.:/-]{1,64}$"}}},
          {"description", std::string("the ") + record + "'s id (a `/` in it may be sent as %2F)"}};
}

ordered_json get_record(const char* summary, const char* record, const char* schema) {
  return {{"get",
           {{"summary", summary},
            {"parameters", ordered_json::array({id_parameter(record)})},
            {"responses",
             {{"200", ok_response("found", schema)},
              {"404", problem(std::string("no such ").append(record).c_str())},
              {"500", problem("the store failed")}}}}}};
}

ordered_json health_item() {
  return {{"get",
           {{"summary", "Liveness and size of the database"},
            {"security", ordered_json::array()},
            {"responses",
             {{"200", ok_response("the server and its store answer", "Health")},
              {"500", problem("the store failed")}}}}}};
}

ordered_json alerts_item() {
  ordered_json parameters = ordered_json::array(
      {query("as_of", {{"type", "string"}}, "RFC 3339 time or date (end of day); default now"),
       query("known_at", {{"type", "string"}}, "judge with only the facts recorded by this time"),
       query("rule", {{"type", "string"}}, "only this rule id"),
       query("status", {{"type", "string"}, {"enum", {"ok", "due", "overdue", "breach"}}},
             "only this status"),
       query("person", {{"type", "string"}}, "only this person's alerts"),
       query("all", {{"type", "boolean"}}, "include obligations met in time")});
  return {{"get",
           {{"summary", "Legal deadlines due, overdue or breached as of a moment, with citations"},
            {"parameters", std::move(parameters)},
            {"responses",
             {{"200", ok_response("alerts, by due time", "AlertList")},
              {"400", problem("a parameter is malformed; `field` names it")},
              {"404", problem("the person does not exist")},
              {"500", problem("the store failed")}}}}}};
}

ordered_json cases_item() {
  ordered_json parameters = ordered_json::array(
      {query("caseworker", {{"type", "string"}}, "only this caseworker's cases"),
       query("unassigned", {{"type", "boolean"}}, "only cases nobody is assigned to"),
       query("status",
             {{"type", "string"},
              {"enum", {"open", "active", "closure_requested", "closed", "reopened"}}},
             "only this status"),
       query("risk", {{"type", "string"}, {"enum", {"low", "medium", "high", "critical"}}},
             "only cases a caseworker set at this risk level"),
       query("person", {{"type", "string"}}, "only this person's cases"),
       query("due_before", {{"type", "string"}, {"format", "date"}},
             "only cases with a plan action still to do due before this date"),
       query("overdue", {{"type", "boolean"}}, "only cases with a plan action overdue today"),
       query("limit", {{"type", "integer"}, {"minimum", 1}, {"maximum", 1000}},
             "page size (default 50)")});
  return {{"get",
           {{"summary", "Protection cases for a work list, earliest open plan action first"},
            {"parameters", std::move(parameters)},
            {"responses",
             {{"200", ok_response("`{\"cases\": [case]}`", "Record")},
              {"400", problem("a parameter is malformed or unknown; `field` names it")},
              {"500", problem("the store failed")}}}}}};
}

ordered_json queue_item() {
  ordered_json parameters = ordered_json::array(
      {query("caseworker", {{"type", "string"}}, "whose queue (required until sign-in)")});
  parameters[0]["required"] = true;
  return {{"get",
           {{"summary",
             "A caseworker's queue: open plan actions, open alerts and tracing leads "
             "(kind tracing_sought: the case's person may be the one an open request seeks; "
             "tracing_requester: a request they made has a candidate to decide on) on the "
             "persons of their cases, overdue first, then by due time"},
            {"parameters", std::move(parameters)},
            {"responses",
             {{"200", ok_response("`{caseworker, as_of, items: [{kind, case_id, person_id, ref, "
                                  "what, due_at, status, cites}]}`",
                                  "Record")},
              {"400", problem("the caseworker is missing, or a parameter is unknown")},
              {"500", problem("the store failed")}}}}}};
}

ordered_json list_item(const char* summary, ordered_json parameters, const char* shape) {
  return {{"get",
           {{"summary", summary},
            {"parameters", std::move(parameters)},
            {"responses",
             {{"200", ok_response(shape, "Record")},
              {"400", problem("a parameter is malformed or unknown; `field` names it")},
              {"500", problem("the store failed")}}}}}};
}

ordered_json string_enum(std::span<const std::string_view> values) {
  std::vector<std::string> out(values.begin(), values.end());
  return {{"type", "string"}, {"enum", out}};
}

ordered_json providers_item() {
  return list_item(
      "The services directory: providers by the help they give, language and place",
      ordered_json::array(
          {query("service", string_enum(domain::referral_services()), "only providers of it"),
           query("language", {{"type", "string"}}, "only providers working in it (ISO 639)"),
           query("country", {{"type", "string"}}, "only providers there (ISO 3166-1 alpha-3)")}),
      "`{\"providers\": [provider]}`, by id");
}

ordered_json referrals_item() {
  return list_item(
      "Referrals: those awaiting a provider's answer are status=made",
      ordered_json::array(
          {query("provider", {{"type", "string"}}, "only referrals to this provider"),
           query("person", {{"type", "string"}}, "only this person's referrals"),
           query("status",
                 {{"type", "string"},
                  {"enum", {"made", "accepted", "declined", "completed", "withdrawn"}}},
                 "only this status"),
           query("service", string_enum(domain::referral_services()), "only this service"),
           query("limit", {{"type", "integer"}, {"minimum", 1}, {"maximum", 1000}},
                 "page size (default 50)")}),
      "`{\"referrals\": [referral]}`, oldest first");
}

ordered_json incidents_item() {
  return list_item(
      "Incidents, by category, stage of the justice track, country, route or victim",
      ordered_json::array(
          {query("category", string_enum(domain::incident_categories()), "only this category"),
           query("stage",
                 {{"type", "string"},
                  {"enum",
                   {"reported", "reported_to_authorities", "investigated", "prosecuted",
                    "convicted", "closed_without_action"}}},
                 "only incidents whose justice track stands here"),
           query("country", {{"type", "string"}}, "where it happened (ISO 3166-1 alpha-3)"),
           query("route", {{"type", "string"}}, "the migration route recorded"),
           query("victim", {{"type", "string"}}, "a registered person among the victims"),
           query("limit", {{"type", "integer"}, {"minimum", 1}, {"maximum", 1000}},
                 "page size (default 50)")}),
      "`{\"incidents\": [incident]}`, by id");
}

ordered_json screening_forms_item() {
  ordered_json item =
      list_item("The screening forms this installation can use", ordered_json::array(),
                "`{\"forms\": [{form, version, title, "
                "source, questions, builtin}]}`");
  item["post"] = {
      {"summary", "Add a screening form (or a new version of one); a version never changes"},
      {"requestBody",
       {{"required", true},
        {"content", json_content({{"type", "object"}, {"description", "docs/screening.md"}})}}},
      {"responses",
       {{"201", ok_response("the form's summary", "Record")},
        {"422", problem("the form does not check, or that version exists with other content")},
        {"500", problem("the store failed")}}}};
  return item;
}

ordered_json screening_form_item() {
  ordered_json item = get_record(
      "A screening form's definition (the latest version unless "
      "?version= says)",
      "screening form", "Record");
  item["get"]["parameters"].push_back(
      query("version", {{"type", "integer"}, {"minimum", 1}}, "which version"));
  return item;
}

ordered_json law_instruments_item() {
  return {{"get",
           {{"summary", "The resolutions and treaties Haven cites"},
            {"responses", {{"200", ok_response("the catalogue, resolutions first", "Record")}}}}}};
}

ordered_json law_provision_item() {
  ordered_json parameter = {
      {"name", "id"},
      {"in", "path"},
      {"required", true},
      {"schema", {{"type", "string"}}},
      {"description",
       "a citation id such as `A/RES/66/172 op.4(g)` or `VCCR art.36(1)(b)` (send its space as "
       "%20; its slashes as they are or as %2F)"}};
  return {{"get",
           {{"summary", "The words of a provision, by citation id"},
            {"parameters", ordered_json::array({std::move(parameter)})},
            {"responses",
             {{"200", ok_response("the provision and its instrument", "Record")},
              {"404", problem("no provision has that id")}}}}}};
}

ordered_json law_coverage_item() {
  return {{"get",
           {{"summary", "What in Haven serves each operative paragraph of resolution 66/172"},
            {"responses",
             {{"200", ok_response("one row per paragraph and sub-paragraph", "Record")}}}}}};
}

ordered_json events_item() {
  ordered_json body = {
      {"required", true},
      {"description",
       "One event, an array of events, or JSON Lines (Content-Type application/x-ndjson). "
       "The batch is recorded whole or not at all."},
      {"content",
       {{"application/json", {{"schema", ref("EventsRequest")}}},
        {"application/x-ndjson", {{"schema", {{"type", "string"}}}}}}}};
  return {{"post",
           {{"summary", "Record events"},
            {"requestBody", std::move(body)},
            {"responses",
             {{"201", ok_response("every event was recorded", "EventsRecorded")},
              {"400", problem("not JSON, not UTF-8, nested too deep, or an empty array")},
              {"409", problem("an id the batch creates exists already")},
              {"413", problem("the body is over the size limit")},
              {"422", problem("an event breaks the vocabulary or names an unknown record; "
                              "`errors` lists every problem with its `index`")},
              {"500", problem("the store failed; nothing was written")}}}}}};
}

ordered_json persons_item() {
  ordered_json parameters = ordered_json::array(
      {query("q", {{"type", "string"}, {"maxLength", 200}},
             "words that must all occur in the person's names (case, accents and script "
             "ignored)"),
       query("nationality", {{"type", "string"}, {"pattern", "^[A-Z]{3}$"}}, "ISO 3166-1 alpha-3"),
       query("status", ordered_json{{"type", "string"}}, "migration status"),
       query("detained", {{"type", "boolean"}},
             "only persons deprived of liberty now (true) "
             "or not (false)"),
       query("limit", {{"type", "integer"}, {"minimum", 1}, {"maximum", 1000}, {"default", 50}},
             "page size"),
       query("cursor", {{"type", "string"}}, "`next_cursor` of the previous page")});
  std::vector<std::string> statuses;
  for (std::string_view status : domain::migration_statuses()) statuses.emplace_back(status);
  parameters[2]["schema"]["enum"] = statuses;
  return {{"get",
           {{"summary", "Find persons"},
            {"parameters", std::move(parameters)},
            {"responses",
             {{"200", ok_response("a page of persons, in registration order", "PersonPage")},
              {"400", problem("a query parameter is malformed; `field` names it")},
              {"500", problem("the store failed")}}}}}};
}

ordered_json openapi_item() {
  return {{"get",
           {{"summary", "This document"},
            {"responses",
             {{"200",
               {{"description", "OpenAPI 3.0.3"},
                {"content", json_content({{"type", "object"}})}}}}}}}};
}

ordered_json json_body(ordered_json properties) {
  ordered_json required = ordered_json::array();
  for (const auto& [name, schema] : properties.items()) required.push_back(name);
  return {{"required", true},
          {"content", json_content({{"type", "object"},
                                    {"properties", std::move(properties)},
                                    {"required", std::move(required)},
                                    {"additionalProperties", false}})}};
}

ordered_json session_item() {
  const ordered_json text = {{"type", "string"}};
  ordered_json sign_in = {
      {"summary", "Sign in: opens a session cookie (HttpOnly, Secure, SameSite=Strict)"},
      {"security", ordered_json::array()},
      {"requestBody", json_body({{"name", text}, {"password", text}})},
      {"responses",
       {{"201", ok_response("signed in; `csrf_token` must be sent as X-CSRF-Token on every "
                            "POST, PUT, PATCH and DELETE made with the cookie",
                            "Session")},
        {"400", problem("the body is not a JSON object of the two fields")},
        {"401", problem("the name or password is wrong (the answer does not say which)")},
        {"422", problem("a field is missing or malformed; `field` names it")},
        {"429", problem("too many failed sign-ins for the name or address; see Retry-After")}}}};
  ordered_json who = {
      {"summary", "The signed-in user and their session"},
      {"responses",
       {{"200", ok_response("the session", "Session")}, {"401", problem("no valid session")}}}};
  ordered_json sign_out = {
      {"summary", "Sign out: ends this session"},
      {"responses",
       {{"204", {{"description", "signed out"}}}, {"401", problem("no valid session")}}}};
  return {{"post", std::move(sign_in)}, {"get", std::move(who)}, {"delete", std::move(sign_out)}};
}

ordered_json password_item() {
  const ordered_json text = {{"type", "string"}};
  return {{"post",
           {{"summary",
             "Change one's own password (required after a one-time password); ends the "
             "user's other sessions"},
            {"requestBody", json_body({{"current_password", text}, {"password", text}})},
            {"responses",
             {{"204", {{"description", "changed"}}},
              {"401", problem("no valid session")},
              {"422", problem("the current password is wrong, or the new one is too short, too "
                              "common or contains the user's name; `field` names it")}}}}}};
}

ordered_json audit_item() {
  const ordered_json text = {{"type", "string"}};
  ordered_json parameters = ordered_json::array(
      {query("user", text, "only this user's entries"),
       query("action", text,
             "only this action: sign_in, sign_in_failed, sign_in_throttled, sign_out, read, "
             "write, denied"),
       query("target", text, "only entries whose target starts with this (/api/v1/persons/P-1)"),
       query("since", text, "RFC 3339 time or date: entries at or after it"),
       query("until", text, "RFC 3339 time or date: entries before it"),
       query("after", {{"type", "integer"}, {"minimum", 0}},
             "entries after this seq (the previous page's next_after)"),
       query("limit", {{"type", "integer"}, {"minimum", 1}, {"maximum", 1000}},
             "page size (default 100)")});
  return {{"get",
           {{"summary",
             "The audit log: every sign-in, read and write, with who, when, from where and "
             "why, hash-chained (verify with `haven audit verify`)"},
            {"parameters", std::move(parameters)},
            {"responses",
             {{"200", ok_response("`{\"entries\": [entry], \"next_after\": seq|null}`, oldest "
                                  "first",
                                  "Record")},
              {"400", problem("a parameter is malformed; `field` names it")},
              {"401", problem("no valid session")},
              {"403", problem("only auditors and admins read the log")}}}}}};
}

}  // namespace

ordered_json path_items() {
  return {
      {"/api/v1/session", session_item()},
      {"/api/v1/account/password", password_item()},
      {"/api/v1/events", events_item()},
      {"/api/v1/persons", persons_item()},
      {"/api/v1/persons/possible-duplicates", possible_duplicates_item()},
      {"/api/v1/persons/{id}",
       get_record("A person and their timeline", "person", "PersonWithTimeline")},
      {"/api/v1/incidents", incidents_item()},
      {"/api/v1/incidents/{id}",
       get_record("An incident: what, when, where, victims and counts, source, and its "
                  "justice track",
                  "incident", "Record")},
      {"/api/v1/tracing-requests",
       list_item(
           "Tracing requests, by status",
           ordered_json::array(
               {query("status", {{"type", "string"}, {"enum", {"open", "matched", "reunified"}}},
                      "only this status"),
                query("limit", {{"type", "integer"}, {"minimum", 1}, {"maximum", 1000}},
                      "page size (default 50)")}),
           "`{\"tracing_requests\": [request]}`, by id")},
      {"/api/v1/tracing-requests/{id}",
       get_record("A family tracing request", "tracing request", "Record")},
      {"/api/v1/cases", cases_item()},
      {"/api/v1/cases/{id}",
       get_record("A protection case: caseworker, status, risk (set, and computed_risk from the "
                  "person's vulnerabilities and open alerts), plan, notes, closure",
                  "case", "Record")},
      {"/api/v1/queue", queue_item()},
      {"/api/v1/providers", providers_item()},
      {"/api/v1/providers/{id}", get_record("A service provider", "provider", "Record")},
      {"/api/v1/referrals", referrals_item()},
      {"/api/v1/referrals/{id}",
       get_record("A referral: consent, status, outcome, and whether the provider has access",
                  "referral", "Record")},
      {"/api/v1/screening-forms", screening_forms_item()},
      {"/api/v1/screening-forms/{id}", screening_form_item()},
      {"/api/v1/tracing-candidates/{id}",
       get_record("Registered persons the record-linkage engine finds may be the one a tracing "
                  "request seeks, most likely first, with why and any decision recorded; and the "
                  "open requests that answer this one",
                  "tracing request", "TracingCandidates")},
      {"/api/v1/returns/{id}",
       get_record("A person's returns, each with the assessments it needs, done or missing",
                  "person", "Record")},
      {"/api/v1/alerts", alerts_item()},
      {"/api/v1/dashboard", dashboard_item()},
      {"/api/v1/duplicates", duplicates_item()},
      {"/api/v1/audit", audit_item()},
      {"/api/v1/stats/indicators", stats_indicators_item()},
      {"/api/v1/stats/tables", stats_tables_item()},
      {"/api/v1/stats/tables/{name}", stats_table_item()},
      {"/api/v1/law/instruments", law_instruments_item()},
      {"/api/v1/law/provisions/{id}", law_provision_item()},
      {"/api/v1/law/coverage", law_coverage_item()},
      {"/api/v1/health", health_item()},
      {"/health", health_item()},
      {"/api/v1/openapi.json", openapi_item()},
      {"/",
       {{"get",
         {{"summary",
           "The web workspace (a single-page application; signs in with /api/v1/session)"},
          {"security", ordered_json::array()},
          {"responses",
           {{"200",
             {{"description", "HTML"},
              {"content", {{"text/html", {{"schema", {{"type", "string"}}}}}}}}}}}}}}},
      {"/assets/{id}",
       {{"get",
         {{"summary", "A script or style sheet of the web workspace, named by its content hash"},
          {"security", ordered_json::array()},
          {"parameters", ordered_json::array({{{"name", "id"},
                                               {"in", "path"},
                                               {"required", true},
                                               {"schema", {{"type", "string"}}}}})},
          {"responses",
           {{"200", {{"description", "JavaScript or CSS, cached for a year"}}},
            {"404", {{"description", "no such file"}}}}}}}}},
  };
}

ordered_json common_schemas() {
  ordered_json object = {{"type", "object"}, {"additionalProperties", true}};
  ordered_json problem_item = {
      {"type", "object"},
      {"properties",
       {{"code", {{"type", "string"}}},
        {"field", {{"type", "string"}}},
        {"message", {{"type", "string"}}},
        {"index", {{"type", "integer"}, {"description", "0-based position in the array"}}},
        {"line", {{"type", "integer"}, {"description", "1-based line of JSON Lines"}}}}}};
  ordered_json problem_schema = {
      {"type", "object"},
      {"required", ordered_json::array({"type", "title", "status", "code"})},
      {"properties",
       {{"type", {{"type", "string"}}},
        {"title", {{"type", "string"}}},
        {"status", {{"type", "integer"}}},
        {"detail", {{"type", "string"}}},
        {"code", {{"type", "string"}, {"description", "stable snake_case error code"}}},
        {"field", {{"type", "string"}, {"description", "the offending field or parameter"}}},
        {"errors", {{"type", "array"}, {"items", ref("ProblemItem")}}}}}};
  return {
      {"Problem", std::move(problem_schema)},
      {"ProblemItem", std::move(problem_item)},
      {"EventsRequest",
       {{"oneOf",
         ordered_json::array(
             {ref("Event"), {{"type", "array"}, {"items", ref("Event")}, {"minItems", 1}}})}}},
      {"Person",
       {{"type", "object"},
        {"additionalProperties", true},
        {"properties", {{"detention_clock", ref("DetentionClock")}}}}},
      {"TimelineEvent", object},
      {"Record", object},
      {"PersonWithTimeline",
       {{"type", "object"},
        {"properties",
         {{"person", ref("Person")},
          {"timeline", {{"type", "array"}, {"items", ref("TimelineEvent")}}},
          {"alerts",
           {{"type", "array"},
            {"items", ref("Alert")},
            {"description", "the person's alerts open now: due, overdue or breach"}}}}}}},
      {"AlertList", {{"type", "array"}, {"items", ref("Alert")}}},
      {"Alert",
       {{"type", "object"},
        {"required", ordered_json::array({"rule", "status", "due_at", "cites"})},
        {"properties",
         {{"rule", {{"type", "string"}}},
          {"status", {{"type", "string"}, {"enum", {"ok", "due", "overdue", "breach"}}}},
          {"person_id", {{"type", "string"}}},
          {"subject", {{"type", "string"}}},
          {"opened_at", {{"type", "string"}, {"format", "date-time"}}},
          {"due_at", {{"type", "string"}, {"format", "date-time"}}},
          {"closed_at", {{"type", "string"}, {"format", "date-time"}}},
          {"cites",
           {{"type", "array"},
            {"items", {{"type", "string"}}},
            {"description", "citation ids; GET /api/v1/law/provisions/{id} gives the words"}}},
          {"detail", {{"type", "string"}}}}}}},
      {"PersonPage",
       {{"type", "object"},
        {"properties",
         {{"persons", {{"type", "array"}, {"items", ref("Person")}}},
          {"next_cursor", {{"type", "string"}, {"nullable", true}}}}}}},
      {"Health",
       {{"type", "object"},
        {"properties",
         {{"status", {{"type", "string"}}},
          {"version", {{"type", "string"}}},
          {"events", {{"type", "integer"}}},
          {"persons", {{"type", "integer"}}}}}}},
      {"Session",
       {{"type", "object"},
        {"properties",
         {{"user", {{"type", "string"}}},
          {"role", {{"type", "string"}}},
          {"agency", {{"type", "string"}}},
          {"places", {{"type", "array"}, {"items", {{"type", "string"}}}}},
          {"kind", {{"type", "string"}, {"enum", {"cookie", "bearer"}}}},
          {"must_change_password", {{"type", "boolean"}}},
          {"expires_at", {{"type", "string"}, {"format", "date-time"}}},
          {"csrf_token", {{"type", "string"}}}}}}},
  };
}

}  // namespace haven::http
