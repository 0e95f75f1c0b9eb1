// The safeguards owed in the first hours of detention. Most are met on time, some late and
// some never — the share a monitor expects to find, and what the consular and alternative
// rules exist to catch.

#include "demo/history.h"

namespace haven::demo {
namespace {

bool seeks_protection(const Identity& person) {
  return person.status == "asylum_seeker" || person.status == "refugee" ||
         person.status == "subsidiary_protection" || person.status == "temporary_protection";
}

std::string_view rights_language(const Identity& person, const Country& country, Random& random) {
  // Rights are read in the person's language most of the time; otherwise in a second
  // language they know, or in the official language of the State holding them.
  if (random.percent(70)) return person.first_language();
  if (person.language_count > 1 && random.percent(50)) return person.languages[1];
  return country.official_language;
}

}  // namespace

void write_consular_notice(const Identity& person, const Country& country, Seconds detained_at,
                           Random& random, EventBuffer& log) {
  if (!person.has_consulate()) return;
  const int offset = country.utc_offset_minutes;
  const int draw = static_cast<int>(random.below(100));
  Seconds informed = 0;
  if (draw < 72) {
    informed = detained_at + random.between(20 * kMinute, 20 * kHour);  // without delay
  } else if (draw < 86) {
    informed = detained_at + random.between(2 * kDay, 12 * kDay);  // late
  } else {
    return;  // never
  }
  if (!log.begin_person(informed, offset, "consular.rights_informed")) return;
  log.text("language", rights_language(person, country, random));

  // Those who fled their State seldom want its consulate told.
  const bool requested = random.percent(seeks_protection(person) ? 20 : 45);
  const Seconds answered = informed + random.between(2 * kMinute, 30 * kMinute);
  if (!log.begin_person(answered, offset, "consular.notification_requested")) return;
  log.flag("requested", requested);

  Seconds notified = 0;
  const int notice = static_cast<int>(random.below(100));
  if (requested) {
    if (notice < 82) {
      notified = answered + random.between(kHour, 70 * kHour);
    } else if (notice < 90) {
      notified = answered + random.between(4 * kDay, 15 * kDay);
    }
  } else if (notice < 4) {
    // Told anyway, against the person's wish: the breach the endangerment rule looks for.
    notified = answered + random.between(2 * kHour, 48 * kHour);
  }
  if (notified == 0 || !log.begin_person(notified, offset, "consular.notified")) return;
  log.text("consulate", person.nationality);
  if (random.percent(35)) {
    log.begin_person(notified + random.between(2 * kDay, 25 * kDay), offset, "consular.visited");
  }
}

Seconds write_alternative_considered(const Identity& person, const Country& country,
                                     Seconds detained_at, Seconds held_until, Random& random,
                                     EventBuffer& log) {
  const int offset = country.utc_offset_minutes;
  const int draw = static_cast<int>(random.below(100));
  Seconds at = 0;
  if (draw < 55) {
    at = detained_at + random.between(2 * kHour, 90 * kHour);
  } else if (draw < 75) {
    at = detained_at + random.between(5 * kDay, 30 * kDay);
  } else {
    return 0;  // never considered
  }
  at = office_hours(at, offset, random);
  if (at >= held_until) return 0;  // released before anyone considered it
  std::string_view decision;
  if (country.alternatives.empty()) {
    decision = random.percent(70) ? "not_available" : "refused";
  } else {
    const int granted = person.child() ? 50 : 22;
    const int choice = static_cast<int>(random.below(100));
    decision = choice < granted ? "granted" : choice < granted + 58 ? "refused" : "not_available";
  }
  if (!log.begin_person(at, offset, "alternative.considered")) return 0;
  log.text("decision", decision);
  if (random.percent(80)) log.text("reasons", random.pick(alternative_reasons(decision)));
  return decision == "granted" ? at : 0;
}

}  // namespace haven::demo
