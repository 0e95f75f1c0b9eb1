#pragma once
// What link() and Index share: names interned once (registries repeat a few thousand names
// over millions of persons, so each name is prepared once and two names are compared once),
// records prepared for comparing, the comparison of two records into a pattern of levels,
// and the blocking keys that make two records candidates. Internal to the linkage module.

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "haven/linkage/records.h"
#include "haven/linkage/scoring.h"

namespace haven::linkage::detail {

enum Field : std::size_t { kGiven, kFamily, kBirth, kSex, kNationality, kDocument, kFieldCount };

// One pair's levels, field by field (a Pattern without the allocation: hundreds of millions
// of pairs are compared).
using Levels = std::array<std::uint8_t, kFieldCount>;
// How many levels each field has (fields() names them).
inline constexpr std::array<std::uint8_t, kFieldCount> kLevelCounts = {5, 5, 8, 2, 2, 3};
// Every pattern numbered densely, a missing field as one more level, so that counting
// patterns is an array increment: 6 × 6 × 9 × 3 × 3 × 4 numbers.
inline constexpr std::size_t kPatternNumbers = 11'664;
std::size_t pattern_number(const Levels& levels);
Levels levels_of_number(std::size_t number);
Pattern to_pattern(const Levels& levels);

// A name as the comparators read it.
struct PreparedName {
  std::string latin;               // the parts' letters joined: "mohamedabdrahman"
  std::string key;                 // the parts' keys joined
  std::vector<std::string> parts;  // each part's letters
  std::vector<std::string> part_keys;
  std::string sorted;  // the parts in alphabetical order, each followed by a space
  bool empty() const { return parts.empty(); }
};

PreparedName prepare_name(const NormalisedName& name);

// 0 the same letters (in any order of parts), 1 the same sound, 2 similar, 3 somewhat
// similar, 4 different; kMissing when either is empty. A caller that only needs to know
// whether the level is below `below` gets 4 when it is not, sooner.
inline constexpr std::uint8_t kAnyLevel = 5;
std::uint8_t name_level(const PreparedName& a, const PreparedName& b,
                        std::uint8_t below = kAnyLevel);

// Every distinct name once; id 0 is the empty name.
class NameTable {
 public:
  NameTable();
  std::uint32_t intern(const NormalisedName& name);
  // The id of a name already interned, or 0.
  std::uint32_t find(const NormalisedName& name) const;
  const PreparedName& operator[](std::uint32_t id) const { return names_[id]; }
  std::size_t size() const { return names_.size(); }

 private:
  std::vector<PreparedName> names_;
  std::unordered_map<std::string, std::uint32_t> ids_;
};

struct Prepared {
  std::uint32_t given = 0;   // in the NameTable
  std::uint32_t family = 0;  // in the NameTable
  // All parts of both, in the NameTable: where a full name was split into given and family
  // names differently at two desks ("Juan Carlos | Gonzalez" and "Juan | Carlos Gonzalez").
  std::uint32_t whole = 0;
  PartialDate birth;
  char sex = 0;  // F, M, X or 0 when unknown
  std::string nationality;
  std::string document;
};

Prepared prepare(const Record& record, NameTable& names);
// The fields other than names (the name ids left 0), for a record whose names are not
// interned (an Index query, under a reader's lock).
Prepared prepare_fields(const Record& record);
// All parts of the given and the family name, in that order.
NormalisedName whole_name(const Record& record);

// The levels of the two names, crosswise when that agrees better (given and family names
// written the other way round are common when one desk takes the first name said as the
// family name). `level(a_field, b_field)` compares a's given or family name with b's.
// `level(kFieldCount, kFieldCount)` compares the whole names: when they agree better than
// either part, the split differed and both parts take the whole name's level.
// `split_differently`: either whole name has three parts or more.
template <typename Level, typename Levels>
void name_levels(Level&& level, bool split_differently, Levels& p) {
  p[kGiven] = level(kGiven, kGiven, kAnyLevel);
  p[kFamily] = level(kFamily, kFamily, kAnyLevel);
  // Only a name of three parts or more can be split in two ways, and only names that
  // disagree need the whole compared. The whole name counts only when it agrees better
  // than both parts, so it is compared only that far.
  const bool agree = p[kGiven] != kMissing && p[kFamily] != kMissing && p[kGiven] + p[kFamily] < 3;
  const std::uint8_t better_than = std::min(p[kGiven] == kMissing ? kAnyLevel : p[kGiven],
                                            p[kFamily] == kMissing ? kAnyLevel : p[kFamily]);
  const bool both_named = p[kGiven] != kMissing || p[kFamily] != kMissing;
  if (!agree && split_differently && both_named && better_than > 0) {
    const std::uint8_t whole = level(kFieldCount, kFieldCount, better_than);
    if (whole < better_than) {
      if (p[kGiven] != kMissing) p[kGiven] = whole;
      if (p[kFamily] != kMissing) p[kFamily] = whole;
      return;
    }
  }
  if (p[kGiven] == kMissing || p[kFamily] == kMissing) return;
  const std::uint8_t straight = p[kGiven] + p[kFamily];
  if (straight == 0) return;
  const std::uint8_t given_cross = level(kGiven, kFamily, straight);
  if (given_cross == kMissing || given_cross >= straight) return;
  const std::uint8_t family_cross = level(kFamily, kGiven, straight - given_cross);
  if (family_cross != kMissing && given_cross + family_cross < straight) {
    p[kGiven] = given_cross;
    p[kFamily] = family_cross;
  }
}

// The fields other than names.
void other_levels(const Prepared& a, const Prepared& b, Levels& p);

// Compares records whose names are in one table, remembering each pair of names compared
// (one Comparer per thread).
class Comparer {
 public:
  explicit Comparer(const NameTable& names);
  Levels operator()(const Prepared& a, const Prepared& b);

