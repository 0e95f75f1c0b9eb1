// Sign-in (POST /api/v1/session), who am I (GET), sign-out (DELETE), and changing one's own
// password (POST /api/v1/account/password).

#include <algorithm>
#include <initializer_list>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "haven/core/text.h"
#include "http/problem.h"
#include "http/routes.h"

namespace haven::http {
namespace {

using nlohmann::json;

constexpr std::size_t kMaxNameBytes = 64;
constexpr std::size_t kMaxPasswordBytes = 1024;

// The string fields of a small JSON object body, each required and within `max` bytes;
// sends the problem and returns false otherwise.
bool read_strings(std::string_view body, std::initializer_list<const char*> names, std::size_t max,
                  std::vector<std::string>& out, httplib::Response& res) {
  const json parsed = json::parse(body, nullptr, false);
  if (parsed.is_discarded() || !parsed.is_object()) {
    send_problem(
        res,
        Error{ErrorCode::kInvalidJson, "",
              "expected a JSON object with " + std::to_string(names.size()) + " string fields", 0});
    return false;
  }
  for (const auto& item : parsed.items()) {
    const std::string& key = item.key();
    if (std::find_if(names.begin(), names.end(), [&](const char* n) { return key == n; }) ==
        names.end()) {
      send_problem(res, Error{ErrorCode::kUnknownField, key, "is not a field of this request", 0});
      return false;
    }
  }
  for (const char* name : names) {
    auto found = parsed.find(name);
    if (found == parsed.end()) {
      send_problem(res, Error{ErrorCode::kMissingField, name, "is required", 0});
      return false;
    }
    if (!found->is_string() || found->get_ref<const std::string&>().size() > max) {
      send_problem(res, Error{ErrorCode::kInvalidField, name,
                              "must be a string of at most " + std::to_string(max) + " bytes", 0});
      return false;
    }
    out.push_back(found->get<std::string>());
  }
  return true;
}

json session_json(const access::Session& session) {
  const access::User& user = session.user;
  return json{{"user", user.name},
              {"role", user.role},
              {"agency", user.agency},
              {"places", user.places},
              {"kind", session.kind},
              {"must_change_password", user.must_change_password},
              {"expires_at", format_rfc3339(Timestamp{session.expires_at})}};
}

std::string cookie(const std::string& value, int max_age_seconds) {
  return std::string(kSessionCookie) + "=" + value +
         "; Path=/; HttpOnly; Secure; SameSite=Strict; Max-Age=" + std::to_string(max_age_seconds);
}

}  // namespace

void post_session(Api& api, const Routed& request, httplib::Response& res) {
  std::vector<std::string> fields;
  if (!read_strings(request.body, {"name", "password"}, kMaxPasswordBytes, fields, res)) return;
  const std::string& name = fields[0];
  if (name.size() > kMaxNameBytes || !is_valid_utf8(name)) {
    return send_problem(res, Error{ErrorCode::kInvalidField, "name", "is not a user name", 0});
  }
  const std::string& address = request.req.remote_addr;
  const Timestamp now = api.ledger.clock().now();
  if (std::int64_t wait = api.throttle.wait_seconds(name, address, now); wait > 0) {
    res.set_header("Retry-After", std::to_string(wait));
    send_problem(
        res,
        Error{ErrorCode::kTooManyRequests, "",
              "too many failed sign-ins; try again in " + std::to_string(wait) + " seconds", 0});
    (void)audit_sign_in(api, request.req, name, "sign_in_throttled", res.status);
    return;
  }
  auto opened = api.accounts.open_session(name, fields[1], now);
  if (!opened) {
    if (opened.error().code == ErrorCode::kUnauthorized) api.throttle.failed(name, address, now);
    send_problem(res, opened.error());
    (void)audit_sign_in(api, request.req, name, "sign_in_failed", res.status);
    return;
  }
  // A sign-in that cannot be recorded does not happen.
  if (auto ok = audit_sign_in(api, request.req, name, "sign_in", 201); !ok) {
    (void)api.accounts.end_session(opened->token);
    return send_problem(res, ok.error());
  }
  api.throttle.succeeded(name);
  res.set_header("Set-Cookie", cookie(opened->token, access::kSessionHours * 3600));
  json body = session_json(opened->session);
  body["csrf_token"] = opened->csrf_token;
  send_json(res, 201, body.dump());
}

void get_session(Api&, const Routed& request, httplib::Response& res) {
  json body = session_json(*request.caller);
  if (request.caller->kind == "cookie") body["csrf_token"] = access::csrf_token_of(request.token);
  send_json(res, 200, body.dump());
}

void delete_session(Api& api, const Routed& request, httplib::Response& res) {
  if (auto ok = api.accounts.end_session(request.token); !ok) {
    return send_problem(res, ok.error());
  }
  res.set_header("Set-Cookie", cookie("", 0));
  res.status = 204;
}

void post_password(Api& api, const Routed& request, httplib::Response& res) {
  std::vector<std::string> fields;
  if (!read_strings(request.body, {"current_password", "password"}, kMaxPasswordBytes, fields,
                    res)) {
    return;
  }
  if (auto ok = api.accounts.change_password(request.caller->user.name, fields[0], fields[1],
                                             request.token);
      !ok) {
    return send_problem(res, ok.error());
  }
  res.status = 204;
}

}  // namespace haven::http
