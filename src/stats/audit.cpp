// The audit plays the attacker: everything published, and the rule that each total is the
// sum of its codes, bound what the hidden cells can be. Hidden cells that share no total
// cannot inform each other, so each linked system is its own (small) linear program.
#include <glpk.h>

#include <algorithm>
#include <memory>
#include <numeric>
#include <string>

#include "haven/stats/disclosure.h"

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

// Bounds each hidden cell of one linked system; false when the published table is
// inconsistent (no values of the hidden cells make its totals add up).
bool bound_system(const Table& table, const std::vector<int>& variable,
                  const std::vector<std::size_t>& cells, const std::vector<Line>& lines,
                  std::vector<InferredInterval>& hidden) {
  Problem problem(glp_create_prob());
  glp_prob* lp = problem.get();
  glp_add_cols(lp, static_cast<int>(cells.size()));
  glp_add_rows(lp, static_cast<int>(lines.size()));
  std::vector<int> rows{0};
  std::vector<int> cols{0};
  std::vector<double> coefficients{0};
  for (std::size_t j = 0; j < cells.size(); ++j) {
    glp_set_col_bnds(lp, static_cast<int>(j + 1), GLP_LO, 0, 0);
  }
  // Columns are numbered by the hidden cell's position in `cells`, found by binary search
  // (cells are in ascending order).
  const auto column_of = [&](std::size_t cell) {
    return static_cast<int>(std::lower_bound(cells.begin(), cells.end(), cell) - cells.begin()) + 1;
  };
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const Line& line = lines[i];
    const std::size_t stride = table.stride(line.dimension);
    const std::uint32_t total = table.total_position(line.dimension);
    double published = 0;  // codes minus total, over the published cells of the line
    for (std::uint32_t q = 0; q <= total; ++q) {
      const std::size_t cell = line.first + q * stride;
      const double sign = q == total ? -1.0 : 1.0;
      if (variable[cell] < 0) {
        published += sign * static_cast<double>(table.values()[cell]);
      } else {
        rows.push_back(static_cast<int>(i + 1));
        cols.push_back(column_of(cell));
        coefficients.push_back(sign);
      }
    }
    glp_set_row_bnds(lp, static_cast<int>(i + 1), GLP_FX, -published, -published);
  }
  glp_load_matrix(lp, static_cast<int>(rows.size() - 1), rows.data(), cols.data(),
                  coefficients.data());
  glp_smcp parameters;
  glp_init_smcp(&parameters);
  parameters.msg_lev = GLP_MSG_OFF;
  // Each solve starts from the last one's basis: only the objective changes between them.
  parameters.presolve = GLP_OFF;
  if (glp_simplex(lp, &parameters) != 0 || glp_get_status(lp) != GLP_OPT) return false;
  for (std::size_t j = 0; j < cells.size(); ++j) {
    const int col = static_cast<int>(j + 1);
    InferredInterval& interval = hidden[static_cast<std::size_t>(variable[cells[j]])];
    glp_set_obj_coef(lp, col, 1.0);
    glp_set_obj_dir(lp, GLP_MIN);
    if (glp_simplex(lp, &parameters) != 0 || glp_get_status(lp) != GLP_OPT) return false;
    interval.lower = glp_get_obj_val(lp);
    glp_set_obj_dir(lp, GLP_MAX);
    if (glp_simplex(lp, &parameters) != 0) return false;
    const int status = glp_get_status(lp);
    if (status == GLP_OPT) {
      interval.upper = glp_get_obj_val(lp);
    } else if (status != GLP_UNBND) {
      return false;
    }
    glp_set_obj_coef(lp, col, 0.0);
  }
  return true;
}

}  // namespace

Result<AuditReport> audit(const Table& table, const Protection& protection,
                          std::size_t max_linked_cells) {
  if (Status valid = validate(protection); !valid) return valid.error();
  AuditReport report;
  std::vector<int> variable(table.size(), -1);  // each hidden cell's index in report.hidden
  for (std::size_t cell = 0; cell < table.size(); ++cell) {
    if (table.status()[cell] == CellStatus::kFree) continue;
    variable[cell] = static_cast<int>(report.hidden.size());
    report.hidden.push_back({cell, table.values()[cell]});
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
  for (std::size_t s = 0; s < system_cells.size(); ++s) {
    if (system_cells[s].empty()) continue;
    if (system_cells[s].size() > max_linked_cells) {
      return Fail(ErrorCode::kInvalidField, "max_linked_cells",
                  std::to_string(system_cells[s].size()) +
                      " hidden cells are linked by their totals into one system, over the "
                      "audit's limit of " +
                      std::to_string(max_linked_cells) + ": audit a smaller table");
    }
    ++report.linked_systems;
    if (!bound_system(table, variable, system_cells[s], system_lines[s], report.hidden)) {
      return Fail(ErrorCode::kInvalidField, "values",
                  "the table's totals are not the sums of their codes: nothing to audit");
    }
  }
  for (const InferredInterval& interval : report.hidden) {
    if (interval.width() + kTolerance < protection.interval) ++report.too_narrow;
  }
  report.passed = report.too_narrow == 0;
  return report;
}

}  // namespace haven::stats
