// ISO 8601 durations of fixed length. Years and months are refused rather than guessed:
// a deadline of "P1M" from 31 January has no single answer, and a legal deadline must.

#include <limits>
#include <string>

#include "haven/core/time.h"
#include "haven/rules/profile.h"

namespace haven::rules {
namespace {

constexpr std::int64_t kMicrosPerMinute = 60 * kMicrosPerSecond;
constexpr std::int64_t kMicrosPerWeek = 7 * kMicrosPerDay;
constexpr std::string_view kExample = "such as PT48H, P7D or P1DT12H";

Error refuse(std::string message) { return Fail(ErrorCode::kInvalidField, "", std::move(message)); }

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// One designator's place in the order ISO 8601 fixes (largest unit first) and its length.
struct Unit {
  int rank = 0;
  std::int64_t micros = 0;
};

// The unit a designator stands for, or an error saying how to write it.
Result<Unit> unit_of(char designator, bool in_time) {
  if (!in_time) {
    switch (designator) {
      case 'Y':
        return refuse("years have no fixed length; write days");
      case 'M':
        return refuse("months have no fixed length; write days");
      case 'W':
        return Unit{0, kMicrosPerWeek};
      case 'D':
        return Unit{1, kMicrosPerDay};
      case 'H':
      case 'S':
        return refuse("hours, minutes and seconds come after T, as in PT48H");
      default:
        break;
    }
  } else {
    switch (designator) {
      case 'H':
        return Unit{2, kMicrosPerHour};
      case 'M':
        return Unit{3, kMicrosPerMinute};
      case 'S':
        return Unit{4, kMicrosPerSecond};
      case 'Y':
      case 'W':
      case 'D':
        return refuse("weeks and days come before T, as in P1DT12H");
      default:
        break;
    }
  }
  return refuse("is not an ISO 8601 duration " + std::string(kExample));
}

// Adds amount × unit (plus a fraction of the unit, in microseconds) to total, refusing
// overflow.
bool add_checked(std::int64_t& total, std::int64_t amount, std::int64_t unit,
                 std::int64_t fraction_micros) {
  constexpr auto kMax = std::numeric_limits<std::int64_t>::max();
  if (amount > (kMax - fraction_micros) / unit) return false;
  const std::int64_t part = amount * unit + fraction_micros;
  if (part > kMax - total) return false;
  total += part;
  return true;
}

std::string format_magnitude(std::uint64_t micros) {
  constexpr std::uint64_t kDay = kMicrosPerDay;
  constexpr std::uint64_t kHour = kMicrosPerHour;
  constexpr std::uint64_t kMinute = kMicrosPerMinute;
  constexpr std::uint64_t kSecond = kMicrosPerSecond;
  if (micros == 0) return "PT0S";
  const std::uint64_t days = micros / kDay;
  const std::uint64_t hours = micros % kDay / kHour;
  const std::uint64_t minutes = micros % kHour / kMinute;
  const std::uint64_t seconds = micros % kMinute / kSecond;
  const std::uint64_t fraction = micros % kSecond;

  std::string out = "P";
  if (days > 0) out += std::to_string(days) + "D";
  if (micros % kDay == 0) return out;
  out += "T";
  if (hours > 0) out += std::to_string(hours) + "H";
  if (minutes > 0) out += std::to_string(minutes) + "M";
  if (seconds > 0 || fraction > 0) {
    out += std::to_string(seconds);
    if (fraction > 0) {
      std::string digits = std::to_string(fraction);
      digits.insert(0, 6 - digits.size(), '0');
      while (digits.back() == '0') digits.pop_back();
      out += "." + digits;
    }
    out += "S";
  }
  return out;
}

}  // namespace

Result<std::int64_t> parse_iso_duration(std::string_view text) {
  if (text.empty()) return refuse("is empty; write an ISO 8601 duration " + std::string(kExample));
  if (text.find('-') != std::string_view::npos) return refuse("must not be negative");
  if (text.front() != 'P') {
    return refuse("is not an ISO 8601 duration " + std::string(kExample));
  }
  std::int64_t total = 0;
  bool in_time = false;
  bool time_has_unit = false;
  int last_rank = -1;
  std::size_t pos = 1;
  while (pos < text.size()) {
    if (text[pos] == 'T' && !in_time) {
      in_time = true;
      ++pos;
      continue;
    }
    const std::size_t start = pos;
    while (pos < text.size() && is_digit(text[pos])) ++pos;
    if (pos == start) return refuse("is not an ISO 8601 duration " + std::string(kExample));
    if (pos - start > 12) return refuse("is too long");
    const std::int64_t amount = std::stoll(std::string(text.substr(start, pos - start)));
    std::int64_t fraction_micros = 0;
    bool has_fraction = false;
    if (pos < text.size() && (text[pos] == '.' || text[pos] == ',')) {
      has_fraction = true;
      const std::size_t digits = ++pos;
      while (pos < text.size() && is_digit(text[pos])) ++pos;
      if (pos == digits || pos - digits > 6) {
        return refuse("a fraction of a second has one to six digits");
      }
      std::string micros(text.substr(digits, pos - digits));
      micros.resize(6, '0');
      fraction_micros = std::stoll(micros);
    }
    if (pos == text.size()) return refuse("ends with a number; add its unit, as in PT48H");
    auto unit = unit_of(text[pos++], in_time);
    if (!unit) return unit.error();
    if (has_fraction && unit->micros != kMicrosPerSecond) {
      return refuse("only seconds take a fraction; write a smaller unit (PT36H, not P1.5D)");
    }
    if (unit->rank <= last_rank) {
      return refuse("units must run from largest to smallest, each once");
    }
    last_rank = unit->rank;
    time_has_unit = time_has_unit || in_time;
    if (!add_checked(total, amount, unit->micros, fraction_micros)) {
      return refuse("is too long");
    }
  }
  if (in_time && !time_has_unit) return refuse("T must be followed by hours, minutes or seconds");
  if (last_rank < 0) return refuse("has no amount; write e.g. PT48H or P7D");
  return total;
}

std::string format_iso_duration(std::int64_t micros) {
  // The magnitude in unsigned arithmetic, where the most negative value has one too.
  if (micros < 0) return "-" + format_magnitude(0 - static_cast<std::uint64_t>(micros));
  return format_magnitude(static_cast<std::uint64_t>(micros));
}

}  // namespace haven::rules
