#pragma once
// The generated code tables (build/generated/codes_table.cpp), sorted by code.

#include <cstddef>
#include <string_view>

namespace haven::codes_table {

struct CountryRow {
  std::string_view code;
  std::string_view name;           // common name ("Syria")
  std::string_view iso_name;       // ISO 3166 name ("Syrian Arab Republic")
  std::string_view official_name;  // official name, or the ISO name when it has none
  std::string_view m49;            // UN M49 number ("760"); empty for the ICAO codes
};

extern const CountryRow kCountries[];
extern const std::size_t kCountryCount;
extern const std::string_view kLanguages[];
extern const std::size_t kLanguageCount;

}  // namespace haven::codes_table
