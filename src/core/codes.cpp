#include "haven/core/codes.h"

#include <algorithm>
#include <string>

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

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

std::string_view without_the(std::string_view text) {
  if (text.size() > 4 && lower(text[0]) == 't' && lower(text[1]) == 'h' && lower(text[2]) == 'e' &&
      text[3] == ' ') {
    text.remove_prefix(4);
  }
  return text;
}

bool same_words(std::string_view a, std::string_view b) {
  a = without_the(a);
  b = without_the(b);
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (lower(a[i]) != lower(b[i])) return false;
  }
  return true;
}

// ISO writes the distinctive word first ("Korea, Republic of"); the UN's M49 list, which the
// Missing Migrants Project and most UN data follow, writes "Republic of Korea" or, for a few,
// "Venezuela (Bolivarian Republic of)". Both are tried so that either list's names are read.
bool names_country(std::string_view iso_name, std::string_view name) {
  if (same_words(iso_name, name)) return true;
  const auto comma = iso_name.find(", ");
  if (comma == std::string_view::npos) return false;
  const std::string_view head = iso_name.substr(0, comma);
  const std::string_view tail = iso_name.substr(comma + 2);
  const std::string reordered = std::string(tail) + " " + std::string(head);
  const std::string bracketed = std::string(head) + " (" + std::string(tail) + ")";
  return same_words(reordered, name) || same_words(bracketed, name);
}

}  // namespace

std::string_view country_code_by_name(std::string_view name) {
  if (name.empty()) return {};
  for (std::size_t i = 0; i < codes_table::kCountryCount; ++i) {
    const auto& row = codes_table::kCountries[i];
    if (names_country(row.name, name) || names_country(row.iso_name, name) ||
        same_words(row.official_name, name)) {
      return row.code;
    }
  }
  return {};
}

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
