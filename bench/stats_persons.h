#pragma once
// The synthetic persons of the statistics benchmarks (issue 9): five coded breakdowns —
// sex 3 × five-year age groups 19 × citizenship 60 × migration status 6 × agency 10 —
// with frequencies skewed as registers are, so that the tail holds many small cells. One
// generator, so that bench_stats_disclosure, bench_stats_cube and the CSV that DuckDB and
// PostgreSQL load all count the same persons for the same seed.

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "haven/stats/table.h"

namespace haven::bench {

// A dimension with codes ID0, ID1, …: the benchmarks need the shape, not the words.
inline stats::Dimension numbered(std::string id, std::size_t codes) {
  stats::Dimension out{id, id, {}, {}};
  for (std::size_t i = 0; i < codes; ++i) {
    out.codes.push_back(id + std::to_string(i));
    out.labels.push_back(out.codes.back());
  }
  return out;
}

// Zipf-like weights: the first codes common, the last rare.
inline std::vector<double> skewed(std::size_t codes, double exponent) {
  std::vector<double> weights;
  for (std::size_t i = 0; i < codes; ++i) weights.push_back(1.0 / std::pow(i + 1.0, exponent));
  return weights;
}

// Weights of sex, age, citizenship, migration status and agency, in that order.
inline std::vector<std::vector<double>> person_weights() {
  return {{49, 50, 1}, skewed(19, 0.6), skewed(60, 1.3), skewed(6, 1.5), skewed(10, 1.0)};
}

// The five dimensions matching person_weights(); the CSV's columns carry the same order
// under the names the SQL uses (kPersonColumns).
inline std::vector<stats::Dimension> person_dimensions() {
  return {numbered("SEX", 3), numbered("AGE", 19), numbered("CIT", 60), numbered("MIG", 6),
          numbered("AGENCY", 10)};
}
inline constexpr const char* kPersonColumns = "sex,age,citizenship,status,agency";

// Draws each unit's code in each column independently from its weights.
inline stats::Units persons(std::size_t count, const std::vector<std::vector<double>>& weights,
                            std::uint64_t seed) {
  std::mt19937_64 random(seed);
  stats::Units units;
  units.count = count;
  for (const std::vector<double>& w : weights) {
    std::discrete_distribution<std::uint16_t> pick(w.begin(), w.end());
    std::vector<std::uint16_t> column(count);
    for (std::uint16_t& code : column) code = pick(random);
    units.columns.push_back(std::move(column));
  }
  return units;
}

// The seed of the 10M-person table every statistics benchmark counts.
inline constexpr std::uint64_t kPersonSeed = 42;

}  // namespace haven::bench
