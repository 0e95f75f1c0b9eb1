// Routing: the route table, dispatch by path and method (404 and 405 from the same table),
// bodies read within the limit, and problem+json for what httplib refuses by itself.

#include <algorithm>
#include <cstdint>
#include <cstdio>

#include "http/problem.h"
#include "http/routes.h"

#ifndef HAVEN_VERSION
#define HAVEN_VERSION "0.0.0"
#endif

namespace haven::http {
namespace {

constexpr Route kRoutes[] = {
    {"POST", "/api/v1/session", post_session, false},
    {"GET", "/api/v1/session", get_session, false},
    {"DELETE", "/api/v1/session", delete_session},
    {"POST", "/api/v1/account/password", post_password},
    {"POST", "/api/v1/events", post_events},
    {"GET", "/api/v1/persons", find_persons},
    {"GET", "/api/v1/persons/possible-duplicates", get_possible_duplicates},
    {"GET", "/api/v1/persons/{id}", get_person},
    {"GET", "/api/v1/incidents", find_incidents},
    {"GET", "/api/v1/incidents/{id}", get_incident},
    {"GET", "/api/v1/tracing-requests", find_tracing_requests},
    {"GET", "/api/v1/tracing-requests/{id}", get_tracing_request},
    {"GET", "/api/v1/cases", find_cases},
    {"GET", "/api/v1/cases/{id}", get_case},
    {"GET", "/api/v1/queue", get_queue},
    {"GET", "/api/v1/providers", find_providers},
    {"GET", "/api/v1/providers/{id}", get_provider},
    {"GET", "/api/v1/referrals", find_referrals},
    {"GET", "/api/v1/referrals/{id}", get_referral},
    {"GET", "/api/v1/screening-forms", list_screening_forms},
    {"POST", "/api/v1/screening-forms", post_screening_form},
    {"GET", "/api/v1/screening-forms/{id}", get_screening_form},
    {"GET", "/api/v1/tracing-candidates/{id}", get_tracing_candidates},
    {"GET", "/api/v1/returns/{id}", get_returns},
    {"GET", "/api/v1/alerts", get_alerts},
    {"GET", "/api/v1/dashboard", get_dashboard},
    {"GET", "/api/v1/duplicates", get_duplicates},
    {"GET", "/api/v1/audit", get_audit},
    {"GET", "/api/v1/stats/indicators", get_stats_indicators},
    {"GET", "/api/v1/stats/tables", get_stats_tables},
    {"GET", "/api/v1/stats/tables/{name}", get_stats_table},
    {"GET", "/api/v1/law/instruments", get_law_instruments, false},
    {"GET", "/api/v1/law/provisions/{id}", get_law_provision, false},
    {"GET", "/api/v1/law/coverage", get_law_coverage, false},
    {"GET", "/api/v1/health", get_health, false},
    {"GET", "/health", get_health, false},
    {"GET", "/api/v1/openapi.json", get_openapi, false},
    {"GET", "/", get_home, false},
    {"GET", "/assets/{id}", get_web_asset, false},
};

Error body_too_large(const ServerOptions& options) {
  return Error{
      ErrorCode::kPayloadTooLarge, "",
      "the request body is larger than " + std::to_string(options.max_body_bytes) + " bytes", 0};
}

// Reads the body through httplib's reader, keeping at most max_body_bytes: httplib 0.11
// would otherwise buffer a chunked body of any size before a route could refuse it. On
// failure sends the problem, and closes the connection when part of the body stays unread.
bool read_body(const ServerOptions& options, const httplib::Request& req,
               const httplib::ContentReader& reader, std::string& body, httplib::Response& res) {
  const std::uint64_t max = options.max_body_bytes;
  const std::uint64_t give_up = max + drain_allowance(options);
  if (req.has_header("Content-Length") &&
      req.get_header_value<std::uint64_t>("Content-Length") > give_up) {
    res.set_header("Connection", "close");
    send_problem(res, body_too_large(options));
    return false;
  }
  std::uint64_t received = 0;
  bool complete = reader([&](const char* data, std::size_t size) {
    received += size;
    if (received <= max) {
      body.append(data, size);
      return true;
    }
    return received <= give_up;
  });
  if (received <= max && complete) return true;
  if (!complete) res.set_header("Connection", "close");
  send_problem(res, received > max
                        ? body_too_large(options)
                        : Error{ErrorCode::kBadRequest, "", "the request body is incomplete", 0});
  return false;
}

}  // namespace

// Past the limit the rest of a body is still read and dropped, up to this much more, so
// that the client gets its 413: closing a socket with unread input sends a reset, which can
// destroy the response before the client reads it.
std::uint64_t drain_allowance(const ServerOptions& options) {
  return std::max<std::uint64_t>(options.max_body_bytes, 1 << 20);
}

// API answers concern people: no cache, proxy or browser history may keep them.
void add_cache_headers(const httplib::Request& req, httplib::Response& res) {
  if (req.path.starts_with("/api/") || req.path == "/health") {
    res.set_header("Cache-Control", "no-store");
  }
}

void send_internal_error(httplib::Response& res, const char* what) {
  // The cause goes to the operator's log, not to the client.
  std::fprintf(stderr, "haven http: unexpected error: %s\n", what);
  res.headers.erase("Content-Type");
  send_problem(res, Error{ErrorCode::kInternal, "", "an unexpected error occurred", 0});
}

// Routes a request through kRoutes. `reader` is set for methods that carry a body.
void dispatch(Api& api, const httplib::Request& req, httplib::Response& res,
              const httplib::ContentReader* reader) {
  add_cache_headers(req, res);
  if (req.path != "/health" && req.path != "/api/v1/health") {
    const std::int64_t wait = api.request_rate.admit(req.remote_addr, api.ledger.clock().now());
    if (wait > 0) {
      if (reader != nullptr) res.set_header("Connection", "close");
      res.set_header("Retry-After", std::to_string(wait));
      send_problem(res, Error{ErrorCode::kTooManyRequests, "",
                              "too many requests from this address: wait " + std::to_string(wait) +
                                  " s and try again",
                              0});
      return;
    }
  }
  std::string_view method = req.method;
  if (method == "HEAD") method = "GET";
  std::string allow;
  for (const Route& route : kRoutes) {
    std::string id;
    if (!match_path(route.path, req.path, &id)) continue;
    if (route.method != method) {
      if (!allow.empty()) allow += ", ";
      allow += route.method;
      continue;
    }
    try {
      access::Session caller;
      std::string token;
      if (!admit(api, route, req, caller, token, res)) {
        // The body, if any, stays unread.
        if (reader != nullptr) res.set_header("Connection", "close");
        // A signed-in user refused by the table is worth recording; anonymous knocks are not.
        if (!caller.user.name.empty()) audit_call(api, route, req, caller, res);
        return;
      }
      std::string body;
      if (reader != nullptr && !read_body(api.options, req, *reader, body, res)) return;
      const bool signed_in = !caller.user.name.empty();
      route.handler(
          api, Routed{req, std::move(id), body, signed_in ? &caller : nullptr, std::move(token)},
          res);
      if (signed_in && route.audited) audit_call(api, route, req, caller, res);
    } catch (const std::exception& e) {
      send_internal_error(res, e.what());
    } catch (...) {
      send_internal_error(res, "unknown exception");
    }
    return;
  }
  // The body, if any, stays unread.
  if (reader != nullptr) res.set_header("Connection", "close");
  if (allow.empty()) {
    send_problem(res, Error{ErrorCode::kNotFound, "", "no route for " + req.path, 0});
  } else if (req.method == "OPTIONS") {
    res.status = 204;
    res.set_header("Allow", allow + ", OPTIONS");
  } else {
    res.set_header("Allow", allow);
    send_problem(
        res, Error{ErrorCode::kMethodNotAllowed, "",
                   req.method + " is not allowed on " + req.path + " (allowed: " + allow + ")", 0});
  }
}

// Refusals httplib makes before any route runs (malformed request, body over the limit)
// come without a body; give them the same problem+json as every other error.
httplib::Server::HandlerResponse on_error(const ServerOptions& options, const httplib::Request& req,
                                          httplib::Response& res) {
  if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
  add_cache_headers(req, res);
  Error error{ErrorCode::kBadRequest, "", "the HTTP request is malformed", 0};
  if (res.status == 413) {
    error = body_too_large(options);
  } else if (res.status == 414) {
    error.message = "the request URI is too long";
  } else if (res.status == 404) {
    error = Error{ErrorCode::kNotFound, "", "no route for " + req.path, 0};
  } else if (res.status >= 500) {
    error = Error{ErrorCode::kInternal, "", "an unexpected error occurred", 0};
  }
  send_problem(res, error, res.status);
  return httplib::Server::HandlerResponse::Handled;
}

std::span<const Route> routes() { return kRoutes; }

bool match_path(std::string_view pattern, std::string_view path, std::string* id) {
  std::size_t brace = pattern.find('{');
  if (brace == std::string_view::npos) return pattern == path;
  std::string_view prefix = pattern.substr(0, brace);
  if (!path.starts_with(prefix) || path.size() == prefix.size()) return false;
  if (id != nullptr) *id = std::string(path.substr(prefix.size()));
  return true;
}

std::string_view api_version() { return HAVEN_VERSION; }

}  // namespace haven::http
