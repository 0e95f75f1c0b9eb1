#pragma once
// The keys a profile file may have, and the file read into plain values with their lines.
// Reading (profile_toml.cpp, the only file that includes toml++) checks TOML syntax, unknown
// keys, types and required keys; profile_parse.cpp then checks the values themselves.

#include <cstdint>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "haven/core/result.h"

namespace haven::rules {

// What a key holds. Whole numbers are TOML integers of 0 or more, at most kMaxWhole[unit].
enum class KeyKind {
  kText,      // a string
  kTextList,  // an array of strings
  kHours,     // a whole number of hours
  kDays,      // a whole number of days
  kYears,     // a whole number of years
};

struct KeySpec {
  // Dotted: "name" at the top level, "consular.rights_hours" in [consular].
  std::string_view key;
  KeyKind kind = KeyKind::kText;
  bool required = false;
};

// Every key of the profile format, table by table. More may be added; none renamed.
inline constexpr KeySpec kProfileKeys[] = {
    {"name", KeyKind::kText, true},
    {"description", KeyKind::kText, false},
    {"country", KeyKind::kText, false},
    {"sources", KeyKind::kTextList, false},
    {"consular.rights_hours", KeyKind::kHours, true},
    {"consular.notice_hours", KeyKind::kHours, true},
    {"consular.mandatory", KeyKind::kTextList, false},
    {"detention.review_schedule", KeyKind::kTextList, true},
    {"detention.max_days", KeyKind::kDays, false},
    {"detention.extension_max_days", KeyKind::kDays, false},
    {"detention.extension_grounds", KeyKind::kTextList, false},
    {"detention.alternative_hours", KeyKind::kHours, false},
    {"children.adult_age", KeyKind::kYears, true},
    {"children.detention", KeyKind::kText, true},
    {"children.max_hours", KeyKind::kHours, false},
    {"children.guardian_hours", KeyKind::kHours, true},
    {"protection.victim_referral_days", KeyKind::kDays, true},
    {"protection.referral_response_days", KeyKind::kDays, true},
    {"protection.investigation_days", KeyKind::kDays, true},
    {"retention.anonymise_after_days", KeyKind::kDays, false},
};

// The tables of the format; a table is required when one of its keys is (all but
// [retention]).
inline constexpr std::string_view kProfileTables[] = {"consular", "detention", "children",
                                                      "protection", "retention"};

// Whole numbers stop at a century, so that microseconds never overflow.
inline constexpr std::int64_t kMaxDays = 36'525;
inline constexpr std::int64_t kMaxHours = kMaxDays * 24;
inline constexpr std::int64_t kMaxYears = 100;

// One string of a list, with its line.
struct RawItem {
  std::string text;
  int line = 0;
};

// A key's value as read, of the type its KeyKind says.
struct RawValue {
  int line = 0;
  std::int64_t number = 0;     // kHours, kDays, kYears
  std::string text;            // kText
  std::vector<RawItem> items;  // kTextList
};

struct RawProfile {
  // The keys present, by dotted key.
  std::map<std::string, RawValue, std::less<>> values;
  // The line of each table's header (or first key), by table name.
  std::map<std::string, int, std::less<>> table_lines;
};

// Reads TOML text into a RawProfile. Errors as parse_profile's, without the origin.
Result<RawProfile> read_profile_toml(std::string_view text, std::string_view origin);

// The closest known key to a misspelt one, for "did you mean"; empty when none is close.
std::string_view closest_key(std::string_view key, std::span<const std::string_view> known);

}  // namespace haven::rules
