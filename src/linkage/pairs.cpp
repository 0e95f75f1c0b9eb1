#include "pairs.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>

#include "haven/linkage/compare.h"

namespace haven::linkage::detail {
namespace {

std::uint8_t birth_level(const PartialDate& a, const PartialDate& b) {
  const DateAgreement agreement = compare_birth_dates(a, b);
  if (agreement == DateAgreement::kMissing) return kMissing;
  return static_cast<std::uint8_t>(agreement);  // kExact … kDisagree are levels 0 … 7
}

std::uint8_t code_level(std::string_view a, std::string_view b) {
  const Agreement agreement = compare_codes(a, b);
  if (agreement == Agreement::kMissing) return kMissing;
  return agreement == Agreement::kAgree ? 0 : 1;
}

std::uint8_t document_level(const std::string& a, const std::string& b) {
  if (a.empty() || b.empty()) return kMissing;
  if (a == b) return 0;
  return damerau_levenshtein(a, b) <= 1 ? 1 : 2;
}

}  // namespace

std::uint64_t hash_text(std::string_view text) { return std::hash<std::string_view>{}(text); }

PreparedName prepare_name(const NormalisedName& name) {
  PreparedName out;
  out.parts.reserve(name.parts.size());
  for (const NamePart& part : name.parts) {
    out.latin += part.latin;
    out.key += part.key;
    out.parts.push_back(part.latin);
    out.part_keys.push_back(part.key);
  }
  std::vector<std::string_view> sorted(out.parts.begin(), out.parts.end());
  std::sort(sorted.begin(), sorted.end());
  for (std::string_view part : sorted) {
    out.sorted += part;
    out.sorted += ' ';
  }
  return out;
}

std::uint8_t name_level(const PreparedName& a, const PreparedName& b) {
  if (a.empty() || b.empty()) return kMissing;
  // Cheapest tests first: most pairs compared are two different names.
  if (a.latin == b.latin || a.sorted == b.sorted) return 0;  // the same parts, in any order
  if (!a.key.empty() && a.key == b.key) return 1;
  double letters = jaro_winkler(a.latin, b.latin);
  if (a.parts.size() > 1 || b.parts.size() > 1) {
    letters = std::max(letters, token_set_similarity(a.parts, b.parts));
  }
  if (letters >= 0.92) return 2;
  const double sounds = jaro_winkler(a.key, b.key);
  if (sounds >= 0.92) return 2;
  if (letters >= 0.80 || sounds >= 0.85) return 3;
  return 4;
}

NameTable::NameTable() { names_.emplace_back(); }

namespace {
constexpr std::size_t kCacheSlots = std::size_t{1} << 18;
}  // namespace

Comparer::Comparer(const NameTable& names)
    : names_(names), pairs_(kCacheSlots, 0), levels_(kCacheSlots, 0) {}

namespace {

std::string spelled(const NormalisedName& name) {
  std::string out;
  for (const NamePart& part : name.parts) {
    out += part.latin;
    out += ' ';
  }
  return out;
}

}  // namespace

std::uint32_t NameTable::find(const NormalisedName& name) const {
  if (name.parts.empty()) return 0;
  const auto found = ids_.find(spelled(name));
  return found == ids_.end() ? 0 : found->second;
}

std::uint32_t NameTable::intern(const NormalisedName& name) {
  if (name.parts.empty()) return 0;
  const auto [it, added] = ids_.try_emplace(spelled(name), names_.size());
  if (added) names_.push_back(prepare_name(name));
  return it->second;
}

NormalisedName whole_name(const Record& record) {
  NormalisedName whole = record.given;
  whole.parts.insert(whole.parts.end(), record.family.parts.begin(), record.family.parts.end());
  return whole;
}

Prepared prepare_fields(const Record& record) {
  Prepared out;
  out.birth = record.birth;
  if (record.sex.size() == 1) out.sex = record.sex[0];
  out.nationality = record.nationality;
  out.document = record.document;
  return out;
}

Prepared prepare(const Record& record, NameTable& names) {
  Prepared out = prepare_fields(record);
  out.given = names.intern(record.given);
  out.family = names.intern(record.family);
  out.whole = names.intern(whole_name(record));
  return out;
}

void other_levels(const Prepared& a, const Prepared& b, Pattern& p) {
  p[kBirth] = birth_level(a.birth, b.birth);
  p[kSex] =
      code_level(std::string_view(&a.sex, a.sex ? 1 : 0), std::string_view(&b.sex, b.sex ? 1 : 0));
  p[kNationality] = code_level(a.nationality, b.nationality);
  p[kDocument] = document_level(a.document, b.document);
}

std::uint8_t Comparer::level(std::uint32_t a, std::uint32_t b) {
  if (a == 0 || b == 0) return kMissing;
  if (a == b) return 0;
  const std::uint64_t key = (static_cast<std::uint64_t>(std::min(a, b)) << 32) | std::max(a, b);
  const std::size_t slot = (key * 0x9E3779B97F4A7C15ULL) >> (64 - 18);
  if (pairs_[slot] != key) {
    pairs_[slot] = key;
    levels_[slot] = name_level(names_[a], names_[b]);
  }
  return levels_[slot];
}

Pattern Comparer::operator()(const Prepared& a, const Prepared& b) {
  Pattern p(kFieldCount);
  const std::uint32_t ids_a[] = {a.given, a.family, a.whole};
  const std::uint32_t ids_b[] = {b.given, b.family, b.whole};
  name_levels(
      [&](std::size_t x, std::size_t y) {
        return level(ids_a[std::min<std::size_t>(x, 2)], ids_b[std::min<std::size_t>(y, 2)]);
      },
      names_[a.whole].parts.size() >= 3 || names_[b.whole].parts.size() >= 3, p);
  other_levels(a, b, p);
  return p;
}

// Each pass forgives a different kind of error. Names are compared by sound (phonetic key)
// and order-free; a birth year is written into a key with the next year too, so that years
// one apart (an age guessed) still share one.
//   names + year          all parts sound alike (in any order, however split into given
//                         and family names), born within a year
//   names, any year       all parts sound alike, the birth dates unknown or far apart
//   one name + year       one name sounds alike, born within a year (small blocks only)
//   one name + initial    one name sounds alike, the other starts alike, born within a year
//   one name + full date  the other name garbled or left out
//   full date             both names garbled (1 January, the registrars' stand-in for an
//                         unknown day, makes blocks link() skips)
//   prefixes              both names misheard after their first letters
//   document              the same identity document
std::vector<std::uint64_t> blocking_keys(const Prepared& r, const PreparedName& given,
                                         const PreparedName& family, const PreparedName& whole) {
  std::vector<std::uint64_t> keys;
  keys.reserve(12);
  const auto add = [&](char pass, std::string_view a, std::string_view b, int number,
                       std::uint64_t flags = 0) {
    std::string text;
    text.reserve(a.size() + b.size() + 12);
    text += pass;
    text += a;
    text += '|';
    text += b;
    text += '|';
    text += std::to_string(number);
    keys.push_back((hash_text(text) & ~kKeyFlags) | flags);
  };
  const int year = r.birth.year;
  const auto with_year = [&](char pass, std::string_view a, std::string_view b) {
    if (year == 0) return;
    add(pass, a, b, year);
    add(pass, a, b, year + 1);
  };
  const std::string_view g = given.key;
  const std::string_view f = family.key;
  // The sounds of all parts, in any order and however split into given and family names.
  std::vector<std::string_view> sounds(whole.part_keys.begin(), whole.part_keys.end());
  std::sort(sounds.begin(), sounds.end());
  std::string bag;
  for (std::string_view sound : sounds) {
    bag += sound;
    bag += ' ';
  }
  if (!bag.empty()) {
    with_year('n', bag, {});
    // Any year: a date mistyped or unknown. Common names make blocks link() skips, where the
    // date's own passes must do; flagged blocks too large are still compared for pairs
    // with a year unknown.
    add('u', bag, {}, 0);
  }
  // One name's sound and the year: where the other name is misspelt beyond its sound. For a
  // common name such a block is large and skipped (link's largest_block); the passes above
  // and below still find its bearers.
  if (!g.empty()) with_year('g', g, {});
  if (!f.empty()) with_year('f', f, {});
  const std::string_view g1 = std::string_view(given.latin).substr(0, 1);
  const std::string_view f1 = std::string_view(family.latin).substr(0, 1);
  if (!g.empty() && !f1.empty()) {
    with_year('o', g, f1);
    with_year('o', f1, g);  // the names the other way round
  }
  if (!f.empty() && !g1.empty()) {
    with_year('o', f, g1);
    with_year('o', g1, f);
  }
  if (r.birth.is_full()) {
    const int date = r.birth.year * 10000 + r.birth.month * 100 + r.birth.day;
    if (!g.empty()) add('d', g, {}, date);
    if (!f.empty()) add('d', f, {}, date);
    add('D', {}, {}, date);
  }
  const std::string_view g3 = std::string_view(given.latin).substr(0, 3);
  const std::string_view f3 = std::string_view(family.latin).substr(0, 3);
  if (g3.size() == 3 && f3.size() == 3) add('p', std::min(g3, f3), std::max(g3, f3), 0);
  if (!r.document.empty()) add('i', r.document, {}, 0);
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  return keys;
}

void NameFrequencies::count(const Prepared& record, double times) {
  if (record.given != 0) given_[record.given] += times;
  if (record.family != 0) family_[record.family] += times;
  total_ += times;
}

void NameFrequencies::adjust(const Model& model, const Prepared& a, const Prepared& b,
                             const Pattern& pattern, Weight& weight) const {
  adjust_field(model, kGiven, given_, a.given, b.given, pattern, weight);
  adjust_field(model, kFamily, family_, a.family, b.family, pattern, weight);
}

void NameFrequencies::adjust_field(const Model& model, std::size_t field,
                                   const std::unordered_map<std::uint32_t, double>& counts,
                                   std::uint32_t a, std::uint32_t b, const Pattern& pattern,
                                   Weight& weight) const {
  constexpr double kMostBits = 6.0;
  constexpr double kMostBonus = 2.0;
  if (pattern[field] != 0 || a != b || total_ <= 0.0) return;
  const auto found = counts.find(a);
  if (found == counts.end() || found->second <= 0.0) return;
  // Given one record bears this name, the chance that a record picked at random does too
  // is the name's share: its own u. A rare name earns a little more (bounded, since a name
  // seen once in a small file is not as rare as it looks); a common one earns less.
  // Too few records to have seen a name as common as the average even once (a registry of
  // three): shares say nothing yet.
  if (total_ * model.u[field][0] < 1.0) return;
  const double share = found->second / total_;
  const double adjustment =
      std::clamp(std::log2(model.u[field][0] / std::max(share, 1e-12)), -kMostBits, kMostBonus);
  weight.by_field[field] += adjustment;
  weight.total += adjustment;
}

std::vector<FieldLevels> fields() {
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

}  // namespace haven::linkage::detail
