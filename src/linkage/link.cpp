#include "haven/linkage/link.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <cstdio>
#include <random>
#include <thread>
#include <unordered_map>

#include "haven/linkage/index.h"
#include "pairs.h"

namespace haven::linkage {
namespace {

using detail::Prepared;

// A posting: a blocking key and a record holding it. `entry` is the record's index with the
// highest bit set when its birth year is known, so that in a block (a run of one key) the
// records with no year come first.
struct Posting {
  std::uint64_t key;
  std::uint32_t entry;
  bool operator<(const Posting& other) const {
    return key != other.key ? key < other.key : entry < other.entry;
  }
};
constexpr std::uint32_t kYearKnown = std::uint32_t{1} << 31;
std::uint32_t record_of(const Posting& posting) { return posting.entry & ~kYearKnown; }

// One side of a link: its records and each record's blocking keys, in pass order. A key
// whose block was too large to compare has its lowest bit set, so that the pair is then
// compared in a later pass it shares instead.
struct Side {
  std::vector<Prepared> records;
  std::vector<std::uint32_t> first_key;  // records.size() + 1 offsets into keys
  std::vector<std::uint64_t> keys;
  std::vector<Posting> postings;  // sorted: a block is a run of one key

  std::span<const std::uint64_t> keys_of(std::uint32_t record) const {
    return {keys.data() + first_key[record], first_key[record + 1] - first_key[record]};
  }
};

using detail::kSkipped;
using detail::kYearFree;

// Runs `work(worker, begin, end)` over [0, n) cut into `threads` contiguous parts.
template <typename Work>
void in_parts(std::size_t n, unsigned threads, Work&& work) {
  std::vector<std::thread> pool;
  for (unsigned w = 1; w < threads; ++w) {
    pool.emplace_back([&, w] { work(w, n * w / threads, n * (w + 1) / threads); });
  }
  work(0U, std::size_t{0}, n / threads);
  for (std::thread& t : pool) t.join();
}

void prepare_side(const std::vector<Record>& records, detail::NameTable& names, Side& side,
                  unsigned threads) {
  // Names are interned in one table, one record after another; the keys, which take most of
  // the time, are made by every worker for its part of the records.
  side.records.reserve(records.size());
  for (const Record& record : records) side.records.push_back(detail::prepare(record, names));
  std::vector<std::vector<std::uint64_t>> keys(threads);
  std::vector<std::vector<std::uint32_t>> counts(threads);
  in_parts(records.size(), threads, [&](unsigned worker, std::size_t begin, std::size_t end) {
    for (std::size_t i = begin; i < end; ++i) {
      const Prepared& r = side.records[i];
      const std::vector<std::uint64_t> mine =
          detail::blocking_keys(r, names[r.given], names[r.family], names[r.whole]);
      keys[worker].insert(keys[worker].end(), mine.begin(), mine.end());
      counts[worker].push_back(static_cast<std::uint32_t>(mine.size()));
    }
  });
  side.first_key.reserve(records.size() + 1);
  side.first_key.push_back(0);
  for (unsigned w = 0; w < threads; ++w) {
    side.keys.insert(side.keys.end(), keys[w].begin(), keys[w].end());
    for (std::uint32_t count : counts[w]) side.first_key.push_back(side.first_key.back() + count);
    keys[w] = {};
  }
  side.postings.resize(side.keys.size());
  in_parts(side.records.size(), threads, [&](unsigned, std::size_t begin, std::size_t end) {
    for (std::size_t i = begin; i < end; ++i) {
      const auto record = static_cast<std::uint32_t>(i);
      const std::uint32_t entry = record | (side.records[i].birth.year != 0 ? kYearKnown : 0);
      for (std::uint32_t k = side.first_key[i]; k < side.first_key[i + 1]; ++k) {
        side.postings[k] = {side.keys[k], entry};
      }
    }
  });
  // Sorted in two halves at once, then merged.
  const auto middle = side.postings.begin() + static_cast<std::ptrdiff_t>(side.postings.size() / 2);
  if (threads > 1) {
    std::thread other([&] { std::sort(side.postings.begin(), middle); });
    std::sort(middle, side.postings.end());
    other.join();
    std::inplace_merge(side.postings.begin(), middle, side.postings.end());
  } else {
    std::sort(side.postings.begin(), side.postings.end());
  }
}

// A block to compare: records [left_begin, left_end) of the left postings against
// [right_begin, right_end) of the right ones (the same list when deduplicating); from
// left_known (right_known) on, the records' birth years are known.
struct Block {
  std::uint64_t key;
  std::size_t left_begin, left_known, left_end;
  std::size_t right_begin, right_known, right_end;
};

std::size_t run_end(const std::vector<Posting>& postings, std::size_t at) {
  const std::uint64_t key = postings[at].key;
  while (at < postings.size() && postings[at].key == key) ++at;
  return at;
}

std::size_t first_known(const std::vector<Posting>& postings, std::size_t begin, std::size_t end) {
  while (begin < end && (postings[begin].entry & kYearKnown) == 0) ++begin;
  return begin;
}

// The pairs a block holds: in a year-free block, only those with a year unknown.
std::size_t pairs_in(const Block& b, bool dedupe) {
  const std::size_t left = b.left_end - b.left_begin;
  const std::size_t right = b.right_end - b.right_begin;
  if ((b.key & kYearFree) == 0) return dedupe ? left * (left - 1) / 2 : left * right;
  const std::size_t left_unknown = b.left_known - b.left_begin;
  const std::size_t right_unknown = b.right_known - b.right_begin;
  if (dedupe) return left_unknown * (left_unknown - 1) / 2 + left_unknown * (left - left_unknown);
  return left_unknown * right + (left - left_unknown) * right_unknown;
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
  // As many pairs as a block of `largest` records on each side holds; the passes that
  // rescue pairs the names' passes miss (one name, the date, first letters, any year) a third as
  // many records, for they hold many pairs and few of them true.
  const auto most_pairs_of = [&](std::size_t most) {
    return dedupe ? most * (most - 1) / 2 : most * most;
  };
  const std::size_t most_pairs = most_pairs_of(largest);
  const std::size_t most_rescue_pairs = most_pairs_of(std::max<std::size_t>(largest / 3, 2));
  std::size_t j = 0;
  for (std::size_t i = 0; i < left.postings.size();) {
    const std::uint64_t key = left.postings[i].key;
    const std::size_t end = run_end(left.postings, i);
    Block block{key, i, first_known(left.postings, i, end), end, i, 0, end};
    block.right_known = block.left_known;
    i = end;
    if (!dedupe) {
      while (j < right->postings.size() && right->postings[j].key < key) ++j;
      if (j == right->postings.size() || right->postings[j].key != key) continue;
      block.right_begin = j;
      block.right_end = j = run_end(right->postings, j);
      block.right_known = first_known(right->postings, block.right_begin, block.right_end);
    }
    const std::size_t pairs = pairs_in(block, dedupe);
    if (pairs == 0) continue;
    PassCount& pass = report.passes[detail::pass_of(key)];
    report.candidate_pairs += pairs;
    pass.candidates += pairs;
    if (pairs > (detail::rescues(detail::pass_of(key)) ? most_rescue_pairs : most_pairs)) {
      ++report.blocks_skipped;
      ++pass.blocks_skipped;
      skipped.push_back(key);
    } else {
      out.push_back(block);
    }
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

// Runs `visit(worker, a, b, levels)` for every distinct candidate pair, the blocks shared
// out among `threads` workers; `visit` gets the worker's number. Returns the pairs compared
// in each pass.
template <typename Visit>
std::array<std::size_t, detail::kPassCount> for_each_pair(
    const std::vector<Block>& blocks, const Side& left, const Side& right, bool dedupe,
    const detail::NameTable& names, unsigned threads,
    const std::function<void(std::size_t)>& blocks_done, Visit&& visit) {
  std::atomic<std::size_t> next{0};
  constexpr std::size_t kChunk = 64;
  std::vector<std::array<std::size_t, detail::kPassCount>> compared(threads);
  const auto work = [&](unsigned worker) {
    detail::Comparer compare(names);
    std::array<std::size_t, detail::kPassCount>& counted = compared[worker];
    counted.fill(0);
    const auto pair = [&](const Block& block, std::uint32_t a, std::uint32_t b) {
      if (dedupe && b < a) std::swap(a, b);
      const bool both_years = left.records[a].birth.year != 0 && right.records[b].birth.year != 0;
      if (!first_shared(left.keys_of(a), right.keys_of(b), block.key, both_years)) return;
      ++counted[detail::pass_of(block.key)];
      visit(worker, a, b, compare(left.records[a], right.records[b]));
    };
    for (std::size_t begin = next.fetch_add(kChunk); begin < blocks.size();
         begin = next.fetch_add(kChunk)) {
      const std::size_t end = std::min(begin + kChunk, blocks.size());
      for (std::size_t k = begin; k < end; ++k) {
        const Block& block = blocks[k];
        // In a year-free block, only pairs with a year unknown: the records without one
        // (first in the block) with all, and the others with those.
        const bool year_free = (block.key & kYearFree) != 0;
        if (dedupe) {
          const std::size_t x_end = year_free ? block.left_known : block.left_end;
          for (std::size_t x = block.left_begin; x < x_end; ++x) {
            const std::uint32_t a = record_of(left.postings[x]);
            for (std::size_t y = x + 1; y < block.left_end; ++y) {
              pair(block, a, record_of(left.postings[y]));
            }
          }
          continue;
        }
        for (std::size_t x = block.left_begin; x < block.left_end; ++x) {
          const std::uint32_t a = record_of(left.postings[x]);
          const std::size_t y_end =
              year_free && x >= block.left_known ? block.right_known : block.right_end;
          for (std::size_t y = block.right_begin; y < y_end; ++y) {
            pair(block, a, record_of(right.postings[y]));
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
  std::array<std::size_t, detail::kPassCount> total{};
  for (const auto& counted : compared) {
    for (unsigned p = 0; p < detail::kPassCount; ++p) total[p] += counted[p];
  }
  return total;
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
  in_parts(count, threads, [&](unsigned, std::size_t begin, std::size_t end) {
    detail::Comparer compare(names);
    for (std::size_t i = begin; i < end; ++i) {
      out[i] =
          detail::to_pattern(compare(left.records[drawn[i].first], right.records[drawn[i].second]));
    }
  });
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

// The blocks EM learns from: all of them when they hold no more than `most` pairs, else a
// reproducible random share of them (by key, already a hash), which gives EM a random
// share of the pairs: each pair is compared in one block, its first shared.
std::vector<Block> sample_of(const std::vector<Block>& blocks, bool dedupe, std::size_t most) {
  std::size_t pairs = 0;
  for (const Block& block : blocks) pairs += pairs_in(block, dedupe);
  if (pairs <= most) return blocks;
  // In 1024ths, one at least.
  const auto kept = std::max<std::uint64_t>(
      1,
      static_cast<std::uint64_t>(static_cast<double>(most) / static_cast<double>(pairs) * 1024.0));
  std::vector<Block> out;
  for (const Block& block : blocks) {
    if (((block.key >> 8) & 1023U) < kept) out.push_back(block);
  }
  return out;
}

// A pair worth reporting, as the comparing workers keep it.
struct Kept {
  std::uint32_t left, right;
  std::uint32_t pattern;  // detail::pattern_number
};

}  // namespace

std::vector<FieldLevels> compared_fields() { return detail::fields(); }

LinkReport link(const std::vector<Record>& left_records, const std::vector<Record>* right_records,
                const LinkOptions& options,
                const std::function<void(const char*, std::size_t, std::size_t)>& progress) {
  LinkReport report;
  report.passes.resize(detail::kPassCount);
  for (unsigned p = 0; p < detail::kPassCount; ++p) report.passes[p].pass = detail::pass_name(p);
  const bool dedupe = right_records == nullptr;
  const unsigned threads =
      options.threads != 0 ? options.threads : std::max(1U, std::thread::hardware_concurrency());
  detail::NameTable names;
  Side left;
  Side right_side;
  if (progress) progress("preparing", 0, 1);
  prepare_side(left_records, names, left, threads);
  if (!dedupe) prepare_side(*right_records, names, right_side, threads);
  const Side& right = dedupe ? left : right_side;
  const std::vector<Block> blocks =
      blocks_of(left, dedupe ? nullptr : &right_side, options, report);
  if (progress) progress("preparing", 1, 1);

  // Learning: the patterns of the candidates (of a random share of their blocks when there
  // are more than enough to learn from), counted for EM.
  constexpr std::size_t kLearnFrom = 10'000'000;
  const std::vector<Block> learning = sample_of(blocks, dedupe, kLearnFrom);
  std::vector<std::vector<double>> tallies(threads,
                                           std::vector<double>(detail::kPatternNumbers, 0.0));
  std::function<void(std::size_t)> learnt;
  if (progress) learnt = [&](std::size_t done) { progress("learning", done, learning.size()); };
  for_each_pair(learning, left, right, dedupe, names, threads, learnt,
                [&](unsigned worker, std::uint32_t, std::uint32_t, const detail::Levels& levels) {
                  tallies[worker][detail::pattern_number(levels)] += 1.0;
                });
  std::vector<PatternCount> counted;
  std::size_t learnt_from = 0;
  for (std::size_t n = 0; n < detail::kPatternNumbers; ++n) {
    double count = 0.0;
    for (const auto& tally : tallies) count += tally[n];
    if (count > 0.0) counted.push_back({detail::to_pattern(detail::levels_of_number(n)), count});
    learnt_from += static_cast<std::size_t>(count);
  }
  tallies = {};

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
  detail::NameFrequencies frequencies;
  for (const Prepared& r : left.records) frequencies.count(r);
  if (!dedupe) {
    for (const Prepared& r : right.records) frequencies.count(r);
  }
  // Each pattern's weight, before the names' frequencies.
  std::vector<double> weights(detail::kPatternNumbers);
  for (std::size_t n = 0; n < detail::kPatternNumbers; ++n) {
    weights[n] = match_weight(report.model, detail::to_pattern(detail::levels_of_number(n))).total;
  }

  // Comparing: every candidate scored; those worth reporting kept.
  std::vector<std::vector<Kept>> kept(threads);
  std::function<void(std::size_t)> comparing;
  if (progress) comparing = [&](std::size_t done) { progress("comparing", done, blocks.size()); };
  // u says how often fields agree between any two records, so the prior that goes with it
  // is the share of matches among all pairs, not among the candidates blocking chose: the
  // share EM learnt among the candidates, times the candidates, over all pairs.
  const double n_left = static_cast<double>(left.records.size());
  const double all_pairs = dedupe ? n_left * std::max(0.0, n_left - 1) / 2.0
                                  : n_left * static_cast<double>(right.records.size());
  double candidates = 0.0;
  for (const Block& block : blocks) candidates += static_cast<double>(pairs_in(block, dedupe));
  // (The candidates counted with repeats: a pair in several blocks is compared once. The
  // share is corrected below with the pairs compared.)
  const double learnt_share = report.model.match_share;
  // EM's share among the candidates runs high (blocking chose pairs whose names agree, and
  // namesakes look like matches on what they were chosen by), so it is bounded by what
  // the files can hold: a record has one counterpart in the other file, or in a registry
  // a few duplicates at most.
  const double n_right = static_cast<double>(right.records.size());
  const double most_matches = dedupe ? n_left : std::min(n_left, n_right);
  const auto share_of = [&](double pairs) {
    return all_pairs > 0
               ? std::clamp(std::min(learnt_share * pairs, most_matches) / all_pairs, 1e-12, 0.5)
               : 0.5;
  };
  const double prior_share = share_of(candidates);
  const auto per_pass = for_each_pair(
      blocks, left, right, dedupe, names, threads, comparing,
      [&](unsigned worker, std::uint32_t a, std::uint32_t b, const detail::Levels& levels) {
        if (options.on_candidate) options.on_candidate(a, b);
        const std::size_t n = detail::pattern_number(levels);
        const auto bits =
            frequencies.adjustments(report.model, left.records[a], right.records[b], levels);
        const double weight = weights[n] + bits[0] + bits[1];
        if (match_probability(prior_share, weight) < options.review) return;
        kept[worker].push_back({a, b, static_cast<std::uint32_t>(n)});
      });
  for (unsigned p = 0; p < detail::kPassCount; ++p) {
    report.passes[p].compared = per_pass[p];
    report.compared += per_pass[p];
  }
  report.learnt_from = learnt_from;
  report.model.match_share = share_of(static_cast<double>(report.compared));

  // The pairs kept, with their explanations.
  for (auto& pairs : kept) {
    for (const Kept& k : pairs) {
      LinkedPair pair;
      pair.left = k.left;
      pair.right = k.right;
      pair.pattern = detail::to_pattern(detail::levels_of_number(k.pattern));
      pair.weight = match_weight(report.model, pair.pattern);
      frequencies.adjust(report.model, left.records[k.left], right.records[k.right], pair.pattern,
                         pair.weight);
      pair.probability = match_probability(report.model, pair.weight.total);
      if (pair.probability < options.review) continue;
      pair.decision = pair.probability >= options.match ? Decision::kMatch : Decision::kReview;
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
