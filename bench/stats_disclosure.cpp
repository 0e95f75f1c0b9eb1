// Disclosure control at scale (issue 9): synthetic persons counted into an unsplit 5-way
// table (sex 3 × five-year age groups 19 × citizenship 60 × migration status 6 × agency
// 10, with margins 375,760 cells), frequencies skewed as registers are, so that the tail
// holds many small cells; then mark_primary and suppress_secondary, each timed, and the
// audit of the full table (its proof); then a 4-way table (no citizenship) of fewer persons
// audited both ways, the proof and every interval exactly (linear programs).
//   bench_stats_disclosure [persons=10000000] [audit_persons=20000]
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "haven/stats/disclosure.h"

#include "measure.h"
#include "stats_persons.h"

namespace {

using haven::bench::Clock;
using haven::bench::numbered;
using haven::bench::peak_mib;
using haven::bench::persons;
using haven::bench::seconds_since;
using haven::stats::CellStatus;
using haven::stats::Table;
using haven::stats::Units;

void report_statuses(const Table& table) {
  std::size_t primary = 0;
  std::size_t secondary = 0;
  std::size_t zero = 0;
  for (std::size_t cell = 0; cell < table.size(); ++cell) {
    primary += table.status()[cell] == CellStatus::kPrimary;
    secondary += table.status()[cell] == CellStatus::kSecondary;
    zero += table.values()[cell] == 0;
  }
  std::printf("  cells %zu (zero %zu), primary %zu, secondary %zu\n", table.size(), zero, primary,
              secondary);
}

bool protect(Table& table, const haven::stats::Protection& protection) {
  Clock::time_point start = Clock::now();
  if (haven::Status s = haven::stats::mark_primary(table, protection); !s) {
    std::printf("mark_primary: %s\n", s.error().describe().c_str());
    return false;
  }
  std::printf("  mark_primary        %.3f s\n", seconds_since(start));
  start = Clock::now();
  haven::Status s = haven::stats::suppress_secondary(table, protection);
  std::printf("  suppress_secondary  %.3f s%s%s\n", seconds_since(start), s ? "" : "  — ",
              s ? "" : s.error().describe().c_str());
  report_statuses(table);
  return true;
}

bool run_audit(const Table& table, const haven::stats::Protection& protection, bool exact) {
  const Clock::time_point start = Clock::now();
  auto report = haven::stats::audit(table, protection, {.exact = exact});
  if (!report) {
    std::printf("  audit refused (%.3f s): %s\n", seconds_since(start),
                report.error().describe().c_str());
    return false;
  }
  double narrowest = INFINITY;
  for (const auto& interval : report->hidden) narrowest = std::min(narrowest, interval.width());
  std::printf(
      "  audit%s %.3f s: %zu hidden cells in %zu linked systems, %zu linear programs, %s "
      "(%zu too narrow, narrowest %s%.2f persons)\n",
      exact ? " (exact)" : "        ", seconds_since(start), report->hidden.size(),
      report->linked_systems, report->programs_solved, report->passed ? "passed" : "FAILED",
      report->too_narrow, exact ? "" : "proven ", narrowest);
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  const std::size_t count = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 10'000'000;
  const std::size_t audit_count = argc > 2 ? std::strtoull(argv[2], nullptr, 10) : 20'000;
  const haven::stats::Protection protection;  // k = 5, interval 1 person
  const std::vector<std::vector<double>> weights = haven::bench::person_weights();

  Clock::time_point start = Clock::now();
  const Units units = persons(count, weights, haven::bench::kPersonSeed);
  std::printf("%zu persons generated in %.2f s\n", count, seconds_since(start));
  start = Clock::now();
  Table table = haven::stats::count("P5", "Persons", haven::bench::person_dimensions(), units);
  std::printf("5-way table counted in %.3f s\n", seconds_since(start));
  if (!protect(table, protection)) return 1;
  std::printf("peak memory %.0f MiB\n", peak_mib());
  run_audit(table, protection, false);
  std::printf("peak memory with the audit %.0f MiB\n", peak_mib());

  std::printf("audit on a 4-way table (sex × age × migration status × agency) of %zu persons:\n",
              audit_count);
  const Units few = persons(audit_count, {weights[0], weights[1], weights[3], weights[4]}, 7);
  Table small = haven::stats::count(
      "P4", "Persons",
      {numbered("SEX", 3), numbered("AGE", 19), numbered("MIG", 6), numbered("AGENCY", 10)}, few);
  if (!protect(small, protection)) return 1;
  run_audit(small, protection, false);
  run_audit(small, protection, true);
  std::printf("peak memory %.0f MiB\n", peak_mib());
  return 0;
}
