#include <gtest/gtest.h>

#include <random>

#include "haven/linkage/scoring.h"

namespace haven::linkage {
namespace {

std::vector<FieldLevels> three_fields() {
  return {{"family_name", {"exact", "close", "different"}},
          {"given_name", {"exact", "close", "different"}},
          {"birth_date", {"exact", "near", "different"}}};
}

// Pairs drawn from known m and u: EM must find them again without being told which pairs
// match.
std::vector<Pattern> drawn(std::mt19937& random, int matches, int others,
                           const std::vector<std::vector<double>>& m,
                           const std::vector<std::vector<double>>& u) {
  std::vector<Pattern> out;
  for (int i = 0; i < matches + others; ++i) {
    const auto& p = i < matches ? m : u;
    Pattern pattern;
    for (const auto& levels : p) {
      std::discrete_distribution<int> pick(levels.begin(), levels.end());
      pattern.push_back(static_cast<std::uint8_t>(pick(random)));
    }
    out.push_back(pattern);
  }
  return out;
}

TEST(Estimate, FindsTheMAndUProbabilitiesOfUnlabelledPairs) {
  const std::vector<std::vector<double>> m = {
      {0.9, 0.08, 0.02}, {0.85, 0.1, 0.05}, {0.8, 0.15, 0.05}};
  const std::vector<std::vector<double>> u = {
      {0.01, 0.04, 0.95}, {0.02, 0.08, 0.9}, {0.005, 0.05, 0.945}};
  std::mt19937 random(7);
  const auto patterns = drawn(random, 2'000, 48'000, m, u);
  const Model model = estimate(patterns, three_fields());
  EXPECT_NEAR(model.match_share, 2'000.0 / 50'000.0, 0.005);
  for (std::size_t f = 0; f < 3; ++f) {
    for (std::size_t l = 0; l < 3; ++l) {
      EXPECT_NEAR(model.m[f][l], m[f][l], 0.03) << "m " << f << " " << l;
      EXPECT_NEAR(model.u[f][l], u[f][l], 0.01) << "u " << f << " " << l;
    }
  }
  EXPECT_LT(model.iterations, 200);
}

TEST(MatchWeight, AgreementAddsEvidenceDisagreementTakesItAndMissingIsSilent) {
  std::mt19937 random(11);
  const auto patterns =
      drawn(random, 1'000, 20'000, {{0.9, 0.08, 0.02}, {0.85, 0.1, 0.05}, {0.8, 0.15, 0.05}},
            {{0.01, 0.04, 0.95}, {0.02, 0.08, 0.9}, {0.005, 0.05, 0.945}});
  const Model model = estimate(patterns, three_fields());
  const Weight all = match_weight(model, {0, 0, 0});
  const Weight none = match_weight(model, {2, 2, 2});
  const Weight unknown_birth = match_weight(model, {0, 0, kMissing});
  EXPECT_GT(all.total, 10.0);
  EXPECT_LT(none.total, -5.0);
  EXPECT_EQ(unknown_birth.by_field[2], 0.0);
  EXPECT_NEAR(unknown_birth.total, all.by_field[0] + all.by_field[1], 1e-9);
  EXPECT_GT(match_probability(model, all.total), 0.99);
  EXPECT_LT(match_probability(model, none.total), 0.001);
}

TEST(ChanceLevels, AreTheLevelsShareAmongRandomPairsWithOneMoreAtEachMissingLeftOut) {
  const std::vector<Pattern> random = {{2, 2, 2}, {2, 1, 2}, {0, 2, kMissing}, {2, 2, 2}};
  const auto u = chance_levels(random, three_fields());
  // Four pairs and three levels: (count + 1) / 7.
  EXPECT_NEAR(u[0][0], 2.0 / 7, 1e-5);
  EXPECT_NEAR(u[0][1], 1.0 / 7, 1e-5);  // never seen is still possible
  EXPECT_NEAR(u[0][2], 4.0 / 7, 1e-5);
  EXPECT_NEAR(u[1][1], 2.0 / 7, 1e-5);
  EXPECT_NEAR(u[2][2], 4.0 / 6, 1e-5);  // three known, all different
  EXPECT_NEAR(u[2][0], 1.0 / 6, 1e-5);
}

TEST(EstimateWithU, KeepsUAndLearnsM) {
  const std::vector<std::vector<double>> m = {
      {0.9, 0.08, 0.02}, {0.85, 0.1, 0.05}, {0.8, 0.15, 0.05}};
  const std::vector<std::vector<double>> u = {
      {0.01, 0.04, 0.95}, {0.02, 0.08, 0.9}, {0.005, 0.05, 0.945}};
  std::mt19937 random(3);
  const auto patterns = drawn(random, 3'000, 3'000, m, u);
  const Model model = estimate_with_u(patterns, three_fields(), u);
  EXPECT_EQ(model.u, u);
  EXPECT_NEAR(model.match_share, 0.5, 0.02);
  EXPECT_NEAR(model.m[0][0], 0.9, 0.03);
}

TEST(Estimate, NoPairsLeaveTheStartingModel) {
  const Model model = estimate({}, three_fields());
  EXPECT_EQ(model.iterations, 0);
  EXPECT_GT(model.m[0][0], model.u[0][0]);
}

}  // namespace
}  // namespace haven::linkage
