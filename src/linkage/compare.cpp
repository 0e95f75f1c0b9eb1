#include "haven/linkage/compare.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "haven/core/time.h"

namespace haven::linkage {
namespace {

constexpr std::size_t kMaxPrefix = 4;
// Above 0.25 a four-character prefix could lift the score past 1.
constexpr double kMaxPrefixScale = 0.25;

// Which characters of a and of b found a partner, as bits: names are short, so two 64-bit
// words (no allocation) cover nearly all of them; longer strings use vectors.
template <typename Marks>
double jaro_with(std::string_view a, std::string_view b, Marks& a_matched, Marks& b_matched) {
  // Characters match only within this distance of each other; the standard window.
  const std::size_t window = std::max(a.size(), b.size()) / 2;
  const std::size_t reach = window > 0 ? window - 1 : 0;
  std::size_t matches = 0;
  for (std::size_t i = 0; i < a.size(); ++i) {
    const std::size_t lo = i > reach ? i - reach : 0;
    const std::size_t hi = std::min(b.size(), i + reach + 1);
    for (std::size_t j = lo; j < hi; ++j) {
      if (b_matched.test(j) || a[i] != b[j]) continue;
      a_matched.set(i);
      b_matched.set(j);
      ++matches;
      break;
    }
  }
  if (matches == 0) return 0.0;
  // Matched characters out of order, counted in pairs: half of them are transpositions.
  std::size_t out_of_order = 0;
  for (std::size_t i = 0, j = 0; i < a.size(); ++i) {
    if (!a_matched.test(i)) continue;
    while (!b_matched.test(j)) ++j;
    if (a[i] != b[j]) ++out_of_order;
    ++j;
  }
  const double m = static_cast<double>(matches);
  return (m / static_cast<double>(a.size()) + m / static_cast<double>(b.size()) +
          (m - static_cast<double>(out_of_order) / 2.0) / m) /
         3.0;
}

struct WordMarks {
  std::uint64_t bits = 0;
  bool test(std::size_t i) const { return ((bits >> i) & 1U) != 0; }
  void set(std::size_t i) { bits |= std::uint64_t{1} << i; }
};

struct VectorMarks {
  explicit VectorMarks(std::size_t n) : bits(n) {}
  std::vector<bool> bits;
  bool test(std::size_t i) const { return bits[i]; }
  void set(std::size_t i) { bits[i] = true; }
};

double jaro(std::string_view a, std::string_view b) {
  if (a.size() <= 64 && b.size() <= 64) {
    WordMarks a_matched, b_matched;
    return jaro_with(a, b, a_matched, b_matched);
  }
  VectorMarks a_matched(a.size()), b_matched(b.size());
  return jaro_with(a, b, a_matched, b_matched);
}

}  // namespace

double jaro_winkler(std::string_view a, std::string_view b, double prefix_scale) {
  if (a.empty() || b.empty()) return 0.0;
  if (a == b) return 1.0;
  const double similarity = jaro(a, b);
  const std::size_t limit = std::min({a.size(), b.size(), kMaxPrefix});
  std::size_t prefix = 0;
  while (prefix < limit && a[prefix] == b[prefix]) ++prefix;
  const double scale = std::clamp(prefix_scale, 0.0, kMaxPrefixScale);
  // At the largest scale a four-character prefix lifts the score to exactly 1 on paper;
  // keep rounding from going past it.
  return std::min(1.0, similarity + static_cast<double>(prefix) * scale * (1.0 - similarity));
}

std::size_t damerau_levenshtein(std::string_view a, std::string_view b) {
  // Three rows of the edit matrix are enough: a swap looks back two rows.
  std::vector<std::size_t> before(b.size() + 1), previous(b.size() + 1), current(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) previous[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    current[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        current[j] = std::min(current[j], before[j - 2] + 1);
      }
    }
    std::swap(before, previous);
    std::swap(previous, current);
  }
  return previous[b.size()];
}

double damerau_levenshtein_similarity(std::string_view a, std::string_view b) {
  if (a.empty() || b.empty()) return 0.0;
  const double longest = static_cast<double>(std::max(a.size(), b.size()));
  return 1.0 - static_cast<double>(damerau_levenshtein(a, b)) / longest;
}

double token_set_similarity(std::span<const std::string> a, std::span<const std::string> b) {
  if (a.empty() || b.empty()) return 0.0;
  std::vector<double> score(a.size() * b.size());
  for (std::size_t i = 0; i < a.size(); ++i) {
    for (std::size_t j = 0; j < b.size(); ++j) score[i * b.size() + j] = jaro_winkler(a[i], b[j]);
  }
  std::vector<bool> a_used(a.size()), b_used(b.size());
  double total = 0.0;
  for (std::size_t pairs = std::min(a.size(), b.size()); pairs > 0; --pairs) {
    std::size_t best_i = 0, best_j = 0;
    double best = -1.0;
    for (std::size_t i = 0; i < a.size(); ++i) {
      for (std::size_t j = 0; j < b.size(); ++j) {
        if (a_used[i] || b_used[j] || score[i * b.size() + j] <= best) continue;
        best = score[i * b.size() + j];
        best_i = i;
        best_j = j;
      }
    }
    a_used[best_i] = b_used[best_j] = true;
    total += best;
  }
  return total / static_cast<double>(std::max(a.size(), b.size()));
}

