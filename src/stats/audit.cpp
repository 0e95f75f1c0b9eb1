// The audit plays the attacker: everything published, and the rule that each total is the
// sum of its codes, bound what the hidden cells can be. Hidden cells that share no total
// cannot inform each other, so each linked system is its own linear program — solved only
// for the cells that witnesses (tables agreeing with everything published) and bounds
// propagated along the totals do not settle, which in a table suppressed by hypercubes is
// usually none.
#include <glpk.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>
#include <numeric>
#include <string>

#include "haven/stats/disclosure.h"
#include "stats/cube_search.h"

namespace haven::stats {
namespace {

// Widths within this of the protection pass: the simplex works in floating point.
constexpr double kTolerance = 1e-6;

// A total and its codes: one dimension, one combination of the other positions.
struct Line {
  std::size_t first;  // the cell at the dimension's first code
  std::size_t dimension;
};

std::size_t root(std::vector<std::size_t>& parent, std::size_t i) {
  while (parent[i] != i) i = parent[i] = parent[parent[i]];
  return i;
}

struct ProblemDeleter {
  void operator()(glp_prob* problem) const { glp_delete_prob(problem); }
};
using Problem = std::unique_ptr<glp_prob, ProblemDeleter>;

// Every line holding a hidden cell, and the hidden cells linked through those lines.
void link_hidden(const Table& table, const std::vector<int>& variable, std::vector<Line>& lines,
                 std::vector<std::size_t>& parent) {
  for (std::size_t d = 0; d < table.dimensions().size(); ++d) {
    const std::size_t stride = table.stride(d);
    const std::size_t block = stride * (table.total_position(d) + 1);
    for (std::size_t outer = 0; outer < table.size(); outer += block) {
      for (std::size_t inner = 0; inner < stride; ++inner) {
        const std::size_t first = outer + inner;
        int linked = -1;
        for (std::size_t cell = first; cell < first + block; cell += stride) {
          if (variable[cell] < 0) continue;
          if (linked >= 0) {
            parent[root(parent, static_cast<std::size_t>(variable[cell]))] =
                root(parent, static_cast<std::size_t>(linked));
          }
          linked = variable[cell];
        }
        if (linked >= 0) lines.push_back({first, d});
      }
    }
  }
}

// One linked system's equations: for each line, the signed sum of its hidden cells (codes
// +1, the total -1) equals what the published cells of the line leave.
struct Equations {
  std::vector<std::vector<std::pair<std::size_t, double>>> terms;  // column, sign
  std::vector<double> right;
};

Equations equations_of(const Table& table, const std::vector<int>& variable,
                       const std::vector<std::size_t>& cells, const std::vector<Line>& lines) {
  // Columns are numbered by the hidden cell's position in `cells`, found by binary search
  // (cells are in ascending order).
  const auto column_of = [&](std::size_t cell) {
    return static_cast<std::size_t>(std::lower_bound(cells.begin(), cells.end(), cell) -
                                    cells.begin());
  };
  Equations out;
  for (const Line& line : lines) {
    const std::size_t stride = table.stride(line.dimension);
    const std::uint32_t total = table.total_position(line.dimension);
    double published = 0;  // codes minus total, over the published cells of the line
    auto& terms = out.terms.emplace_back();
    for (std::uint32_t q = 0; q <= total; ++q) {
      const std::size_t cell = line.first + q * stride;
      const double sign = q == total ? -1.0 : 1.0;
      if (variable[cell] < 0) {
        published += sign * static_cast<double>(table.values()[cell]);
      } else {
        terms.emplace_back(column_of(cell), sign);
      }
    }
    out.right.push_back(-published);
  }
  return out;
}

constexpr double kInfinity = std::numeric_limits<double>::infinity();
// Rounds of bound propagation: each round lets a bound travel one line further.
constexpr int kPropagationRounds = 64;

// Bounds that hold for every solution, found without linear programming: each line bounds
// each of its cells by what the others can be (starting from counts being non-negative),
// repeated until nothing tightens. These bounds are often the true ones; a solution that
// reaches one proves it, and saves a linear program.
void propagate(const Equations& equations, std::vector<double>& lower, std::vector<double>& upper) {
  for (int round = 0; round < kPropagationRounds; ++round) {
    bool tightened = false;
    for (std::size_t r = 0; r < equations.terms.size(); ++r) {
      const auto& terms = equations.terms[r];
      // The least and greatest the signed sum can be, and how many terms are unbounded.
      double least = 0;
      double greatest = 0;
      int least_infinite = 0;
      int greatest_infinite = 0;
      for (const auto& [column, sign] : terms) {
        const double low = sign > 0 ? lower[column] : -upper[column];
        const double high = sign > 0 ? upper[column] : -lower[column];
        if (std::isinf(low)) {
          ++least_infinite;
        } else {
          least += low;
        }
        if (std::isinf(high)) {
          ++greatest_infinite;
        } else {
          greatest += high;
        }
      }
      for (const auto& [column, sign] : terms) {
        const double low = sign > 0 ? lower[column] : -upper[column];
        const double high = sign > 0 ? upper[column] : -lower[column];
        // The rest of the line, without this term.
        const bool rest_least_finite = least_infinite - (std::isinf(low) ? 1 : 0) == 0;
        const bool rest_greatest_finite = greatest_infinite - (std::isinf(high) ? 1 : 0) == 0;
        const double rest_least = least - (std::isinf(low) ? 0 : low);
        const double rest_greatest = greatest - (std::isinf(high) ? 0 : high);
        // sign * x = right - rest
        const double term_high = rest_least_finite ? equations.right[r] - rest_least : kInfinity;
        const double term_low =
            rest_greatest_finite ? equations.right[r] - rest_greatest : -kInfinity;
        const double new_upper = sign > 0 ? term_high : -term_low;
        const double new_lower = sign > 0 ? term_low : -term_high;
        if (new_upper < upper[column] - kTolerance) {
          upper[column] = new_upper;
          tightened = true;
        }
        if (new_lower > lower[column] + kTolerance) {
          lower[column] = new_lower;
          tightened = true;
        }
      }
    }
    if (!tightened) return;
  }
}

// Whether the true values of the hidden cells satisfy every line: the true table is the
// first witness, so it must be one.
bool adds_up(const Equations& equations, const std::vector<double>& truth) {
  for (std::size_t r = 0; r < equations.terms.size(); ++r) {
    double sum = 0;
    for (const auto& [column, sign] : equations.terms[r]) sum += sign * truth[column];
    if (std::abs(sum - equations.right[r]) > kTolerance) return false;
  }
  return true;
}

// One linked system's linear program: the hidden cells as non-negative columns, a fixed row
// per line.
Problem program_of(const Equations& equations, std::size_t columns) {
  Problem problem(glp_create_prob());
  glp_prob* lp = problem.get();
  glp_add_cols(lp, static_cast<int>(columns));
  glp_add_rows(lp, static_cast<int>(equations.terms.size()));
  std::vector<int> rows{0};
  std::vector<int> cols{0};
  std::vector<double> coefficients{0};
  for (std::size_t j = 0; j < columns; ++j) {
    glp_set_col_bnds(lp, static_cast<int>(j + 1), GLP_LO, 0, 0);
  }
  for (std::size_t i = 0; i < equations.terms.size(); ++i) {
    for (const auto& [column, sign] : equations.terms[i]) {
      rows.push_back(static_cast<int>(i + 1));
      cols.push_back(static_cast<int>(column + 1));
      coefficients.push_back(sign);
    }
    glp_set_row_bnds(lp, static_cast<int>(i + 1), GLP_FX, equations.right[i], equations.right[i]);
  }
  glp_load_matrix(lp, static_cast<int>(rows.size() - 1), rows.data(), cols.data(),
                  coefficients.data());
  return problem;
}

// What is known of one linked system's cells as the audit goes: the values each took in
// tables consistent with everything published (witnesses: the true table, cubes of hidden
// cells, every solution the simplex visits), and the bounds no such table crosses.
struct Knowledge {
  std::vector<double> lower;  // least witnessed
  std::vector<double> upper;  // greatest witnessed
  std::vector<double> floor;
  std::vector<double> ceiling;
};

// The linear program of one linked system, set up and first solved only when a cell needs
// it (most systems are settled by witnesses and bounds alone).
class Program {
 public:
  Program(const Equations& equations, std::size_t columns)
      : equations_(equations), columns_(columns) {
    glp_init_smcp(&parameters_);
    parameters_.msg_lev = GLP_MSG_OFF;
    // Each solve starts from the last one's basis: only the objective changes between them.
    parameters_.presolve = GLP_OFF;
  }

