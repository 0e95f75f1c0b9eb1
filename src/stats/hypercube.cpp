// Secondary suppression by hypercubes (cube_search.h): a hidden cell stays hidden when it
// is a corner of a cube of hidden cells with enough slack.
#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>
#include <string>

#include "haven/stats/disclosure.h"
#include "stats/cube_search.h"

namespace haven::stats {
namespace {

constexpr double kUnbounded = std::numeric_limits<double>::infinity();

// Cubes tried per cell (partners_per_dimension).
constexpr double kCubesPerCell = 256;
// Above any cost of a cell (a count of persons, plus one).
constexpr double kEmptyLast = 1e19;

}  // namespace

namespace detail {

std::size_t partners_per_dimension(std::size_t dimensions) {
  return static_cast<std::size_t>(
      std::max(2.0, std::floor(std::pow(kCubesPerCell, 1.0 / static_cast<double>(dimensions)))));
}

std::size_t every_partner(const Table& table) {
  std::size_t widest = 0;
  for (std::size_t d = 0; d < table.dimensions().size(); ++d) {
    widest = std::max<std::size_t>(widest, table.total_position(d) + 1U);
  }
  return widest;
}

CubeSearch::CubeSearch(const Table& table, double interval, bool hidden_only)
    : table_(table),
      interval_(interval),
      hidden_only_(hidden_only),
      dims_(table.dimensions().size()) {
  step_.resize(dims_);
  flips_.resize(dims_);
  corners_.resize(std::size_t{1} << dims_);
  signs_.resize(corners_.size());
}

Cube CubeSearch::best(std::size_t cell, std::size_t per_dimension) {
  std::vector<std::vector<std::uint32_t>> candidates(dims_);
  for (std::size_t d = 0; d < dims_; ++d) {
    candidates[d] = partners(cell, d, per_dimension);
    if (candidates[d].empty()) return Cube{};  // no partner at all: no cube
  }
  Cube best;
  Cube fallback;
  std::vector<std::size_t> choice(dims_, 0);
  Cube cube;
  cube.partner.resize(dims_);
  while (true) {
    for (std::size_t d = 0; d < dims_; ++d) cube.partner[d] = candidates[d][choice[d]];
    measure(cell, cube, best.cost);
    const bool enough = cube.slack() >= interval_;
    if (enough &&
        (cube.cost < best.cost || (cube.cost == best.cost && cube.slack() > best.slack()))) {
      best = cube;
      if (best.cost == 0) return best;
    }
    if (!enough && best.cost == kUnbounded && cube.slack() > fallback.slack()) fallback = cube;
    std::size_t d = 0;
    while (d < dims_ && ++choice[d] == candidates[d].size()) choice[d++] = 0;
    if (d == dims_) break;
  }
  if (best.cost < kUnbounded) return best;
  if (fallback.partner.empty()) {  // no slack at all: the cheapest cube
    fallback.partner.resize(dims_);
    for (std::size_t d = 0; d < dims_; ++d) fallback.partner[d] = candidates[d][0];
    measure(cell, fallback, kUnbounded);
  }
  return fallback;
}

std::vector<std::uint32_t> CubeSearch::partners(std::size_t cell, std::size_t d,
                                                std::size_t count) {
  const std::uint32_t at = table_.position(cell, d);
  const std::uint32_t last = table_.total_position(d);
  std::vector<std::pair<double, std::uint32_t>> ranked;
  for (std::uint32_t q = 0; q <= last; ++q) {
    if (q == at) continue;
    const std::size_t other = cell + q * table_.stride(d) - at * table_.stride(d);
    if (hidden_only_ && table_.status()[other] == CellStatus::kFree) continue;
    // Empty cells last: a corner of zero blocks the cube from moving one way, so cubes
    // through them rarely have the slack, however cheap.
    const double empty = table_.values()[other] == 0 ? kEmptyLast : 0.0;
    ranked.emplace_back(empty + cost(other), q);
  }
  count = std::min(count, ranked.size());
  std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(count),
                    ranked.end());
  std::vector<std::uint32_t> out;
  for (std::size_t i = 0; i < count; ++i) out.push_back(ranked[i].second);
  return out;
}

// Hiding a cell costs the information lost: one cell, and more for larger counts (a
// total of thousands is worth more to readers than a cell of six).
double CubeSearch::cost(std::size_t cell) const {
  if (table_.status()[cell] != CellStatus::kFree) return 0;
  return 1.0 + static_cast<double>(table_.values()[cell]);
}

// Two codes of a dimension move against each other, a code and its total together.
void CubeSearch::corners(std::size_t cell, const Cube& cube) {
  for (std::size_t d = 0; d < dims_; ++d) {
    const std::uint32_t at = table_.position(cell, d);
    const std::uint32_t to = cube.partner[d];
    step_[d] = static_cast<std::ptrdiff_t>(table_.stride(d)) *
               (static_cast<std::ptrdiff_t>(to) - static_cast<std::ptrdiff_t>(at));
    flips_[d] = static_cast<char>(at != table_.total_position(d) && to != table_.total_position(d));
  }
  corners_[0] = cell;
  signs_[0] = 0;
  for (std::size_t mask = 1; mask < corners_.size(); ++mask) {
    const auto d = static_cast<std::size_t>(std::countr_zero(mask));
    const std::size_t rest = mask & (mask - 1);
    corners_[mask] =
        static_cast<std::size_t>(static_cast<std::ptrdiff_t>(corners_[rest]) + step_[d]);
    signs_[mask] = static_cast<char>(signs_[rest] != flips_[d]);
  }
}

void CubeSearch::measure(std::size_t cell, Cube& cube, double give_up_above) {
  corners(cell, cube);
  const std::vector<std::uint64_t>& values = table_.values();
  double cost_sum = 0;
  double up = kUnbounded;    // the cell can grow while the corners moving against it last
  double down = kUnbounded;  // and shrink while it and those moving with it last
  for (std::size_t i = 0; i < corners_.size(); ++i) {
    const double value = static_cast<double>(values[corners_[i]]);
    cost_sum += cost(corners_[i]);
    if (signs_[i]) {
      up = std::min(up, value);
    } else {
      down = std::min(down, value);
    }
    if (cost_sum > give_up_above) break;  // dearer than the best: its slack is moot
  }
  cube.cost = cost_sum;
  cube.up = up;
  cube.down = down;
}

}  // namespace detail

