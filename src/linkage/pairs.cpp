#include "pairs.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <stdexcept>

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

namespace {
// A 64-bit finaliser (MurmurHash3's), so that keys built from a few hashed pieces spread.
std::uint64_t mix(std::uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  h *= 0xc4ceb53a185a63ecULL;
  h ^= h >> 33;
  return h;
}
}  // namespace

std::size_t pattern_number(const Levels& levels) {
  std::size_t number = 0;
  for (std::size_t f = 0; f < kFieldCount; ++f) {
    const std::size_t level = levels[f] == kMissing ? kLevelCounts[f] : levels[f];
    number = number * (kLevelCounts[f] + 1U) + level;
  }
  return number;
}

Levels levels_of_number(std::size_t number) {
  Levels levels{};
  for (std::size_t f = kFieldCount; f-- > 0;) {
    const auto level = static_cast<std::uint8_t>(number % (kLevelCounts[f] + 1U));
    levels[f] = level == kLevelCounts[f] ? kMissing : level;
    number /= kLevelCounts[f] + 1U;
  }
  return levels;
}

Pattern to_pattern(const Levels& levels) { return {levels.begin(), levels.end()}; }

const char* pass_name(unsigned pass) {
  static constexpr const char* kNames[kPassCount] = {
      "identity document",     "names + birth year",    "names + sex + years apart",
      "names + sex, any year", "one name + sex + year", "one name + initial + sex + year",
      "one name + birth date", "birth date + sex",      "first letters of names + sex + year"};
  return pass < kPassCount ? kNames[pass] : "?";
}

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

std::uint8_t name_level(const PreparedName& a, const PreparedName& b, std::uint8_t below) {
  constexpr std::uint8_t kDifferent = 4;
  if (a.empty() || b.empty()) return kMissing;
  // Cheapest tests first: most pairs compared are two different names.
  if (a.latin == b.latin || a.sorted == b.sorted) return 0;  // the same parts, in any order
  if (below <= 1) return kDifferent;
  if (!a.key.empty() && a.key == b.key) return 1;
  if (below <= 2) return kDifferent;
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
constexpr unsigned kCacheBits = 20;  // 8 MiB a worker
constexpr std::size_t kCacheSlots = std::size_t{1} << kCacheBits;
}  // namespace

Comparer::Comparer(const NameTable& names) : names_(names), slots_(kCacheSlots, 0) {}

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
  if (names_.size() >= (std::size_t{1} << 28)) {
    throw std::length_error("more than 268 million distinct names to compare");
  }
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

void other_levels(const Prepared& a, const Prepared& b, Levels& p) {
  p[kBirth] = birth_level(a.birth, b.birth);
  p[kSex] =
      code_level(std::string_view(&a.sex, a.sex ? 1 : 0), std::string_view(&b.sex, b.sex ? 1 : 0));
  p[kNationality] = code_level(a.nationality, b.nationality);
  p[kDocument] = document_level(a.document, b.document);
}

std::uint8_t Comparer::level(std::uint32_t a, std::uint32_t b, std::uint8_t below) {
  if (a == 0 || b == 0) return kMissing;
  if (a == b) return 0;
  // Whether two names are the same or sound the same is quicker to see than to look up.
  if (below <= 2) return name_level(names_[a], names_[b], below);
  // A slot holds the pair (28 bits a name id) and its level in its lowest byte; 0 is empty,
  // since no pair is of the empty name.
  const std::uint64_t pair = (static_cast<std::uint64_t>(std::min(a, b)) << 28) | std::max(a, b);
  const std::size_t slot = (pair * 0x9E3779B97F4A7C15ULL) >> (64 - kCacheBits);
  if ((slots_[slot] >> 8) != pair) {
    slots_[slot] = (pair << 8) | name_level(names_[a], names_[b]);
  }
  return static_cast<std::uint8_t>(slots_[slot] & 0xff);
}