namespace {

constexpr const char* kBirthDateForms =
    "is not a birth date (use YYYY, YYYY-MM, YYYY-MM-DD or YYYYMMDD)";

bool all_digits(std::string_view text) {
  return !text.empty() &&
         std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

int to_int(std::string_view digits) {
  int value = 0;
  for (char c : digits) value = value * 10 + (c - '0');
  return value;
}

Error bad_birth_date(std::string_view text, const std::string& why) {
  return Fail(ErrorCode::kInvalidField, "birth_date",
              "'" + std::string(text.substr(0, 20)) + "' " + why);
}

// Checks the parts the text wrote: `parts` is 1 for YYYY, 2 for YYYY-MM, 3 for a full date.
Result<PartialDate> checked(std::string_view text, const PartialDate& date, int parts) {
  if (date.year == 0) return bad_birth_date(text, "has no year 0");
  if (parts >= 2 && (date.month < 1 || date.month > 12)) {
    return bad_birth_date(text, "has no such month");
  }
  if (parts == 3 && (date.day < 1 || date.day > days_in_month(date.year, date.month))) {
    return bad_birth_date(text, "is not a calendar date");
  }
  return date;
}

// One slip of the hand in the eight digits YYYYMMDD that a person or a clerk types: a single
// wrong digit, or two neighbouring digits swapped.
bool one_typing_slip(const PartialDate& a, const PartialDate& b) {
  // A date built by hand with a part out of range has no eight-digit form: no slip to find.
  const auto typable = [](const PartialDate& d) {
    return d.year >= 1 && d.year <= 9999 && d.month >= 1 && d.month <= 12 && d.day >= 1 &&
           d.day <= 31;
  };
  if (!typable(a) || !typable(b)) return false;
  char x[32];
  char y[32];
  std::snprintf(x, sizeof x, "%04d%02d%02d", a.year, a.month, a.day);
  std::snprintf(y, sizeof y, "%04d%02d%02d", b.year, b.month, b.day);
  std::size_t first = 0, differing = 0;
  for (std::size_t k = 0; k < 8; ++k) {
    if (x[k] == y[k]) continue;
    if (differing++ == 0) first = k;
  }
  if (differing == 1) return true;
  return differing == 2 && first + 1 < 8 && x[first] == y[first + 1] && x[first + 1] == y[first];
}

}  // namespace

Result<PartialDate> parse_birth_date(std::string_view text) {
  const auto digits = [&](std::size_t at, std::size_t count) {
    return all_digits(text.substr(at, count));
  };
  const auto number = [&](std::size_t at, std::size_t count) {
    return to_int(text.substr(at, count));
  };
  const auto dash = [&](std::size_t at) { return text[at] == '-'; };
  if (text.size() == 4 && digits(0, 4)) return checked(text, {number(0, 4)}, 1);
  if (text.size() == 7 && dash(4) && digits(0, 4) && digits(5, 2)) {
    return checked(text, {number(0, 4), number(5, 2)}, 2);
  }
  if (text.size() == 10 && dash(4) && dash(7) && digits(0, 4) && digits(5, 2) && digits(8, 2)) {
    return checked(text, {number(0, 4), number(5, 2), number(8, 2)}, 3);
  }
  if (text.size() == 8 && digits(0, 8)) {
    return checked(text, {number(0, 4), number(4, 2), number(6, 2)}, 3);
  }
  return bad_birth_date(text, kBirthDateForms);
}

DateAgreement compare_birth_dates(const PartialDate& a, const PartialDate& b) {
  if (a.year == 0 || b.year == 0) return DateAgreement::kMissing;
  if (a.is_full() && b.is_full()) {
    if (a.year == b.year && a.month == b.month && a.day == b.day) return DateAgreement::kExact;
    if (a.year == b.year && a.month == b.day && a.day == b.month) {
      return DateAgreement::kDayMonthSwapped;
    }
    if (one_typing_slip(a, b)) return DateAgreement::kOneTypingSlip;
  }
  if (a.year == b.year) {
    const bool same_month = a.month != 0 && a.month == b.month;
    return same_month ? DateAgreement::kSameYearAndMonth : DateAgreement::kSameYear;
  }
  const int gap = std::abs(a.year - b.year);
  if (gap == 1) return DateAgreement::kOneYearApart;
  if (gap <= 3 && (a.estimated || b.estimated)) return DateAgreement::kTwoOrThreeYearsApart;
  return DateAgreement::kDisagree;
}

Agreement compare_codes(std::string_view a, std::string_view b) {
  // U (sex unknown) and XXX (nationality unspecified) say as little as an empty field.
  const auto unknown = [](std::string_view code) {
    return code.empty() || code == "U" || code == "XXX";
  };
  if (unknown(a) || unknown(b)) return Agreement::kMissing;
  return a == b ? Agreement::kAgree : Agreement::kDisagree;
}

}  // namespace haven::linkage