  // Maximises (or minimises) one cell; false when the simplex fails or no table agrees
  // with what is published.
  bool optimise(std::size_t column, bool up, Knowledge& known, std::size_t& solved) {
    if (!problem_ && !start(known)) return false;
    glp_prob* lp = problem_.get();
    const int col = static_cast<int>(column + 1);
    glp_set_obj_coef(lp, col, 1.0);
    glp_set_obj_dir(lp, up ? GLP_MAX : GLP_MIN);
    const int failed = glp_simplex(lp, &parameters_);
    glp_set_obj_coef(lp, col, 0.0);
    if (failed != 0) return false;
    ++solved;
    const int status = glp_get_status(lp);
    if (status == GLP_OPT) {
      witness(known);
      (up ? known.ceiling : known.floor)[column] = glp_get_obj_val(lp);
      return true;
    }
    if (status == GLP_UNBND && up) {
      // Nothing bounds the cell from above: any value over it is some table's.
      known.upper[column] = known.ceiling[column] = kInfinity;
      return true;
    }
    return false;
  }

 private:
  bool start(Knowledge& known) {
    problem_ = program_of(equations_, columns_);
    // A crash basis (Bixby's, mostly triangular) rather than the slack basis: the first
    // solve of a system of thousands of cells takes a tenth of a second instead of a minute.
    const int printing = glp_term_out(GLP_OFF);  // it would tell the terminal so
    glp_adv_basis(problem_.get(), 0);
    glp_term_out(printing);
    if (glp_simplex(problem_.get(), &parameters_) != 0 ||
        glp_get_status(problem_.get()) != GLP_OPT) {
      return false;
    }
    witness(known);
    return true;
  }

