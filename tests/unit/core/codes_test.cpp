#include <gtest/gtest.h>

#include "haven/core/codes.h"
#include "haven/core/ids.h"

namespace haven {
namespace {

TEST(Codes, KnowCountriesFromIsoCodes) {
  EXPECT_TRUE(is_country_code("SYR"));
  EXPECT_TRUE(is_country_code("ERI"));
  EXPECT_TRUE(is_country_code("XXA"));  // ICAO: stateless
  EXPECT_FALSE(is_country_code("syr"));
  EXPECT_FALSE(is_country_code("XYZ"));
  EXPECT_FALSE(is_country_code("SY"));
  EXPECT_EQ(country_name("ERI"), "Eritrea");
}

TEST(Codes, FindCountriesByIsoOrUnName) {
  EXPECT_EQ(country_code_by_name("Sudan"), "SDN");
  EXPECT_EQ(country_code_by_name("sudan"), "SDN");
  EXPECT_EQ(country_code_by_name("Congo, The Democratic Republic of the"), "COD");
  EXPECT_EQ(country_code_by_name("Democratic Republic of the Congo"), "COD");
  EXPECT_EQ(country_code_by_name("Venezuela (Bolivarian Republic of)"), "VEN");
  EXPECT_EQ(country_code_by_name("United Republic of Tanzania"), "TZA");
  EXPECT_EQ(country_code_by_name("Lao People's Democratic Republic"), "LAO");
  EXPECT_EQ(country_code_by_name("Congo"), "COG");
  EXPECT_EQ(country_code_by_name("Atlantis"), "");
  EXPECT_EQ(country_code_by_name(""), "");
}

TEST(Codes, KnowLanguagesInBothIsoForms) {
  EXPECT_TRUE(is_language_code("ar"));
  EXPECT_TRUE(is_language_code("ara"));
  EXPECT_TRUE(is_language_code("ti"));
  EXPECT_TRUE(is_language_code("prs"));  // Dari
  EXPECT_TRUE(is_language_code("rhg"));  // Rohingya
  EXPECT_FALSE(is_language_code("arabic"));
  EXPECT_FALSE(is_language_code("AR"));
}

TEST(Ids, AcceptRegistrationNumbersAndRefuseTheRest) {
  EXPECT_TRUE(is_valid_id("P-0001"));
  EXPECT_TRUE(is_valid_id("UNHCR:123-45/67.8_a"));
  EXPECT_FALSE(is_valid_id(""));
  EXPECT_FALSE(is_valid_id("P 1"));
  EXPECT_FALSE(is_valid_id("P-1'; DROP TABLE events;--"));
  // Slashes part an id, they do not make it a path.
  EXPECT_TRUE(is_valid_id("MX/2026/17"));
  EXPECT_TRUE(is_valid_id("A..B"));
  EXPECT_FALSE(is_valid_id("../../etc/passwd"));
  EXPECT_FALSE(is_valid_id("MX/./17"));
  EXPECT_FALSE(is_valid_id("/MX/17"));
  EXPECT_FALSE(is_valid_id("MX//17"));
  EXPECT_FALSE(is_valid_id("MX/"));
  EXPECT_FALSE(is_valid_id(std::string(65, 'a')));
}

TEST(Ids, EventIdsAreUniqueAndSortByTime) {
  EventIdGenerator ids;
  const std::string a = ids.next(Timestamp{1000});
  const std::string b = ids.next(Timestamp{1000});
  const std::string c = ids.next(Timestamp{2000});
  EXPECT_NE(a, b);
  EXPECT_LT(b, c);
  EXPECT_TRUE(is_valid_id(a));
}

}  // namespace
}  // namespace haven
