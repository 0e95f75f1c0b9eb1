#include <gtest/gtest.h>

#include "haven/core/text.h"

namespace haven {
namespace {

TEST(FoldForSearch, IgnoresCaseDiacriticsAndPunctuation) {
  EXPECT_EQ(fold_for_search("José  NÚÑEZ"), "jose nunez");
  EXPECT_EQ(fold_for_search("Abd al-Rahman"), "abd al rahman");
  EXPECT_EQ(fold_for_search("  O'Brien "), "o brien");
}

TEST(FoldForSearch, TransliteratesOtherScripts) {
  EXPECT_EQ(fold_for_search("Ηλίας"), "elias");
  EXPECT_FALSE(fold_for_search("محمد").empty());
  EXPECT_EQ(fold_for_search("محمد").find_first_not_of("abcdefghijklmnopqrstuvwxyz "),
            std::string::npos);
}

TEST(ConsonantSkeleton, SpellingsOfOneNameMeet) {
  EXPECT_EQ(consonant_skeleton("mohamed"), "mhmd");
  EXPECT_EQ(consonant_skeleton("muhammad"), "mhmd");
  EXPECT_EQ(consonant_skeleton(fold_for_search("محمد")), "mhmd");
  EXPECT_EQ(consonant_skeleton("abdelrahman"), consonant_skeleton("abdalrahman"));
  EXPECT_NE(consonant_skeleton("ahmed"), consonant_skeleton("mohamed"));
  EXPECT_EQ(consonant_skeleton("aya"), "");
}

TEST(Utf8, DetectsMalformedBytes) {
  EXPECT_TRUE(is_valid_utf8("Amanuel ኣማኑኤል"));
  EXPECT_FALSE(is_valid_utf8("\xC3\x28"));
  EXPECT_FALSE(is_valid_utf8("\xFF"));
  EXPECT_EQ(count_code_points("ኣማ"), 2u);
}

}  // namespace
}  // namespace haven

namespace haven {
namespace {

TEST(EditDistance, CountsInsertionsDeletionsAndSubstitutions) {
  EXPECT_EQ(edit_distance("rights_hours", "rights_hours"), 0u);
  EXPECT_EQ(edit_distance("rights_hour", "rights_hours"), 1u);
  EXPECT_EQ(edit_distance("facilty", "facility"), 1u);
  EXPECT_EQ(edit_distance("kitten", "sitting"), 3u);
  EXPECT_EQ(edit_distance("", "abc"), 3u);
}

}  // namespace
}  // namespace haven
