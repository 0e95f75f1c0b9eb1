// GET /api/v1/queue (a caseworker's queue), GET /api/v1/cases (work lists: a caseworker's cases,
// unassigned ones, by status or risk, those with plan actions overdue) and GET /api/v1/cases/{id}.

#include <array>
#include <string>

#include "haven/casework/queue.h"
#include "haven/core/ids.h"
#include "haven/rules/risk.h"
#include "http/problem.h"
#include "http/routes.h"

namespace haven::http {
namespace {

constexpr std::array<std::string_view, 8> kCaseParameters = {
    "caseworker", "unassigned", "status", "risk", "person", "due_before", "overdue", "limit"};

bool read_case_search(Api& api, const httplib::Request& req, ledger::Ledger::CaseSearch& search,
                      httplib::Response& res) {
  if (!known_parameters(req, kCaseParameters, res)) return false;
  search.caseworker = req.get_param_value("caseworker");
  search.status = req.get_param_value("status");
  search.risk = req.get_param_value("risk");
  search.person_id = req.get_param_value("person");
  search.due_before = req.get_param_value("due_before");
  bool overdue = false;
  if (!read_flag(req, "unassigned", search.unassigned, res)) return false;
  if (!read_flag(req, "overdue", overdue, res)) return false;
  if (overdue) {
    if (!search.due_before.empty()) {
      send_bad_parameter(res, "overdue", "cannot be combined with due_before");
      return false;
    }
    // Overdue: due before today, as the server's clock has it.
    search.due_before = format_rfc3339(api.ledger.clock().now()).substr(0, 10);
  }
  if (!read_limit(req, search.limit, res)) return false;
  return true;
}

// The case as stored, with the risk Haven computes from the person's vulnerabilities and
// open alerts beside the one a caseworker may have set.
Result<std::string> with_risk(Api& api, const std::string& document) {
  return rules::with_computed_risk(api.ledger.store(), profile_of(api), document,
                                   api.ledger.clock().now());
}

}  // namespace

void find_cases(Api& api, const Routed& request, httplib::Response& res) {
  ledger::Ledger::CaseSearch search;
  if (!read_case_search(api, request.req, search, res)) return;
  auto cases = api.ledger.find_cases(search);
  if (!cases) return send_problem(res, cases.error());
  std::string body = "{\"cases\":[";
  for (std::size_t i = 0; i < cases->size(); ++i) {
    auto shown = with_risk(api, (*cases)[i]);
    if (!shown) return send_problem(res, shown.error());
    if (i > 0) body += ',';
    body += *shown;
  }
  body += "]}";
  send_json(res, 200, std::move(body));
}

void get_queue(Api& api, const Routed& request, httplib::Response& res) {
  constexpr std::array<std::string_view, 1> kQueueParameters = {"caseworker"};
  if (!known_parameters(request.req, kQueueParameters, res)) return;
  // Until sign-in (issue 6) says who is asking, the caseworker is named.
  const std::string caseworker = request.req.get_param_value("caseworker");
  if (caseworker.empty()) {
    return send_bad_parameter(res, "caseworker", "is required: whose queue to show");
  }
  const Timestamp now = api.ledger.clock().now();
  const casework::Registry* registry = registry_now(api, res);
  if (registry == nullptr) return;
  auto items =
      casework::caseworker_queue(api.ledger.store(), profile_of(api), caseworker, now, registry);
  if (!items) return send_problem(res, items.error());
  send_json(res, 200, casework::queue_json(caseworker, now, *items));
}

void get_case(Api& api, const Routed& request, httplib::Response& res) {
  if (!is_valid_id(request.id)) return send_not_found(res, "case", request.id);
  auto document = api.ledger.protection_case(request.id);
  if (!document) return send_problem(res, document.error());
  if (!document->has_value()) return send_not_found(res, "case", request.id);
  auto shown = with_risk(api, **document);
  if (!shown) return send_problem(res, shown.error());
  send_json(res, 200, std::move(*shown));
}

}  // namespace haven::http
