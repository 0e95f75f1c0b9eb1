// The registry kept ready for one question at a time (linkage::Index).
#include "haven/linkage/index.h"

#include <gtest/gtest.h>

namespace haven::linkage {
namespace {

Record person(const std::string& id, const std::string& given, const std::string& family,
              const std::string& birth, const std::string& sex = "M",
              const std::string& nationality = "SYR") {
  Record r;
  r.id = id;
  r.given = normalise_name(given);
  r.family = normalise_name(family);
  if (auto date = parse_birth_date(birth)) r.birth = *date;
  r.sex = sex;
  r.nationality = nationality;
  return r;
}

// A registry of distinct persons, so that u is learnt from something like a registry.
void fill(Index& index) {
  const char* given[] = {"Ahmed", "Omar", "Khaled", "Yousef", "Ali", "Hassan", "Samir", "Tarek"};
  const char* family[] = {"Haddad", "Khoury", "Nasser", "Saleh", "Mansour", "Darwish", "Aziz"};
  int n = 0;
  for (const char* g : given) {
    for (const char* f : family) {
      index.put(person("P-" + std::to_string(n), g, f,
                       std::to_string(1960 + n % 40) + "-0" + std::to_string(1 + n % 9) + "-1" +
                           std::to_string(n % 10)));
      ++n;
    }
  }
}

TEST(Index, FindsTheSamePersonWrittenInArabicScript) {
  Index index;
  fill(index);
  index.put(person("P-MOH", "Mohamed", "Abdelrahman", "1990-03-04"));
  const auto found = index.query(person("NEW", "محمد", "عبد الرحمن", "1990-03-04"));
  ASSERT_FALSE(found.empty());
  EXPECT_EQ(found[0].id, "P-MOH");
  EXPECT_GE(found[0].probability, 0.95);
  EXPECT_EQ(found[0].decision, Decision::kMatch);
  EXPECT_NE(found[0].explanation.find("birth_date same day"), std::string::npos)
      << found[0].explanation;
}

TEST(Index, DoesNotSuggestADifferentPerson) {
  Index index;
  fill(index);
  index.put(person("P-MOH", "Mohamed", "Abdelrahman", "1990-03-04"));
  const auto found = index.query(person("NEW", "Grace", "Okafor", "1990-03-04", "F", "NGA"));
  EXPECT_TRUE(found.empty()) << found[0].explanation;
}

TEST(Index, NeverSuggestsARecordAsItsOwnDuplicate) {
  Index index;
  fill(index);
  const Record mohamed = person("P-MOH", "Mohamed", "Abdelrahman", "1990-03-04");
  index.put(mohamed);
  for (const Suggestion& s : index.query(mohamed)) EXPECT_NE(s.id, "P-MOH");
}

TEST(Index, PutReplacesAndRemoveForgets) {
  Index index;
  fill(index);
  const std::size_t before = index.size();
  index.put(person("P-MOH", "Mohamed", "Abdelrahman", "1990-03-04"));
  index.put(person("P-MOH", "Grace", "Okafor", "1985-01-02", "F", "NGA"));  // corrected
  EXPECT_EQ(index.size(), before + 1);
  EXPECT_TRUE(index.query(person("NEW", "Mohamed", "Abdelrahman", "1990-03-04")).empty());
  ASSERT_FALSE(index.query(person("NEW", "Grace", "Okafor", "1985-01-02", "F", "NGA")).empty());
  index.remove("P-MOH");
  EXPECT_EQ(index.size(), before);
  EXPECT_TRUE(index.query(person("NEW", "Grace", "Okafor", "1985-01-02", "F", "NGA")).empty());
  index.remove("P-NONE");  // nothing to forget
  EXPECT_EQ(index.size(), before);
}

TEST(Index, KeepsTheLimitAndOrder) {
  Index index;
  fill(index);
  for (int i = 0; i < 5; ++i) {
    index.put(person("P-T" + std::to_string(i), "Mohamed", "Abdelrahman", "1990-03-04"));
  }
  QueryOptions options;
  options.limit = 3;
  const auto found = index.query(person("NEW", "Mohamed", "Abdelrahman", "1990-03-04"), options);
  ASSERT_EQ(found.size(), 3U);
  EXPECT_GE(found[0].probability, found[1].probability);
  EXPECT_GE(found[1].probability, found[2].probability);
}

TEST(Index, AnEmptyIndexFindsNothing) {
  const Index index;
  EXPECT_TRUE(index.query(person("NEW", "Mohamed", "Abdelrahman", "1990")).empty());
}

TEST(AgreementModel, HasEveryFieldItsChancesAndADuplicateShare) {
  const Model model = agreement_model();
  ASSERT_EQ(model.m.size(), compared_fields().size());
  for (std::size_t f = 0; f < model.m.size(); ++f) {
    ASSERT_EQ(model.m[f].size(), compared_fields()[f].levels.size());
    double sum = 0.0;
    for (double m : model.m[f]) sum += m;
    EXPECT_NEAR(sum, 1.0, 1e-6) << compared_fields()[f].field;
    // Among true matches, agreeing exactly is more likely than disagreeing outright.
    EXPECT_GT(model.m[f].front(), model.m[f].back()) << compared_fields()[f].field;
  }
  ASSERT_EQ(model.u.size(), model.m.size());
  for (std::size_t f = 0; f < model.u.size(); ++f) {
    ASSERT_EQ(model.u[f].size(), model.m[f].size());
    double sum = 0.0;
    for (double u : model.u[f]) sum += u;
    EXPECT_NEAR(sum, 1.0, 1e-6) << compared_fields()[f].field;
  }
  EXPECT_GT(model.match_share, 0.0);
  EXPECT_LT(model.match_share, 1.0);
}

TEST(Index, FindsADuplicateInASmallRegistry) {
  // Three records teach nothing of chance: the prior u must carry the score.
  Index index;
  index.put(person("P-1", "Ibrahim", "Yusuf", "1990"));
  index.put(person("P-2", "Lucia", "Fernandez", "1985-02-03", "F", "ESP"));
  index.put(person("P-3", "Grace", "Okafor", "1979", "F", "NGA"));
  const auto found = index.query(person("NEW", "Ibrahim", "Yusuf", "1990"));
  ASSERT_EQ(found.size(), 1U);
  EXPECT_EQ(found[0].id, "P-1");
  EXPECT_TRUE(index.query(person("NEW", "Lucia", "Okafor", "1990-02-03", "M", "SYR")).empty());
}

}  // namespace
}  // namespace haven::linkage
