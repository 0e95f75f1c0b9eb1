#include "haven/stats/disclosure.h"

#include <gtest/gtest.h>

#include <array>
#include <cstdlib>

namespace haven::stats {
namespace {

Dimension dimension(std::string id, std::vector<std::string> codes, bool sensitive = false) {
  Dimension out{id, id, codes, codes};
  out.sensitive = sensitive;
  return out;
}

// A table from its interior counts, in cell order (the last dimension fastest).
Table table_of(std::vector<Dimension> dimensions, const std::vector<std::uint64_t>& interior) {
  Table table("T", "Persons", std::move(dimensions));
  std::size_t next = 0;
  for (std::size_t cell = 0; cell < table.size(); ++cell) {
    if (table.interior(cell)) table.values()[cell] = interior.at(next++);
  }
  EXPECT_EQ(next, interior.size());
  table.add_margins();
  return table;
}

std::size_t at(const Table& table, std::vector<std::uint32_t> positions) {
  return table.cell(positions);
}

std::size_t hidden_count(const Table& table) {
  std::size_t out = 0;
  for (CellStatus status : table.status()) out += status != CellStatus::kFree;
  return out;
}

// The classic check: no line of any margin holds exactly one hidden cell (it would be its
// total minus the others).
void expect_no_lone_hidden_cell(const Table& table) {
  for (std::size_t d = 0; d < table.dimensions().size(); ++d) {
    const std::size_t stride = table.stride(d);
    const std::size_t block = stride * (table.total_position(d) + 1);
    for (std::size_t outer = 0; outer < table.size(); outer += block) {
      for (std::size_t inner = 0; inner < stride; ++inner) {
        std::size_t hidden = 0;
        for (std::size_t cell = outer + inner; cell < outer + inner + block; cell += stride) {
          hidden += table.status()[cell] != CellStatus::kFree;
        }
        EXPECT_NE(hidden, 1u) << "dimension " << d << ", line at cell " << outer + inner;
      }
    }
  }
}

TEST(Disclosure, ThresholdMarksSmallCellsAndLeavesZerosFree) {
  Table table = table_of({dimension("SEX", {"F", "M"}), dimension("AGE", {"A", "B", "C"})},
                         {2, 0, 9, 7, 8, 12});
  ASSERT_TRUE(mark_primary(table, Protection{}));
  EXPECT_EQ(table.status()[at(table, {0, 0})], CellStatus::kPrimary);
  EXPECT_EQ(table.status()[at(table, {0, 1})], CellStatus::kFree);  // nobody: not sensitive
  EXPECT_EQ(hidden_count(table), 1u);
}

TEST(Disclosure, OneSmallCellTakesAtLeastARectangleWithIt) {
  Table table = table_of({dimension("SEX", {"F", "M", "X"}), dimension("AGE", {"A", "B", "C"})},
                         {2, 9, 14, 7, 8, 12, 20, 6, 11});
  ASSERT_TRUE(mark_primary(table, Protection{}));
  ASSERT_TRUE(suppress_secondary(table, Protection{}));
  EXPECT_GE(hidden_count(table), 4u);
  EXPECT_EQ(table.status()[at(table, {3, 3})], CellStatus::kFree);  // the grand total stays
  expect_no_lone_hidden_cell(table);
  Result<AuditReport> report = audit(table, Protection{});
  ASSERT_TRUE(report.ok()) << report.error().describe();
  EXPECT_TRUE(report->passed);
  EXPECT_EQ(report->hidden.size(), hidden_count(table));
}

TEST(Disclosure, ThreeWayTableIsProtectedAcrossEveryMargin) {
  std::vector<std::uint64_t> interior;
  std::srand(7);
  for (int i = 0; i < 3 * 4 * 5; ++i) interior.push_back(std::rand() % 4 == 0 ? 1 + i % 4 : 5 + i);
  Table table = table_of({dimension("SEX", {"F", "M", "X"}), dimension("AGE", {"A", "B", "C", "D"}),
                          dimension("CIT", {"SY", "AF", "ER", "SD", "IQ"})},
                         interior);
  const Protection protection{.threshold = 5, .interval = 2};
  ASSERT_TRUE(mark_primary(table, protection));
  const std::size_t primary = hidden_count(table);
  ASSERT_GT(primary, 5u);
  ASSERT_TRUE(suppress_secondary(table, protection));
  EXPECT_GT(hidden_count(table), primary);
  expect_no_lone_hidden_cell(table);
  Result<AuditReport> report = audit(table, protection);
  ASSERT_TRUE(report.ok()) << report.error().describe();
  EXPECT_TRUE(report->passed) << report->too_narrow << " intervals too narrow";
  for (const InferredInterval& interval : report->hidden) {
    EXPECT_LE(interval.lower, static_cast<double>(interval.value) + 1e-6);
    EXPECT_GE(interval.upper, static_cast<double>(interval.value) - 1e-6);
  }
}

// Without `exact`, the audit stops at a proof: witnesses (tables agreeing with everything
// published) far enough apart. What it reports must lie inside the attacker's exact interval,
// and the bounds it reports outside it.
TEST(Disclosure, AuditProvesWithWitnessesInsideTheExactIntervals) {
  std::vector<std::uint64_t> interior;
  std::srand(11);
  for (int i = 0; i < 4 * 5 * 6; ++i)
    interior.push_back(std::rand() % 3 == 0 ? 1 + i % 4 : 5 + i % 9);
  Table table =
      table_of({dimension("SEX", {"F", "M", "X", "U"}), dimension("AGE", {"A", "B", "C", "D", "E"}),
                dimension("CIT", {"SY", "AF", "ER", "SD", "IQ", "SO"})},
               interior);
  ASSERT_TRUE(mark_primary(table, Protection{}));
  ASSERT_TRUE(suppress_secondary(table, Protection{}));
  Result<AuditReport> proof = audit(table, Protection{});
  Result<AuditReport> exact = audit(table, Protection{}, AuditOptions{.exact = true});
  ASSERT_TRUE(proof.ok() && exact.ok());
  EXPECT_TRUE(proof->passed);
  EXPECT_TRUE(exact->passed);
  ASSERT_EQ(proof->hidden.size(), exact->hidden.size());
  ASSERT_GT(proof->hidden.size(), 20u);
  // Most cells are settled by the witnesses the first solution gives, without a program.
  EXPECT_LT(proof->programs_solved, exact->programs_solved);
  for (std::size_t i = 0; i < proof->hidden.size(); ++i) {
    const InferredInterval& p = proof->hidden[i];
    const InferredInterval& e = exact->hidden[i];
    EXPECT_TRUE(e.exact());
    EXPECT_GE(p.lower, e.lower - 1e-6);
    EXPECT_LE(p.upper, e.upper + 1e-6);
    EXPECT_LE(p.floor, e.lower + 1e-6);
    EXPECT_GE(p.ceiling, e.upper - 1e-6);
    EXPECT_LE(p.lower, static_cast<double>(p.value) + 1e-6);
    EXPECT_GE(p.upper, static_cast<double>(p.value) - 1e-6);
  }
}

TEST(Disclosure, AGroupAllOfOneSensitiveCodeIsPrimary) {
  // Eritreans are all detained: publishing 12 of 12 tells it of each of them.
  Table table = table_of({dimension("CIT", {"ER", "SY"}), dimension("DETAINED", {"Y", "N"}, true)},
                         {12, 0, 30, 40});
  ASSERT_TRUE(mark_primary(table, Protection{}));
  EXPECT_EQ(table.status()[at(table, {0, 0})], CellStatus::kPrimary);
  EXPECT_EQ(table.status()[at(table, {0, 1})], CellStatus::kFree);
  EXPECT_EQ(hidden_count(table), 1u);
  ASSERT_TRUE(suppress_secondary(table, Protection{}));
  expect_no_lone_hidden_cell(table);
  Result<AuditReport> report = audit(table, Protection{});
  ASSERT_TRUE(report.ok());
  EXPECT_TRUE(report->passed);

  Table plain =
      table_of({dimension("CIT", {"ER", "SY"}), dimension("SEX", {"F", "M"})}, {12, 0, 30, 40});
  ASSERT_TRUE(mark_primary(plain, Protection{}));
  EXPECT_EQ(hidden_count(plain), 0u);  // all women: not a sensitive breakdown
}

TEST(Disclosure, ZeroCellsMayBeHiddenButAreNeverPrimary) {
  Table table = table_of({dimension("SEX", {"F", "M"}), dimension("AGE", {"A", "B", "C"})},
                         {0, 6, 3, 0, 9, 11});
  ASSERT_TRUE(mark_primary(table, Protection{}));
  EXPECT_EQ(hidden_count(table), 1u);
  ASSERT_TRUE(suppress_secondary(table, Protection{}));
  expect_no_lone_hidden_cell(table);
  Result<AuditReport> report = audit(table, Protection{});
  ASSERT_TRUE(report.ok());
  EXPECT_TRUE(report->passed);  // a cube of empty cells would have left 3 exposed
}

// Interior 2 8 / 6 9 with every margin.
Table two_by_two() {
  return table_of({dimension("SEX", {"F", "M"}), dimension("AGE", {"A", "B"})}, {2, 8, 6, 9});
}

TEST(Disclosure, AuditFindsWhatABadSuppressionGivesAway) {
  Table table = two_by_two();
  table.status()[at(table, {0, 0})] = CellStatus::kPrimary;
  table.status()[at(table, {0, 1})] = CellStatus::kSecondary;  // the column total gives both
  Result<AuditReport> report = audit(table, Protection{});
  ASSERT_TRUE(report.ok()) << report.error().describe();
  EXPECT_FALSE(report->passed);
  EXPECT_EQ(report->too_narrow, 2u);
  ASSERT_EQ(report->hidden.size(), 2u);
  EXPECT_NEAR(report->hidden[0].lower, 2, 1e-9);
  EXPECT_NEAR(report->hidden[0].upper, 2, 1e-9);
  EXPECT_NEAR(report->hidden[1].lower, 8, 1e-9);
  EXPECT_TRUE(report->hidden[0].exact());
}

TEST(Disclosure, AuditGivesTheExactIntervalsOfARectangle) {
  Table table = two_by_two();
  for (std::uint32_t sex : {0u, 1u}) {
    for (std::uint32_t age : {0u, 1u})
      table.status()[at(table, {sex, age})] = CellStatus::kSecondary;
  }
  Result<AuditReport> report =
      audit(table, Protection{.threshold = 5, .interval = 8}, AuditOptions{.exact = true});
  ASSERT_TRUE(report.ok());
  EXPECT_TRUE(report->passed);
  EXPECT_EQ(report->linked_systems, 1u);
  for (const InferredInterval& interval : report->hidden) EXPECT_TRUE(interval.exact());
  // x = t, 10 - t, 8 - t, 7 + t for 0 <= t <= 8.
  EXPECT_NEAR(report->hidden[0].lower, 0, 1e-9);
  EXPECT_NEAR(report->hidden[0].upper, 8, 1e-9);
  EXPECT_NEAR(report->hidden[3].lower, 7, 1e-9);
  EXPECT_NEAR(report->hidden[3].upper, 15, 1e-9);

  Result<AuditReport> strict = audit(table, Protection{.threshold = 5, .interval = 9});
  ASSERT_TRUE(strict.ok());
  EXPECT_FALSE(strict->passed);
}

TEST(Disclosure, AuditRefusesTotalsThatDoNotAddUp) {
  Table table = two_by_two();
  table.status()[at(table, {0, 0})] = CellStatus::kPrimary;
  table.status()[at(table, {0, 1})] = CellStatus::kSecondary;
  table.values()[at(table, {2, 0})] = 3;  // column total 3 < the published 6 under it
  Result<AuditReport> report = audit(table, Protection{});
  ASSERT_FALSE(report.ok());
  EXPECT_EQ(report.error().field, "values");
}

TEST(Disclosure, RoundingKeepsTotalsAdditive) {
  std::vector<std::uint64_t> interior;
  for (int i = 0; i < 3 * 4 * 5; ++i) interior.push_back(static_cast<std::uint64_t>((i * 37) % 23));
  const Table table =
      table_of({dimension("SEX", {"F", "M", "X"}), dimension("AGE", {"A", "B", "C", "D"}),
                dimension("CIT", {"SY", "AF", "ER", "SD", "IQ"})},
               interior);
  for (unsigned base : {3u, 5u}) {
    Result<Table> rounded = round_to_base(table, base);
    ASSERT_TRUE(rounded.ok());
    Table sums = *rounded;
    sums.add_margins();
    EXPECT_EQ(sums.values(), rounded->values());  // every total the sum of its codes
    const std::size_t grand = table.size() - 1;
    EXPECT_LE(std::llabs(static_cast<long long>(rounded->values()[grand]) -
                         static_cast<long long>(table.values()[grand])),
              static_cast<long long>(base / 2));
    for (std::size_t cell = 0; cell < table.size(); ++cell) {
      const auto value = static_cast<long long>(table.values()[cell]);
      const auto published = static_cast<long long>(rounded->values()[cell]);
      EXPECT_EQ(published % base, 0);
      if (!table.interior(cell)) continue;
      EXPECT_LT(std::llabs(published - value), static_cast<long long>(base));
      if (value % base == 0) {
        EXPECT_EQ(published, value);  // zeros and multiples kept
      }
    }
  }
}

TEST(Disclosure, BadPolicyIsRefusedNamingTheField) {
  Table table = two_by_two();
  const Protection no_threshold{.threshold = 0};
  Status marked = mark_primary(table, no_threshold);
  ASSERT_FALSE(marked.ok());
  EXPECT_EQ(marked.error().code, ErrorCode::kInvalidField);
  EXPECT_EQ(marked.error().field, "threshold");
  EXPECT_EQ(suppress_secondary(table, no_threshold).error().field, "threshold");
  EXPECT_EQ(audit(table, no_threshold).error().field, "threshold");
  EXPECT_EQ(mark_primary(table, Protection{.threshold = 5, .interval = 0}).error().field,
            "interval");
  Result<Table> rounded = round_to_base(table, 4);
  ASSERT_FALSE(rounded.ok());
  EXPECT_EQ(rounded.error().field, "base");
  EXPECT_NE(rounded.error().message.find("4"), std::string::npos);
}

// The limit on linked cells bounds the linear programs only: a system that cubes of hidden
// cells prove needs none, however large.
TEST(Disclosure, AuditLimitsOnlyTheSystemsItMustSolve) {
  Table table = two_by_two();
  for (std::uint32_t sex : {0u, 1u}) {
    for (std::uint32_t age : {0u, 1u})
      table.status()[at(table, {sex, age})] = CellStatus::kSecondary;
  }
  Result<AuditReport> proof = audit(table, Protection{}, AuditOptions{.max_linked_cells = 2});
  ASSERT_TRUE(proof.ok()) << proof.error().describe();
  EXPECT_TRUE(proof->passed);
  EXPECT_EQ(proof->programs_solved, 0u);
  Result<AuditReport> exact =
      audit(table, Protection{}, AuditOptions{.exact = true, .max_linked_cells = 2});
  ASSERT_FALSE(exact.ok());
  EXPECT_EQ(exact.error().field, "max_linked_cells");
}

}  // namespace
}  // namespace haven::stats
