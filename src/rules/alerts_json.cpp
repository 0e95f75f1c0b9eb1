#include "haven/rules/alerts_json.h"

#include <nlohmann/json.hpp>
#include <ostream>
#include <sstream>

namespace haven::rules {
namespace {

nlohmann::ordered_json alert_json(const Alert& a) {
  nlohmann::ordered_json cites = nlohmann::ordered_json::array();
  for (auto id : a.cites) cites.push_back(id);
  nlohmann::ordered_json alert = {{"rule", a.rule},
                                  {"status", status_name(a.status)},
                                  {"person_id", a.person_id},
                                  {"subject", a.subject},
                                  {"opened_at", format_rfc3339(a.opened_at)},
                                  {"due_at", format_rfc3339(a.due_at)}};
  if (a.closed_at) alert["closed_at"] = format_rfc3339(*a.closed_at);
  alert["cites"] = std::move(cites);
  alert["detail"] = a.detail;
  return alert;
}

}  // namespace

void write_alerts_json(std::ostream& out, std::span<const Alert> alerts) {
  out << '[';
  const char* separator = "";
  for (const auto& a : alerts) {
    out << separator << alert_json(a).dump();
    separator = ",";
  }
  out << ']';
}

std::string alerts_json(std::span<const Alert> alerts) {
  std::ostringstream out;
  write_alerts_json(out, alerts);
  return out.str();
}

std::string alert_counts_json(std::span<const AlertCount> counts) {
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  for (const auto& c : counts) {
    out.push_back({{"rule", c.rule}, {"status", status_name(c.status)}, {"count", c.count}});
  }
  return out.dump();
}

}  // namespace haven::rules
