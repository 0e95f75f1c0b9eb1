// The profiles compiled in from data/profiles: all present, all parsed, each with the values
// its file gives; and load_profile's choice between a built-in name and a file.

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "haven/core/time.h"
#include "haven/rules/profile.h"
#include "support/files.h"

namespace haven::rules {
namespace {

const std::filesystem::path kProfileDir = std::filesystem::path(HAVEN_SOURCE_DIR) / "data/profiles";

using haven::testing::read_file;

bool has(const std::vector<std::string>& list, std::string_view item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

const Profile& builtin(std::string_view name) {
  const Profile* profile = builtin_profile(name);
  if (profile == nullptr) throw std::runtime_error("no built-in profile " + std::string(name));
  return *profile;
}

TEST(BuiltinProfiles, AreTheFilesInDataProfiles) {
  std::vector<std::string> files;
  for (const auto& entry : std::filesystem::directory_iterator(kProfileDir)) {
    if (entry.path().extension() == ".toml") files.push_back(entry.path().stem().string());
  }
  std::sort(files.begin(), files.end());
  const auto names = builtin_profile_names();
  EXPECT_EQ(std::vector<std::string>(names.begin(), names.end()), files);
  for (const auto name :
       {"canada", "eu-return-directive", "france", "international", "spain", "united-states"}) {
    EXPECT_TRUE(has(files, name)) << name;
  }
}

TEST(BuiltinProfiles, EachParsesAndMatchesItsFile) {
  for (const auto name : builtin_profile_names()) {
    SCOPED_TRACE(std::string(name));
    auto loaded = load_profile(name);
    ASSERT_TRUE(loaded.ok()) << loaded.error().describe();
    EXPECT_EQ(loaded->name, name);
    EXPECT_FALSE(loaded->description.empty());
    EXPECT_FALSE(loaded->sources.empty());
    ASSERT_NE(builtin_profile(name), nullptr);
    EXPECT_EQ(builtin_profile_text(name), read_file(kProfileDir / (std::string(name) + ".toml")));
  }
}

TEST(BuiltinProfiles, International) {
  const Profile& p = builtin("international");
  EXPECT_EQ(p.country, "");
  EXPECT_EQ(p.consular.rights, 24 * kMicrosPerHour);
  EXPECT_EQ(p.consular.notice, 72 * kMicrosPerHour);
  EXPECT_TRUE(p.consular.mandatory.empty());
  EXPECT_EQ(p.detention.review_schedule,
            (std::vector<std::int64_t>{48 * kMicrosPerHour, 30 * kMicrosPerDay}));
  EXPECT_EQ(p.detention.max, 180 * kMicrosPerDay);
  EXPECT_FALSE(p.detention.extension);
  EXPECT_EQ(p.detention.alternative, 0);
  EXPECT_EQ(p.children.adult_age, 18);
  EXPECT_EQ(p.children.detention, ChildDetention::kProhibited);
  EXPECT_EQ(p.children.guardian, 24 * kMicrosPerHour);
  EXPECT_EQ(p.protection.victim_referral, 3 * kMicrosPerDay);
}

TEST(BuiltinProfiles, EuReturnDirective) {
  const Profile& p = builtin("eu-return-directive");
  EXPECT_EQ(p.detention.max, 180 * kMicrosPerDay);
  EXPECT_EQ(p.detention.extension, 365 * kMicrosPerDay);
  EXPECT_EQ(p.detention.extension_grounds,
            (std::vector<std::string>{"non_cooperation", "third_country_documents"}));
  EXPECT_EQ(p.children.detention, ChildDetention::kProhibited);
}

TEST(BuiltinProfiles, SpainAndFrance) {
  const Profile& spain = builtin("spain");
  EXPECT_EQ(spain.country, "ESP");
  EXPECT_EQ(spain.detention.max, 60 * kMicrosPerDay);
  EXPECT_EQ(spain.detention.review_schedule.front(), 72 * kMicrosPerHour);
  EXPECT_FALSE(spain.detention.extension);
  const Profile& france = builtin("france");
  EXPECT_EQ(france.country, "FRA");
  EXPECT_EQ(france.detention.max, 90 * kMicrosPerDay);
  EXPECT_EQ(france.detention.review_schedule.front(), 4 * kMicrosPerDay);
}

TEST(BuiltinProfiles, Canada) {
  const Profile& p = builtin("canada");
  EXPECT_EQ(
      p.detention.review_schedule,
      (std::vector<std::int64_t>{48 * kMicrosPerHour, 7 * kMicrosPerDay, 30 * kMicrosPerDay}));
  EXPECT_FALSE(p.detention.max);
  EXPECT_FALSE(p.detention.extension);
}

TEST(BuiltinProfiles, UnitedStates) {
  const Profile& p = builtin("united-states");
  EXPECT_FALSE(p.detention.max);
  const auto& list = p.consular.mandatory;
  EXPECT_GE(list.size(), 59u);  // 57 names, plus Hong Kong, Macao and British territories
  for (const auto code :
       {"CHN", "HKG", "MAC", "GBR", "RUS", "TZA", "MDA", "BRN", "DZA", "POL", "ZWE", "BMU"}) {
    EXPECT_TRUE(has(list, code)) << code;
  }
  EXPECT_FALSE(has(list, "TWN"));
  EXPECT_FALSE(has(list, "MEX"));
  EXPECT_EQ(p.children.detention, ChildDetention::kLastResort);
  EXPECT_EQ(p.children.max, 72 * kMicrosPerHour);
}

TEST(LoadProfile, UnknownNameListsTheBuiltIns) {
  auto profile = load_profile("atlantis");
  ASSERT_FALSE(profile.ok());
  EXPECT_EQ(profile.error().code, ErrorCode::kNotFound);
  EXPECT_EQ(profile.error().field, "profile");
  EXPECT_NE(profile.error().message.find("\"atlantis\""), std::string::npos);
  EXPECT_NE(profile.error().message.find("canada, eu-return-directive, france"), std::string::npos);
  EXPECT_EQ(builtin_profile("atlantis"), nullptr);
  EXPECT_TRUE(builtin_profile_text("atlantis").empty());
}

TEST(LoadProfile, ReadsAFileAndNamesItInErrors) {
  const auto dir = std::filesystem::temp_directory_path() / "haven_profile_test";
  std::filesystem::create_directories(dir);
  const auto path = dir / "local.toml";
  std::string text(builtin_profile_text("canada"));
  text.replace(text.find("name = \"canada\""), 15, "name = \"local\"");
  std::ofstream(path, std::ios::binary) << text;
  auto profile = load_profile(path.string());
  ASSERT_TRUE(profile.ok()) << profile.error().describe();
  EXPECT_EQ(profile->name, "local");

  text.replace(text.find("rights_hours"), 12, "rights_hour");
  std::ofstream(path, std::ios::binary) << text;
  profile = load_profile(path.string());
  ASSERT_FALSE(profile.ok());
  EXPECT_EQ(profile.error().code, ErrorCode::kUnknownField);
  EXPECT_NE(profile.error().message.find(path.string()), std::string::npos);

  profile = load_profile(dir.string());
  ASSERT_FALSE(profile.ok());
  EXPECT_EQ(profile.error().code, ErrorCode::kIo);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace haven::rules
