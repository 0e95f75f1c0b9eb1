#pragma once
// What link() and Index share: a record prepared once for comparing (its names joined and
// keyed), the comparison of two prepared records into a pattern of levels, and the blocking
// keys that make two records candidates. Internal to the linkage module.

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "haven/linkage/records.h"
#include "haven/linkage/scoring.h"

namespace haven::linkage::detail {

enum Field : std::size_t { kGiven, kFamily, kBirth, kSex, kNationality, kDocument, kFieldCount };

// A name as the comparators read it, computed once per record rather than once per pair.
struct PreparedName {
  std::string latin;               // the parts' letters joined: "mohamedabdrahman"
  std::string key;                 // the parts' keys joined
  std::vector<std::string> parts;  // each part's letters
  bool empty() const { return parts.empty(); }
};

struct Prepared {
  PreparedName given;
  PreparedName family;
  PartialDate birth;
  std::string sex;
  std::string nationality;
  std::string document;
};

Prepared prepare(const Record& record);

// The level each field agrees at (kFieldCount entries).
Pattern compare(const Prepared& a, const Prepared& b);

// Two records are candidates when they share any of these keys (hashed to 64 bits; a
// collision only adds a candidate, which scoring then rejects).
std::vector<std::uint64_t> blocking_keys(const Prepared& record);

// Term frequencies: two records that share a rare name say more than two Mohameds do. When
// a name agrees exactly, its weight uses how common that very name is instead of how often
// names agree on average (the u of "same").
class NameFrequencies {
 public:
  void count(const Prepared& record, double times = 1.0);
  void adjust(const Model& model, const Prepared& a, const Prepared& b, const Pattern& pattern,
              Weight& weight) const;

 private:
  std::unordered_map<std::uint64_t, double> given_;
  std::unordered_map<std::uint64_t, double> family_;
  double total_ = 0.0;
  void adjust_field(const Model& model, std::size_t field,
                    const std::unordered_map<std::uint64_t, double>& counts, const std::string& a,
                    const std::string& b, const Pattern& pattern, Weight& weight) const;
};

// The fields compared and their levels, in pattern order.
std::vector<FieldLevels> fields();

std::uint64_t hash_text(std::string_view text);

}  // namespace haven::linkage::detail
