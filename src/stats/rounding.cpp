// Controlled rounding: the interior is rounded as one running sum (each cell the difference
// of two rounded prefix sums), which picks up or down for each cell so that the errors do
// not pile up, and the totals are then added from the rounded cells, so they stay additive.
#include <string>

#include "haven/stats/disclosure.h"

namespace haven::stats {
namespace {

std::uint64_t nearest_multiple(std::uint64_t value, std::uint64_t base) {
  const std::uint64_t below = value / base * base;
  // Halves go up (only possible for even bases): the same rule everywhere.
  return value - below >= base - (value - below) ? below + base : below;
}

}  // namespace

Result<Table> round_to_base(const Table& table, unsigned base) {
  if (base != 3 && base != 5) {
    return Fail(ErrorCode::kInvalidField, "base",
                "controlled rounding is to base 3 or 5, not " + std::to_string(base));
  }
  Table rounded(table.id(), table.name(), table.dimensions());
  std::vector<std::uint64_t>& values = rounded.values();
  std::uint64_t running = 0;
  std::uint64_t running_rounded = 0;
  for (std::size_t cell = 0; cell < table.size(); ++cell) {
    if (!table.interior(cell)) continue;
    running += table.values()[cell];
    const std::uint64_t next = nearest_multiple(running, base);
    // The prefix sums' rounding never decreases, and a cell that is already a multiple of
    // the base moves both sums alike, so it is kept.
    values[cell] = next - running_rounded;
    running_rounded = next;
  }
  rounded.add_margins();
  return rounded;
}

}  // namespace haven::stats
