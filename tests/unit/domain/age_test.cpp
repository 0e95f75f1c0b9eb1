#include <gtest/gtest.h>

#include "haven/domain/age.h"

namespace haven::domain {
namespace {

TEST(Age, CountsCompletedYears) {
  auto age = age_on("2000-06-15", false, {2026, 6, 14});
  ASSERT_TRUE(age);
  EXPECT_EQ(age->years, 25);
  EXPECT_FALSE(age->estimated);
  EXPECT_EQ(age_on("2000-06-15", false, {2026, 6, 15})->years, 26);
}

TEST(Age, GivesPartialDatesTheBenefitOfTheDoubt) {
  // Born "2008": until 31 December 2026 the person may still be 17.
  EXPECT_EQ(age_on("2008", false, {2026, 12, 30})->years, 17);
  EXPECT_TRUE(age_on("2008", false, {2026, 12, 30})->estimated);
  EXPECT_EQ(age_on("2008-02", false, {2026, 2, 28})->years, 17);
  EXPECT_EQ(age_on("2008-02", false, {2026, 3, 1})->years, 18);
}

TEST(Age, HandlesLeapDayBirthdays) {
  EXPECT_EQ(age_on("2008-02-29", false, {2026, 2, 28})->years, 17);
  EXPECT_EQ(age_on("2008-02-29", false, {2026, 3, 1})->years, 18);
}

TEST(Age, IsAbsentForUnreadableOrFutureDates) {
  EXPECT_FALSE(age_on("2030-01-01", false, {2026, 1, 1}));
  EXPECT_FALSE(age_on("soon", false, {2026, 1, 1}));
  EXPECT_EQ(age_on("2026", false, {2026, 3, 1})->years, 0);
}

}  // namespace
}  // namespace haven::domain
