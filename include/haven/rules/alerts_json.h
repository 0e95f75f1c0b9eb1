#pragma once
// The JSON form of alerts, shared by `haven alerts --format json` and GET /api/v1/alerts:
// `[{"rule", "status", "person_id", "subject", "opened_at", "due_at", "closed_at"?,
// "cites": [ids], "detail"}]`.

#include <iosfwd>
#include <span>
#include <string>

#include "haven/rules/current.h"
#include "haven/rules/evaluate.h"

namespace haven::rules {

std::string alerts_json(std::span<const Alert> alerts);
// The same written to `out` one alert at a time, so a million alerts need no second copy.
void write_alerts_json(std::ostream& out, std::span<const Alert> alerts);

// `[{"rule", "status", "count"}]`, as count_alerts gives them.
std::string alert_counts_json(std::span<const AlertCount> counts);

}  // namespace haven::rules
