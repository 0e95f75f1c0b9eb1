#pragma once
// A protection case's risk as Haven computes it when no caseworker has set one: from the
// person's vulnerabilities and their alerts open now. What raises the level is one table
// (src/rules/risk.cpp), so a supervisor can read why a case is marked critical.

#include <span>
#include <string>
#include <vector>

#include "haven/core/result.h"
#include "haven/core/time.h"
#include "haven/rules/evaluate.h"

namespace haven::store {
class Store;
}

namespace haven::rules {

struct Profile;

struct Risk {
  // low, medium, high or critical (domain::risk_levels()).
  std::string level = "low";
  // What raised it there: vulnerability codes and `rule status` of alerts.
  std::vector<std::string> reasons;
};

// The level from `vulnerabilities` (codes) and `alerts` (only due and overdue ones count:
// a breach already on record is not a present danger).
Risk computed_risk(std::span<const std::string> vulnerabilities, std::span<const Alert> alerts);

// `case_document` (a domain::CaseView document) with `computed_risk` added: the person's
// vulnerabilities from their record, their alerts as of `now` under `profile`.
Result<std::string> with_computed_risk(store::Store& store, const Profile& profile,
                                       const std::string& case_document, Timestamp now);

}  // namespace haven::rules
