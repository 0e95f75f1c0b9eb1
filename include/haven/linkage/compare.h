#pragma once
// Comparators for record linkage (issue 8): how alike two values of one field are, for
// Fellegi–Sunter scoring of two registrations. Names arrive already normalised to ASCII
// (linkage/names); these functions compare bytes, not characters. All are pure functions of
// their arguments and safe to call from any thread.

#include <cstddef>
#include <span>
#include <string>
#include <string_view>

#include "haven/core/result.h"

namespace haven::linkage {

// Jaro–Winkler similarity in [0, 1]: the Jaro similarity raised for a common prefix of up to
// four characters by `prefix_scale` per character (clamped to [0, 0.25] so the result stays
// at most 1), whatever the Jaro score (no 0.7 threshold). Equal non-empty strings give 1.0.
// An empty string on either side gives 0.0, two empty strings included: a missing name is no
// evidence that two people are the same.
double jaro_winkler(std::string_view a, std::string_view b, double prefix_scale = 0.1);

// Optimal string alignment distance: insertions, deletions, substitutions and swaps of two
// adjacent bytes each cost 1, and no substring is edited twice (so `ca` → `abc` is 3, not
// the 2 of unrestricted Damerau–Levenshtein).
std::size_t damerau_levenshtein(std::string_view a, std::string_view b);

// 1 - damerau_levenshtein(a, b) / max(|a|, |b|), in [0, 1]. 0.0 when either is empty, as for
// jaro_winkler.
double damerau_levenshtein_similarity(std::string_view a, std::string_view b);

// How alike two names are when their parts may come in any order ("abd rahman mohamed" and
// "mohamed abd rahman"): tokens are paired greedily, most similar pair first (Jaro–Winkler),
// each token used at most once; the similarities of the pairs are summed and divided by the
// size of the larger set, so a token left without a partner counts 0. In [0, 1]; 0.0 when
// either set is empty. Greedy pairing is not guaranteed to find the best assignment (two
// tokens can compete for one partner); it is simple and deterministic, ties going to the
// earlier token of `a`, then of `b`.
double token_set_similarity(std::span<const std::string> a, std::span<const std::string> b);

// A birth date as it is often known: maybe only the year, or the year and month.
struct PartialDate {
  // Calendar year, or 0 when unknown.
  int year = 0;
  // 1..12, or 0 when unknown.
  int month = 0;
  // 1..31, or 0 when unknown (always 0 when the month is unknown).
  int day = 0;
  // True when the date is a guess (an age estimated by a caseworker or the person).
  bool estimated = false;

  bool is_full() const { return year != 0 && month != 0 && day != 0; }
};

// Reads `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `YYYYMMDD` (as printed in many travel documents).
// `estimated` is left false: it comes from its own field. An unreadable or impossible date
// (2026-02-30, month 13, year 0000) is a kInvalidField error naming `birth_date`.
Result<PartialDate> parse_birth_date(std::string_view text);

// How two birth dates agree, from the strongest level down; the first that holds is
// returned.
enum class DateAgreement {
  kExact,                 // both full dates, and the same day
  kDayMonthSwapped,       // both full, same year, day and month swapped (03-04 and 04-03)
  kOneTypingSlip,         // both full, YYYYMMDD differs in one digit or two adjacent swapped
  kSameYearAndMonth,      // same year and same known month
  kSameYear,              // same year (months differ or one is unknown)
  kOneYearApart,          // years differ by one
  kTwoOrThreeYearsApart,  // years differ by two or three, and either date is estimated
  kDisagree,              // none of the above
  kMissing,               // either year is unknown: nothing to compare
};

// Compares two birth dates. A gap of two or three years counts only when either date is
// estimated: an estimated year is a guess from someone's appearance or memory, often a few
// years off, while two recorded dates three years apart are most likely two people.
DateAgreement compare_birth_dates(const PartialDate& a, const PartialDate& b);

// Agreement of a field that is either equal or not.
enum class Agreement {
  kAgree,
  kDisagree,
  kMissing,  // either side is unknown
};

// Compares two codes as Haven stores them (upper case): sex (F, M, X; U means unknown) or a
// nationality (ISO 3166-1 alpha-3 or an ICAO code). Empty, `U` and `XXX` (nationality
// unspecified) are missing. Any other code agrees only with itself, so XXA (stateless)
// agrees only with XXA and disagrees with every nationality.
Agreement compare_codes(std::string_view a, std::string_view b);

}  // namespace haven::linkage
