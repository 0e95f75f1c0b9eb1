#pragma once
// The pieces of MMP's format both directions share: its columns by name, its date, its
// lists, its causes of death and its coordinates. Private to the exchange module.

#include <string>
#include <string_view>
#include <vector>

#include "haven/core/result.h"

namespace haven::exchange {

// The columns of mmp_columns(), in order.
enum class Column {
  kMainId,
  kIncidentId,
  kRegion,
  kDate,
  kYear,
  kMonth,
  kDead,
  kMissing,
  kSurvivors,
  kFemales,
  kMales,
  kChildren,
  kRegionOfOrigin,
  kCause,
  kCountryOfOrigin,
  kLocation,
  kSource,
  kCoordinates,
  kRoute,
  kUrl,
  kUnsdGrouping,
  kQuality,
};
std::string_view column_name(Column column);

// "Thu, 01/01/2026 - 12:00" (weekday, month/day/year, time): the ISO date and "HH:MM".
// An unreadable text, a date not in the calendar or a weekday that is not the date's is
// an error saying which.
struct MmpDate {
  std::string iso_date;
  std::string time;
};
Result<MmpDate> parse_mmp_date(std::string_view text);
// The reverse, from `YYYY-MM-DD` and "HH:MM"; empty when the date is not one.
std::string format_mmp_date(std::string_view iso_date, std::string_view time);
// "January" for 1; empty outside 1..12.
std::string_view month_name(int month);

// A cell holding a list MMP joins with ", " (URLs, countries); no items when empty.
std::vector<std::string> split_list(std::string_view text);
// "Unknown", "Mixed" and "Mixed/Unknown": origins that name no country.
bool is_unknown_origin(std::string_view name);
// The first part of a Cause of Death cell that is not one of MMP's causes (several may be
// joined by ", ", and one contains a comma itself); empty when every part is one.
std::string unknown_cause(std::string_view text);

// "37.34265178, 42.99259985": latitude then longitude, in range.
struct Point {
  double latitude = 0;
  double longitude = 0;
};
Result<Point> parse_coordinates(std::string_view text);
// The shortest decimal that reads back as `degrees` (as MMP writes them).
std::string format_degrees(double degrees);

// Haven's code of a route name: "Türkiye-Europe land route" → "turkiye_europe_land_route";
// empty when the name has no letters or digits.
std::string route_code(std::string_view name);

}  // namespace haven::exchange
