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

}  // namespace haven::http
