#pragma once
// The generated code tables (build/generated/codes_table.cpp), sorted by code.

#include <cstddef>
#include <string_view>

namespace haven::codes_table {

struct CountryRow {
  std::string_view code;
  std::string_view name;
  std::string_view m49;  // empty for the ICAO codes
};

extern const CountryRow kCountries[];
extern const std::size_t kCountryCount;
extern const std::string_view kLanguages[];
extern const std::size_t kLanguageCount;

}  // namespace haven::codes_table
