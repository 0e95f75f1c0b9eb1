// Drawing who a person is. Everything here comes from the person's own stream of randomness,
// in a fixed order, so an identity can be drawn again from its index alone.

#include "demo/identity.h"

#include <cstdio>

#include "demo/history.h"
#include "haven/domain/age.h"

namespace haven::demo {
namespace {

constexpr std::uint64_t kPersonStream = 1;
constexpr std::uint64_t kBirthStream = 7;
constexpr std::uint64_t kRegisteringAgencyStream = 8;

// Ages of adults on these routes cluster in the twenties and thirties.
constexpr HourBand kAdultAges[] = {
    {30, 18, 24}, {38, 25, 34}, {18, 35, 44}, {11, 45, 59}, {3, 60, 80}};
// Children: adolescents, mostly boys travelling alone, and young children with families.
constexpr HourBand kChildAges[] = {{25, 0, 5}, {25, 6, 13}, {50, 14, 17}};

std::int64_t draw_years(Random& random, std::span<const HourBand> bands) {
  const HourBand& band = random.weighted(bands);
  return random.between(band.min_hours, band.max_hours);
}

bool is_ascii(std::string_view text) {
  for (char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

void upper_case(std::string& text) {
  for (char& c : text) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
}

const Site& draw_site(Random& random, const Corridor& corridor, std::string_view nationality) {
  // Nobody is registered as a migrant in their own country; draw again when that happens.
  for (int attempt = 0; attempt < 8; ++attempt) {
    const Site& site = random.weighted(corridor.sites);
    if (site.country != nationality) return site;
  }
  for (const Site& site : corridor.sites) {
    if (site.country != nationality) return site;
  }
  return corridor.sites.back();
}

std::string_view draw_status(Random& random, const Identity& person) {
  for (const StatusOverride& special : status_overrides()) {
    if (special.nationality == person.nationality && special.country == person.country->code &&
        random.percent(special.percent)) {
      return special.status;
    }
  }
  return random.weighted(person.country->statuses).status;
}

void draw_birth(Random& random, Identity& person, const Window& window, int years) {
  const int offset = person.country->utc_offset_minutes;
  const Seconds local = person.registered_at + Seconds{offset} * kMinute;
  const CivilDate registered = civil_from_days(local / kDay);
  // One day back at least, so no birth date lies past today in UTC either.
  const std::int64_t born_days =
      days_from_civil(registered) - years * 365 - years / 4 - random.between(1, 360);
  const CivilDate born = civil_from_days(born_days);
  char text[16];
  const int precision = static_cast<int>(random.below(100));
  if (precision < 58) {
    std::snprintf(text, sizeof text, "%04d-%02d-%02d", born.year, born.month, born.day);
    person.birth_estimated = random.percent(6);
  } else if (precision < 66) {
    std::snprintf(text, sizeof text, "%04d-%02d", born.year, born.month);
    person.birth_estimated = random.percent(60);
  } else if (precision < 92) {
    std::snprintf(text, sizeof text, "%04d", born.year);
    person.birth_estimated = random.percent(85);
  } else {
    // 1 January: the registrars' convention for an unknown day and month.
    std::snprintf(text, sizeof text, "%04d-01-01", born.year);
    person.birth_estimated = true;
  }
  person.birth_date = text;
  const CivilDate on = registered < window.today ? registered : window.today;
  // Counted as Haven counts it, partial dates from their latest day: who may be a child is
  // treated as one.
  const auto age = domain::age_on(person.birth_date, person.birth_estimated, on);
  person.age = age ? age->years : years;
}

void draw_vulnerabilities(Random& random, Identity& person) {
  std::uint32_t found = 0;
  const bool female = person.sex == 'F';
  if (person.child()) {
    found |= bit(Vulnerability::kChild);
    const int alone = person.age >= 14 ? 55 : person.age >= 10 ? 20 : 3;
    const int separated = person.age >= 10 ? 10 : 5;
    const int draw = static_cast<int>(random.below(100));
    if (draw < alone) {
      person.situation = ChildSituation::kUnaccompanied;
      found |= bit(Vulnerability::kUnaccompaniedChild);
    } else if (draw < alone + separated) {
      person.situation = ChildSituation::kSeparated;
      found |= bit(Vulnerability::kSeparatedChild);
    }
  }
  if (female && person.age >= 16 && person.age <= 45 && random.percent(5)) {
    found |= bit(Vulnerability::kPregnant);
  }
  if (person.age >= 60) found |= bit(Vulnerability::kOlderPerson);
  if (random.percent(3)) found |= bit(Vulnerability::kDisability);
  if (random.percent(3)) found |= bit(Vulnerability::kSeriousIllness);
  for (const Harm& harm : person.corridor->harms) {
    int percent = female ? harm.female_percent : harm.male_percent;
    if (person.child()) percent /= 2;
    if (random.percent(percent)) found |= bit(harm.code);
  }
  if (person.nationality == "XXA") found |= bit(Vulnerability::kStateless);
  // Age, sex and statelessness are seen at once; harm is mostly told later, if at all.
  constexpr std::uint32_t kSeenAtOnce = (1u << static_cast<int>(Vulnerability::kChild)) |
                                        (1u << static_cast<int>(Vulnerability::kOlderPerson)) |
                                        (1u << static_cast<int>(Vulnerability::kStateless));
  std::uint32_t registered = found & kSeenAtOnce;
  for (int code = 0; code < kVulnerabilityCount; ++code) {
    const std::uint32_t mask = 1u << code;
    if ((found & mask) && !(registered & mask) && random.percent(code <= 6 ? 60 : 25)) {
      registered |= mask;
    }
  }
  person.found_vulnerabilities = found;
  person.registered_vulnerabilities = registered;
}

}  // namespace

std::string person_id_for(std::int64_t index) {
  char text[24];
  std::snprintf(text, sizeof text, "P-%07lld", static_cast<long long>(index + 1));
  return text;
}

Random person_random(std::uint64_t seed, std::int64_t index) {
  return Random(seed, kPersonStream, static_cast<std::uint64_t>(index));
}

Identity make_identity(Random& random, std::int64_t index, const Window& window) {
  Identity person;
  person.index = index;
  person.person_id = person_id_for(index);
  const auto routes = corridors();
  const Corridor& corridor = random.weighted(routes);
  person.corridor = &corridor;
  person.corridor_index = static_cast<int>(&corridor - routes.data());
  const Origin& origin = random.weighted(corridor.origins);
  person.origin = &origin;
  person.origin_index = static_cast<int>(&origin - corridor.origins.data());
  if (random.percent(origin.stateless_percent)) {
    person.nationality = "XXA";
  } else if (!random.percent(2)) {
    person.nationality = origin.nationality;
  }
  person.site = &draw_site(random, corridor, origin.nationality);
  person.country = find_country(person.site->country);
  person.registered_at = random.between(window.first, window.limit - 2 * kHour);

  const bool child = random.percent(corridor.child_percent);
  const int years =
      static_cast<int>(draw_years(random, child ? std::span<const HourBand>(kChildAges)
                                                : std::span<const HourBand>(kAdultAges)));
  const int male_percent = child ? 60 : corridor.male_percent;
  const int sex_draw = static_cast<int>(random.below(1000));
  person.sex = sex_draw < 10                       ? 'U'
               : sex_draw < 13                     ? 'X'
               : sex_draw < 13 + male_percent * 10 ? 'M'
                                                   : 'F';
  const bool female_names = person.sex == 'F' || (person.sex != 'M' && random.percent(50));
  const NamePool& pool = *origin.names;
  draw_name(random, pool, female_names, person.given, person.family);
  person.given_name = spell(person.given, false, random);
  person.family_name = spell(person.family, false, random);
  // Passport-style capitals on some registrations; only for plain ASCII, where they are safe.
  if (random.percent(4) && is_ascii(person.given_name) && is_ascii(person.family_name)) {
    upper_case(person.given_name);
    upper_case(person.family_name);
  }
  if (random.percent(pool.original_percent)) {
    person.name_original = original_of(person.given, person.family, pool.order);
  }
  draw_birth(random, person, window, years);
  for (const LanguageShare& language : origin.languages) {
    if (language.code.empty()) break;
    if (person.language_count == 0 || random.percent(language.percent)) {
      person.languages[person.language_count++] = language.code;
    }
  }
  person.status = draw_status(random, person);
  draw_vulnerabilities(random, person);
  return person;
}

void write_registration(const Identity& person, std::uint64_t seed, EventBuffer& log) {
  if (!log.begin_person(person.registered_at, person.country->utc_offset_minutes,
                        "person.registered")) {
    return;
  }
  log.text("given_name", person.given_name);
  if (!person.family_name.empty()) log.text("family_name", person.family_name);
  if (!person.name_original.empty()) log.text("name_original", person.name_original);
  log.text("sex", std::string_view(&person.sex, 1));
  log.text("birth_date", person.birth_date);
  if (person.birth_estimated) log.flag("birth_date_estimated", true);
  if (!person.nationality.empty()) {
    const std::string_view nationality[] = {person.nationality};
    log.texts("nationalities", nationality);
  }
  // Born at home, mostly; some young children were born along the route, in the country
  // where they are registered. Drawn from a stream of its own, so the rest of the history
  // stays as it was.
  Random born(seed, kBirthStream, static_cast<std::uint64_t>(person.index));
  if (born.percent(90)) {
    const bool on_the_way = person.age < 5 && born.percent(35);
    log.text("country_of_birth", on_the_way ? person.country->code : person.home());
  }
  // Mostly the authorities who meet people at the border or in detention, which detention
  // orders name too; otherwise a protection agency that also holds cases; a few records do not
  // say. A stream of its own again, so that nothing else in the history moves.
  Random registrar(seed, kRegisteringAgencyStream, static_cast<std::uint64_t>(person.index));
  if (!registrar.percent(6)) {
    const Country& country = *person.country;
    log.text("agency", registrar.percent(60) && !country.authorities.empty()
                           ? registrar.pick(country.authorities)
                           : agency_in(country, person.child(), registrar));
  }
  log.texts("languages", std::span(person.languages.data(), person.language_count));
  log.text("migration_status", person.status);
  log.location(person.site->country, person.site->place);
  std::array<std::string_view, kVulnerabilityCount> codes;
  std::size_t count = 0;
  for (int code = 0; code < kVulnerabilityCount; ++code) {
    if (person.registered_vulnerabilities & (1u << code))
      codes[count++] = kVulnerabilityCodes[code];
  }
  if (count > 0) log.texts("vulnerabilities", std::span(codes.data(), count));
}

}  // namespace haven::demo
