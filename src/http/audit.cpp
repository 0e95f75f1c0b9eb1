// What the server writes to the audit log: each signed-in call, and each sign-in.

#include <cstdio>
#include <string>

#include "haven/core/text.h"
#include "http/problem.h"
#include "http/routes.h"

namespace haven::http {
namespace {

constexpr std::size_t kMaxPurposeBytes = 200;
constexpr std::size_t kMaxDetailBytes = 2000;

// Cut at a byte limit without splitting a UTF-8 sequence.
std::string clipped(std::string text, std::size_t max) {
  if (text.size() <= max) return text;
  std::size_t end = max;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  text.resize(end);
  return text + "…";
}

std::string query_of(const httplib::Request& req) {
  std::string query;
  for (const auto& [name, value] : req.params) {
    query += (query.empty() ? "" : "&") + name + "=" + value;
  }
  return query;
}

std::string action_of(const Route& route, int status) {
  if (status == 401 || status == 403) return "denied";
  if (route.method == "DELETE" && route.path == "/api/v1/session") return "sign_out";
  return route.method == "GET" ? "read" : "write";
}

std::string purpose_of(const httplib::Request& req) {
  std::string purpose = req.get_header_value("X-Haven-Purpose");
  if (!is_valid_utf8(purpose)) return "";
  return clipped(std::move(purpose), kMaxPurposeBytes);
}

}  // namespace

void audit_call(Api& api, const Route& route, const httplib::Request& req,
                const access::Session& caller, httplib::Response& res) {
  audit::Entry entry;
  entry.user = caller.user.name;
  entry.action = action_of(route, res.status);
  entry.target = clipped(req.path, kMaxDetailBytes);
  entry.address = req.remote_addr;
  entry.purpose = purpose_of(req);
  // Reads keep their query (what was searched for); writes what the server answered (the
  // events recorded), never what was sent — a password change must not land in the log.
  const bool ok = res.status >= 200 && res.status < 300;
  entry.detail = route.method == "GET" ? query_of(req) : ok ? res.body : "";
  if (!is_valid_utf8(entry.detail)) entry.detail.clear();
  entry.detail = clipped(std::move(entry.detail), kMaxDetailBytes);
  entry.status = res.status;
  if (auto written = api.audit.append(entry); !written) {
    std::fprintf(stderr, "haven http: cannot write the audit log: %s\n",
                 written.error().describe().c_str());
    res.body.clear();
    res.headers.erase("Content-Type");
    send_problem(res, Error{ErrorCode::kInternal, "",
                            "the audit log cannot be written, so nothing is answered", 0});
  }
}

Status audit_sign_in(Api& api, const httplib::Request& req, const std::string& name,
                     const char* action, int status) {
  audit::Entry entry;
  entry.user = is_valid_utf8(name) ? clipped(name, 64) : "-";
  entry.action = action;
  entry.target = "/api/v1/session";
  entry.address = req.remote_addr;
  entry.status = status;
  return api.audit.append(entry);
}

}  // namespace haven::http
