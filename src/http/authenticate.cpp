// Who calls, and whether they may: the session (bearer token or cookie), the permission
// table (data/access/permissions.txt) and, for cookie sessions, the CSRF token.

#include <sodium.h>

#include <algorithm>
#include <cctype>

#include "haven/access/permissions.h"
#include "http/problem.h"
#include "http/routes.h"

namespace haven::http {
namespace {

// Longest token worth looking up: ours are 64 hex digits.
constexpr std::size_t kMaxTokenLength = 128;

bool is_safe_method(std::string_view method) {
  return method == "GET" || method == "HEAD" || method == "OPTIONS";
}

// Compares secrets in time that does not depend on where they differ.
bool same_secret(std::string_view a, std::string_view b) {
  return a.size() == b.size() && sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

std::string cookie_value(const httplib::Request& req, std::string_view name) {
  const std::string header = req.get_header_value("Cookie");
  std::size_t at = 0;
  while (at < header.size()) {
    std::size_t end = header.find(';', at);
    if (end == std::string::npos) end = header.size();
    std::string_view pair(header.data() + at, end - at);
    while (pair.starts_with(' ')) pair.remove_prefix(1);
    if (pair.starts_with(name) && pair.size() > name.size() && pair[name.size()] == '=') {
      return std::string(pair.substr(name.size() + 1));
    }
    at = end + 1;
  }
  return "";
}

void send_unauthorized(httplib::Response& res, std::string message) {
  res.set_header("WWW-Authenticate", "Bearer realm=\"haven\"");
  send_problem(res, Error{ErrorCode::kUnauthorized, "", std::move(message), 0});
}

void send_forbidden(httplib::Response& res, std::string message) {
  send_problem(res, Error{ErrorCode::kForbidden, "", std::move(message), 0});
}

}  // namespace

std::string session_token(const httplib::Request& req) {
  const std::string authorization = req.get_header_value("Authorization");
  constexpr std::string_view kBearer = "Bearer ";
  if (authorization.starts_with(kBearer)) return authorization.substr(kBearer.size());
  if (!authorization.empty()) return authorization;  // refused below as malformed
  return cookie_value(req, kSessionCookie);
}

bool admit(Api& api, const Route& route, const httplib::Request& req, access::Session& caller,
           std::string& token, httplib::Response& res) {
  const access::RouteRule* rule = access::permissions().route(route.method, route.path);
  // Deny by default: a route the table forgot is no one's (the tests catch it first).
  if (rule == nullptr) {
    send_forbidden(res, "no permission is given for " + std::string(route.method) + " " +
                            std::string(route.path));
    return false;
  }
  if (rule->allowed.is_public) return true;

  token = session_token(req);
  if (token.empty()) {
    send_unauthorized(res, "sign in first: POST /api/v1/session, or send a bearer token");
    return false;
  }
  if (token.size() > kMaxTokenLength ||
      !std::all_of(token.begin(), token.end(), [](unsigned char c) { return std::isxdigit(c); })) {
    send_unauthorized(res, "the session token is malformed");
    return false;
  }
  auto session = api.accounts.session_of(token, api.ledger.clock().now());
  if (!session) {
    if (session.error().code == ErrorCode::kUnauthorized) {
      send_unauthorized(res,
                        "the session has ended (expired, revoked or signed out); sign in again");
    } else {
      send_problem(res, session.error());
    }
    return false;
  }
  caller = std::move(*session);
  const bool by_cookie = caller.kind == "cookie";
  if (by_cookie && !is_safe_method(req.method) &&
      !same_secret(req.get_header_value("X-CSRF-Token"), access::csrf_token_of(token))) {
    send_forbidden(res, "the X-CSRF-Token header is missing or wrong for this session");
    return false;
  }
  const bool changing_password =
      route.path == "/api/v1/account/password" || route.path == "/api/v1/session";
  if (by_cookie && caller.user.must_change_password && !changing_password) {
    send_forbidden(res, "choose your own password first: POST /api/v1/account/password");
    return false;
  }
  if (!rule->allowed.admits(caller.user.role)) {
    send_forbidden(res, "a " + caller.user.role + " may not " + std::string(route.method) + " " +
                            std::string(route.path));
    return false;
  }
  if (!rule->part.empty()) {
    auto viewer = viewer_of(api, caller);
    if (!viewer) {
      send_problem(res, viewer.error());
      return false;
    }
    // Case, referral, incident and tracing lists are not filtered by place yet: a user
    // limited to places is refused them rather than shown other places' records.
    if (!caller.user.places.empty()) {
      send_forbidden(res, "the " + rule->part +
                              " records are not yet limited to places; a user limited to places "
                              "sees persons and alerts only");
      return false;
    }
    if (!viewer->sees_part(rule->part)) {
      send_forbidden(res, "the " + rule->part + " records are behind the service firewall for " +
                              caller.user.agency + ", an enforcement agency");
      return false;
    }
  }
  return true;
}

}  // namespace haven::http
