// What makes a case's risk high: the table below, read top-down for each level.
#include "haven/rules/risk.h"

#include <algorithm>
#include <array>
#include <nlohmann/json.hpp>

#include "haven/rules/current.h"
#include "haven/store/store.h"

namespace haven::rules {
namespace {

using nlohmann::json;

// Victims of crimes that op.7 of A/RES/66/172 calls for help with, and children on their
// own (op.5(e)): high by themselves, critical when an obligation towards them is overdue.
constexpr std::array<std::string_view, 8> kHighVulnerabilities = {
    "trafficking_victim", "kidnapping_victim", "torture_survivor",    "sgbv_survivor",
    "forced_labour",      "debt_bondage",      "unaccompanied_child", "separated_child"};
// Situations that call for care (op.5): medium by themselves.
constexpr std::array<std::string_view, 8> kMediumVulnerabilities = {
    "child",        "pregnant",        "disability",       "serious_illness",
    "older_person", "smuggling_abuse", "extortion_victim", "stateless"};
// Overdue duties that put a person in present danger: critical by themselves.
constexpr std::array<std::string_view, 2> kCriticalRules = {"detention.child_detained",
                                                            "victim.no_assistance"};

constexpr std::array<std::string_view, 4> kLevels = {"low", "medium", "high", "critical"};

template <std::size_t N>
bool among(const std::array<std::string_view, N>& table, std::string_view value) {
  return std::find(table.begin(), table.end(), value) != table.end();
}

}  // namespace

Risk computed_risk(std::span<const std::string> vulnerabilities, std::span<const Alert> alerts) {
  std::array<std::vector<std::string>, kLevels.size()> why;
  bool high_vulnerability = false;
  for (const auto& code : vulnerabilities) {
    if (among(kHighVulnerabilities, code)) {
      why[2].push_back(code);
      high_vulnerability = true;
    } else if (among(kMediumVulnerabilities, code)) {
      why[1].push_back(code);
    }
  }
  for (const auto& alert : alerts) {
    const std::string said = alert.rule + " " + std::string(status_name(alert.status));
    if (alert.status == AlertStatus::kOverdue) {
      // An overdue duty to a person already at high risk, or one of the critical ones.
      const bool critical = high_vulnerability || among(kCriticalRules, alert.rule);
      why[critical ? 3 : 2].push_back(said);
    } else if (alert.status == AlertStatus::kDue) {
      why[1].push_back(said);
    }
  }
  Risk risk;
  for (std::size_t level = kLevels.size(); level-- > 1;) {
    if (!why[level].empty()) {
      risk.level = std::string(kLevels[level]);
      risk.reasons = std::move(why[level]);
      if (level == 3) {
        // Say what made the person vulnerable too, not only what is overdue.
        risk.reasons.insert(risk.reasons.end(), why[2].begin(), why[2].end());
      }
      break;
    }
  }
  return risk;
}

Result<std::string> with_computed_risk(store::Store& store, const Profile& profile,
                                       const std::string& case_document, Timestamp now) {
  json doc = json::parse(case_document, nullptr, false);
  if (doc.is_discarded() || !doc.is_object()) {
    return Fail(ErrorCode::kInternal, "", "a stored case is not a JSON object");
  }
  const std::string person_id = doc.value("person_id", "");
  std::vector<std::string> vulnerabilities;
  auto person = store.person_document(person_id);
  if (!person) return person.error();
  if (*person) {
    const json p = json::parse(**person, nullptr, false);
    if (p.is_object() && p.contains("vulnerabilities") && p["vulnerabilities"].is_array()) {
      for (const auto& code : p["vulnerabilities"]) {
        if (code.is_string()) vulnerabilities.push_back(code.get<std::string>());
      }
    }
  }
  AlertQuery query;
  query.as_of = now;
  query.person_id = person_id;
  auto alerts = current_alerts(store, profile, query, now);
  if (!alerts) return alerts.error();
  const Risk risk = computed_risk(vulnerabilities, *alerts);
  doc["computed_risk"] = {{"level", risk.level}, {"reasons", risk.reasons}};
  return doc.dump();
}

}  // namespace haven::rules
