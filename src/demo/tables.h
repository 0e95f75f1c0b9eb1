#pragma once
// Private to the demo module: the hand-written tables the generator draws from — names in
// their own scripts, the countries along five migration corridors, and short texts. The
// tables themselves live in data/demo/*.cpp and are compiled into the library, so
// `haven demo` reads no file at run time. Every table is constant-initialised: nothing here
// runs before main() and all of it may be read from any thread.

#include <array>
#include <cstdint>
#include <span>
#include <string_view>

namespace haven::demo {

// A name as its bearer writes it, and the Latin spellings registrars use for it, most
// common first. The spread of spellings (Mohamed, Muhammad, Mohammed) is deliberate: record
// linkage is developed and tested on this data.
struct NameForm {
  // The name in its own script (or in Latin with its diacritics); empty when not written.
  std::string_view original;
  // One to four Latin spellings; unused slots stay empty.
  std::array<std::string_view, 4> latin;
};

// How a naming tradition puts a full name together.
enum class NameOrder {
  kGivenFamily,  // a given name and an inherited family name
  kTwoSurnames,  // one or two given names, then the father's and the mother's surnames
  kPatronymic,   // the "family name" is the father's (and grandfather's) given name
  kSyllables,    // Burmese: two or three syllables and no family name at all
};

struct NamePool {
  std::string_view name;                    // for tests and debugging: "tigrinya"
  std::span<const NameForm> male;           // given names (syllables for kSyllables)
  std::span<const NameForm> female;         // given names (syllables for kSyllables)
  std::span<const NameForm> family_male;    // family names, or extra fathers' names
  std::span<const NameForm> family_female;  // family names women carry, when they differ
  NameOrder order = NameOrder::kGivenFamily;
  int original_percent = 0;  // how often a registration records `name_original`
};

// Vulnerability codes, in the order of the vocabulary (DESIGN.md); a person's set is a mask.
enum class Vulnerability : std::uint8_t {
  kChild,
  kUnaccompaniedChild,
  kSeparatedChild,
  kPregnant,
  kDisability,
  kOlderPerson,
  kSeriousIllness,
  kTraffickingVictim,
  kSmugglingAbuse,
  kKidnappingVictim,
  kExtortionVictim,
  kTortureSurvivor,
  kSgbvSurvivor,
  kForcedLabour,
  kDebtBondage,
  kStateless,
};
inline constexpr int kVulnerabilityCount = 16;
extern const std::array<std::string_view, kVulnerabilityCount> kVulnerabilityCodes;
constexpr std::uint32_t bit(Vulnerability v) { return 1u << static_cast<int>(v); }

// A stretch of time, drawn with a weight: tables of these shape durations without any
// floating-point function whose last bits could differ between C libraries.
struct HourBand {
  int weight;
  int min_hours;
  int max_hours;
};

struct Facility {
  std::string_view name;            // as the authorities call it
  bool holds_children;              // families or children are held here too
  std::string_view authority = {};  // who orders detention here; empty: any of the country's
};

struct Provider {
  std::string_view service;  // a referral service code (vocabulary.cpp)
  std::string_view name;
};

struct StatusShare {
  std::string_view status;  // a migration status code
  int weight;
};

// How deprivation of liberty works in a country, as far as the demo needs it.
struct DetentionRegime {
  int detained_percent = 0;      // of persons registered there, how many are ever detained
  int first_review_hours = 0;    // first review the law requires; 0: none
  int review_interval_days = 0;  // later periodic reviews; 0: none
  int extend_after_days = 0;     // when an extension order is needed; 0: never
  // Weights of how detention ends: released, alternative, returned, transferred, other.
  std::array<int, 5> end_weights{};
  std::span<const HourBand> length;  // how long one stay lasts
};

struct Country {
  std::string_view code;                           // ISO 3166-1 alpha-3
  int utc_offset_minutes = 0;                      // one fixed offset: good enough for the demo
  std::string_view official_language;              // ISO 639: what rights are read in by default
  std::span<const Facility> facilities;            // immigration detention places
  std::span<const std::string_view> legal_bases;   // laws relied on to detain
  std::span<const std::string_view> authorities;   // who orders detention
  std::span<const std::string_view> alternatives;  // alternative-to-detention kinds used
  std::span<const Provider> providers;             // services persons are referred to
  std::span<const std::string_view> guardians;     // who is appointed guardian of a child
  std::span<const StatusShare> statuses;           // migration status when registered here
  DetentionRegime detention;
};

struct LanguageShare {
  std::string_view code;  // ISO 639-1 or 639-3
  int percent;            // how many speakers of the group also name it
};

// A group of people of one nationality and naming tradition.
struct Origin {
  std::string_view nationality;  // ISO 3166-1 alpha-3
  int weight;                    // share within the corridor
  const NamePool* names;
  std::array<LanguageShare, 3> languages;  // the first is always spoken
  int stateless_percent = 0;               // recorded as XXA (Rohingya are denied citizenship)
};

// Where a corridor's persons are registered; `stage` orders the places along the route.
struct Site {
  std::string_view country;
  std::string_view place;
  int weight;
  int stage;
};

// Where harm happens along a route: the kinds of place decide which incidents fit.
enum PlaceKind : std::uint8_t {
  kWater = 1,           // sea, river: drownings, interceptions
  kWilderness = 2,      // desert, jungle, mountains: abandonment, exposure
  kBorder = 4,          // crossings and fences: push-backs, shootings
  kDetentionPlace = 8,  // official or smugglers' places of captivity
  kCity = 16,           // towns and transit hubs
  kWork = 32,           // farms, boats, workshops, households
  kCamp = 64,           // camps and informal settlements
};

struct IncidentPlace {
  std::string_view country;
  std::string_view place;
  int utc_offset_minutes;
  std::uint8_t kinds;  // PlaceKind bits
};

// A harm suffered along a route, found on assessment, in percent by sex.
struct Harm {
  Vulnerability code;
  int male_percent;
  int female_percent;
};

struct Corridor {
  std::string_view name;
  int weight;         // share of all persons
  int male_percent;   // among adults
  int child_percent;  // persons under 18
  std::span<const Origin> origins;
  std::span<const Site> sites;
  std::span<const IncidentPlace> incident_places;
  std::span<const Harm> harms;
};

// A destination other than the country of nationality, for some returns.
struct ThirdCountryReturn {
  std::string_view from;  // the returning State
  std::string_view nationality;
  std::string_view to;
  int percent;
};

// A status some nationalities get in some countries (Syrians in Türkiye: temporary protection).
struct StatusOverride {
  std::string_view nationality;
  std::string_view country;
  std::string_view status;
  int percent;
};

// The name pools (data/demo/names_*.cpp).
extern const NamePool kArabicLevant, kArabicNile, kArabicMaghreb, kDari, kUrdu, kBengali;
extern const NamePool kTigrinya, kAmharic, kOromo, kSomali, kBurmese, kRohingya;
extern const NamePool kFrancophoneWestAfrica, kNigerian, kSpanish, kMaya, kHaitian;

// The countries where persons are registered and held (data/demo/countries_*.cpp).
extern const Country kMexico, kUnitedStates, kGuatemala, kLibya, kTunisia, kItaly, kMalta;
extern const Country kTurkey, kGreece, kSerbia, kBosnia, kDjibouti, kYemen, kSaudiArabia;
extern const Country kBangladesh, kThailand, kMalaysia, kIndonesia;

// The tables (data/demo/corridors.cpp).
std::span<const Corridor> corridors();
std::span<const Country* const> countries();
const Country* find_country(std::string_view code);  // null when not tabled
std::span<const ThirdCountryReturn> third_country_returns();
std::span<const StatusOverride> status_overrides();
std::span<const NamePool* const> name_pools();

// Texts, each a list to pick from (data/demo/texts.cpp).
struct IncidentText {
  std::string_view category;     // an incident category code
  std::string_view perpetrator;  // the usual one; the generator sometimes says `unknown`
  std::uint8_t kinds;            // PlaceKind bits of places where it happens
  std::string_view description;
};
std::span<const IncidentText> incident_texts();
std::span<const std::string_view> best_interests_outcomes();
std::span<const std::string_view> alternative_reasons(std::string_view decision);
std::span<const std::string_view> decline_notes();
std::span<const std::string_view> age_methods();
std::span<const std::string_view> extension_grounds();

}  // namespace haven::demo