 private:
  std::uint8_t level(std::uint32_t a, std::uint32_t b, std::uint8_t below);
  const NameTable& names_;
  // A direct-mapped cache of name pairs already compared: a slot per hash, overwritten on
  // collision, so a miss costs no allocation.
  std::vector<std::uint64_t> slots_;
};

// Two records are candidates when they share any of these keys (hashed to 64 bits with the
// pass they belong to; a collision only adds a candidate, which scoring then rejects).
// Sorted and distinct. The pass is in the four highest bits, so that keys sort pass by
// pass. The two lowest bits are flags: kYearFree marks a block whose pairs are compared only
// when either birth year is unknown (pairs with both years known meet in the passes with
// years); kSkipped is link()'s.
inline constexpr std::uint64_t kSkipped = 1;
inline constexpr std::uint64_t kYearFree = 2;
inline constexpr std::uint64_t kKeyFlags = kSkipped | kYearFree;
enum Pass : unsigned {
  kDocumentPass,
  kNamesYearPass,
  kNamesYearsApartPass,
  kNamesAnyYearPass,
  kOneNameYearPass,
  kNameInitialPass,
  kNameDatePass,
  kDatePass,
  kPrefixesPass,
  kPassCount
};
inline unsigned pass_of(std::uint64_t key) { return static_cast<unsigned>(key >> 60); }
// The passes that rescue pairs the names' own passes miss.
inline bool rescues(unsigned pass) {
  return pass == kNamesAnyYearPass || pass == kOneNameYearPass || pass == kNameInitialPass ||
         pass == kDatePass || pass == kPrefixesPass;
}
// What the pass brings together, for reports: "names + birth year".
const char* pass_name(unsigned pass);
std::vector<std::uint64_t> blocking_keys(const Prepared& record, const PreparedName& given,
                                         const PreparedName& family, const PreparedName& whole);

// Term frequencies: two records that share a rare name say more than two Mohameds do. When
// a name agrees exactly, its weight uses how common that very name is instead of how often
// names agree on average (the u of "same").
class NameFrequencies {
 public:
  void count(const Prepared& record, double times = 1.0);
  // The bits the given and the family name's weights change by (0 unless a name agrees
  // exactly).
  template <typename Levels>
  std::array<double, 2> adjustments(const Model& model, const Prepared& a, const Prepared& b,
                                    const Levels& levels) const {
    return {adjustment(model, kGiven, given_, a.given, b.given, levels[kGiven]),
            adjustment(model, kFamily, family_, a.family, b.family, levels[kFamily])};
  }
  void adjust(const Model& model, const Prepared& a, const Prepared& b, const Pattern& pattern,
              Weight& weight) const;

 private:
  // Counts by name id (the ids of one NameTable).
  double adjustment(const Model& model, std::size_t field, const std::vector<double>& counts,
                    std::uint32_t a, std::uint32_t b, std::uint8_t level) const;
  std::vector<double> given_;
  std::vector<double> family_;
  double total_ = 0.0;
};

// The fields compared and their levels, in pattern order.
std::vector<FieldLevels> fields();

std::uint64_t hash_text(std::string_view text);

}  // namespace haven::linkage::detail
