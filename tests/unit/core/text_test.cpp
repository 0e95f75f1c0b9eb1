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

TEST(Utf8, DetectsMalformedBytes) {
  EXPECT_TRUE(is_valid_utf8("Amanuel ኣማኑኤል"));
  EXPECT_FALSE(is_valid_utf8("\xC3\x28"));
  EXPECT_FALSE(is_valid_utf8("\xFF"));
  EXPECT_EQ(count_code_points("ኣማ"), 2u);
}

}  // namespace
}  // namespace haven
