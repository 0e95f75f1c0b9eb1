#pragma once
// Code lists users pick from: countries (ISO 3166-1 alpha-3) and languages (ISO 639).
// The tables are generated at build time from Debian's iso-codes package, the maintained
// source of these standards, plus the ICAO Doc 9303 codes registries use for people without
// a nationality (XXA stateless, XXB and XXC refugees, XXX unspecified).

#include <string_view>

namespace haven {

// True for an upper-case ISO 3166-1 alpha-3 code or an ICAO nationality code above.
bool is_country_code(std::string_view code);
// English short name of a country code; empty when unknown.
std::string_view country_name(std::string_view code);
// The UN M49 number of a country code ("760" for SYR), as SDMX's REF_AREA writes it in the
// SDG global data structure; empty when unknown or for the ICAO codes.
std::string_view country_m49(std::string_view code);
// The code of a country named in English, as ISO 3166 names it ("Congo, The Democratic
// Republic of the") or in the UN's word order ("Democratic Republic of the Congo",
// "Venezuela (Bolivarian Republic of)"); empty when no country has that name. Case and a
// leading "the" are ignored.
std::string_view country_code_by_name(std::string_view name);
// True for a lower-case ISO 639-1 (two letters) or ISO 639-3 (three letters) language code.
bool is_language_code(std::string_view code);

}  // namespace haven
