#include "haven/linkage/link.h"

#include <algorithm>
#include <cstdio>
#include <random>

#include "pairs.h"

namespace haven::linkage {
namespace {

std::uint64_t pair_key(std::uint32_t left, std::uint32_t right) {
  return (static_cast<std::uint64_t>(left) << 32) | right;
}

// (key, record) for every blocking key of every record, sorted by key: a block is a run.
using Postings = std::vector<std::pair<std::uint64_t, std::uint32_t>>;

Postings postings_of(const std::vector<detail::Prepared>& records) {
  Postings out;
  out.reserve(records.size() * 5);
  for (std::uint32_t i = 0; i < records.size(); ++i) {
    for (std::uint64_t key : detail::blocking_keys(records[i])) out.emplace_back(key, i);
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<detail::Prepared> prepared(const std::vector<Record>& records) {
  std::vector<detail::Prepared> out;
  out.reserve(records.size());
  for (const Record& r : records) out.push_back(detail::prepare(r));
  return out;
}

// How fields agree by chance: pairs drawn at random (reproducibly), nearly all of them
// different persons.
std::vector<Pattern> random_pairs(const std::vector<detail::Prepared>& left,
                                  const std::vector<detail::Prepared>& right, bool dedupe,
                                  std::size_t count) {
  std::vector<Pattern> out;
  if (left.empty() || right.empty() || (dedupe && left.size() < 2)) return out;
  std::mt19937_64 random(20111219);  // the day resolution 66/172 was adopted
  std::uniform_int_distribution<std::size_t> pick_left(0, left.size() - 1);
  std::uniform_int_distribution<std::size_t> pick_right(0, right.size() - 1);
  out.reserve(count);
  while (out.size() < count) {
    const std::size_t a = pick_left(random);
    const std::size_t b = pick_right(random);
    if (dedupe && a == b) continue;
    out.push_back(detail::compare(left[a], right[b]));
  }
  return out;
}

// The candidate pairs: every pair of records sharing a block, once (sorted).
std::vector<std::uint64_t> candidates_of(const Postings& left, const Postings* right,
                                         const LinkOptions& options, LinkReport& report) {
  std::vector<std::uint64_t> out;
  const bool dedupe = right == nullptr;
  std::size_t j = 0;
  for (std::size_t i = 0; i < left.size();) {
    const std::uint64_t key = left[i].first;
    std::size_t end = i;
    while (end < left.size() && left[end].first == key) ++end;
    std::size_t partners_begin = i;
    std::size_t partners_end = end;
    if (!dedupe) {
      while (j < right->size() && (*right)[j].first < key) ++j;
      partners_begin = j;
      while (j < right->size() && (*right)[j].first == key) ++j;
      partners_end = j;
    }
    const Postings& other = dedupe ? left : *right;
    if (end - i > options.largest_block || partners_end - partners_begin > options.largest_block) {
      ++report.blocks_skipped;
    } else {
      for (std::size_t a = i; a < end; ++a) {
        for (std::size_t b = partners_begin; b < partners_end; ++b) {
          if (dedupe && other[b].second <= left[a].second) continue;
          out.push_back(pair_key(left[a].second, other[b].second));
        }
      }
    }
    i = end;
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace

std::vector<FieldLevels> compared_fields() { return detail::fields(); }

LinkReport link(const std::vector<Record>& left_records, const std::vector<Record>* right_records,
                const LinkOptions& options,
                const std::function<void(const char*, std::size_t, std::size_t)>& progress) {
  LinkReport report;
  const bool dedupe = right_records == nullptr;
  const std::vector<detail::Prepared> left = prepared(left_records);
  const std::vector<detail::Prepared> right_prepared =
      dedupe ? std::vector<detail::Prepared>() : prepared(*right_records);
  const std::vector<detail::Prepared>& other = dedupe ? left : right_prepared;
  if (progress) progress("blocking", 0, 1);
  const Postings left_postings = postings_of(left);
  const Postings right_postings = dedupe ? Postings() : postings_of(other);
  const std::vector<std::uint64_t> ordered =
      candidates_of(left_postings, dedupe ? nullptr : &right_postings, options, report);
  if (progress) progress("blocking", 1, 1);
  report.candidate_pairs = ordered.size();
  std::vector<Pattern> patterns;
  patterns.reserve(ordered.size());
  for (std::size_t i = 0; i < ordered.size(); ++i) {
    const auto a = static_cast<std::uint32_t>(ordered[i] >> 32);
    const auto b = static_cast<std::uint32_t>(ordered[i] & 0xffffffffU);
    patterns.push_back(detail::compare(left[a], other[b]));
    if (progress && (i + 1) % 100'000 == 0) progress("comparing", i + 1, ordered.size());
  }
  report.compared = patterns.size();
  if (options.keep_candidates) report.candidates = ordered;
  std::vector<FieldLevels> fields = detail::fields();
  const std::vector<Pattern> chance = random_pairs(left, other, dedupe, options.random_pairs);
  auto u = chance_levels(chance, fields);
  report.model = estimate_with_u(patterns, std::move(fields), std::move(u));
  // u says how often fields agree between any two records, so the prior that goes with it
  // is the share of matches among all pairs, not among the candidates blocking chose.
  const double all_pairs =
      dedupe ? static_cast<double>(left.size()) *
                   static_cast<double>(left.size() - (left.empty() ? 0 : 1)) / 2.0
             : static_cast<double>(left.size()) * static_cast<double>(other.size());
  if (all_pairs > 0) {
    report.model.match_share = std::clamp(
        report.model.match_share * static_cast<double>(patterns.size()) / all_pairs, 1e-12, 0.5);
  }
  detail::NameFrequencies frequencies;
  for (const auto& r : left) frequencies.count(r);
  if (!dedupe) {
    for (const auto& r : other) frequencies.count(r);
  }
  for (std::size_t i = 0; i < ordered.size(); ++i) {
    Weight weight = match_weight(report.model, patterns[i]);
    const auto a = static_cast<std::size_t>(ordered[i] >> 32);
    const auto b = static_cast<std::size_t>(ordered[i] & 0xffffffffU);
    frequencies.adjust(report.model, left[a], other[b], patterns[i], weight);
    const double probability = match_probability(report.model, weight.total);
    if (probability < options.review) continue;
    LinkedPair pair;
    pair.left = a;
    pair.right = b;
    pair.probability = probability;
    pair.weight = std::move(weight);
    pair.pattern = patterns[i];
    pair.decision = probability >= options.match ? Decision::kMatch : Decision::kReview;
    report.pairs.push_back(std::move(pair));
  }
  std::sort(report.pairs.begin(), report.pairs.end(),
            [](const LinkedPair& x, const LinkedPair& y) { return x.probability > y.probability; });
  return report;
}

std::string explain(const Model& model, const LinkedPair& pair) {
  std::string out;
  for (std::size_t f = 0; f < pair.pattern.size(); ++f) {
    if (pair.pattern[f] == kMissing) continue;
    char weight[32];
    std::snprintf(weight, sizeof weight, " %+.1f", pair.weight.by_field[f]);
    if (!out.empty()) out += ", ";
    out += model.fields[f].field + " " + model.fields[f].levels[pair.pattern[f]] + weight;
  }
  return out;
}

}  // namespace haven::linkage
