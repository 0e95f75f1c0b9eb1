// ISO 8601 durations: the fixed-length ones parse to microseconds; years, months, negatives
// and malformed text are refused with a message that says what to write instead.

#include <gtest/gtest.h>

#include <limits>
#include <string>

#include "haven/core/time.h"
#include "haven/rules/profile.h"

namespace haven::rules {
namespace {

constexpr std::int64_t kMinute = 60 * kMicrosPerSecond;

std::int64_t parsed(std::string_view text) {
  auto micros = parse_iso_duration(text);
  EXPECT_TRUE(micros.ok()) << text << ": " << micros.error().describe();
  return micros.ok() ? *micros : -1;
}

std::string refusal(std::string_view text) {
  auto micros = parse_iso_duration(text);
  EXPECT_FALSE(micros.ok()) << text << " parsed as " << (micros.ok() ? *micros : 0);
  if (micros.ok()) return "";
  EXPECT_EQ(micros.error().code, ErrorCode::kInvalidField);
  return micros.error().message;
}

TEST(ParseIsoDuration, FixedLengthUnits) {
  EXPECT_EQ(parsed("PT48H"), 48 * kMicrosPerHour);
  EXPECT_EQ(parsed("P7D"), 7 * kMicrosPerDay);
  EXPECT_EQ(parsed("P1W"), 7 * kMicrosPerDay);
  EXPECT_EQ(parsed("P2W3D"), 17 * kMicrosPerDay);
  EXPECT_EQ(parsed("PT90M"), 90 * kMinute);
  EXPECT_EQ(parsed("PT30S"), 30 * kMicrosPerSecond);
  EXPECT_EQ(parsed("PT0.5S"), kMicrosPerSecond / 2);
  EXPECT_EQ(parsed("PT1,25S"), kMicrosPerSecond + kMicrosPerSecond / 4);
  EXPECT_EQ(parsed("PT36H"), 36 * kMicrosPerHour);
  EXPECT_EQ(parsed("P0D"), 0);
}

TEST(ParseIsoDuration, Combinations) {
  EXPECT_EQ(parsed("P1DT12H"), 36 * kMicrosPerHour);
  EXPECT_EQ(parsed("PT1H30M"), 90 * kMinute);
  EXPECT_EQ(parsed("P1DT1H1M1S"), kMicrosPerDay + kMicrosPerHour + kMinute + kMicrosPerSecond);
}

TEST(ParseIsoDuration, RefusesYearsAndMonths) {
  EXPECT_EQ(refusal("P1M"), "months have no fixed length; write days");
  EXPECT_EQ(refusal("P1Y"), "years have no fixed length; write days");
  EXPECT_EQ(refusal("P1Y2M3D"), "years have no fixed length; write days");
}

TEST(ParseIsoDuration, RefusesNegatives) {
  EXPECT_EQ(refusal("-P1D"), "must not be negative");
  EXPECT_EQ(refusal("P-1D"), "must not be negative");
}

TEST(ParseIsoDuration, RefusesEmptyAmounts) {
  EXPECT_NE(refusal("").find("is empty"), std::string::npos);
  EXPECT_NE(refusal("P").find("has no amount"), std::string::npos);
  EXPECT_NE(refusal("PT").find("T must be followed"), std::string::npos);
  EXPECT_NE(refusal("P1DT").find("T must be followed"), std::string::npos);
}

TEST(ParseIsoDuration, RefusesGarbage) {
  for (const auto text : {"48h", "p7d", "P7", "PTH", "P 7D", "P7D ", "PT1H2", "+P1D", "P1DD"}) {
    EXPECT_FALSE(refusal(text).empty()) << text;
  }
  EXPECT_NE(refusal("P1H").find("come after T"), std::string::npos);
  EXPECT_NE(refusal("PT1D").find("come before T"), std::string::npos);
  EXPECT_NE(refusal("PT1M1H").find("largest to smallest"), std::string::npos);
  EXPECT_NE(refusal("P1.5D").find("only seconds take a fraction"), std::string::npos);
  EXPECT_NE(refusal("PT0.1234567S").find("one to six digits"), std::string::npos);
}

TEST(ParseIsoDuration, RefusesOverflow) {
  EXPECT_EQ(refusal("P999999999999W"), "is too long");
  EXPECT_EQ(refusal("P9999999999999D"), "is too long");
}

TEST(FormatIsoDuration, DaysHoursMinutesSeconds) {
  EXPECT_EQ(format_iso_duration(0), "PT0S");
  EXPECT_EQ(format_iso_duration(7 * kMicrosPerDay), "P7D");
  EXPECT_EQ(format_iso_duration(48 * kMicrosPerHour), "P2D");
  EXPECT_EQ(format_iso_duration(36 * kMicrosPerHour), "P1DT12H");
  EXPECT_EQ(format_iso_duration(90 * kMinute), "PT1H30M");
  EXPECT_EQ(format_iso_duration(kMicrosPerSecond / 4), "PT0.25S");
  EXPECT_EQ(format_iso_duration(-kMicrosPerDay), "-P1D");
  EXPECT_EQ(format_iso_duration(std::numeric_limits<std::int64_t>::min()).substr(0, 2), "-P");
}

TEST(FormatIsoDuration, RoundTrips) {
  for (const std::int64_t micros :
       {std::int64_t{1}, kMinute + 1, 3 * kMicrosPerDay + 5 * kMicrosPerHour + 7,
        180 * kMicrosPerDay, std::numeric_limits<std::int64_t>::max()}) {
    EXPECT_EQ(parsed(format_iso_duration(micros)), micros) << format_iso_duration(micros);
  }
}

}  // namespace
}  // namespace haven::rules
