#include <gtest/gtest.h>

#include <set>

#include "haven/core/error.h"

namespace haven {
namespace {

TEST(ErrorCodes, EachHasItsOwnSnakeCaseName) {
  std::size_t count = 0;
  const ErrorCode* codes = all_error_codes(&count);
  std::set<std::string_view> names;
  for (std::size_t i = 0; i < count; ++i) {
    const auto name = code_name(codes[i]);
    EXPECT_TRUE(names.insert(name).second) << name;
    EXPECT_EQ(name.find_first_not_of("abcdefghijklmnopqrstuvwxyz_"), std::string_view::npos);
  }
  EXPECT_EQ(code_name(ErrorCode::kUnknownPerson), "unknown_person");
}

TEST(ErrorCodes, DescribeNamesLineAndField) {
  Error e{ErrorCode::kInvalidField, "birth_date", "'2026-02-30' is not a calendar date", 12};
  EXPECT_EQ(e.describe(), "line 12: birth_date: '2026-02-30' is not a calendar date");
}

}  // namespace
}  // namespace haven
