#pragma once
// Age from an exact or partial birth date.

#include <optional>
#include <string_view>

#include "haven/core/time.h"

namespace haven::domain {

struct Age {
  // Completed years on the reference date.
  int years = 0;
  // True when the birth date is partial (`YYYY`, `YYYY-MM`) or marked as estimated.
  bool estimated = false;
};

// Age on `on` of a person born on `birth_date` (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
// A partial date counts from its latest possible day (31 December, or the month's last
// day): a person who may be a child is treated as one until an assessment says otherwise,
// the benefit of the doubt that CMW/CRC joint general comment 4/23 asks for. Returns
// nothing for an unreadable date or one after `on`.
std::optional<Age> age_on(std::string_view birth_date, bool estimated, CivilDate on);

// Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; returns the latest calendar day it allows.
Result<CivilDate> latest_day_of(std::string_view birth_date);

}  // namespace haven::domain
