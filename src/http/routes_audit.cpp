// GET /api/v1/audit: the audit log for auditors, filtered by user, action, target (a path
// prefix such as /api/v1/persons/P-1), time and position, oldest first, in pages.

#include <array>
#include <charconv>
#include <nlohmann/json.hpp>

#include "haven/core/text.h"
#include "http/problem.h"
#include "http/routes.h"

namespace haven::http {
namespace {

constexpr int kDefaultLimit = 100;
constexpr std::array<std::string_view, 7> kParameters = {"user",  "action", "target", "since",
                                                         "until", "after",  "limit"};

bool read_time(const httplib::Request& req, const char* name, std::int64_t& out,
               httplib::Response& res) {
  const std::string value = req.get_param_value(name);
  if (value.empty()) return true;
  auto moment = parse_moment(value);
  if (!moment) {
    send_bad_parameter(res, name, moment.error().message);
    return false;
  }
  out = moment->micros;
  return true;
}

nlohmann::json entry_json(const store::AuditRow& row) {
  return {{"seq", row.seq},         {"at", format_rfc3339(Timestamp{row.at})},
          {"user", row.user},       {"action", row.action},
          {"target", row.target},   {"address", row.address},
          {"purpose", row.purpose}, {"detail", row.detail},
          {"status", row.status},   {"hash", row.hash}};
}

}  // namespace

void get_audit(Api& api, const Routed& request, httplib::Response& res) {
  const httplib::Request& req = request.req;
  if (!known_parameters(req, kParameters, res)) return;
  store::AuditQuery query;
  query.user = req.get_param_value("user");
  query.action = req.get_param_value("action");
  query.target = req.get_param_value("target");
  for (const auto* text : {&query.user, &query.action, &query.target}) {
    if (!is_valid_utf8(*text) || text->size() > 1000) {
      return send_bad_parameter(res, "user, action or target",
                                "must be valid UTF-8 of at most 1000 bytes");
    }
  }
  if (!read_time(req, "since", query.since, res) || !read_time(req, "until", query.until, res)) {
    return;
  }
  if (const std::string after = req.get_param_value("after"); !after.empty()) {
    auto [end, error] = std::from_chars(after.data(), after.data() + after.size(), query.after);
    if (error != std::errc() || end != after.data() + after.size() || query.after < 0) {
      return send_bad_parameter(res, "after", "must be the seq of an entry (a whole number)");
    }
  }
  query.limit = kDefaultLimit;
  if (!read_limit(req, query.limit, res)) return;

  nlohmann::json entries = nlohmann::json::array();
  std::int64_t last = 0;
  auto visited = api.ledger.store().for_each_audit(query, [&](const store::AuditRow& row) {
    entries.push_back(entry_json(row));
    last = row.seq;
    return true;
  });
  if (!visited) return send_problem(res, visited.error());
  nlohmann::json body = {{"entries", std::move(entries)}};
  const bool full = static_cast<int>(body["entries"].size()) == query.limit;
  body["next_after"] = full ? nlohmann::json(last) : nlohmann::json(nullptr);
  send_json(res, 200, body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

}  // namespace haven::http
