#include "haven/linkage/link.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <random>
#include <unordered_map>
#include <unordered_set>

namespace haven::linkage {
namespace {

enum Field : std::size_t { kGiven, kFamily, kBirth, kSex, kNationality, kDocument };

std::string joined_latin(const NormalisedName& name) {
  std::string out;
  for (const auto& part : name.parts) out += part.latin;
  return out;
}

std::string joined_keys(const NormalisedName& name) {
  std::string out;
  for (const auto& part : name.parts) out += part.key;
  return out;
}

std::vector<std::string> latin_parts(const NormalisedName& name) {
  std::vector<std::string> out;
  for (const auto& part : name.parts) out.push_back(part.latin);
  return out;
}

// 0 the same letters (in any order of parts), 1 the same sound, 2 similar, 3 somewhat
// similar, 4 different.
std::uint8_t name_level(const NormalisedName& a, const NormalisedName& b) {
  if (a.parts.empty() || b.parts.empty()) return kMissing;
  const std::string la = joined_latin(a);
  const std::string lb = joined_latin(b);
  const auto pa = latin_parts(a);
  const auto pb = latin_parts(b);
  if (la == lb || token_set_similarity(pa, pb) >= 0.999) return 0;
  const std::string ka = joined_keys(a);
  const std::string kb = joined_keys(b);
  if (!ka.empty() && ka == kb) return 1;
  const double letters = std::max(jaro_winkler(la, lb), token_set_similarity(pa, pb));
  const double sounds = jaro_winkler(ka, kb);
  if (letters >= 0.92 || sounds >= 0.92) return 2;
  if (letters >= 0.80 || sounds >= 0.85) return 3;
  return 4;
}

std::uint8_t birth_level(const PartialDate& a, const PartialDate& b) {
  const DateAgreement agreement = compare_birth_dates(a, b);
  if (agreement == DateAgreement::kMissing) return kMissing;
  return static_cast<std::uint8_t>(agreement);  // kExact … kDisagree are levels 0 … 7
}

std::uint8_t code_level(const std::string& a, const std::string& b) {
  const Agreement agreement = compare_codes(a, b);
  if (agreement == Agreement::kMissing) return kMissing;
  return agreement == Agreement::kAgree ? 0 : 1;
}

std::uint8_t document_level(const std::string& a, const std::string& b) {
  if (a.empty() || b.empty()) return kMissing;
  if (a == b) return 0;
  return damerau_levenshtein(a, b) <= 1 ? 1 : 2;
}

Pattern compare(const Record& a, const Record& b) {
  Pattern p(6);
  p[kGiven] = name_level(a.given, b.given);
  p[kFamily] = name_level(a.family, b.family);
  // Given and family names written the other way round (common when one desk takes the
  // first name said as the family name): compare them crosswise when that agrees better.
  const std::uint8_t given_cross = name_level(a.given, b.family);
  const std::uint8_t family_cross = name_level(a.family, b.given);
  if (given_cross != kMissing && family_cross != kMissing &&
      given_cross + family_cross < p[kGiven] + p[kFamily]) {
    p[kGiven] = given_cross;
    p[kFamily] = family_cross;
  }
  p[kBirth] = birth_level(a.birth, b.birth);
  p[kSex] = code_level(a.sex, b.sex);
  p[kNationality] = code_level(a.nationality, b.nationality);
  p[kDocument] = document_level(a.document, b.document);
  return p;
}

// Blocking passes: two records become candidates when they share any of these keys. Each
// pass forgives a different kind of error: a misspelt given name (family sound and birth
// year), a misspelt family name (given sound and year), a wrong birth date (both names'
// sounds), both names garbled (the exact birth date), anything but the document.
std::vector<std::string> blocking_keys(const Record& r) {
  std::vector<std::string> keys;
  const std::string given = joined_keys(r.given);
  const std::string family = joined_keys(r.family);
  const std::string year = r.birth.year ? std::to_string(r.birth.year) : "?";
  if (!family.empty()) keys.push_back("f|" + family + "|" + year);
  if (!given.empty()) keys.push_back("g|" + given + "|" + year);
  if (!given.empty() && !family.empty()) {
    // Order-free, so names written the other way round still meet.
    keys.push_back("n|" + std::min(given, family) + "|" + std::max(given, family));
  }
  // The first three letters of both names: typing slips mostly fall later in a word.
  const std::string g3 = joined_latin(r.given).substr(0, 3);
  const std::string f3 = joined_latin(r.family).substr(0, 3);
  if (g3.size() == 3 && f3.size() == 3) {
    keys.push_back("p|" + std::min(g3, f3) + "|" + std::max(g3, f3));
  }
  if (r.birth.is_full()) {
    char date[16];
    std::snprintf(date, sizeof date, "%04d%02d%02d", r.birth.year, r.birth.month, r.birth.day);
    keys.push_back(std::string("d|") + date);
  }
  if (!r.document.empty()) keys.push_back("i|" + r.document);
  return keys;
}

using Blocks = std::unordered_map<std::string, std::vector<std::uint32_t>>;

Blocks blocks_of(const std::vector<Record>& records) {
  Blocks blocks;
  for (std::uint32_t i = 0; i < records.size(); ++i) {
    for (std::string& key : blocking_keys(records[i])) blocks[std::move(key)].push_back(i);
  }
  return blocks;
}

std::uint64_t pair_key(std::uint32_t left, std::uint32_t right) {
  return (static_cast<std::uint64_t>(left) << 32) | right;
}

// Term frequencies: two records that share a rare name say more than two Mohameds do. When
// a name agrees exactly, its weight uses how common that very name is instead of how often
// names agree on average (the u of "same").
class NameFrequencies {
  static constexpr double kMostBits = 6.0;
  static constexpr double kMostBonus = 2.0;

