#include "exchange/mmp_format.h"

#include <array>
#include <charconv>
#include <cstdio>

#include "haven/core/text.h"
#include "haven/core/time.h"
#include "haven/exchange/mmp.h"

namespace haven::exchange {
namespace {

constexpr std::array<std::string_view, 12> kMonths = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};
constexpr std::array<std::string_view, 7> kWeekdays = {"Sun", "Mon", "Tue", "Wed",
                                                       "Thu", "Fri", "Sat"};

// MMP's causes of death (FACTS.md), the longest first so that the one holding a comma is
// matched whole before a shorter cause could match a piece of it.
constexpr std::array<std::string_view, 7> kCauses = {
    "Harsh environmental conditions / lack of adequate shelter, food, water",
    "Vehicle accident / death linked to hazardous transport",
    "Sickness / lack of access to adequate healthcare",
    "Mixed or unknown",
    "Accidental death",
    "Violence",
    "Drowning"};

Error date_error(std::string_view text, const std::string& why) {
  return Fail(ErrorCode::kInvalidField, "",
              "'" + std::string(text) + "' " + why + " (MMP writes 'Thu, 01/01/2026 - 12:00')");
}

bool read_int(std::string_view text, int& value) {
  const auto [at, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  return ec == std::errc() && at == text.data() + text.size();
}

int weekday_of(CivilDate date) {
  return static_cast<int>(((days_from_civil(date) % 7) + 11) % 7);  // 1970-01-01: Thursday
}

std::string_view trim(std::string_view text) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  return text;
}

Result<double> read_degrees(std::string_view text, const char* what, double limit) {
  double value = 0;
  const auto [at, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || at != text.data() + text.size() || text.empty()) {
    return Fail(ErrorCode::kInvalidField, "",
                std::string(what) + " '" + std::string(text) + "' is not a number");
  }
  if (!(value >= -limit && value <= limit)) {
    return Fail(ErrorCode::kInvalidField, "",
                std::string(what) + " " + std::string(text) + " is out of range (-" +
                    std::to_string(static_cast<int>(limit)) + " to " +
                    std::to_string(static_cast<int>(limit)) + ")");
  }
  return value;
}

}  // namespace

std::string_view column_name(Column column) { return mmp_columns()[static_cast<int>(column)]; }

std::string_view month_name(int month) {
  return month >= 1 && month <= 12 ? kMonths[month - 1] : std::string_view{};
}

Result<MmpDate> parse_mmp_date(std::string_view text) {
  // "Thu, 01/01/2026 - 12:00"
  if (text.size() != 23 || text.substr(3, 2) != ", " || text[7] != '/' || text[10] != '/' ||
      text.substr(15, 3) != " - " || text[20] != ':') {
    return date_error(text, "is not a date as MMP writes it");
  }
  CivilDate date;
  int hour = 0;
  int minute = 0;
  if (!read_int(text.substr(5, 2), date.month) || !read_int(text.substr(8, 2), date.day) ||
      !read_int(text.substr(11, 4), date.year) || !read_int(text.substr(18, 2), hour) ||
      !read_int(text.substr(21, 2), minute)) {
    return date_error(text, "is not a date as MMP writes it");
  }
  if (date.month < 1 || date.month > 12 || date.day < 1 ||
      date.day > days_in_month(date.year, date.month) || hour > 23 || minute > 59) {
    return date_error(text, "is not a date in the calendar");
  }
  if (text.substr(0, 3) != kWeekdays[weekday_of(date)]) {
    return date_error(
        text, "names the wrong weekday: that day is a " + std::string(kWeekdays[weekday_of(date)]));
  }
  char iso[32];
  std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", date.year, date.month, date.day);
  return MmpDate{iso, std::string(text.substr(18, 5))};
}

std::string format_mmp_date(std::string_view iso_date, std::string_view time) {
  auto date = parse_date(iso_date);
  if (!date) return {};
  char text[32];
  std::snprintf(text, sizeof text, "%s, %02d/%02d/%04d - %.5s",
                std::string(kWeekdays[weekday_of(*date)]).c_str(), date->month, date->day,
                date->year, std::string(time).c_str());
  return text;
}

std::vector<std::string> split_list(std::string_view text) {
  std::vector<std::string> items;
  while (!text.empty()) {
    const auto comma = text.find(',');
    const std::string_view item = trim(text.substr(0, comma));
    if (!item.empty()) items.emplace_back(item);
    if (comma == std::string_view::npos) break;
    text.remove_prefix(comma + 1);
  }
  return items;
}

bool is_unknown_origin(std::string_view name) {
  return name == "Unknown" || name == "Mixed" || name == "Mixed/Unknown";
}

std::string unknown_cause(std::string_view text) {
  while (!text.empty()) {
    bool matched = false;
    for (std::string_view cause : kCauses) {
      if (!text.starts_with(cause)) continue;
      const std::string_view rest = text.substr(cause.size());
      if (rest.empty() || rest.starts_with(", ")) {
        text = rest.empty() ? rest : rest.substr(2);
        matched = true;
        break;
      }
    }
    if (!matched) return std::string(text.substr(0, text.find(", ")));
  }
  return {};
}

Result<Point> parse_coordinates(std::string_view text) {
  const auto comma = text.find(',');
  if (comma == std::string_view::npos) {
    return Fail(ErrorCode::kInvalidField, "",
                "'" + std::string(text) + "' is not 'latitude, longitude'");
  }
  auto latitude = read_degrees(trim(text.substr(0, comma)), "latitude", 90);
  if (!latitude) return latitude.error();
  auto longitude = read_degrees(trim(text.substr(comma + 1)), "longitude", 180);
  if (!longitude) return longitude.error();
  return Point{*latitude, *longitude};
}

std::string format_degrees(double degrees) {
  std::array<char, 64> text{};
  const auto [end, ec] = std::to_chars(text.data(), text.data() + text.size(), degrees);
  return ec == std::errc() ? std::string(text.data(), end) : std::string();
}

std::string route_code(std::string_view name) {
  std::string code;
  for (char c : fold_for_search(name)) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      code += c;
    } else if (!code.empty() && code.back() != '_') {
      code += '_';
    }
  }
  while (!code.empty() && code.back() == '_') code.pop_back();
  if (!code.empty() && !(code[0] >= 'a' && code[0] <= 'z')) code = "route_" + code;
  if (code.size() > 64) code.resize(64);
  return code;
}

}  // namespace haven::exchange
