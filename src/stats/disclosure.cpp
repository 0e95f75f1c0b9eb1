#include "haven/stats/disclosure.h"

#include <cmath>
#include <string>

namespace haven::stats {

Status validate(const Protection& protection) {
  if (protection.threshold == 0) {
    return Fail(ErrorCode::kInvalidField, "threshold",
                "the threshold must be at least 1 person (5 is usual)");
  }
  if (!(protection.interval > 0) || !std::isfinite(protection.interval)) {
    return Fail(ErrorCode::kInvalidField, "interval",
                "the protection interval must be a positive number of persons, not " +
                    std::to_string(protection.interval));
  }
  return Status::Ok();
}

Status mark_primary(Table& table, const Protection& protection) {
  if (Status valid = validate(protection); !valid) return valid;
  const std::vector<std::uint64_t>& values = table.values();
  std::vector<CellStatus>& status = table.status();
  const std::vector<Dimension>& dimensions = table.dimensions();
  for (std::size_t cell = 0; cell < table.size(); ++cell) {
    const std::uint64_t value = values[cell];
    if (value == 0) continue;
    if (value < protection.threshold) {
      status[cell] = CellStatus::kPrimary;
      continue;
    }
    for (std::size_t d = 0; d < dimensions.size(); ++d) {
      // A breakdown of one code says the same of everyone by definition: nothing to reveal.
      if (!dimensions[d].sensitive || dimensions[d].codes.size() < 2) continue;
      const std::uint32_t at = table.position(cell, d);
      const std::uint32_t total = table.total_position(d);
      if (at == total) continue;
      if (values[cell + (total - at) * table.stride(d)] == value) {
        status[cell] = CellStatus::kPrimary;
        break;
      }
    }
  }
  return Status::Ok();
}

}  // namespace haven::stats
