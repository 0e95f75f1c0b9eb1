// Child protection: identifying unaccompanied and separated children, appointing guardians
// (often, not always, sometimes late), best-interests assessments, and age disputes.

#include <cstdio>
#include <cstdlib>

#include "demo/history.h"

namespace haven::demo {
namespace {

void write_age_dispute(const Identity& person, const Whereabouts& where, Seconds from,
                       Random& random, EventBuffer& log) {
  const Seconds disputed = from + random.between(kHour, 5 * kDay);
  const int offset = where.at(disputed).utc_offset_minutes;
  if (!log.begin_person(disputed, offset, "age.disputed") || !random.percent(70)) return;
  const Seconds assessed =
      office_hours(disputed + random.between(5 * kDay, 60 * kDay), offset, random);
  // Assessments confirm the child's age a little more often than they make an adult of them.
  const int registered_year = std::atoi(person.birth_date.substr(0, 4).c_str());
  const CivilDate today = civil_from_days(assessed / kDay);
  const int year = random.percent(55) ? registered_year
                                      : today.year - 18 - static_cast<int>(random.between(0, 2));
  char text[16];
  std::snprintf(text, sizeof text, "%04d", year);
  if (log.begin_person(assessed, offset, "age.assessed")) {
    log.text("birth_date", text);
    log.text("method", random.pick(age_methods()));
  }
}

}  // namespace

void write_child_protection(const Identity& person, const Whereabouts& where, Random& random,
                            EventBuffer& log) {
  if (!person.child()) return;
  const Seconds registered = person.registered_at;
  if (person.situation == ChildSituation::kNone) {
    // Children with their families: an assessment only where a decision looms.
    if (random.percent(10)) {
      const Seconds at = registered + random.between(5 * kDay, 90 * kDay);
      const int offset = where.at(at).utc_offset_minutes;
      if (log.begin_person(office_hours(at, offset, random), offset, "best_interests.assessed")) {
        log.text("outcome", random.pick(best_interests_outcomes()));
      }
    }
    return;
  }
  const bool known_at_registration =
      person.registered_vulnerabilities &
      (bit(Vulnerability::kUnaccompaniedChild) | bit(Vulnerability::kSeparatedChild));
  const Seconds identified =
      registered + (known_at_registration ? random.between(5 * kMinute, 2 * kHour)
                                          : random.between(kDay, 20 * kDay));
  const int offset = where.at(identified).utc_offset_minutes;
  if (!log.begin_person(identified, offset, "child.unaccompanied")) return;
  if (person.situation == ChildSituation::kSeparated) {
    log.text("situation", "separated");
  } else if (random.percent(60)) {
    log.text("situation", "unaccompanied");
  }

  // A guardian within days most of the time; weeks or months late, or never, otherwise.
  const int draw = static_cast<int>(random.below(100));
  Seconds appointed = 0;
  if (draw < 62) {
    appointed = identified + random.between(6 * kHour, 7 * kDay);
  } else if (draw < 80) {
    appointed = identified + random.between(15 * kDay, 90 * kDay);
  }
  if (appointed != 0) {
    const Country& country = where.at(appointed);
    const int local = country.utc_offset_minutes;
    if (!country.guardians.empty() &&
        log.begin_person(office_hours(appointed, local, random), local, "guardian.appointed")) {
      log.text("guardian", random.pick(country.guardians));
    }
  }
  if (random.percent(55)) {
    const Seconds at = identified + random.between(3 * kDay, 60 * kDay);
    const int local = where.at(at).utc_offset_minutes;
    if (log.begin_person(office_hours(at, local, random), local, "best_interests.assessed")) {
      log.text("outcome", random.pick(best_interests_outcomes()));
    }
  }
  if (person.age >= 14 && random.percent(25)) {
    write_age_dispute(person, where, identified, random, log);
  }
}

}  // namespace haven::demo
