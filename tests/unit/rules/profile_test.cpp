// parse_profile on a small valid profile, then on one broken line at a time: each error must
// name its code, its dotted key and its line.

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "haven/core/time.h"
#include "haven/rules/profile.h"

namespace haven::rules {
namespace {

// Line numbers below refer to this text.
const std::vector<std::string> kValid = {
    R"(name = "test")",                               // 1
    R"(country = "ESP")",                             // 2
    R"([consular])",                                  // 3
    R"(rights_hours = 24)",                           // 4
    R"(notice_hours = 72)",                           // 5
    R"(mandatory = ["DZA", "CHN"])",                  // 6
    R"([detention])",                                 // 7
    R"(review_schedule = ["PT48H", "P7D", "P30D"])",  // 8
    R"(max_days = 180)",                              // 9
    R"(extension_max_days = 365)",                    // 10
    R"(extension_grounds = ["non_cooperation"])",     // 11
    R"(alternative_hours = 0)",                       // 12
    R"([children])",                                  // 13
    R"(adult_age = 18)",                              // 14
    R"(detention = "prohibited")",                    // 15
    R"(guardian_hours = 24)",                         // 16
    R"([protection])",                                // 17
    R"(victim_referral_days = 3)",                    // 18
    R"(referral_response_days = 5)",                  // 19
    R"(investigation_days = 30)",                     // 20
    R"([retention])",                                 // 21
    R"(anonymise_after_days = 1826)",                 // 22
};

std::string valid_text() {
  std::string out;
  for (const auto& line : kValid) out += line + "\n";
  return out;
}

// The valid text with lines first..last (1-based) replaced; an empty replacement deletes.
std::string edited(int first, int last, const std::string& replacement) {
  std::ostringstream out;
  for (int line = 1; line <= static_cast<int>(kValid.size()); ++line) {
    if (line == first && !replacement.empty()) out << replacement << "\n";
    if (line < first || line > last) out << kValid[line - 1] << "\n";
  }
  return out.str();
}

TEST(ParseProfile, ReadsEveryKeyInMicroseconds) {
  auto profile = parse_profile(valid_text(), "test.toml");
  ASSERT_TRUE(profile.ok()) << profile.error().describe();
  EXPECT_EQ(profile->name, "test");
  EXPECT_EQ(profile->country, "ESP");
  EXPECT_EQ(profile->consular.rights, 24 * kMicrosPerHour);
  EXPECT_EQ(profile->consular.notice, 72 * kMicrosPerHour);
  EXPECT_EQ(profile->consular.mandatory, (std::vector<std::string>{"DZA", "CHN"}));
  EXPECT_EQ(
      profile->detention.review_schedule,
      (std::vector<std::int64_t>{48 * kMicrosPerHour, 7 * kMicrosPerDay, 30 * kMicrosPerDay}));
  EXPECT_EQ(profile->detention.max, 180 * kMicrosPerDay);
  EXPECT_EQ(profile->detention.extension, 365 * kMicrosPerDay);
  EXPECT_EQ(profile->detention.extension_grounds, std::vector<std::string>{"non_cooperation"});
  EXPECT_EQ(profile->detention.alternative, 0);
  EXPECT_EQ(profile->children.adult_age, 18);
  EXPECT_EQ(profile->children.detention, ChildDetention::kProhibited);
  EXPECT_EQ(profile->children.max, 0);
  EXPECT_EQ(profile->children.guardian, 24 * kMicrosPerHour);
  EXPECT_EQ(profile->protection.victim_referral, 3 * kMicrosPerDay);
  EXPECT_EQ(profile->protection.referral_response, 5 * kMicrosPerDay);
  EXPECT_EQ(profile->protection.investigation, 30 * kMicrosPerDay);
  EXPECT_EQ(profile->retention.anonymise_after, 1826 * kMicrosPerDay);
}

TEST(ParseProfile, WithoutARetentionTableRecordsAreKeptWhole) {
  auto profile = parse_profile(edited(21, 22, ""), "test.toml");
  ASSERT_TRUE(profile.ok()) << profile.error().describe();
  EXPECT_FALSE(profile->retention.anonymise_after);
}

TEST(ParseProfile, OmittedLimitsStayUnset) {
  auto profile = parse_profile(edited(9, 12, ""), "test.toml");
  ASSERT_TRUE(profile.ok()) << profile.error().describe();
  EXPECT_FALSE(profile->detention.max);
  EXPECT_FALSE(profile->detention.extension);
  EXPECT_TRUE(profile->detention.extension_grounds.empty());
  EXPECT_FALSE(profile->detention.alternative);
}

TEST(ParseProfile, LastResortKeepsItsHours) {
  auto profile = parse_profile(edited(15, 15, "detention = \"last_resort\"\nmax_hours = 72"), "");
  ASSERT_TRUE(profile.ok()) << profile.error().describe();
  EXPECT_EQ(profile->children.detention, ChildDetention::kLastResort);
  EXPECT_EQ(profile->children.max, 72 * kMicrosPerHour);
}

struct BadProfile {
  std::string test_name;
  int first = 0;  // the lines replaced
  int last = 0;
  std::string replacement;
  ErrorCode code = ErrorCode::kInternal;
  std::string field;
  int line = 0;
  std::string message;  // a part of the message
};

class ParseBadProfile : public testing::TestWithParam<BadProfile> {};

TEST_P(ParseBadProfile, NamesCodeFieldAndLine) {
  const auto& bad = GetParam();
  auto profile = parse_profile(edited(bad.first, bad.last, bad.replacement), "test.toml");
  ASSERT_FALSE(profile.ok());
  const Error& error = profile.error();
  EXPECT_EQ(code_name(error.code), code_name(bad.code)) << error.describe();
  EXPECT_EQ(error.field, bad.field) << error.describe();
  EXPECT_EQ(error.line, bad.line) << error.describe();
  EXPECT_NE(error.message.find(bad.message), std::string::npos) << error.describe();
  EXPECT_NE(error.message.find("(in test.toml)"), std::string::npos) << error.describe();
}

using enum ErrorCode;
const BadProfile kBadProfiles[] = {
    {"KeyTypo", 4, 4, "rights_hour = 24", kUnknownField, "consular.rights_hour", 4,
     "unknown key (did you mean rights_hours?)"},
    {"KeyInWrongTable", 5, 5, "max_days = 10", kUnknownField, "consular.max_days", 5,
     "it belongs in [detention]"},
    {"TableTypo", 17, 17, "[protections]", kUnknownField, "protections", 17,
     "unknown table (did you mean protection?)"},
    {"RetentionOfNoDays", 22, 22, "anonymise_after_days = 0", kInvalidField,
     "retention.anonymise_after_days", 22, "must be at least 1"},
    {"NegativeDays", 9, 9, "max_days = -1", kInvalidField, "detention.max_days", 9,
     "must be a whole number of days, 0 or more"},
    {"FractionalDays", 9, 9, "max_days = 1.5", kInvalidField, "detention.max_days", 9,
     "must be a whole number of days, 0 or more"},
    {"TooManyDays", 9, 9, "max_days = 100000", kInvalidField, "detention.max_days", 9,
     "must be at most 36525 days"},
    {"HoursAsText", 4, 4, R"(rights_hours = "24")", kInvalidField, "consular.rights_hours", 4,
     "must be a whole number of hours"},
    {"NegativeHours", 16, 16, "guardian_hours = -24", kInvalidField, "children.guardian_hours", 16,
     "0 or more"},
    {"NotACountryCode", 6, 6, R"(mandatory = ["DZA", "CHN", "MEX", "XYZ"])", kInvalidField,
     "consular.mandatory[3]", 6, R"("XYZ" is not an ISO 3166-1 alpha-3 code)"},
    {"LowerCaseCode", 6, 6, R"(mandatory = ["chn"])", kInvalidField, "consular.mandatory[0]", 6,
     R"((write "CHN"))"},
    {"CodeTwice", 6, 6, R"(mandatory = ["CHN", "DZA", "CHN"])", kInvalidField,
     "consular.mandatory[2]", 6, R"("CHN" is listed twice)"},
    {"CountryName", 2, 2, R"(country = "Spain")", kInvalidField, "country", 2,
     "not an ISO 3166-1 alpha-3 code"},
    {"EmptyName", 1, 1, R"(name = "")", kInvalidField, "name", 1, "must not be empty"},
    {"Months", 8, 8, R"(review_schedule = ["PT48H", "P1M"])", kInvalidField,
     "detention.review_schedule[1]", 8, R"("P1M": months have no fixed length; write days)"},
    {"YearsOnLaterLine", 8, 8, "review_schedule = [\n  \"PT48H\",\n  \"P1Y\",\n]", kInvalidField,
     "detention.review_schedule[1]", 10, "years have no fixed length"},
    {"EmptySchedule", 8, 8, "review_schedule = []", kInvalidField, "detention.review_schedule", 8,
     "must list at least one review"},
    {"ScheduleGoesBack", 8, 8, R"(review_schedule = ["P7D", "PT48H"])", kInvalidField,
     "detention.review_schedule[1]", 8, R"(must come after "P7D")"},
    {"ZeroReview", 8, 8, R"(review_schedule = ["PT0H"])", kInvalidField,
     "detention.review_schedule[0]", 8, "must be longer than zero"},
    {"ChildDetentionWord", 15, 15, R"(detention = "sometimes")", kInvalidField,
     "children.detention", 15, R"(must be "prohibited" or "last_resort")"},
    {"LastResortWithoutHours", 15, 15, R"(detention = "last_resort")", kMissingField,
     "children.max_hours", 15, "is required when"},
    {"LastResortZeroHours", 15, 15, "detention = \"last_resort\"\nmax_hours = 0", kInvalidField,
     "children.max_hours", 16, "must be more than 0"},
    {"ProhibitedWithHours", 16, 16, "max_hours = 12\nguardian_hours = 24", kInvalidField,
     "children.max_hours", 16, "must be 0 or absent"},
    {"AdultAt30", 14, 14, "adult_age = 30", kInvalidField, "children.adult_age", 14,
     "from 1 to 21"},
    {"ExtensionWithoutMax", 9, 9, "", kInvalidField, "detention.extension_max_days", 9,
     "needs detention.max_days"},
    {"ExtensionWithoutGrounds", 11, 11, "", kMissingField, "detention.extension_grounds", 10,
     "is required with detention.extension_max_days"},
    {"GroundsWithoutExtension", 10, 10, "", kInvalidField, "detention.extension_grounds", 10,
     "needs detention.extension_max_days"},
    {"GroundNotACode", 11, 11, R"(extension_grounds = ["Non cooperation"])", kInvalidField,
     "detention.extension_grounds[0]", 11, "must be a lower-case code"},
    {"MissingKey", 4, 4, "", kMissingField, "consular.rights_hours", 3, "is required"},
    {"MissingTable", 17, 20, "", kMissingField, "protection", 0, "[protection] is missing"},
    {"SyntaxError", 5, 5, "notice_hours = ", kInvalidDocument, "", 5, "not valid TOML"},
    {"DuplicateKey", 5, 5, "rights_hours = 48", kInvalidDocument, "", 5, "not valid TOML"},
};

INSTANTIATE_TEST_SUITE_P(Errors, ParseBadProfile, testing::ValuesIn(kBadProfiles),
                         [](const auto& info) { return info.param.test_name; });

}  // namespace
}  // namespace haven::rules
