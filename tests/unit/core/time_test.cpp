#include <gtest/gtest.h>

#include "haven/core/time.h"

namespace haven {
namespace {

TEST(Rfc3339, ReadsOffsetsAsTheSameInstant) {
  auto plus_one = parse_rfc3339("2026-03-01T10:00:00+01:00");
  auto utc = parse_rfc3339("2026-03-01T09:00:00Z");
  auto minus_six = parse_rfc3339("2026-03-01T03:00:00-06:00");
  ASSERT_TRUE(plus_one && utc && minus_six);
  EXPECT_EQ(*plus_one, *utc);
  EXPECT_EQ(*minus_six, *utc);
  EXPECT_EQ(format_rfc3339(*utc), "2026-03-01T09:00:00Z");
}

TEST(Rfc3339, KeepsMicroseconds) {
  auto t = parse_rfc3339("2026-03-01T09:00:00.123456Z");
  ASSERT_TRUE(t);
  EXPECT_EQ(t->micros % kMicrosPerSecond, 123456);
  EXPECT_EQ(format_rfc3339(*t), "2026-03-01T09:00:00.123456Z");
}

TEST(Rfc3339, RefusesWhatIsNotAnInstant) {
  for (const char* bad : {"2026-03-01T10:00:00", "2026-02-30T10:00:00Z", "2026-03-01 10:00:00Z",
                          "2026-03-01T24:00:00Z", "2026-03-01T10:00:00+1:00", "yesterday", "",
                          "2026-13-01T10:00:00Z", "2026-03-01T10:00:00.Z"}) {
    EXPECT_FALSE(parse_rfc3339(bad).ok()) << bad;
  }
  EXPECT_NE(parse_rfc3339("2026-03-01T10:00:00").error().message.find("no UTC offset"),
            std::string::npos);
}

TEST(CivilDates, KnowLeapYears) {
  EXPECT_TRUE(parse_date("2024-02-29").ok());
  EXPECT_FALSE(parse_date("2026-02-29").ok());
  EXPECT_TRUE(parse_date("2000-02-29").ok());
  EXPECT_FALSE(parse_date("1900-02-29").ok());
  EXPECT_NE(parse_date("2026-02-30").error().message.find("28 days"), std::string::npos);
}

TEST(CivilDates, RoundTripThroughDays) {
  for (std::int64_t days = -800000; days < 800000; days += 997) {
    EXPECT_EQ(days_from_civil(civil_from_days(days)), days);
  }
  EXPECT_EQ(days_from_civil({1970, 1, 1}), 0);
  EXPECT_EQ(utc_date(Timestamp{-1}), (CivilDate{1969, 12, 31}));
}

}  // namespace
}  // namespace haven

namespace haven {
namespace {

TEST(Moments, ReadATimeOrADateAsTheEndOfThatDay) {
  EXPECT_EQ(format_rfc3339(*parse_moment("2026-03-01T12:00:00+01:00")), "2026-03-01T11:00:00Z");
  EXPECT_EQ(format_rfc3339(*parse_moment("2026-03-01")), "2026-03-01T23:59:59.999999Z");
  auto bad = parse_moment("yesterday");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().code, ErrorCode::kBadRequest);
  EXPECT_NE(bad.error().message.find("'yesterday'"), std::string::npos);
}

}  // namespace
}  // namespace haven