  void witness(Knowledge& known) const {
    for (std::size_t j = 0; j < columns_; ++j) {
      const double x = glp_get_col_prim(problem_.get(), static_cast<int>(j + 1));
      known.lower[j] = std::min(known.lower[j], x);
      known.upper[j] = std::max(known.upper[j], x);
    }
  }

  const Equations& equations_;
  std::size_t columns_;
  glp_smcp parameters_{};
  Problem problem_;
};

// Proves each hidden cell's interval of one linked system wide enough, or finds it is not;
// `exact` asks for the attacker's exact interval of every cell. A cell whose witnesses are
// already `interval` apart is proven, and one whose witnesses reach its propagated bounds is
// known exactly, without a linear program; the others are maximised or minimised until
// either holds. False when no table is consistent with what is published.
bool bound_system(const Equations& equations, bool exact, double interval, Knowledge& known,
                  std::size_t& solved) {
  const std::size_t columns = known.lower.size();
  known.floor.assign(columns, 0);
  known.ceiling.assign(columns, kInfinity);
  propagate(equations, known.floor, known.ceiling);
  Program program(equations, columns);
  for (std::size_t j = 0; j < columns; ++j) {
    while (exact || known.upper[j] - known.lower[j] + kTolerance < interval) {
      const bool low_known = known.lower[j] <= known.floor[j] + kTolerance;
      const bool high_known = known.upper[j] >= known.ceiling[j] - kTolerance;
      if (low_known && high_known) break;
      // The side with more room first: it is the likelier to settle the cell alone.
      const bool up = !high_known && (low_known || known.ceiling[j] - known.upper[j] >=
                                                       known.lower[j] - known.floor[j]);
      if (!program.optimise(j, up, known, solved)) return false;
    }
  }
  return true;
}

// Witnesses from cubes of hidden cells: moving a value along a cube whose corners are all
// hidden changes nothing published, so each corner can take every value the cube's slack
// allows. Cheap, and enough to prove most hidden cells of a hypercube-suppressed table.
void cube_witnesses(const Table& table, double interval, const std::vector<int>& variable,
                    std::vector<InferredInterval>& hidden) {
  if (table.dimensions().empty()) return;
  detail::CubeSearch search(table, interval, /*hidden_only=*/true);
  const std::size_t per_dimension = detail::partners_per_dimension(table.dimensions().size());
  const std::size_t widest = detail::every_partner(table);
  for (InferredInterval& target : hidden) {
    for (std::size_t partners : {per_dimension, widest}) {
      if (target.width() + kTolerance >= interval) break;
      const detail::Cube cube = search.best(target.cell, partners);
      if (cube.cost != 0) continue;  // a published corner: not a move open to anyone
      search.corners(target.cell, cube);
      const auto& cells = search.corner_cells();
      const auto& against = search.corner_signs();
      for (std::size_t i = 0; i < cells.size(); ++i) {
        InferredInterval& corner = hidden[static_cast<std::size_t>(variable[cells[i]])];
        const auto value = static_cast<double>(corner.value);
        corner.lower = std::min(corner.lower, value - (against[i] ? cube.up : cube.down));
        corner.upper = std::max(corner.upper, value + (against[i] ? cube.down : cube.up));
      }
    }
  }
}

Error inconsistent() {
  return Fail(ErrorCode::kInvalidField, "values",
              "the table's totals are not the sums of their codes: nothing to audit");
}

}  // namespace

bool InferredInterval::exact() const {
  return lower - floor <= kTolerance && ceiling - upper <= kTolerance;
}

Result<AuditReport> audit(const Table& table, const Protection& protection,
                          const AuditOptions& options) {
  if (Status valid = validate(protection); !valid) return valid.error();
  AuditReport report;
  std::vector<int> variable(table.size(), -1);  // each hidden cell's index in report.hidden
  for (std::size_t cell = 0; cell < table.size(); ++cell) {
    if (table.status()[cell] == CellStatus::kFree) continue;
    variable[cell] = static_cast<int>(report.hidden.size());
    const auto value = static_cast<double>(table.values()[cell]);
    report.hidden.push_back({cell, table.values()[cell], value, value});
  }
  std::vector<Line> lines;
  std::vector<std::size_t> parent(report.hidden.size());
  std::iota(parent.begin(), parent.end(), std::size_t{0});
  link_hidden(table, variable, lines, parent);

  std::vector<std::vector<std::size_t>> system_cells(report.hidden.size());
  std::vector<std::vector<Line>> system_lines(report.hidden.size());
  for (const InferredInterval& interval : report.hidden) {
    const std::size_t i = static_cast<std::size_t>(variable[interval.cell]);
    system_cells[root(parent, i)].push_back(interval.cell);
  }
  for (const Line& line : lines) {
    const std::size_t stride = table.stride(line.dimension);
    for (std::uint32_t q = 0; q <= table.total_position(line.dimension); ++q) {
      if (const int v = variable[line.first + q * stride]; v >= 0) {
        system_lines[root(parent, static_cast<std::size_t>(v))].push_back(line);
        break;
      }
    }
  }
  cube_witnesses(table, protection.interval, variable, report.hidden);
  for (std::size_t s = 0; s < system_cells.size(); ++s) {
    const std::vector<std::size_t>& cells = system_cells[s];
    if (cells.empty()) continue;
    ++report.linked_systems;
    const Equations equations = equations_of(table, variable, cells, system_lines[s]);
    Knowledge known;
    std::vector<double> truth;
    for (std::size_t cell : cells) {
      const InferredInterval& interval = report.hidden[static_cast<std::size_t>(variable[cell])];
      truth.push_back(static_cast<double>(interval.value));
      known.lower.push_back(interval.lower);
      known.upper.push_back(interval.upper);
    }
    // The true table is the first witness (and the cubes' starting point), so it must agree
    // with what is published.
    if (!adds_up(equations, truth)) return inconsistent();
    const bool settled = std::all_of(cells.begin(), cells.end(), [&](std::size_t cell) {
      return report.hidden[static_cast<std::size_t>(variable[cell])].width() + kTolerance >=
             protection.interval;
    });
    if (!settled || options.exact) {
      if (cells.size() > options.max_linked_cells) {
        return Fail(ErrorCode::kInvalidField, "max_linked_cells",
                    std::to_string(cells.size()) +
                        " hidden cells are linked by their totals into one system that needs "
                        "linear programming, over the audit's limit of " +
                        std::to_string(options.max_linked_cells) + ": audit a smaller table");
      }
    }
    if (!bound_system(equations, options.exact, protection.interval, known,
                      report.programs_solved)) {
      return inconsistent();
    }
    for (std::size_t j = 0; j < cells.size(); ++j) {
      InferredInterval& interval = report.hidden[static_cast<std::size_t>(variable[cells[j]])];
      interval.lower = known.lower[j];
      interval.upper = known.upper[j];
      interval.floor = known.floor[j];
      interval.ceiling = known.ceiling[j];
    }
  }
  for (const InferredInterval& interval : report.hidden) {
    if (interval.width() + kTolerance < protection.interval) ++report.too_narrow;
  }
  report.passed = report.too_narrow == 0;
  return report;
}

}  // namespace haven::stats
