#include "haven/core/codes.h"

#include <algorithm>

#include "core/codes_table.h"

namespace haven {
namespace {

const codes_table::CountryRow* find_country(std::string_view code) {
  const auto* begin = codes_table::kCountries;
  const auto* end = begin + codes_table::kCountryCount;
  const auto* it = std::lower_bound(
      begin, end, code,
      [](const codes_table::CountryRow& row, std::string_view c) { return row.code < c; });
  return it != end && it->code == code ? it : nullptr;
}

}  // namespace

bool is_country_code(std::string_view code) { return find_country(code) != nullptr; }

std::string_view country_name(std::string_view code) {
  const auto* row = find_country(code);
  return row ? row->name : std::string_view{};
}

std::string_view country_m49(std::string_view code) {
  const auto* row = find_country(code);
  return row ? row->m49 : std::string_view{};
}

bool is_language_code(std::string_view code) {
  const auto* begin = codes_table::kLanguages;
  const auto* end = begin + codes_table::kLanguageCount;
  return std::binary_search(begin, end, code);
}

}  // namespace haven
