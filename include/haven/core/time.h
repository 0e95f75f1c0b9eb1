#pragma once
// Time in Haven: instants are UTC microseconds since the Unix epoch. Users write them as
// RFC 3339 with an offset; the offset they wrote stays in the event's own text.

#include <cstdint>
#include <string>
#include <string_view>

#include "haven/core/result.h"

namespace haven {

// An instant, in microseconds since 1970-01-01T00:00:00Z.
struct Timestamp {
  std::int64_t micros = 0;
  auto operator<=>(const Timestamp&) const = default;
};

inline constexpr std::int64_t kMicrosPerSecond = 1'000'000;
inline constexpr std::int64_t kMicrosPerHour = 3'600 * kMicrosPerSecond;
inline constexpr std::int64_t kMicrosPerDay = 24 * kMicrosPerHour;

// A calendar date (proleptic Gregorian).
struct CivilDate {
  int year = 0;
  int month = 1;  // 1..12
  int day = 1;    // 1..31
  auto operator<=>(const CivilDate&) const = default;
};

bool is_leap_year(int year);
int days_in_month(int year, int month);
// Days since 1970-01-01 of a date, and back.
std::int64_t days_from_civil(CivilDate date);
CivilDate civil_from_days(std::int64_t days);

// Parses `2026-03-01T10:00:00+01:00` (also `Z`, fractional seconds). The offset is
// required: a time without one is ambiguous across the borders Haven works on.
Result<Timestamp> parse_rfc3339(std::string_view text);
// Formats as `2026-03-01T09:00:00Z` (with `.ffffff` only when there are microseconds).
std::string format_rfc3339(Timestamp t);
// The UTC calendar date of an instant.
CivilDate utc_date(Timestamp t);
// Parses a strict `YYYY-MM-DD`.
Result<CivilDate> parse_date(std::string_view text);
// A moment as users ask about it: an RFC 3339 time, or a date meaning the last microsecond
// of that day (UTC), as in "what was overdue on 1 March". kBadRequest with an empty field
// for the caller to name otherwise.
Result<Timestamp> parse_moment(std::string_view text);

// The source of "now". Only SystemClock (core/clock.cpp) reads the system clock; tests
// inject a FixedClock. Implementations are thread-safe.
class Clock {
 public:
  virtual ~Clock() = default;
  virtual Timestamp now() const = 0;
};

class SystemClock final : public Clock {
 public:
  Timestamp now() const override;
};

class FixedClock final : public Clock {
 public:
  explicit FixedClock(Timestamp at) : at_(at) {}
  Timestamp now() const override { return at_; }
  void set(Timestamp at) { at_ = at; }

 private:
  Timestamp at_;
};

}  // namespace haven
