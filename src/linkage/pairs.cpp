#include "pairs.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>

#include "haven/linkage/compare.h"

namespace haven::linkage::detail {
namespace {

PreparedName prepare_name(const NormalisedName& name) {
  PreparedName out;
  out.parts.reserve(name.parts.size());
  for (const NamePart& part : name.parts) {
    out.latin += part.latin;
    out.key += part.key;
    out.parts.push_back(part.latin);
  }
  return out;
}

// 0 the same letters (in any order of parts), 1 the same sound, 2 similar, 3 somewhat
// similar, 4 different.
std::uint8_t name_level(const PreparedName& a, const PreparedName& b) {
  if (a.empty() || b.empty()) return kMissing;
  if (a.latin == b.latin) return 0;
  const double tokens = token_set_similarity(a.parts, b.parts);
  if (tokens >= 0.999) return 0;
  if (!a.key.empty() && a.key == b.key) return 1;
  const double letters = std::max(jaro_winkler(a.latin, b.latin), tokens);
  const double sounds = jaro_winkler(a.key, b.key);
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

std::uint64_t tagged(char tag, std::string_view a, std::string_view b = {}) {
  std::string text;
  text.reserve(a.size() + b.size() + 2);
  text += tag;
  text += a;
  text += '|';
  text += b;
  return hash_text(text);
}

}  // namespace

std::uint64_t hash_text(std::string_view text) { return std::hash<std::string_view>{}(text); }

Prepared prepare(const Record& record) {
  return {prepare_name(record.given),
          prepare_name(record.family),
          record.birth,
          record.sex,
          record.nationality,
          record.document};
}

Pattern compare(const Prepared& a, const Prepared& b) {
  Pattern p(kFieldCount);
  p[kGiven] = name_level(a.given, b.given);
  p[kFamily] = name_level(a.family, b.family);
  // Given and family names written the other way round (common when one desk takes the
  // first name said as the family name): compare them crosswise when that agrees better.
  if (p[kGiven] + p[kFamily] > 0 && p[kGiven] != kMissing && p[kFamily] != kMissing) {
    const std::uint8_t given_cross = name_level(a.given, b.family);
    const std::uint8_t family_cross = name_level(a.family, b.given);
    if (given_cross + family_cross < p[kGiven] + p[kFamily]) {
      p[kGiven] = given_cross;
      p[kFamily] = family_cross;
    }
  }
  p[kBirth] = birth_level(a.birth, b.birth);
  p[kSex] = code_level(a.sex, b.sex);
  p[kNationality] = code_level(a.nationality, b.nationality);
  p[kDocument] = document_level(a.document, b.document);
  return p;
}

// Each pass forgives a different kind of error: a misspelt given name (family sound and
// birth year), a misspelt family name (given sound and year), a wrong birth date (both
// names' sounds), both names garbled (the exact birth date), anything but the document.
std::vector<std::uint64_t> blocking_keys(const Prepared& r) {
  std::vector<std::uint64_t> keys;
  keys.reserve(6);
  const std::string& given = r.given.key;
  const std::string& family = r.family.key;
  const std::string year = r.birth.year ? std::to_string(r.birth.year) : "?";
  if (!family.empty()) keys.push_back(tagged('f', family, year));
  if (!given.empty()) keys.push_back(tagged('g', given, year));
  if (!given.empty() && !family.empty()) {
    // Order-free, so names written the other way round still meet.
    keys.push_back(tagged('n', std::min(given, family), std::max(given, family)));
  }
  // The first three letters of both names: typing slips mostly fall later in a word.
  const std::string_view g3 = std::string_view(r.given.latin).substr(0, 3);
  const std::string_view f3 = std::string_view(r.family.latin).substr(0, 3);
  if (g3.size() == 3 && f3.size() == 3)
    keys.push_back(tagged('p', std::min(g3, f3), std::max(g3, f3)));
  if (r.birth.is_full()) {
    char date[16];
    std::snprintf(date, sizeof date, "%04d%02d%02d", r.birth.year, r.birth.month, r.birth.day);
    keys.push_back(tagged('d', date));
  }
  if (!r.document.empty()) keys.push_back(tagged('i', r.document));
  return keys;
}

void NameFrequencies::count(const Prepared& record, double times) {
  if (!record.given.empty()) given_[hash_text(record.given.latin)] += times;
  if (!record.family.empty()) family_[hash_text(record.family.latin)] += times;
  total_ += times;
}

void NameFrequencies::adjust(const Model& model, const Prepared& a, const Prepared& b,
                             const Pattern& pattern, Weight& weight) const {
  adjust_field(model, kGiven, given_, a.given.latin, b.given.latin, pattern, weight);
  adjust_field(model, kFamily, family_, a.family.latin, b.family.latin, pattern, weight);
}

void NameFrequencies::adjust_field(const Model& model, std::size_t field,
                                   const std::unordered_map<std::uint64_t, double>& counts,
                                   const std::string& a, const std::string& b,
                                   const Pattern& pattern, Weight& weight) const {
  constexpr double kMostBits = 6.0;
  constexpr double kMostBonus = 2.0;
  if (pattern[field] != 0 || a != b || total_ <= 0.0) return;
  const auto found = counts.find(hash_text(a));
  if (found == counts.end() || found->second <= 0.0) return;
  // Given one record bears this name, the chance that a record picked at random does too
  // is the name's share: its own u. A rare name earns a little more (bounded, since a name
  // seen once in a small file is not as rare as it looks); a common one earns less.
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
