#include "haven/rules/alerts_json.h"

#include <nlohmann/json.hpp>

namespace haven::rules {

std::string alerts_json(std::span<const Alert> alerts) {
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  for (const auto& a : alerts) {
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
    out.push_back(std::move(alert));
  }
  return out.dump();
}

}  // namespace haven::rules
