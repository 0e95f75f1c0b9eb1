// The hand-written tables: every code in them is one the vocabulary accepts, and every name
// in its own script is written in that script only — with a few forms checked by hand.

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "demo/tables.h"
#include "haven/core/codes.h"
#include "haven/domain/vocabulary.h"

namespace haven::demo {
namespace {

std::span<const std::string_view> choices_of(std::string_view type, std::string_view field) {
  const auto* spec = domain::find_event_type(type);
  if (spec == nullptr) return {};
  for (const auto& f : spec->fields) {
    if (f.name == field) return f.choices;
  }
  return {};
}

bool contains(std::span<const std::string_view> list, std::string_view code) {
  return std::find(list.begin(), list.end(), code) != list.end();
}

TEST(DemoTables, VulnerabilityCodesAreTheVocabularysInItsOrder) {
  const auto codes = domain::vulnerability_codes();
  ASSERT_EQ(codes.size(), kVulnerabilityCodes.size());
  for (std::size_t i = 0; i < codes.size(); ++i) EXPECT_EQ(codes[i], kVulnerabilityCodes[i]);
}

TEST(DemoTables, CountriesUseValidCodes) {
  for (const Country* country : countries()) {
    SCOPED_TRACE(std::string(country->code));
    EXPECT_TRUE(is_country_code(country->code));
    EXPECT_TRUE(is_language_code(country->official_language));
    EXPECT_FALSE(country->facilities.empty());
    EXPECT_FALSE(country->legal_bases.empty());
    EXPECT_FALSE(country->authorities.empty());
    for (const auto& provider : country->providers) {
      EXPECT_TRUE(contains(domain::referral_services(), provider.service)) << provider.name;
    }
    for (const auto& status : country->statuses) {
      EXPECT_TRUE(contains(domain::migration_statuses(), status.status));
    }
    for (auto kind : country->alternatives) {
      EXPECT_TRUE(contains(choices_of("alternative.started", "kind"), kind)) << kind;
    }
    EXPECT_FALSE(country->detention.length.empty());
  }
}

TEST(DemoTables, CorridorsUseValidCodes) {
  for (const Corridor& corridor : corridors()) {
    SCOPED_TRACE(std::string(corridor.name));
    for (const Origin& origin : corridor.origins) {
      EXPECT_TRUE(is_country_code(origin.nationality));
      EXPECT_NE(origin.names, nullptr);
      for (const auto& language : origin.languages) {
        if (!language.code.empty()) {
          EXPECT_TRUE(is_language_code(language.code)) << language.code;
        }
      }
    }
    for (const Site& site : corridor.sites) {
      EXPECT_NE(find_country(site.country), nullptr) << site.country;
    }
    for (const IncidentPlace& place : corridor.incident_places) {
      EXPECT_TRUE(is_country_code(place.country)) << place.country;
      EXPECT_NE(place.kinds, 0) << place.place;
    }
  }
  for (const auto& rule : third_country_returns()) EXPECT_TRUE(is_country_code(rule.to));
  for (const auto& rule : status_overrides()) {
    EXPECT_TRUE(contains(domain::migration_statuses(), rule.status));
  }
}

TEST(DemoTables, TextsUseValidCodes) {
  const auto perpetrators = choices_of("incident.reported", "perpetrator");
  std::set<std::string_view> categories;
  for (const auto& text : incident_texts()) {
    EXPECT_TRUE(contains(domain::incident_categories(), text.category)) << text.category;
    EXPECT_TRUE(contains(perpetrators, text.perpetrator)) << text.perpetrator;
    categories.insert(text.category);
  }
  // Every category has a text, so any harm can be reported.
  EXPECT_EQ(categories.size(), domain::incident_categories().size());
  for (auto grounds : extension_grounds()) {
    EXPECT_TRUE(std::all_of(grounds.begin(), grounds.end(),
                            [](char c) { return (c >= 'a' && c <= 'z') || c == '_'; }));
  }
}

// Decodes UTF-8 into code points.
std::u32string decode(std::string_view text) {
  std::u32string out;
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    const int length = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
    char32_t code = length == 1 ? c : c & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07);
    for (int k = 1; k < length; ++k) code = (code << 6) | (text[i + k] & 0x3F);
    out += code;
    i += length;
  }
  return out;
}

// The block a pool's own-script names must stay in (spaces allowed), or 0 for Latin.
std::pair<char32_t, char32_t> block_of(std::string_view pool) {
  if (pool.starts_with("arabic") || pool == "dari" || pool == "urdu") return {0x0600, 0x06FF};
  if (pool == "tigrinya" || pool == "amharic") return {0x1200, 0x137F};
  if (pool == "bengali") return {0x0980, 0x09FF};
  if (pool == "burmese") return {0x1000, 0x109F};
  return {0, 0x024F};  // Latin, with the diacritics of Latin-1 and Latin Extended
}

TEST(DemoTables, OwnScriptNamesStayInTheirScript) {
  for (const NamePool* pool : name_pools()) {
    const auto [low, high] = block_of(pool->name);
    for (auto forms : {pool->male, pool->female, pool->family_male, pool->family_female}) {
      for (const NameForm& form : forms) {
        EXPECT_FALSE(form.latin[0].empty()) << pool->name;
        for (char32_t code : decode(form.original)) {
          if (code == U' ' || code == U'-' || code == U'\'') continue;
          EXPECT_TRUE(code >= low && code <= high)
              << pool->name << ": " << form.original << " has U+" << std::hex
              << static_cast<std::uint32_t>(code);
        }
        for (auto latin : form.latin) {
          for (char32_t code : decode(latin)) EXPECT_LE(code, 0x024Fu) << latin;
        }
      }
    }
  }
}

TEST(DemoTables, KnownFormsAreSpelledRight) {
  auto first_latin = [](const NamePool& pool, std::string_view original) -> std::string_view {
    for (auto forms : {pool.male, pool.female, pool.family_male, pool.family_female}) {
      for (const NameForm& form : forms) {
        if (form.original == original) return form.latin[0];
      }
    }
    return {};
  };
  EXPECT_EQ(first_latin(kArabicLevant, "محمد"), "Mohamed");
  EXPECT_EQ(first_latin(kArabicLevant, "فاطمة"), "Fatima");
  EXPECT_EQ(first_latin(kTigrinya, "ሰላም"), "Selam");
  EXPECT_EQ(first_latin(kAmharic, "አበበ"), "Abebe");
  EXPECT_EQ(first_latin(kDari, "علی"), "Ali");      // Persian yeh, not Arabic
  EXPECT_EQ(first_latin(kUrdu, "شاہد"), "Shahid");  // Urdu heh goal
  EXPECT_EQ(first_latin(kBengali, "রহিম"), "Rahim");
  EXPECT_EQ(first_latin(kBurmese, "အောင်"), "Aung");
  EXPECT_EQ(first_latin(kOromo, "Caalaa"), "Chala");
  EXPECT_EQ(first_latin(kSomali, "Maxamed"), "Mohamed");
}

}  // namespace
}  // namespace haven::demo
