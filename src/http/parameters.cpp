// Query parameters read the same way by every route that takes them.

#include <algorithm>
#include <charconv>

#include "http/problem.h"
#include "http/routes.h"

namespace haven::http {
namespace {

// The largest page any list returns.
constexpr int kMaxLimit = 1000;

}  // namespace

bool known_parameters(const httplib::Request& req, std::span<const std::string_view> known,
                      httplib::Response& res) {
  for (const auto& [name, value] : req.params) {
    if (std::find(known.begin(), known.end(), name) == known.end()) {
      std::string list;
      for (auto k : known) list += (list.empty() ? "" : ", ") + std::string(k);
      send_bad_parameter(res, name, "unknown query parameter (known: " + list + ")");
      return false;
    }
    if (req.get_param_value_count(name) > 1) {
      send_bad_parameter(res, name, "given more than once");
      return false;
    }
  }
  return true;
}

bool read_flag(const httplib::Request& req, const char* name, bool& out, httplib::Response& res) {
  const std::string value = req.get_param_value(name);
  if (value.empty()) return true;
  if (value != "true" && value != "false") {
    send_bad_parameter(res, name, "must be true or false");
    return false;
  }
  out = value == "true";
  return true;
}

bool read_limit(const httplib::Request& req, int& out, httplib::Response& res) {
  const std::string limit = req.get_param_value("limit");
  if (limit.empty()) return true;
  int value = 0;
  auto [end, error] = std::from_chars(limit.data(), limit.data() + limit.size(), value);
  if (error != std::errc() || end != limit.data() + limit.size() || value < 1 ||
      value > kMaxLimit) {
    send_bad_parameter(res, "limit", "must be a whole number from 1 to 1000");
    return false;
  }
  out = value;
  return true;
}

}  // namespace haven::http