namespace {

// Hides the cube's corners; when the cube has the slack, they are all protected by it.
void hide(detail::CubeSearch& search, Table& table, std::size_t cell, const detail::Cube& cube,
          double interval, std::vector<char>& protected_cells) {
  search.corners(cell, cube);
  std::vector<CellStatus>& status = table.status();
  const bool enough = cube.slack() >= interval;
  for (std::size_t corner : search.corner_cells()) {
    if (status[corner] == CellStatus::kFree) status[corner] = CellStatus::kSecondary;
    if (enough) protected_cells[corner] = 1;
  }
}

}  // namespace

Status suppress_secondary(Table& table, const Protection& protection) {
  if (Status valid = validate(protection); !valid) return valid;
  const std::size_t dims = table.dimensions().size();
  if (dims == 0) return Status::Ok();
  for (const Dimension& dimension : table.dimensions()) {
    if (dimension.codes.empty()) {
      return Fail(ErrorCode::kInvalidField, "dimensions",
                  "dimension " + dimension.id + " has no codes: nothing can hide a cell in it");
    }
  }
  const std::size_t per_dimension = detail::partners_per_dimension(dims);
  // Only the cells hidden on entry need a cube of their own: each cell a cube hides is a
  // corner of that cube, so it has the cube's slack too.
  std::vector<std::size_t> targets;
  for (std::size_t cell = 0; cell < table.size(); ++cell) {
    if (table.status()[cell] != CellStatus::kFree) targets.push_back(cell);
  }
  const std::size_t widest = detail::every_partner(table);
  detail::CubeSearch search(table, protection.interval);
  std::size_t short_of_slack = 0;
  // A hidden cell that is a corner of a cube already chosen needs no cube of its own: every
  // corner of a cube can move by the cube's slack (values never change in between).
  std::vector<char> protected_cells(table.size(), 0);
  for (std::size_t cell : targets) {
    if (protected_cells[cell] != 0) continue;
    detail::Cube cube = search.best(cell, per_dimension);
    if (cube.slack() < protection.interval) {  // rare: look wider before settling
      detail::Cube wider = search.best(cell, per_dimension * 2);
      if (wider.slack() >= protection.interval || wider.slack() > cube.slack()) cube = wider;
    }
    if (cube.slack() < protection.interval) {
      // Rarer still, in sparse tables where the cheap partners are all empty: every
      // partner in every dimension (Π codes cubes, for this cell alone).
      detail::Cube every = search.best(cell, widest);
      if (every.slack() >= protection.interval || every.slack() > cube.slack()) cube = every;
    }
    if (cube.slack() < protection.interval) ++short_of_slack;
    hide(search, table, cell, cube, protection.interval, protected_cells);
  }
  if (short_of_slack > 0) {
    return Fail(ErrorCode::kInvalidField, "interval",
                std::to_string(short_of_slack) +
                    " hidden cells could not be given an interval of " +
                    std::to_string(protection.interval) +
                    " persons by any hypercube tried; the audit shows what an attacker infers");
  }
  return Status::Ok();
}

}  // namespace haven::stats
