#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "haven/linkage/compare.h"

namespace haven::linkage {
namespace {

// Textbook values (Winkler 1990; the usual worked examples), to three decimals.
TEST(JaroWinkler, GivesTheTextbookValues) {
  EXPECT_NEAR(jaro_winkler("MARTHA", "MARHTA"), 0.961, 0.0005);
  EXPECT_NEAR(jaro_winkler("DWAYNE", "DUANE"), 0.840, 0.0005);
  EXPECT_NEAR(jaro_winkler("DIXON", "DICKSONX"), 0.813, 0.0005);
}

using Pair = std::pair<std::string_view, std::string_view>;

TEST(JaroWinkler, IsSymmetric) {
  const std::vector<Pair> pairs = {{"MARTHA", "MARHTA"},  {"DWAYNE", "DUANE"},
                                   {"DIXON", "DICKSONX"}, {"mohamed", "muhammad"},
                                   {"a", "abc"},          {"abc", "xyz"}};
  for (auto [a, b] : pairs) {
    EXPECT_DOUBLE_EQ(jaro_winkler(a, b), jaro_winkler(b, a)) << a << " " << b;
  }
}

TEST(JaroWinkler, EqualIsOneAndEmptyIsNoEvidence) {
  EXPECT_DOUBLE_EQ(jaro_winkler("amina", "amina"), 1.0);
  EXPECT_DOUBLE_EQ(jaro_winkler("a", "a"), 1.0);
  EXPECT_DOUBLE_EQ(jaro_winkler("", "amina"), 0.0);
  EXPECT_DOUBLE_EQ(jaro_winkler("amina", ""), 0.0);
  EXPECT_DOUBLE_EQ(jaro_winkler("", ""), 0.0);
  EXPECT_DOUBLE_EQ(jaro_winkler("abc", "xyz"), 0.0);
}

TEST(JaroWinkler, PrefixScaleIsBoundedSoTheScoreStaysAtMostOne) {
  const double plain = jaro_winkler("MARTHA", "MARHTA", 0.0);
  EXPECT_NEAR(plain, 0.944, 0.0005);  // Jaro alone
  EXPECT_GT(jaro_winkler("MARTHA", "MARHTA", 0.2), jaro_winkler("MARTHA", "MARHTA"));
  EXPECT_LE(jaro_winkler("abcdx", "abcdy", 5.0), 1.0);
  EXPECT_DOUBLE_EQ(jaro_winkler("abcdx", "abcdy", 5.0), jaro_winkler("abcdx", "abcdy", 0.25));
  EXPECT_DOUBLE_EQ(jaro_winkler("MARTHA", "MARHTA", -1.0), plain);
}

TEST(DamerauLevenshtein, CountsOptimalStringAlignment) {
  EXPECT_EQ(damerau_levenshtein("ca", "abc"), 3u);  // 2 without the OSA restriction
  EXPECT_EQ(damerau_levenshtein("abcd", "acbd"), 1u);
  EXPECT_EQ(damerau_levenshtein("kitten", "sitting"), 3u);
  EXPECT_EQ(damerau_levenshtein("", "abc"), 3u);
  EXPECT_EQ(damerau_levenshtein("abc", ""), 3u);
  EXPECT_EQ(damerau_levenshtein("", ""), 0u);
  EXPECT_EQ(damerau_levenshtein("fatima", "fatima"), 0u);
  EXPECT_EQ(damerau_levenshtein("fatmia", "fatima"), 1u);
}

TEST(DamerauLevenshtein, IsSymmetric) {
  const std::vector<Pair> pairs = {{"ca", "abc"}, {"kitten", "sitting"}, {"abcd", "acbd"}};
  for (auto [a, b] : pairs) {
    EXPECT_EQ(damerau_levenshtein(a, b), damerau_levenshtein(b, a)) << a << " " << b;
  }
}

TEST(DamerauLevenshtein, SimilarityIsOneMinusDistanceOverTheLongerLength) {
  EXPECT_DOUBLE_EQ(damerau_levenshtein_similarity("kitten", "sitting"), 1.0 - 3.0 / 7.0);
  EXPECT_DOUBLE_EQ(damerau_levenshtein_similarity("abcd", "acbd"), 0.75);
  EXPECT_DOUBLE_EQ(damerau_levenshtein_similarity("omar", "omar"), 1.0);
  EXPECT_DOUBLE_EQ(damerau_levenshtein_similarity("abc", "xyz"), 0.0);
  EXPECT_DOUBLE_EQ(damerau_levenshtein_similarity("", "omar"), 0.0);
  EXPECT_DOUBLE_EQ(damerau_levenshtein_similarity("", ""), 0.0);
}

using Tokens = std::vector<std::string>;

TEST(TokenSet, IgnoresTheOrderOfNameParts) {
  const Tokens a = {"abd", "rahman", "mohamed"};
  const Tokens b = {"mohamed", "abd", "rahman"};
  EXPECT_DOUBLE_EQ(token_set_similarity(a, b), 1.0);
}

TEST(TokenSet, CountsAPartWithoutPartnerAsZero) {
  EXPECT_DOUBLE_EQ(token_set_similarity(Tokens{"mohamed", "ali"}, Tokens{"ali"}), 0.5);
  EXPECT_DOUBLE_EQ(token_set_similarity(Tokens{"ali"}, Tokens{"mohamed", "ali"}), 0.5);
  EXPECT_NEAR(token_set_similarity(Tokens{"abd", "rahman", "mohamed"}, Tokens{"rahman", "abd"}),
              2.0 / 3.0, 1e-12);
}

TEST(TokenSet, UsesEachTokenOnce) {
  EXPECT_DOUBLE_EQ(token_set_similarity(Tokens{"ali", "ali"}, Tokens{"ali"}), 0.5);
  EXPECT_DOUBLE_EQ(token_set_similarity(Tokens{"ali", "ali"}, Tokens{"ali", "ali"}), 1.0);
}

TEST(TokenSet, AveragesNearMatches) {
  const Tokens a = {"mohamed", "ali"};
  const Tokens b = {"ali", "muhammad"};
  const double expected = (1.0 + jaro_winkler("mohamed", "muhammad")) / 2.0;
  EXPECT_DOUBLE_EQ(token_set_similarity(a, b), expected);
  EXPECT_DOUBLE_EQ(token_set_similarity(b, a), expected);
  EXPECT_LT(expected, 1.0);
  EXPECT_GT(expected, 0.5);
}

TEST(TokenSet, TakesASingleTokenAndRefusesEmptySets) {
  EXPECT_DOUBLE_EQ(token_set_similarity(Tokens{"amina"}, Tokens{"amina"}), 1.0);
  EXPECT_DOUBLE_EQ(token_set_similarity(Tokens{"amina"}, Tokens{"aminah"}),
                   jaro_winkler("amina", "aminah"));
  EXPECT_DOUBLE_EQ(token_set_similarity(Tokens{}, Tokens{"amina"}), 0.0);
  EXPECT_DOUBLE_EQ(token_set_similarity(Tokens{}, Tokens{}), 0.0);
  EXPECT_DOUBLE_EQ(token_set_similarity(Tokens{"abc"}, Tokens{"xyz"}), 0.0);
}

PartialDate date(const char* text, bool estimated = false) {
  auto parsed = parse_birth_date(text);
  EXPECT_TRUE(parsed.ok()) << text << ": " << parsed.error().describe();
  PartialDate out = parsed.ok() ? *parsed : PartialDate{};
  out.estimated = estimated;
  return out;
}

TEST(BirthDate, ReadsEveryForm) {
  auto year = parse_birth_date("1990");
  ASSERT_TRUE(year.ok());
  EXPECT_EQ(year->year, 1990);
  EXPECT_EQ(year->month, 0);
  EXPECT_EQ(year->day, 0);
  EXPECT_FALSE(year->estimated);

  auto month = parse_birth_date("1990-03");
  ASSERT_TRUE(month.ok());
  EXPECT_EQ(month->month, 3);
  EXPECT_EQ(month->day, 0);

  for (const char* full : {"1990-03-04", "19900304"}) {
    auto parsed = parse_birth_date(full);
    ASSERT_TRUE(parsed.ok()) << full;
    EXPECT_EQ(parsed->year, 1990);
    EXPECT_EQ(parsed->month, 3);
    EXPECT_EQ(parsed->day, 4);
    EXPECT_TRUE(parsed->is_full());
  }
  EXPECT_TRUE(parse_birth_date("2024-02-29").ok());
  EXPECT_TRUE(parse_birth_date("20000229").ok());
}

TEST(BirthDate, RefusesWhatIsNotACalendarDate) {
  for (const char* bad : {"2026-02-30", "20261301", "19x0", "", "2023-02-29", "19000229", "1990-00",
                          "1990-13", "1990-04-31", "19900400", "0000", "1990-3-4", "1990/03/04",
                          "199003", "1990-03-04T00:00", " 1990", "+990"}) {
    auto parsed = parse_birth_date(bad);
    ASSERT_FALSE(parsed.ok()) << bad;
    EXPECT_EQ(parsed.error().code, ErrorCode::kInvalidField) << bad;
    EXPECT_EQ(parsed.error().field, "birth_date") << bad;
  }
  EXPECT_EQ(parse_birth_date("2026-02-30").error().describe(),
            "birth_date: '2026-02-30' is not a calendar date");
  EXPECT_EQ(parse_birth_date("20261301").error().describe(),
            "birth_date: '20261301' has no such month");
}

TEST(BirthDateAgreement, NamesEveryLevel) {
  using enum DateAgreement;
  EXPECT_EQ(compare_birth_dates(date("1990-03-04"), date("19900304")), kExact);
  EXPECT_EQ(compare_birth_dates(date("1990-03-04"), date("1990-04-03")), kDayMonthSwapped);
  EXPECT_EQ(compare_birth_dates(date("1990-03-04"), date("1990-03-05")), kOneTypingSlip);
  EXPECT_EQ(compare_birth_dates(date("1990-03-04"), date("1990-03-15")), kSameYearAndMonth);
  EXPECT_EQ(compare_birth_dates(date("1990-03-04"), date("1990-07-20")), kSameYear);
  EXPECT_EQ(compare_birth_dates(date("1990-03-04"), date("1991-08-20")), kOneYearApart);
  EXPECT_EQ(compare_birth_dates(date("1990", true), date("1993-05-06")), kTwoOrThreeYearsApart);
  EXPECT_EQ(compare_birth_dates(date("1990-03-04"), date("1994-08-20")), kDisagree);
  EXPECT_EQ(compare_birth_dates(PartialDate{}, date("1990-03-04")), kMissing);
}

TEST(BirthDateAgreement, FindsOneTypingSlip) {
  using enum DateAgreement;
  // A single wrong digit, wherever it is, ranks above the year gap it makes.
  EXPECT_EQ(compare_birth_dates(date("1990-03-04"), date("1980-03-04")), kOneTypingSlip);
  EXPECT_EQ(compare_birth_dates(date("1990-03-04"), date("1991-03-04")), kOneTypingSlip);
  // Two neighbouring digits swapped: in the year, and in the day.
  EXPECT_EQ(compare_birth_dates(date("1989-03-04"), date("1998-03-04")), kOneTypingSlip);
  EXPECT_EQ(compare_birth_dates(date("1990-12-21"), date("1990-12-12")), kOneTypingSlip);
  // Two digits wrong, not a swap of neighbours.
  EXPECT_EQ(compare_birth_dates(date("1990-03-04"), date("1990-03-15")), kSameYearAndMonth);
  EXPECT_EQ(compare_birth_dates(date("1989-03-04"), date("1999-03-08")), kDisagree);
}

TEST(BirthDateAgreement, NeedsTwoFullDatesForTheDayLevels) {
  using enum DateAgreement;
  EXPECT_EQ(compare_birth_dates(date("1990"), date("1990")), kSameYear);
  EXPECT_EQ(compare_birth_dates(date("1990-03"), date("1990-03")), kSameYearAndMonth);
  EXPECT_EQ(compare_birth_dates(date("1990-03"), date("1990-03-15")), kSameYearAndMonth);
  EXPECT_EQ(compare_birth_dates(date("1990"), date("1990-03-15")), kSameYear);
  EXPECT_EQ(compare_birth_dates(date("1990-04"), date("1990-03-04")), kSameYear);
  EXPECT_EQ(compare_birth_dates(date("1991"), date("1990-03-04")), kOneYearApart);
  // Only one digit differs, but in a date that is not full: no typing slip to find.
  EXPECT_EQ(compare_birth_dates(date("1980"), date("1990-03-04")), kDisagree);
}

TEST(BirthDateAgreement, AllowsTwoOrThreeYearsOnlyForAnEstimate) {
  using enum DateAgreement;
  EXPECT_EQ(compare_birth_dates(date("1990-06-01"), date("1992-01-09")), kDisagree);
  EXPECT_EQ(compare_birth_dates(date("1990-06-01", true), date("1992-01-09")),
            kTwoOrThreeYearsApart);
  EXPECT_EQ(compare_birth_dates(date("1990-06-01"), date("1993", true)), kTwoOrThreeYearsApart);
  EXPECT_EQ(compare_birth_dates(date("1990", true), date("1994", true)), kDisagree);
  // An estimate does not lift a closer level: one year apart stays one year apart.
  EXPECT_EQ(compare_birth_dates(date("1990", true), date("1991")), kOneYearApart);
}

TEST(BirthDateAgreement, IsMissingWhenEitherYearIsUnknown) {
  using enum DateAgreement;
  EXPECT_EQ(compare_birth_dates(PartialDate{}, PartialDate{}), kMissing);
  EXPECT_EQ(compare_birth_dates(date("1990"), PartialDate{}), kMissing);
  EXPECT_EQ(compare_birth_dates(PartialDate{0, 3, 4, false}, date("1990-03-04")), kMissing);
}

TEST(BirthDateAgreement, IsSymmetric) {
  const std::vector<PartialDate> dates = {
      date("1990-03-04"), date("1990-04-03"), date("1990-03-05"), date("1980-03-04"),
      date("1990-03"),    date("1990"),       date("1991", true), date("1993-05-06"),
      date("1989-03-04"), date("1998-03-04"), PartialDate{}};
  for (const auto& a : dates) {
    for (const auto& b : dates) {
      EXPECT_EQ(compare_birth_dates(a, b), compare_birth_dates(b, a))
          << a.year << "-" << a.month << "-" << a.day << " / " << b.year << "-" << b.month << "-"
          << b.day;
    }
  }
}

TEST(Codes, ComparesSex) {
  EXPECT_EQ(compare_codes("F", "F"), Agreement::kAgree);
  EXPECT_EQ(compare_codes("F", "M"), Agreement::kDisagree);
  EXPECT_EQ(compare_codes("X", "F"), Agreement::kDisagree);
  EXPECT_EQ(compare_codes("U", "F"), Agreement::kMissing);
  EXPECT_EQ(compare_codes("M", "U"), Agreement::kMissing);
  EXPECT_EQ(compare_codes("U", "U"), Agreement::kMissing);
  EXPECT_EQ(compare_codes("", "M"), Agreement::kMissing);
}

TEST(Codes, ComparesNationalities) {
  EXPECT_EQ(compare_codes("SYR", "SYR"), Agreement::kAgree);
  EXPECT_EQ(compare_codes("SYR", "IRQ"), Agreement::kDisagree);
  EXPECT_EQ(compare_codes("", "SYR"), Agreement::kMissing);
  EXPECT_EQ(compare_codes("", ""), Agreement::kMissing);
  // Stateless agrees only with stateless.
  EXPECT_EQ(compare_codes("XXA", "XXA"), Agreement::kAgree);
  EXPECT_EQ(compare_codes("XXA", "MMR"), Agreement::kDisagree);
  EXPECT_EQ(compare_codes("MMR", "XXA"), Agreement::kDisagree);
  EXPECT_EQ(compare_codes("XXA", "XXB"), Agreement::kDisagree);
  // Unspecified says nothing.
  EXPECT_EQ(compare_codes("XXX", "SYR"), Agreement::kMissing);
  EXPECT_EQ(compare_codes("XXA", "XXX"), Agreement::kMissing);
}

}  // namespace
}  // namespace haven::linkage
