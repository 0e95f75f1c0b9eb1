// GET /api/v1/incidents/{id}, /api/v1/tracing-requests/{id}, the health check and the
// OpenAPI document.

#include <string>

#include "haven/core/ids.h"
#include "http/problem.h"
#include "http/routes.h"

namespace haven::http {
void get_incident(Api& api, const Routed& request, httplib::Response& res) {
  if (!is_valid_id(request.id)) return send_not_found(res, "incident", request.id);
  send_document(api.ledger.incident(request.id), "incident", request.id, res);
}

void get_tracing_request(Api& api, const Routed& request, httplib::Response& res) {
  if (!is_valid_id(request.id)) return send_not_found(res, "tracing request", request.id);
  send_document(api.ledger.tracing_request(request.id), "tracing request", request.id, res);
}

void get_health(Api& api, const Routed&, httplib::Response& res) {
  // Counting reaches the store, so a health check also says the database answers.
  Result<store::Counts> counts = api.ledger.store().counts();
  if (!counts.ok()) return send_problem(res, counts.error());
  send_json(res, 200,
            "{\"status\":\"ok\",\"version\":\"" + std::string(api_version()) +
                "\",\"events\":" + std::to_string(counts->events) +
                ",\"persons\":" + std::to_string(counts->persons) + "}");
}

void get_openapi(Api&, const Routed&, httplib::Response& res) {
  send_json(res, 200, openapi_document());
}

void get_home(Api& api, const Routed&, httplib::Response& res) {
  Result<store::Counts> counts = api.ledger.store().counts();
  if (!counts.ok()) return send_problem(res, counts.error());
  // Static markup with no script and no outside resources, under a CSP that allows none.
  res.headers.erase("Content-Security-Policy");  // the server's default one allows no inline style
  res.set_header("Content-Security-Policy",
                 "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'");
  res.status = 200;
  res.set_content(
      "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
      "<title>Haven</title><style>body{font:16px/1.5 system-ui,sans-serif;max-width:40em;"
      "margin:3em auto;padding:0 1em}code{background:#f3f3f3;padding:0 .2em}</style></head>"
      "<body><h1>Haven</h1><p>Protection casework, detention oversight and statistics for "
      "migrants, under UN General Assembly resolution 66/172.</p><p>This database holds " +
          std::to_string(counts->persons) + " persons and " + std::to_string(counts->events) +
          " events.</p><ul>"
          "<li><a href=\"/api/v1/persons\">/api/v1/persons</a>: persons, searchable with "
          "<code>?q=</code>, <code>nationality=</code>, <code>status=</code>, "
          "<code>detained=</code></li>"
          "<li><a href=\"/api/v1/openapi.json\">/api/v1/openapi.json</a>: the API, "
          "described in OpenAPI 3</li>"
          "<li><a href=\"/health\">/health</a>: whether the server and its database answer"
          "</li></ul><p>The web workspace will be served here.</p></body></html>",
      "text/html; charset=utf-8");
}

}  // namespace haven::http
