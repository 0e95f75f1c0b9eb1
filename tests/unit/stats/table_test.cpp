#include "haven/stats/table.h"

#include <gtest/gtest.h>

#include <array>

namespace haven::stats {
namespace {

std::vector<Dimension> sex_and_age() {
  return {{"SEX", "Sex", {"F", "M"}, {"Female", "Male"}},
          {"AGE", "Age", {"Y0T17", "Y_GE18", "_U"}, {"Under 18", "18 and over", "Unknown"}}};
}

TEST(Table, CountsUnitsIntoCellsWithEveryMargin) {
  Units units;
  units.count = 6;
  units.columns = {{0, 0, 1, 1, 1, 1}, {0, 1, 1, 1, 2, 0}};
  const Table table = count("T", "Persons", sex_and_age(), units);
  ASSERT_EQ(table.size(), 3u * 4u);
  const auto at = [&](std::uint32_t sex, std::uint32_t age) {
    const std::array<std::uint32_t, 2> p{sex, age};
    return table.values()[table.cell(p)];
  };
  EXPECT_EQ(at(0, 0), 1u);  // a girl
  EXPECT_EQ(at(1, 1), 2u);  // two men
  EXPECT_EQ(at(1, 2), 1u);  // a male of unknown age
  EXPECT_EQ(at(2, 1), 3u);  // adults of either sex
  EXPECT_EQ(at(1, 3), 4u);  // all males
  EXPECT_EQ(at(2, 3), 6u);  // everyone
}

TEST(Table, PositionsAndCellsAgree) {
  const Table table("T", "Persons", sex_and_age());
  std::array<std::uint32_t, 2> p{};
  for (std::size_t cell = 0; cell < table.size(); ++cell) {
    table.positions(cell, p);
    EXPECT_EQ(table.cell(p), cell);
    EXPECT_EQ(table.interior(cell), p[0] < 2 && p[1] < 3);
  }
}

TEST(Table, RefusesUnitsWithoutAColumnForEveryDimension) {
  Units units;
  units.count = 1;
  units.columns = {{0}};
  EXPECT_THROW(count("T", "Persons", sex_and_age(), units), std::invalid_argument);
}

}  // namespace
}  // namespace haven::stats
