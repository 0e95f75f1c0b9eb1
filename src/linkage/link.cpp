#include "haven/linkage/link.h"

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <random>
#include <thread>

#include "haven/linkage/index.h"
#include "pairs.h"

namespace haven::linkage {
namespace {

using detail::Prepared;

// One side of a link: its records and each record's blocking keys, in pass order. A key
// whose block was too large to compare has its lowest bit set, so that the pair is then
// compared in a later pass it shares instead.
struct Side {
  std::vector<Prepared> records;
  std::vector<std::uint32_t> first_key;  // records.size() + 1 offsets into keys
  std::vector<std::uint64_t> keys;
  // (key, record), sorted: a block is a run of one key.
  std::vector<std::pair<std::uint64_t, std::uint32_t>> postings;

  std::span<const std::uint64_t> keys_of(std::uint32_t record) const {
    return {keys.data() + first_key[record], first_key[record + 1] - first_key[record]};
  }
};

using detail::kSkipped;
using detail::kYearFree;

void prepare_side(const std::vector<Record>& records, detail::NameTable& names, Side& side) {
  side.records.reserve(records.size());
  side.first_key.reserve(records.size() + 1);
  side.first_key.push_back(0);
  for (const Record& record : records) {
    side.records.push_back(detail::prepare(record, names));
    const Prepared& r = side.records.back();
    for (std::uint64_t key :
         detail::blocking_keys(r, names[r.given], names[r.family], names[r.whole])) {
      side.keys.push_back(key);
    }
    side.first_key.push_back(static_cast<std::uint32_t>(side.keys.size()));
  }
  side.postings.reserve(side.keys.size());
  for (std::uint32_t i = 0; i < side.records.size(); ++i) {
    for (std::uint64_t key : side.keys_of(i)) side.postings.emplace_back(key, i);
  }
  std::sort(side.postings.begin(), side.postings.end());
}

// A block to compare: records [left_begin, left_end) of the left postings against
// [right_begin, right_end) of the right ones (the same list when deduplicating).
struct Block {
  std::uint64_t key;
  std::size_t left_begin, left_end, right_begin, right_end;
};

std::size_t run_end(const std::vector<std::pair<std::uint64_t, std::uint32_t>>& postings,
                    std::size_t at) {
  const std::uint64_t key = postings[at].first;
  while (at < postings.size() && postings[at].first == key) ++at;
  return at;
}

// The blocks both sides share; too large ones are marked on every record that holds them.
std::vector<Block> blocks_of(Side& left, Side* right, const LinkOptions& options,
                             LinkReport& report) {
  std::vector<Block> out;
  std::vector<std::uint64_t> skipped;
  const bool dedupe = right == nullptr;
  const std::size_t records = std::max(left.records.size(), dedupe ? 0 : right->records.size());
  constexpr std::size_t kPairBudget = 300'000'000;  // records × largest block
  const std::size_t largest =
      options.largest_block != 0
          ? options.largest_block
          : std::clamp<std::size_t>(kPairBudget / std::max<std::size_t>(records, 1), 300, 5'000);
  std::size_t j = 0;
  for (std::size_t i = 0; i < left.postings.size();) {
    const std::uint64_t key = left.postings[i].first;
    const std::size_t end = run_end(left.postings, i);
    Block block{key, i, end, i, end};
    if (!dedupe) {
      while (j < right->postings.size() && right->postings[j].first < key) ++j;
      if (j == right->postings.size() || right->postings[j].first != key) {
        i = end;
        continue;
      }
      block.right_begin = j;
      block.right_end = j = run_end(right->postings, j);
    }
    const std::size_t left_size = block.left_end - block.left_begin;
    const std::size_t right_size = block.right_end - block.right_begin;
    if (dedupe ? left_size < 2 : false) {
      i = end;
      continue;
    }
    report.candidate_pairs += dedupe ? left_size * (left_size - 1) / 2 : left_size * right_size;
    if (left_size > largest || right_size > largest) {
      ++report.blocks_skipped;
      skipped.push_back(key);
    } else {
      out.push_back(block);
    }
    i = end;
  }
  std::sort(skipped.begin(), skipped.end());
  for (Side* side : {&left, right}) {
    if (side == nullptr) continue;
    for (std::uint64_t& key : side->keys) {
      if (std::binary_search(skipped.begin(), skipped.end(), key)) key |= kSkipped;
    }
  }
  return out;
}

// A pair sharing several blocks is compared in the first of them (in key order) that was
// not skipped.
bool first_shared(std::span<const std::uint64_t> a, std::span<const std::uint64_t> b,
                  std::uint64_t block, bool both_years) {
  for (std::uint64_t key : a) {
    if ((key & ~kSkipped) == block) return true;
    const bool compared_there = (key & kSkipped) == 0 && !(both_years && (key & kYearFree) != 0);
    if (compared_there && std::binary_search(b.begin(), b.end(), key)) return false;
  }
  return true;
}

std::uint64_t packed(const Pattern& p) {
  std::uint64_t out = 0;
  for (std::uint8_t level : p) out = (out << 8) | level;
  return out;
}

Pattern unpacked(std::uint64_t value) {
  Pattern p(detail::kFieldCount);
  for (std::size_t f = p.size(); f-- > 0;) {
    p[f] = static_cast<std::uint8_t>(value & 0xff);
    value >>= 8;
  }
  return p;
}

// Runs `visit(worker, a, b, pattern)` for every distinct candidate pair, the blocks shared
// out among `threads` workers; `visit` gets the worker's number.
template <typename Visit>
void for_each_pair(const std::vector<Block>& blocks, const Side& left, const Side& right,
                   bool dedupe, const detail::NameTable& names, unsigned threads,
                   const std::function<void(std::size_t)>& blocks_done, Visit&& visit) {
  std::atomic<std::size_t> next{0};
  constexpr std::size_t kChunk = 64;
  const auto work = [&](unsigned worker) {
    detail::Comparer compare(names);
    for (std::size_t begin = next.fetch_add(kChunk); begin < blocks.size();
         begin = next.fetch_add(kChunk)) {
      const std::size_t end = std::min(begin + kChunk, blocks.size());
      for (std::size_t k = begin; k < end; ++k) {
        const Block& block = blocks[k];
        for (std::size_t x = block.left_begin; x < block.left_end; ++x) {
          const std::uint32_t a = left.postings[x].second;
          for (std::size_t y = dedupe ? x + 1 : block.right_begin; y < block.right_end; ++y) {
            std::uint32_t b = right.postings[y].second;
            std::uint32_t first = a;
            if (dedupe && b < a) std::swap(first, b);
            const bool both_years =
                left.records[first].birth.year != 0 && right.records[b].birth.year != 0;
            if ((block.key & kYearFree) != 0 && both_years) continue;
            if (!first_shared(left.keys_of(first), right.keys_of(b), block.key, both_years)) {
              continue;
            }
            visit(worker, first, b, compare(left.records[first], right.records[b]));
          }
        }
      }
      if (worker == 0 && blocks_done) blocks_done(std::min(end, blocks.size()));
    }
  };
  std::vector<std::thread> pool;
  for (unsigned w = 1; w < threads; ++w) pool.emplace_back(work, w);
  work(0);
  for (std::thread& t : pool) t.join();
}

// How fields agree by chance: pairs drawn at random (reproducibly), nearly all of them
// different persons. Drawn first, compared by `threads` workers.
std::vector<Pattern> random_pairs(const Side& left, const Side& right, bool dedupe,
                                  const detail::NameTable& names, std::size_t count,
                                  unsigned threads) {
  std::vector<Pattern> out;
  const std::size_t n_left = left.records.size();
  const std::size_t n_right = right.records.size();
  if (n_left == 0 || n_right == 0 || (dedupe && n_left < 2)) return out;
  std::mt19937_64 random(20111219);  // the day resolution 66/172 was adopted
  std::uniform_int_distribution<std::size_t> pick_left(0, n_left - 1);
  std::uniform_int_distribution<std::size_t> pick_right(0, n_right - 1);
  std::vector<std::pair<std::size_t, std::size_t>> drawn;
  drawn.reserve(count);
  while (drawn.size() < count) {
    const std::size_t a = pick_left(random);
    const std::size_t b = pick_right(random);
    if (!(dedupe && a == b)) drawn.emplace_back(a, b);
  }
  out.resize(count);
  const auto work = [&](unsigned worker) {
    detail::Comparer compare(names);
    for (std::size_t i = worker; i < count; i += threads) {
      out[i] = compare(left.records[drawn[i].first], right.records[drawn[i].second]);
    }
  };
  std::vector<std::thread> pool;
  for (unsigned w = 1; w < threads; ++w) pool.emplace_back(work, w);
  work(0);
  for (std::thread& t : pool) t.join();
  return out;
}

// Among true matches, names and birth dates agree at their strongest level more often than
// they disagree outright; an m that gives outright disagreement a real share (a fifth) and
// more than full agreement describes something else. (A few candidates leave both levels
// near zero: that is too little to learn from, not a wrong cluster.)
bool plausible(const Model& model) {
  constexpr double kRealShare = 0.2;
  for (std::size_t f : {detail::kGiven, detail::kFamily, detail::kBirth}) {
    if (model.m[f].back() > kRealShare && model.m[f].back() > model.m[f].front()) return false;
  }
  return true;
}

}  // namespace

std::vector<FieldLevels> compared_fields() { return detail::fields(); }

LinkReport link(const std::vector<Record>& left_records, const std::vector<Record>* right_records,
                const LinkOptions& options,
                const std::function<void(const char*, std::size_t, std::size_t)>& progress) {
  LinkReport report;
  const bool dedupe = right_records == nullptr;
  const unsigned threads =
      options.threads != 0 ? options.threads : std::max(1U, std::thread::hardware_concurrency());
  detail::NameTable names;
  Side left;
  Side right_side;
  if (progress) progress("preparing", 0, 1);
  prepare_side(left_records, names, left);
  if (!dedupe) prepare_side(*right_records, names, right_side);
  const Side& right = dedupe ? left : right_side;
  const std::vector<Block> blocks =
      blocks_of(left, dedupe ? nullptr : &right_side, options, report);
  if (progress) progress("preparing", 1, 1);

  // The patterns of all candidates, kept (16 bytes a pair) and counted for EM.
  struct Compared {
    std::uint32_t left, right;
    std::uint64_t pattern;
  };
  std::vector<std::vector<Compared>> compared_pairs(threads);
  std::vector<std::unordered_map<std::uint64_t, double>> tallies(threads);
  std::function<void(std::size_t)> comparing;
  if (progress) {
    comparing = [&](std::size_t done) { progress("comparing", done, blocks.size()); };
  }
  for_each_pair(blocks, left, right, dedupe, names, threads, comparing,
                [&](unsigned worker, std::uint32_t a, std::uint32_t b, const Pattern& pattern) {
                  const std::uint64_t p = packed(pattern);
                  tallies[worker][p] += 1.0;
                  compared_pairs[worker].push_back({a, b, p});
                  if (options.on_candidate) options.on_candidate(a, b);
                });
  std::unordered_map<std::uint64_t, double> tally;
  for (const auto& t : tallies) {
    for (const auto& [pattern, count] : t) tally[pattern] += count;
  }
  std::vector<PatternCount> counted;
  counted.reserve(tally.size());
  for (const auto& [pattern, count] : tally) counted.push_back({unpacked(pattern), count});
  std::sort(counted.begin(), counted.end(),
            [](const PatternCount& x, const PatternCount& y) { return x.pattern < y.pattern; });
  for (const auto& pairs : compared_pairs) report.compared += pairs.size();

  std::vector<FieldLevels> fields = detail::fields();
  const std::vector<Pattern> chance =
      random_pairs(left, right, dedupe, names, options.random_pairs, threads);
  auto u = chance_levels(chance, fields);
  report.model = estimate_with_u(counted, fields, u);
  if (!plausible(report.model)) {
    // EM found another cluster than "same person": in a registry where a few names are
    // borne by thousands, namesakes born years apart outnumber the duplicates among the
    // candidates. Score with the m kept as data instead, and learn only the share.
    Model prior = agreement_model();
    prior.u = std::move(u);  // the files' own chances, from 200,000 pairs
    report.model = estimate_share(counted, std::move(prior));
    report.model_from_data = true;
  }
  // u says how often fields agree between any two records, so the prior that goes with it
  // is the share of matches among all pairs, not among the candidates blocking chose.
  const double n_left = static_cast<double>(left.records.size());
  const double all_pairs = dedupe ? n_left * std::max(0.0, n_left - 1) / 2.0
                                  : n_left * static_cast<double>(right.records.size());
  if (all_pairs > 0) {
    report.model.match_share = std::clamp(
        report.model.match_share * static_cast<double>(report.compared) / all_pairs, 1e-12, 0.5);
  }
  detail::NameFrequencies frequencies;
  for (const Prepared& r : left.records) frequencies.count(r);
  if (!dedupe) {
    for (const Prepared& r : right.records) frequencies.count(r);
  }

  // Each pair's weight; those worth reporting kept.
  if (progress) progress("scoring", 0, report.compared);
  for (auto& pairs : compared_pairs) {
    for (const Compared& c : pairs) {
      Pattern pattern = unpacked(c.pattern);
      Weight weight = match_weight(report.model, pattern);
      frequencies.adjust(report.model, left.records[c.left], right.records[c.right], pattern,
                         weight);
      const double probability = match_probability(report.model, weight.total);
      if (probability < options.review) continue;
      LinkedPair pair;
      pair.left = c.left;
      pair.right = c.right;
      pair.probability = probability;
      pair.weight = std::move(weight);
      pair.pattern = std::move(pattern);
      pair.decision = probability >= options.match ? Decision::kMatch : Decision::kReview;
      report.pairs.push_back(std::move(pair));
    }
    pairs = {};
  }
  std::sort(report.pairs.begin(), report.pairs.end(), [](const LinkedPair& x, const LinkedPair& y) {
    if (x.probability != y.probability) return x.probability > y.probability;
    return x.left != y.left ? x.left < y.left : x.right < y.right;
  });
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
