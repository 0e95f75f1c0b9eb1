#pragma once
// Alerts from kept obligations. Evaluating the rules over the whole log (evaluate.h) reads
// every event of every person; here each owner's obligations (a person's, an incident's)
// are kept in the store and found again only for the owners written since, so alerts as of
// any moment are a scan of one table, and a write costs the evaluation of the persons it
// touched. The answers are the same as evaluate_store's (tests/unit/rules/current_test.cpp
// checks them against each other).
//
// Kept obligations are valid under the profile they were made with: another profile (a
// `--profile` given to one command) or a question about what was known at an earlier time
// (`--known-at`) is answered from the log instead.

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "haven/core/result.h"
#include "haven/core/time.h"
#include "haven/rules/evaluate.h"

namespace haven::rules {

// Brings the kept obligations up to date: the owners written since the last refresh, those
// whose ongoing schedules (reviews of a detention still going on) came due by `now`, or
// everyone when `profile` (or the rules' revision) is not the one they were made with.
// Costs four look-ups when nothing changed; writes only when something did.
Status refresh_obligations(store::Store& store, const Profile& profile, Timestamp now,
                           const EvaluationProgress& progress = {});

// What `query` asks for, as evaluate_store answers it, from the kept obligations (refreshed
// first, as of `now`). With `query.known_at` set, the log answers.
Result<std::vector<Alert>> current_alerts(store::Store& store, const Profile& profile,
                                          const AlertQuery& query, Timestamp now,
                                          const EvaluationProgress& progress = {});

// How many alerts of one rule have one status.
struct AlertCount {
  std::string rule;
  AlertStatus status = AlertStatus::kDue;
  std::int64_t count = 0;
};

// Alerts counted by rule and status, in the catalogue's order, then due, overdue, breach, ok.
std::vector<AlertCount> count_alerts(std::span<const Alert> alerts);

// The alerts `query` asks for, counted by rule and status (in the catalogue's order, then
// due, overdue, breach, ok), without listing them.
Result<std::vector<AlertCount>> count_current_alerts(store::Store& store, const Profile& profile,
                                                     const AlertQuery& query, Timestamp now,
                                                     const EvaluationProgress& progress = {});

}  // namespace haven::rules
