#include "haven/rules/obligation.h"

namespace haven::rules {

std::string_view status_name(AlertStatus status) {
  switch (status) {
    case AlertStatus::kOk:
      return "ok";
    case AlertStatus::kDue:
      return "due";
    case AlertStatus::kOverdue:
      return "overdue";
    case AlertStatus::kBreach:
      return "breach";
  }
  return "ok";
}

std::optional<AlertStatus> parse_status(std::string_view name) {
  for (auto status :
       {AlertStatus::kOk, AlertStatus::kDue, AlertStatus::kOverdue, AlertStatus::kBreach}) {
    if (status_name(status) == name) return status;
  }
  return std::nullopt;
}

std::optional<AlertStatus> status_at(const Obligation& o, Timestamp as_of) {
  if (as_of < o.opened_at) return std::nullopt;
  if (o.closed_at && *o.closed_at <= as_of) {
    switch (o.closure) {
      case Closure::kMet:
      case Closure::kEnded:
        // Met late, or released after the deadline had passed: the time over it stays on
        // record.
        return *o.closed_at <= o.due_at ? AlertStatus::kOk : AlertStatus::kBreach;
      case Closure::kNotApplicable:
        return AlertStatus::kOk;
      case Closure::kFailed:
        return AlertStatus::kBreach;
    }
  }
  return as_of < o.due_at ? AlertStatus::kDue : AlertStatus::kOverdue;
}

}  // namespace haven::rules
