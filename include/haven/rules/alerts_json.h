#pragma once
// The JSON form of alerts, shared by `haven alerts --format json` and GET /api/v1/alerts:
// `[{"rule", "status", "person_id", "subject", "opened_at", "due_at", "closed_at"?,
// "cites": [ids], "detail"}]`.

#include <span>
#include <string>

#include "haven/rules/evaluate.h"

namespace haven::rules {

std::string alerts_json(std::span<const Alert> alerts);

}  // namespace haven::rules