Levels Comparer::operator()(const Prepared& a, const Prepared& b) {
  Levels p{};
  const std::uint32_t ids_a[] = {a.given, a.family, a.whole};
  const std::uint32_t ids_b[] = {b.given, b.family, b.whole};
  name_levels(
      [&](std::size_t x, std::size_t y, std::uint8_t below) {
        return level(ids_a[std::min<std::size_t>(x, 2)], ids_b[std::min<std::size_t>(y, 2)], below);
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
//   names + years apart   all parts sound alike, the same sex, born up to three years apart
//   names, any year       all parts sound alike, a birth date unknown on either side; or
//                         the same sex, a date mistyped (small blocks only)
//   one name + year       one name sounds alike, the same sex, born within a year (small
//                         blocks only)
//   one name + initial    one name sounds alike, the other starts alike, the same sex, born
//                         within a year
//   one name + full date  the other name garbled or left out
//   full date             both names garbled, the same sex (1 January, the registrars'
//                         stand-in for an unknown day, makes blocks link() skips)
//   prefixes              both names misheard after their first letters, the same sex,
//                         born within a year
//   document              the same identity document
std::vector<std::uint64_t> blocking_keys(const Prepared& r, const PreparedName& given,
                                         const PreparedName& family, const PreparedName& whole) {
  std::vector<std::uint64_t> keys;
  keys.reserve(12);
  constexpr std::uint64_t kPassBits = std::uint64_t{0xF} << 60;
  // Hashed piece by piece (no string built: a million records make tens of millions of
  // keys).
  const auto add = [&](char kind, Pass pass, std::string_view a, std::string_view b, int number,
                       std::uint64_t flags = 0) {
    std::uint64_t h = mix(static_cast<std::uint64_t>(kind) * 0x100000001B3ULL + hash_text(a));
    h = mix(h ^ (hash_text(b) + 0x9E3779B97F4A7C15ULL + (h << 6) + (h >> 2)));
    h = mix(h ^ static_cast<std::uint64_t>(static_cast<std::uint32_t>(number)));
    keys.push_back((h & ~(kKeyFlags | kPassBits)) | (static_cast<std::uint64_t>(pass) << 60) |
                   flags);
  };
  const int year = r.birth.year;
  const auto with_year = [&](char kind, Pass pass, std::string_view a, std::string_view b) {
    if (year == 0) return;
    add(kind, pass, a, b, year);
    add(kind, pass, a, b, year + 1);
  };
  // The passes that rescue pairs the names' passes miss are the costly ones (one common
  // name in a birth year is shared by thousands): they also ask for the same sex. A record
  // whose sex is unknown goes in both the women's and the men's blocks.
  const std::string_view sexes = r.sex == 'F'   ? "F"
                                 : r.sex == 'M' ? "M"
                                 : r.sex == 'X' ? "X"
                                                : "FM";
  const auto with_sex = [&](auto&& add_keys) {
    for (char sex : sexes) add_keys(sex);
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
    with_year('n', kNamesYearPass, bag, {});
    // Years up to three apart (ages estimated): two grids of six years, offset by three,
    // so that any two years three apart or less share a cell of one of them.
    if (year != 0) {
      with_sex([&](char sex) {
        const std::string_view s(&sex, 1);
        add('w', kNamesYearsApartPass, bag, s, year / 6);
        add('W', kNamesYearsApartPass, bag, s, (year + 3) / 6);
      });
    }
    // Any year: a date unknown on either side (flagged: pairs with both years known meet
    // in the passes above).
    add('u', kNamesAnyYearPass, bag, {}, 0, kYearFree);
    // Any year, the same sex: a date mistyped beyond a year (small blocks only).
    with_sex([&](char sex) { add('y', kNamesAnyYearPass, bag, std::string_view(&sex, 1), 0); });
  }
  // One name's sound and the year: where the other name is misspelt beyond its sound. For a
  // common name such a block is large and skipped (link's largest_block); the passes above
  // and below still find its bearers.
  const std::string_view g1 = std::string_view(given.latin).substr(0, 1);
  const std::string_view f1 = std::string_view(family.latin).substr(0, 1);
  with_sex([&](char sex) {
    const std::string_view s(&sex, 1);
    const std::string g_s = std::string(g) + '|' + sex;
    const std::string f_s = std::string(f) + '|' + sex;
    if (!g.empty()) with_year('g', kOneNameYearPass, g, s);
    if (!f.empty()) with_year('f', kOneNameYearPass, f, s);
    if (!g.empty() && !f1.empty()) {
      with_year('o', kNameInitialPass, g_s, f1);
      with_year('o', kNameInitialPass, f1, g_s);  // the names the other way round
    }
    if (!f.empty() && !g1.empty()) {
      with_year('o', kNameInitialPass, f_s, g1);
      with_year('o', kNameInitialPass, g1, f_s);
    }
  });
  if (r.birth.is_full()) {
    const int date = r.birth.year * 10000 + r.birth.month * 100 + r.birth.day;
    if (!g.empty()) add('d', kNameDatePass, g, {}, date);
    if (!f.empty()) add('d', kNameDatePass, f, {}, date);
    with_sex([&](char sex) { add('D', kDatePass, std::string_view(&sex, 1), {}, date); });
  }
  const std::string_view g3 = std::string_view(given.latin).substr(0, 3);
  const std::string_view f3 = std::string_view(family.latin).substr(0, 3);
  if (g3.size() == 3 && f3.size() == 3) {
    with_sex([&](char sex) {
      with_year('p', kPrefixesPass, std::string(std::min(g3, f3)) + sex, std::max(g3, f3));
    });
  }
  if (!r.document.empty()) add('i', kDocumentPass, r.document, {}, 0);
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  return keys;
}

void NameFrequencies::count(const Prepared& record, double times) {
  const auto add = [&](std::vector<double>& counts, std::uint32_t id) {
    if (id == 0) return;
    if (counts.size() <= id) counts.resize(id + 1, 0.0);
    counts[id] += times;
  };
  add(given_, record.given);
  add(family_, record.family);
  total_ += times;
}

void NameFrequencies::adjust(const Model& model, const Prepared& a, const Prepared& b,
                             const Pattern& pattern, Weight& weight) const {
  const std::array<double, 2> bits = adjustments(model, a, b, pattern);
  weight.by_field[kGiven] += bits[0];
  weight.by_field[kFamily] += bits[1];
  weight.total += bits[0] + bits[1];
}

double NameFrequencies::adjustment(const Model& model, std::size_t field,
                                   const std::vector<double>& counts, std::uint32_t a,
                                   std::uint32_t b, std::uint8_t level) const {
  constexpr double kMostBits = 6.0;
  constexpr double kMostBonus = 2.0;
  if (level != 0 || a != b || a >= counts.size() || total_ <= 0.0) return 0.0;
  const double count = counts[a];
  if (count <= 0.0) return 0.0;
  // Given one record bears this name, the chance that a record picked at random does too
  // is the name's share: its own u. A rare name earns a little more (bounded, since a name
  // seen once in a small file is not as rare as it looks); a common one earns less.
  // Too few records to have seen a name as common as the average even once (a registry of
  // three): shares say nothing yet.
  if (total_ * model.u[field][0] < 1.0) return 0.0;
  const double share = count / total_;
  return std::clamp(std::log2(model.u[field][0] / std::max(share, 1e-12)), -kMostBits, kMostBonus);
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
