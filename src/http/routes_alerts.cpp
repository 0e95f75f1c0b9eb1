// GET /api/v1/alerts: alerts as of any moment from the kept obligations (the log answers
// known_at), with the CLI's filters; the open alerts of one person, for the person's view;
// what of them a viewer may see (the dashboard filters the same way); and the refresh that
// follows every write.

#include <array>
#include <iostream>
#include <map>

#include "haven/rules/alerts_json.h"
#include "haven/rules/catalogue.h"
#include "haven/rules/current.h"
#include "haven/rules/evaluate.h"
#include "haven/rules/profile.h"
#include "http/problem.h"
#include "http/routes.h"

namespace haven::http {
namespace {

Error bad(const std::string& field, std::string message) {
  return Error{ErrorCode::kBadRequest, field, std::move(message), 0};
}

Result<rules::AlertQuery> read_query(Api& api, const httplib::Request& req) {
  rules::AlertQuery query;
  query.as_of = api.ledger.clock().now();
  for (const auto& [name, value] : req.params) {
    if (name == "as_of" || name == "known_at") {
      auto t = parse_moment(value);
      if (!t) return bad(name, t.error().message);
      (name == "as_of" ? query.as_of : query.known_at.emplace()) = *t;
    } else if (name == "rule") {
      if (rules::find_rule(value) == nullptr) return bad(name, "no rule '" + value + "'");
      query.rule = value;
    } else if (name == "status") {
      query.status = rules::parse_status(value);
      if (!query.status) return bad(name, "must be ok, due, overdue or breach");
    } else if (name == "person") {
      auto exists = api.ledger.store().has_person(value);
      if (!exists) return exists.error();
      if (!*exists) return Error{ErrorCode::kNotFound, name, "no person '" + value + "'", 0};
      query.person_id = value;
    }
  }
  return query;
}

}  // namespace

Status keep_visible(Api& api, const access::Viewer& viewer, std::vector<rules::Alert>& alerts) {
  if (viewer.sees_whole()) return Status::Ok();
  std::map<std::string, bool> in_scope;
  Status failed = Status::Ok();
  std::erase_if(alerts, [&](const rules::Alert& alert) {
    if (!viewer.sees_family(alert.rule)) return true;
    if (alert.person_id.empty()) return !viewer.sees_part("incidents");
    auto [at, fresh] = in_scope.try_emplace(alert.person_id, false);
    if (fresh) {
      auto document = api.ledger.store().person_document(alert.person_id);
      if (!document) {
        failed = document.error();
      } else if (*document) {
        at->second = !viewer.shown(**document).empty();
      }
    }
    return !at->second;
  });
  return failed;
}

const rules::Profile& profile_of(const Api& api) {
  if (api.options.profile) return *api.options.profile;
  return *rules::builtin_profile("international");
}

void get_alerts(Api& api, const Routed& request, httplib::Response& res) {
  constexpr std::array<std::string_view, 6> kKnown = {"as_of",  "known_at", "rule",
                                                      "status", "person",   "all"};
  if (!known_parameters(request.req, kKnown, res)) return;
  auto query = read_query(api, request.req);
  if (!query) return send_problem(res, query.error());
  if (!read_flag(request.req, "all", query->all, res)) return;
  auto viewer = viewer_of(api, *request.caller);
  if (!viewer) return send_problem(res, viewer.error());
  auto alerts =
      rules::current_alerts(api.ledger.store(), profile_of(api), *query, api.ledger.clock().now());
  if (!alerts) return send_problem(res, alerts.error());
  if (auto kept = keep_visible(api, *viewer, *alerts); !kept) {
    return send_problem(res, kept.error());
  }
  send_json(res, 200, rules::alerts_json(*alerts));
}

Result<std::string> open_alerts_of(Api& api, const std::string& person_id,
                                   const access::Viewer& viewer) {
  rules::AlertQuery query;
  query.as_of = api.ledger.clock().now();
  query.person_id = person_id;
  auto alerts = rules::current_alerts(api.ledger.store(), profile_of(api), query, query.as_of);
  if (!alerts) return alerts.error();
  if (auto kept = keep_visible(api, viewer, *alerts); !kept) return kept.error();
  return rules::alerts_json(*alerts);
}

void refresh_alerts(Api& api) {
  auto ok =
      rules::refresh_obligations(api.ledger.store(), profile_of(api), api.ledger.clock().now());
  if (!ok) std::cerr << "haven: alerts not refreshed: " << ok.error().describe() << "\n";
}

}  // namespace haven::http
