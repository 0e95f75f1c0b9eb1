// The services directory and referrals (GET /api/v1/providers, /api/v1/referrals), screening
// forms (GET and POST /api/v1/screening-forms), tracing candidates
// (GET /api/v1/tracing-candidates/{request id}) and a person's returns with the assessments
// they need (GET /api/v1/returns/{person id}).

#include <array>
#include <nlohmann/json.hpp>
#include <string>

#include "haven/casework/records.h"
#include "haven/casework/registry.h"
#include "haven/casework/returns.h"
#include "haven/casework/services.h"
#include "haven/casework/tracing.h"
#include "haven/core/ids.h"
#include "haven/screening/forms.h"
#include "http/problem.h"
#include "http/routes.h"

namespace haven::http {
namespace {

using nlohmann::json;

json summary_json(const screening::FormSummary& form) {
  return {{"form", form.form},     {"version", form.version},     {"title", form.title},
          {"source", form.source}, {"questions", form.questions}, {"builtin", form.builtin}};
}

}  // namespace

void find_providers(Api& api, const Routed& request, httplib::Response& res) {
  constexpr std::array<std::string_view, 3> kKnown = {"service", "language", "country"};
  if (!known_parameters(request.req, kKnown, res)) return;
  casework::ProviderFilter filter{request.req.get_param_value("service"),
                                  request.req.get_param_value("language"),
                                  request.req.get_param_value("country")};
  auto providers = casework::find_providers(api.ledger.store(), filter);
  if (!providers) return send_problem(res, providers.error());
  send_list(res, "providers", *providers);
}

void get_provider(Api& api, const Routed& request, httplib::Response& res) {
  if (!is_valid_id(request.id)) return send_not_found(res, "provider", request.id);
  send_document(api.ledger.store().provider_document(request.id), "provider", request.id, res);
}

void find_referrals(Api& api, const Routed& request, httplib::Response& res) {
  constexpr std::array<std::string_view, 5> kKnown = {"provider", "person", "status", "service",
                                                      "limit"};
  if (!known_parameters(request.req, kKnown, res)) return;
  store::ReferralQuery query;
  query.provider_id = request.req.get_param_value("provider");
  // A service provider's list is of the referrals made to it, whatever it asks for.
  const access::User& user = request.caller->user;
  if (user.role == "service_provider") {
    if (!query.provider_id.empty() && query.provider_id != user.represents) {
      return send_problem(res, Error{ErrorCode::kForbidden, "provider",
                                     "a service provider sees only the referrals made to it", 0});
    }
    query.provider_id = user.represents;
    if (query.provider_id.empty()) return send_list(res, "referrals", {});
  }
  query.person_id = request.req.get_param_value("person");
  query.status = request.req.get_param_value("status");
  query.service = request.req.get_param_value("service");
  if (!read_limit(request.req, query.limit, res)) return;
  auto referrals = casework::find_referrals(api.ledger.store(), query);
  if (!referrals) return send_problem(res, referrals.error());
  send_list(res, "referrals", *referrals);
}

void get_referral(Api& api, const Routed& request, httplib::Response& res) {
  if (!is_valid_id(request.id)) return send_not_found(res, "referral", request.id);
  auto document = api.ledger.store().referral_document(request.id);
  const access::User& user = request.caller->user;
  if (document && *document && user.role == "service_provider") {
    // Another provider's referral is answered as if there were none.
    const json referral = json::parse(**document, nullptr, false);
    if (!referral.is_object() || user.represents.empty() ||
        referral.value("provider_id", "") != user.represents) {
      return send_not_found(res, "referral", request.id);
    }
  }
  send_document(std::move(document), "referral", request.id, res);
}

void list_screening_forms(Api& api, const Routed& request, httplib::Response& res) {
  if (!known_parameters(request.req, {}, res)) return;
  auto forms = screening::list_forms(api.ledger.store());
  if (!forms) return send_problem(res, forms.error());
  json list = json::array();
  for (const auto& form : *forms) list.push_back(summary_json(form));
  send_json(res, 200, json{{"forms", std::move(list)}}.dump());
}

void get_screening_form(Api& api, const Routed& request, httplib::Response& res) {
  constexpr std::array<std::string_view, 1> kKnown = {"version"};
  if (!known_parameters(request.req, kKnown, res)) return;
  int version = 0;
  const std::string given = request.req.get_param_value("version");
  if (!given.empty()) {
    if (given.size() > 6 || given.find_first_not_of("0123456789") != std::string::npos ||
        std::stoi(given) < 1) {
      return send_bad_parameter(res, "version", "must be a whole number, 1 or more");
    }
    version = std::stoi(given);
  }
  auto form = screening::find_form(api.ledger.store(), request.id, version);
  if (!form) {
    if (form.error().code == ErrorCode::kUnknownForm) {
      return send_not_found(res, "screening form", request.id);
    }
    return send_problem(res, form.error());
  }
  send_json(res, 200, form->text);
}

void post_screening_form(Api& api, const Routed& request, httplib::Response& res) {
  if (!known_parameters(request.req, {}, res)) return;
  auto added = screening::add_form(api.ledger.store(), request.body);
  if (!added) return send_problem(res, added.error());
  send_json(res, 201, summary_json(*added).dump());
}

void get_tracing_candidates(Api& api, const Routed& request, httplib::Response& res) {
  constexpr std::array<std::string_view, 1> kKnown = {"limit"};
  if (!known_parameters(request.req, kKnown, res)) return;
  int limit = 20;
  if (!read_limit(request.req, limit, res)) return;
  if (!is_valid_id(request.id)) return send_not_found(res, "tracing request", request.id);
  const casework::Registry* registry = registry_now(api, res);
  if (registry == nullptr) return;
  store::Store& store = api.ledger.store();
  auto candidates = casework::tracing_candidates(store, *registry, request.id, limit);
  if (!candidates) {
    if (candidates.error().code == ErrorCode::kNotFound) {
      return send_not_found(res, "tracing request", request.id);
    }
    return send_problem(res, candidates.error());
  }
  auto mutual = casework::mutual_requests(store, *registry, request.id);
  if (!mutual) return send_problem(res, mutual.error());
  auto viewer = viewer_of(api, *request.caller);
  if (!viewer) return send_problem(res, viewer.error());
  const access::Viewer& seen_by = *viewer;
  auto body = casework::candidates_json(
      store, request.id, *candidates, *mutual,
      [&seen_by](const std::string& document) { return seen_by.shown(document); });
  if (!body) return send_problem(res, body.error());
  send_json(res, 200, std::move(*body));
}

void find_incidents(Api& api, const Routed& request, httplib::Response& res) {
  constexpr std::array<std::string_view, 6> kKnown = {"category", "stage",  "country",
                                                      "route",    "victim", "limit"};
  if (!known_parameters(request.req, kKnown, res)) return;
  casework::IncidentFilter filter;
  filter.category = request.req.get_param_value("category");
  filter.stage = request.req.get_param_value("stage");
  filter.country = request.req.get_param_value("country");
  filter.route = request.req.get_param_value("route");
  filter.victim = request.req.get_param_value("victim");
  if (!read_limit(request.req, filter.limit, res)) return;
  auto incidents = casework::find_incidents(api.ledger.store(), filter);
  if (!incidents) return send_problem(res, incidents.error());
  send_list(res, "incidents", *incidents);
}

void find_tracing_requests(Api& api, const Routed& request, httplib::Response& res) {
  constexpr std::array<std::string_view, 2> kKnown = {"status", "limit"};
  if (!known_parameters(request.req, kKnown, res)) return;
  int limit = 50;
  if (!read_limit(request.req, limit, res)) return;
  auto requests = casework::find_tracing_requests(api.ledger.store(),
                                                  request.req.get_param_value("status"), limit);
  if (!requests) return send_problem(res, requests.error());
  send_list(res, "tracing_requests", *requests);
}

void get_returns(Api& api, const Routed& request, httplib::Response& res) {
  if (!known_parameters(request.req, {}, res)) return;
  if (!is_valid_id(request.id)) return send_not_found(res, "person", request.id);
  auto body = casework::returns_json(api.ledger.store(), profile_of(api), request.id,
                                     api.ledger.clock().now());
  if (!body) {
    if (body.error().code == ErrorCode::kNotFound) {
      return send_not_found(res, "person", request.id);
    }
    return send_problem(res, body.error());
  }
  send_json(res, 200, std::move(*body));
}

}  // namespace haven::http
