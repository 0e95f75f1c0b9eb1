#include "haven/core/time.h"

#include <cstdio>

namespace haven {
namespace {

bool read_digits(std::string_view text, std::size_t at, std::size_t count, int* out) {
  if (at + count > text.size()) return false;
  int value = 0;
  for (std::size_t i = at; i < at + count; ++i) {
    const char c = text[i];
    if (c < '0' || c > '9') return false;
    value = value * 10 + (c - '0');
  }
  *out = value;
  return true;
}

Error time_error(std::string_view text, std::string_view why) {
  return Fail(ErrorCode::kInvalidField, "",
              "'" + std::string(text.substr(0, 40)) + "' " + std::string(why));
}

constexpr std::string_view kRfc3339Hint =
    "is not an RFC 3339 time with an offset (like 2026-03-01T10:00:00+01:00)";

}  // namespace

bool is_leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2 && is_leap_year(year)) return 29;
  return kDays[month - 1];
}

// Howard Hinnant's days_from_civil: exact for the proleptic Gregorian calendar.
std::int64_t days_from_civil(CivilDate date) {
  std::int64_t y = date.year;
  const unsigned m = static_cast<unsigned>(date.month);
  const unsigned d = static_cast<unsigned>(date.day);
  y -= m <= 2;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const auto yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

CivilDate civil_from_days(std::int64_t days) {
  days += 719468;
  const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  const auto doe = static_cast<unsigned>(days - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const std::int64_t y = static_cast<std::int64_t>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return CivilDate{static_cast<int>(y + (m <= 2)), static_cast<int>(m), static_cast<int>(d)};
}

Result<CivilDate> parse_date(std::string_view text) {
  CivilDate date;
  if (text.size() != 10 || text[4] != '-' || text[7] != '-' ||
      !read_digits(text, 0, 4, &date.year) || !read_digits(text, 5, 2, &date.month) ||
      !read_digits(text, 8, 2, &date.day)) {
    return time_error(text, "is not a date in the form YYYY-MM-DD");
  }
  if (date.month < 1 || date.month > 12) return time_error(text, "has no such month");
  if (date.day < 1 || date.day > days_in_month(date.year, date.month)) {
    return time_error(text, "is not a calendar date (that month has " +
                                std::to_string(days_in_month(date.year, date.month)) + " days)");
  }
  return date;
}

Result<Timestamp> parse_rfc3339(std::string_view text) {
  if (text.size() < 19 || (text[10] != 'T' && text[10] != 't')) {
    return time_error(text, kRfc3339Hint);
  }
  auto date = parse_date(text.substr(0, 10));
  if (!date) return time_error(text, "has an impossible date");
  int hour = 0, minute = 0, second = 0;
  if (text[13] != ':' || text[16] != ':' || !read_digits(text, 11, 2, &hour) ||
      !read_digits(text, 14, 2, &minute) || !read_digits(text, 17, 2, &second)) {
    return time_error(text, kRfc3339Hint);
  }
  if (hour > 23 || minute > 59 || second > 59) return time_error(text, "has an impossible time");
  std::size_t at = 19;
  std::int64_t fraction = 0;
  if (at < text.size() && text[at] == '.') {
    ++at;
    int digits = 0;
    while (at < text.size() && text[at] >= '0' && text[at] <= '9') {
      if (digits < 6) fraction = fraction * 10 + (text[at] - '0');
      ++digits;
      ++at;
    }
    if (digits == 0) return time_error(text, kRfc3339Hint);
    for (int i = digits; i < 6; ++i) fraction *= 10;
  }
  std::int64_t offset_minutes = 0;
  if (at < text.size() && (text[at] == 'Z' || text[at] == 'z')) {
    ++at;
  } else if (at < text.size() && (text[at] == '+' || text[at] == '-')) {
    int oh = 0, om = 0;
    if (at + 6 != text.size() || text[at + 3] != ':' || !read_digits(text, at + 1, 2, &oh) ||
        !read_digits(text, at + 4, 2, &om) || oh > 23 || om > 59) {
      return time_error(text, kRfc3339Hint);
    }
    offset_minutes = (oh * 60 + om) * (text[at] == '-' ? -1 : 1);
    at += 6;
  } else {
    return time_error(text, "has no UTC offset (add Z or +HH:MM, like 2026-03-01T10:00:00+01:00)");
  }
  if (at != text.size()) return time_error(text, kRfc3339Hint);
  const std::int64_t seconds =
      days_from_civil(*date) * 86400 + hour * 3600 + minute * 60 + second - offset_minutes * 60;
  return Timestamp{seconds * kMicrosPerSecond + fraction};
}

std::string format_rfc3339(Timestamp t) {
  std::int64_t seconds = t.micros / kMicrosPerSecond;
  std::int64_t micros = t.micros % kMicrosPerSecond;
  if (micros < 0) {
    micros += kMicrosPerSecond;
    --seconds;
  }
  std::int64_t days = seconds / 86400;
  std::int64_t rest = seconds % 86400;
  if (rest < 0) {
    rest += 86400;
    --days;
  }
  const CivilDate d = civil_from_days(days);
  char buffer[40];
  if (micros == 0) {
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02dZ", d.year, d.month, d.day,
                  static_cast<int>(rest / 3600), static_cast<int>(rest / 60 % 60),
                  static_cast<int>(rest % 60));
  } else {
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d.%06dZ", d.year, d.month,
                  d.day, static_cast<int>(rest / 3600), static_cast<int>(rest / 60 % 60),
                  static_cast<int>(rest % 60), static_cast<int>(micros));
  }
  return buffer;
}

CivilDate utc_date(Timestamp t) {
  std::int64_t days = t.micros / kMicrosPerDay;
  if (t.micros % kMicrosPerDay < 0) --days;
  return civil_from_days(days);
}

Result<Timestamp> parse_moment(std::string_view text) {
  if (auto t = parse_rfc3339(text)) return t;
  if (auto date = parse_date(text))
    return Timestamp{(days_from_civil(*date) + 1) * kMicrosPerDay - 1};
  return Error{ErrorCode::kBadRequest, "",
               "'" + std::string(text) +
                   "' is neither a date (2026-03-01) nor a time (2026-03-01T12:00:00Z)",
               0};
}

}  // namespace haven