 public:
  NameFrequencies(const std::vector<Record>& left, const std::vector<Record>* right) {
    count(left);
    if (right != nullptr) count(*right);
  }

  void adjust(const Model& model, const Record& a, const Record& b, const Pattern& pattern,
              Weight& weight) const {
    adjust_field(model, kGiven, given_, joined_latin(a.given), joined_latin(b.given), pattern,
                 weight);
    adjust_field(model, kFamily, family_, joined_latin(a.family), joined_latin(b.family), pattern,
                 weight);
  }

 private:
  void count(const std::vector<Record>& records) {
    for (const Record& r : records) {
      if (!r.given.parts.empty()) given_[joined_latin(r.given)] += 1.0;
      if (!r.family.parts.empty()) family_[joined_latin(r.family)] += 1.0;
      total_ += 1.0;
    }
  }

  void adjust_field(const Model& model, std::size_t field,
                    const std::unordered_map<std::string, double>& counts, const std::string& a,
                    const std::string& b, const Pattern& pattern, Weight& weight) const {
    if (pattern[field] != 0 || a != b || total_ == 0.0) return;
    const auto found = counts.find(a);
    if (found == counts.end()) return;
    // Given one record bears this name, the chance that a record picked at random does too
    // is the name's share: its own u. A rare name earns a little more (bounded, since a
    // name seen once in a small file is not as rare as it looks); a common one earns less.
    const double share = found->second / total_;
    const double adjustment =
        std::clamp(std::log2(model.u[field][0] / std::max(share, 1e-12)), -kMostBits, kMostBonus);
    weight.by_field[field] += adjustment;
    weight.total += adjustment;
  }

  std::unordered_map<std::string, double> given_;
  std::unordered_map<std::string, double> family_;
  double total_ = 0.0;
};

// How fields agree by chance: pairs drawn at random (reproducibly), nearly all of them
// different persons.
std::vector<Pattern> random_pairs(const std::vector<Record>& left, const std::vector<Record>& right,
                                  bool dedupe, std::size_t count) {
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
    out.push_back(compare(left[a], right[b]));
  }
  return out;
}

}  // namespace

std::vector<FieldLevels> compared_fields() {
  const std::vector<std::string> names = {"same", "same sound", "similar", "somewhat similar",
                                          "different"};
  return {{"given_name", names},
          {"family_name", names},
          {"birth_date",
           {"same day", "day and month swapped", "one typing slip", "same year and month",
            "same year", "one year apart", "two or three years apart (estimated)", "different"}},
          {"sex", {"same", "different"}},
          {"nationality", {"same", "different"}},
          {"document", {"same", "one character off", "different"}}};
}

LinkReport link(const std::vector<Record>& left, const std::vector<Record>* right,
                const LinkOptions& options,
                const std::function<void(const char*, std::size_t, std::size_t)>& progress) {
  LinkReport report;
  const bool dedupe = right == nullptr;
  const std::vector<Record>& other = dedupe ? left : *right;
  const Blocks left_blocks = blocks_of(left);
  const Blocks right_blocks = dedupe ? Blocks() : blocks_of(other);
  std::unordered_set<std::uint64_t> candidates;
  std::size_t block_number = 0;
  for (const auto& [key, members] : left_blocks) {
    if (progress && ++block_number % 10'000 == 0) {
      progress("blocking", block_number, left_blocks.size());
    }
    const std::vector<std::uint32_t>* partners = &members;
    if (!dedupe) {
      const auto found = right_blocks.find(key);
      if (found == right_blocks.end()) continue;
      partners = &found->second;
    }
    if (members.size() > options.largest_block || partners->size() > options.largest_block) {
      ++report.blocks_skipped;
      continue;
    }
    for (std::uint32_t a : members) {
      for (std::uint32_t b : *partners) {
        if (dedupe && b <= a) continue;
        candidates.insert(pair_key(a, b));
      }
    }
  }
  report.candidate_pairs = candidates.size();
  std::vector<std::uint64_t> ordered(candidates.begin(), candidates.end());
  std::sort(ordered.begin(), ordered.end());
  std::vector<Pattern> patterns;
  patterns.reserve(ordered.size());
  for (std::size_t i = 0; i < ordered.size(); ++i) {
    const auto a = static_cast<std::uint32_t>(ordered[i] >> 32);
    const auto b = static_cast<std::uint32_t>(ordered[i] & 0xffffffffU);
    patterns.push_back(compare(left[a], other[b]));
    if (progress && (i + 1) % 100'000 == 0) progress("comparing", i + 1, ordered.size());
  }
  report.compared = patterns.size();
  if (options.keep_candidates) report.candidates = ordered;
  const std::vector<FieldLevels> fields = compared_fields();
  const std::vector<Pattern> chance = random_pairs(left, other, dedupe, options.random_pairs);
  report.model = estimate_with_u(patterns, fields, chance_levels(chance, fields));
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
  const NameFrequencies frequencies(left, dedupe ? nullptr : right);
  for (std::size_t i = 0; i < ordered.size(); ++i) {
    Weight weight = match_weight(report.model, patterns[i]);
    const auto a = static_cast<std::size_t>(ordered[i] >> 32);
    const auto b = static_cast<std::size_t>(ordered[i] & 0xffffffffU);
    frequencies.adjust(report.model, left[a], other[b], patterns[i], weight);
    const double probability = match_probability(report.model, weight.total);
    if (probability < options.review) continue;
    LinkedPair pair;
    pair.left = static_cast<std::size_t>(ordered[i] >> 32);
    pair.right = static_cast<std::size_t>(ordered[i] & 0xffffffffU);
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
