#include <gtest/gtest.h>

#include "haven/linkage/names.h"

namespace haven::linkage {
namespace {

std::vector<std::string> keys(std::string_view text) {
  std::vector<std::string> out;
  for (const auto& part : normalise_name(text).parts) out.push_back(part.key);
  return out;
}

std::vector<std::string> latin(std::string_view text) {
  std::vector<std::string> out;
  for (const auto& part : normalise_name(text).parts) out.push_back(part.latin);
  return out;
}

TEST(PhoneticKey, SpellingFamiliesOfOneNameMeet) {
  for (const char* spelling : {"mohamed", "muhammad", "mohammed", "mouhamed", "mohamad"}) {
    EXPECT_EQ(phonetic_key(spelling), "mhmd") << spelling;
  }
  EXPECT_EQ(phonetic_key("youssef"), phonetic_key("yusuf"));
  EXPECT_EQ(phonetic_key("khaled"), phonetic_key("khalid"));
  EXPECT_EQ(phonetic_key("fatimah"), phonetic_key("fatima"));
  EXPECT_EQ(phonetic_key("gamal"), phonetic_key("jamal"));
  EXPECT_NE(phonetic_key("ahmed"), phonetic_key("mohamed"));
  EXPECT_NE(phonetic_key("ali"), phonetic_key("omar"));
}

TEST(PhoneticKey, TheArticleJoinedToANameSoundsAsTheNameAlone) {
  EXPECT_EQ(phonetic_key("alshami"), phonetic_key("shami"));
  EXPECT_EQ(phonetic_key("elnour"), phonetic_key("nour"));
  EXPECT_EQ(phonetic_key("alhassan"), phonetic_key("hassan"));
  // Names of their own that begin so keep their sound.
  EXPECT_NE(phonetic_key("ali"), phonetic_key("i"));
  EXPECT_NE(phonetic_key("elena"), phonetic_key("ena"));
  EXPECT_NE(phonetic_key("alan"), phonetic_key("an"));
}

TEST(PhoneticKey, AFirstYSoundsAsJ) {
  EXPECT_EQ(phonetic_key("yorman"), phonetic_key("jorman"));
  EXPECT_EQ(phonetic_key("yesenia"), phonetic_key("jesenia"));
  EXPECT_EQ(phonetic_key("yosef"), phonetic_key("joseph"));
  EXPECT_NE(phonetic_key("yosef"), phonetic_key("osef"));
}

TEST(NormaliseName, ArabicScriptAndLatinSpellingsGiveTheSameParts) {
  const auto expected = keys("Mohamed Abdelrahman");
  EXPECT_EQ(expected, (std::vector<std::string>{"mhmd", "bdrhmn"}));
  EXPECT_EQ(keys("محمد عبد الرحمن"), expected);
  EXPECT_EQ(keys("Muhammad Abd al-Rahman"), expected);
  EXPECT_EQ(keys("MOHAMMED ABDUL RAHMAN"), expected);
  EXPECT_EQ(keys("فاطمة"), keys("Fatima"));
  EXPECT_EQ(keys("يوسف"), keys("Youssef"));
  EXPECT_EQ(keys("عبد الله"), keys("Abdallah"));
  EXPECT_EQ(keys("رشيد"), keys("Rachid"));
  EXPECT_EQ(keys("جمال"), keys("Djamel"));
  EXPECT_EQ(keys("غسان"), keys("Ghassan"));
}

TEST(NormaliseName, ConnectorsAreLeftOutAndCompoundsJoined) {
  EXPECT_EQ(latin("Omar bin Said"), (std::vector<std::string>{"omar", "said"}));
  // Abdallah is Abd + (Al)lah: the linking "al" goes, as it does from عبد الله.
  EXPECT_EQ(latin("Ahmed Ould Abdallah"), (std::vector<std::string>{"ahmed", "abdlah"}));
  EXPECT_EQ(latin("Juan de la Cruz"), (std::vector<std::string>{"juan", "la", "cruz"}));
  EXPECT_EQ(latin("Abd el Aziz"), (std::vector<std::string>{"abdaziz"}));
  // A name that is only a connector is still a name.
  EXPECT_EQ(latin("Ben"), (std::vector<std::string>{"ben"}));
  EXPECT_TRUE(normalise_name("  ").parts.empty());
}

TEST(NormaliseName, OtherScriptsAreTransliterated) {
  EXPECT_EQ(keys("Иван Петров"), keys("Ivan Petrov"));
  EXPECT_EQ(keys("Ηλίας"), keys("Elias"));
  EXPECT_EQ(latin("José Núñez"), (std::vector<std::string>{"jose", "nunez"}));
}

}  // namespace
}  // namespace haven::linkage
