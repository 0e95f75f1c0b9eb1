#pragma once
// Fellegi–Sunter scoring (issue 8): each compared field of a pair of records agrees at some
// level (exact, close, far…); a level is m times as likely among true matches and u times
// among non-matches, and the pair's match weight is the sum of log2(m/u) over its fields.
// m and u are estimated without labels by expectation–maximisation over the candidate pairs.

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace haven::linkage {

// The level each field agrees at for one pair: 0 is the strongest agreement, higher is
// weaker; kMissing when either record lacks the field (it then adds no evidence).
inline constexpr std::uint8_t kMissing = 255;
using Pattern = std::vector<std::uint8_t>;

struct FieldLevels {
  std::string field;                // "family_name"
  std::vector<std::string> levels;  // "exact", "phonetic", "close", "different"
};

struct Model {
  std::vector<FieldLevels> fields;
  std::vector<std::vector<double>> m;  // [field][level]: P(level | match)
  std::vector<std::vector<double>> u;  // [field][level]: P(level | non-match)
  double match_share = 0.0;            // share of the candidate pairs that match
  int iterations = 0;                  // EM rounds until it settled
};

// Estimates m, u and the match share from the patterns of the candidate pairs. Starts from
// the usual assumption that strong agreement is likely among matches and rare among
// non-matches, and iterates until the log-likelihood gains less than 1e-7 (at most
// max_iterations rounds). Identical patterns are counted once, so millions of pairs cost
// what their few hundred distinct patterns cost.
Model estimate(std::span<const Pattern> patterns, std::vector<FieldLevels> fields,
               int max_iterations = 200);

// The u probabilities straight from pairs drawn at random, nearly all of which are
// non-matches: how often each level happens by chance (with one pair added at every level,
// so that a level the sample never showed is rare rather than impossible). Blocked candidates are
// mostly matches, so EM alone can mistake what a non-match looks like; with u fixed from random
// pairs it only has to learn m and the match share.
std::vector<std::vector<double>> chance_levels(std::span<const Pattern> random_pairs,
                                               const std::vector<FieldLevels>& fields);

// As estimate, with u fixed (from chance_levels).
Model estimate_with_u(std::span<const Pattern> patterns, std::vector<FieldLevels> fields,
                      std::vector<std::vector<double>> u, int max_iterations = 200);

// A pattern and how many pairs showed it: what EM reads, so that a caller comparing
// hundreds of millions of pairs need not keep them.
struct PatternCount {
  Pattern pattern;
  double count = 0.0;
};
Model estimate_with_u(std::span<const PatternCount> counted, std::vector<FieldLevels> fields,
                      std::vector<std::vector<double>> u, int max_iterations = 200);

// As estimate_with_u with m fixed too: only the share of matches is learnt. For when EM's m
// is implausible (see link()).
Model estimate_share(std::span<const PatternCount> counted, Model model, int max_iterations = 200);

// The match weight of one pair and each field's part of it (log2(m/u); 0 when missing; at
// most 0 at a field's last level, "different").
struct Weight {
  double total = 0.0;
  std::vector<double> by_field;
};
Weight match_weight(const Model& model, const Pattern& pattern);

// The probability that the pair is a match, from its weight and the model's match share.
double match_probability(const Model& model, double weight);
// The same from a prior share of matches given apart (a registry's, shared over its records).
double match_probability(double match_share, double weight);

}  // namespace haven::linkage
