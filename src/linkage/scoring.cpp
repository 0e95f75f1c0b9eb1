#include "haven/linkage/scoring.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace haven::linkage {
namespace {

// A probability is never quite 0: a level never seen among matches must still not make a
// pair infinitely unlikely to be one (a typing slip can put a true match anywhere).
constexpr double kFloor = 1e-6;

std::vector<PatternCount> counted(std::span<const Pattern> patterns) {
  std::map<Pattern, double> tally;
  for (const Pattern& p : patterns) tally[p] += 1.0;
  std::vector<PatternCount> out;
  out.reserve(tally.size());
  for (auto& [pattern, count] : tally) out.push_back({pattern, count});
  return out;
}

// Strong agreement likely among matches and rare among the rest, weaker levels the other
// way round: where EM starts (it finds the same answer from most reasonable starts).
std::vector<double> starting(std::size_t levels, bool for_matches) {
  std::vector<double> p(levels);
  double sum = 0.0;
  for (std::size_t l = 0; l < levels; ++l) {
    const auto rank = static_cast<double>(for_matches ? l : levels - 1 - l);
    p[l] = std::pow(0.2, rank);
    sum += p[l];
  }
  for (double& x : p) x /= sum;
  return p;
}

// P(pattern | match) and P(pattern | non-match), missing fields left out.
std::pair<double, double> likelihoods(const Model& model, const Pattern& pattern) {
  double m = 1.0;
  double u = 1.0;
  for (std::size_t f = 0; f < pattern.size(); ++f) {
    if (pattern[f] == kMissing) continue;
    m *= model.m[f][pattern[f]];
    u *= model.u[f][pattern[f]];
  }
  return {m, u};
}

void normalise(std::vector<double>& p) {
  double sum = 0.0;
  for (double& x : p) {
    x = std::max(x, kFloor);
    sum += x;
  }
  for (double& x : p) x /= sum;
}

}  // namespace

std::vector<std::vector<double>> chance_levels(std::span<const Pattern> random_pairs,
                                               const std::vector<FieldLevels>& fields) {
  std::vector<std::vector<double>> u;
  for (const FieldLevels& f : fields) u.emplace_back(f.levels.size(), 0.0);
  for (const Pattern& p : random_pairs) {
    for (std::size_t f = 0; f < p.size() && f < u.size(); ++f) {
      if (p[f] != kMissing) u[f][p[f]] += 1.0;
    }
  }
  for (auto& levels : u) {
    // One pair more at every level (Laplace): a level never seen by chance among the pairs
    // drawn is rare, not impossible, and how rare the sample can tell only so finely.
    double total = 0.0;
    for (double& count : levels) total += (count += 1.0);
    for (double& count : levels) count /= total;
    normalise(levels);
  }
  return u;
}

Model estimate(std::span<const Pattern> patterns, std::vector<FieldLevels> fields,
               int max_iterations) {
  std::vector<std::vector<double>> none;
  return estimate_with_u(patterns, std::move(fields), none, max_iterations);
}

Model estimate_with_u(std::span<const Pattern> patterns, std::vector<FieldLevels> fields,
                      std::vector<std::vector<double>> u, int max_iterations) {
  return estimate_with_u(counted(patterns), std::move(fields), std::move(u), max_iterations);
}

Model estimate_with_u(std::span<const PatternCount> distinct, std::vector<FieldLevels> fields,
                      std::vector<std::vector<double>> u, int max_iterations) {
  Model model;
  model.fields = std::move(fields);
  const bool u_fixed = !u.empty();
  for (const FieldLevels& f : model.fields) {
    model.m.push_back(starting(f.levels.size(), true));
    model.u.push_back(starting(f.levels.size(), false));
  }
  if (u_fixed) model.u = std::move(u);
  model.match_share = u_fixed ? 0.5 : 0.05;
  double total = 0.0;
  for (const PatternCount& c : distinct) total += c.count;
  if (total == 0.0) return model;
  double previous = -INFINITY;
  for (int round = 1; round <= max_iterations; ++round) {
    model.iterations = round;
    // Expectation: how likely each distinct pattern is to be a match; maximisation: the
    // shares of each level among the (expected) matches and non-matches.
    std::vector<std::vector<double>> m_sum(model.m.size()), u_sum(model.u.size());
    for (std::size_t f = 0; f < model.m.size(); ++f) {
      m_sum[f].assign(model.m[f].size(), 0.0);
      u_sum[f].assign(model.u[f].size(), 0.0);
    }
    double matches = 0.0;
    double log_likelihood = 0.0;
    for (const PatternCount& c : distinct) {
      const auto [m, u] = likelihoods(model, c.pattern);
      const double joint = model.match_share * m + (1.0 - model.match_share) * u;
      const double g = model.match_share * m / joint;
      log_likelihood += c.count * std::log(joint);
      matches += c.count * g;
      for (std::size_t f = 0; f < c.pattern.size(); ++f) {
        if (c.pattern[f] == kMissing) continue;
        m_sum[f][c.pattern[f]] += c.count * g;
        u_sum[f][c.pattern[f]] += c.count * (1.0 - g);
      }
    }
    model.match_share = std::clamp(matches / total, kFloor, 1.0 - kFloor);
    for (std::size_t f = 0; f < model.m.size(); ++f) {
      model.m[f] = m_sum[f];
      normalise(model.m[f]);
      if (!u_fixed) {
        model.u[f] = u_sum[f];
        normalise(model.u[f]);
      }
    }
    if (log_likelihood - previous < 1e-7 * total) break;
    previous = log_likelihood;
  }
  return model;
}

Model estimate_share(std::span<const PatternCount> distinct, Model model, int max_iterations) {
  double total = 0.0;
  for (const PatternCount& c : distinct) total += c.count;
  if (total == 0.0) return model;
  model.match_share = 0.5;
  for (int round = 1; round <= max_iterations; ++round) {
    model.iterations = round;
    double matches = 0.0;
    for (const PatternCount& c : distinct) {
      const auto [m, u] = likelihoods(model, c.pattern);
      const double joint = model.match_share * m + (1.0 - model.match_share) * u;
      matches += c.count * model.match_share * m / joint;
    }
    const double share = std::clamp(matches / total, kFloor, 1.0 - kFloor);
    const bool settled = std::abs(share - model.match_share) < 1e-9;
    model.match_share = share;
    if (settled) break;
  }
  return model;
}

Weight match_weight(const Model& model, const Pattern& pattern) {
  Weight w;
  w.by_field.assign(pattern.size(), 0.0);
  for (std::size_t f = 0; f < pattern.size(); ++f) {
    if (pattern[f] == kMissing) continue;
    w.by_field[f] = std::log2(model.m[f][pattern[f]] / model.u[f][pattern[f]]);
    // Disagreeing outright is never evidence of being the same person, however rarely the
    // field disagrees by chance in a small or uniform registry (all of one nationality).
    if (pattern[f] + 1U == model.m[f].size()) w.by_field[f] = std::min(w.by_field[f], 0.0);
    w.total += w.by_field[f];
  }
  return w;
}

double match_probability(const Model& model, double weight) {
  return match_probability(model.match_share, weight);
}

double match_probability(double match_share, double weight) {
  const double prior_odds = match_share / (1.0 - match_share);
  const double odds = prior_odds * std::exp2(weight);
  return odds / (1.0 + odds);
}

}  // namespace haven::linkage
