#pragma once
// Disclosure control for tables of counts (issue 9): what may be published of a Table so
// that no person can be picked out of it.
//
//   mark_primary        the threshold rule and group disclosure mark the sensitive cells;
//   suppress_secondary  hides further cells (hypercubes, as GHMITER in tau-Argus) so that
//                       no hidden value can be worked back from what is published;
//   audit               proves it: for each hidden cell, the interval an attacker can
//                       infer from everything published, by linear programming;
//   round_to_base       the alternative: every count a multiple of 3 or 5, totals additive.
//
// Functions work on the caller's table in place (statuses only; values are never changed)
// and are not thread-safe on the same table. Hidden cells keep their true value in the
// Table and are flagged by their status: a writer publishes the flag, never a value.

#include <cstddef>
#include <cstdint>
#include <limits>
#include <vector>

#include "haven/core/result.h"
#include "haven/stats/table.h"

namespace haven::stats {

// The publisher's policy. Both numbers are legal or statistical choices, not tuning: the
// defaults are those of most national statistical offices for counts of persons.
struct Protection {
  // k: a published cell counts 0 or at least k persons. Cells of 1 to k-1 persons are
  // primary (never published). Must be at least 1.
  std::uint64_t threshold = 5;
  // The least width, in persons, of the interval an attacker can infer for any hidden cell
  // from the published cells and the additivity of the totals (upper - lower bound, by
  // linear programming). 1 means no hidden count can be recomputed exactly; k means an
  // attacker cannot narrow a hidden cell to fewer values than the threshold rule hides.
  // Must be positive.
  double interval = 1.0;
};

// Checks the policy: an Error naming `threshold` or `interval` when unusable.
Status validate(const Protection& protection);

// Marks primary cells (kPrimary), leaving others as they are:
// - the threshold rule: 0 < value < k. Zero cells stay free: a zero says nobody, and most
//   zeros are structural (no child is a pensioner), so hiding them protects no one; a zero
//   that would give a group away is caught by the group rule below.
// - group disclosure: in a dimension marked `sensitive`, a code's cell whose value is the
//   whole of its group (the same cell at the dimension's total) and above zero: everyone in
//   the group shares the code (all the Syrian women in the table are detained).
Status mark_primary(Table& table, const Protection& protection);

// Hides further cells (kSecondary) so that every hidden cell lies on a hypercube of hidden
// cells across every dimension: for each one, a partner position per dimension (another
// code, or the total) whose 2^d corners are all hidden. Moving a value along such a cube
// keeps every total of every order additive, so the attacker's interval for each corner is
// at least the cube's slack; cubes are chosen for a slack of `interval` at the least cost
// (cells newly hidden, weighted by their value). Returns an Error naming `interval` when
// some hidden cell could not be given that slack by any cube tried (the table is still
// suppressed as well as it could be; the audit tells what remains).
Status suppress_secondary(Table& table, const Protection& protection);

// What an attacker can infer of one hidden cell: from everything published, the additivity
// of the totals and counts being non-negative, the least and greatest values the cell can
// have — an interval [a, b] that holds its true value. The audit proves
//     floor <= a <= lower <= value <= upper <= b <= ceiling
// where lower and upper are values the cell has in tables agreeing with everything published
// (witnesses: the attacker cannot rule them out), and floor and ceiling bounds no such table
// crosses. The attacker's interval is therefore at least width() wide. Where the bounds
// meet the witnesses, [lower, upper] is the attacker's interval exactly.
struct InferredInterval {
  std::size_t cell = 0;
  std::uint64_t value = 0;  // the true count (not for publication)
  double lower = 0;
  double upper = 0;
  double floor = 0;
  double ceiling = std::numeric_limits<double>::infinity();  // infinity: nothing bounds it
  double width() const { return upper - lower; }
  bool exact() const;
};

struct AuditReport {
  std::vector<InferredInterval> hidden;  // one per hidden cell, in cell order
  std::size_t too_narrow = 0;            // intervals narrower than the protection
  std::size_t linked_systems = 0;        // independent linear programs
  std::size_t programs_solved = 0;       // simplex solves, beyond one per linked system
  bool passed = true;                    // no interval narrower than the protection
};

// The audit's limit: the hidden cells linked by shared totals form independent systems,
// each one linear program; a system of more hidden cells than this that needs the simplex
// (some cell the witnesses do not settle, or --exact) is refused rather than left to run for
// hours (audit a smaller table, or split the table, instead).
inline constexpr std::size_t kAuditMaxLinkedCells = 20000;

struct AuditOptions {
  // Every hidden cell's interval exactly (two linear programs a cell at most), rather than
  // only as far as needed to prove it at least as wide as the protection.
  bool exact = false;
  std::size_t max_linked_cells = kAuditMaxLinkedCells;
};

// For each hidden cell, the interval an attacker can infer (see InferredInterval), proven
// wide enough or found too narrow. Each linked system of hidden cells is one linear
// program (GLPK) on the hidden cells and the totals that touch them; witnesses and bounds
// propagated along the totals settle most cells without solving it, and a cell is minimised
// or maximised only while neither settles it. Passes when every interval is at least
// `protection.interval` wide. Fails with an Error when the protection is unusable, the
// table's totals do not add up, or a linked system is over the limit.
Result<AuditReport> audit(const Table& table, const Protection& protection,
                          const AuditOptions& options = {});

// Controlled rounding: a copy of the table with every value a multiple of `base` (3 or 5)
// and every status free, guaranteeing
// - each interior cell is rounded to one of the two multiples around it: a multiple of the
//   base (zero included) is kept as it is, so no one is invented in an empty cell;
// - every total is exactly the sum of its rounded codes, in every dimension;
// - the grand total is within base/2 of the truth, and each total along the last dimension
//   within base (the interior is rounded as one running sum, in cell order).
// Other totals usually stay within a few bases, but no bound is promised for them (three-
// way controlled rounding within one base does not always exist). Fails with an Error
// naming `base` for any other base.
Result<Table> round_to_base(const Table& table, unsigned base);

}  // namespace haven::stats
