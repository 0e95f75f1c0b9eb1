// One person's history: registration, onward movement, then the threads of history.h, then
// the status changes that come with time.

#include "demo/history.h"

#include <cstdio>

namespace haven::demo {
namespace {

// Some move on from where they were registered, further along the route. The move is
// planned here and written after detention, which may delay or cancel it.
Whereabouts plan_movement(const Identity& person, Random& random) {
  Whereabouts where;
  where.first = person.country;
  where.first_site = person.site;
  if (!random.percent(22)) return where;
  const Site* chosen = nullptr;
  int total = 0;
  for (const Site& site : person.corridor->sites) {
    if (site.stage <= person.site->stage || site.country == person.origin->nationality) continue;
    total += site.weight;
    // Reservoir choice by weight: one pass, no allocation.
    if (static_cast<int>(random.below(static_cast<std::uint32_t>(total))) < site.weight) {
      chosen = &site;
    }
  }
  if (chosen == nullptr) return where;
  where.later = find_country(chosen->country);
  where.later_site = chosen;
  where.moved_at = person.registered_at + random.between(10 * kDay, 150 * kDay);
  return where;
}

void write_movement(const Whereabouts& where, EventBuffer& log) {
  if (where.later == nullptr) return;
  if (log.begin_person(where.moved_at, where.later->utc_offset_minutes, "person.updated")) {
    log.location(where.later_site->country, where.later_site->place);
  }
}

std::string_view status_after_decision(Random& random) {
  const int draw = static_cast<int>(random.below(100));
  if (draw < 45) return "refugee";
  if (draw < 65) return "subsidiary_protection";
  return "irregular";
}

void write_status_changes(const Identity& person, const Whereabouts& where, Random& random,
                          EventBuffer& log) {
  const Seconds registered = person.registered_at;
  auto update = [&](Seconds at, std::string_view status) {
    const int offset = where.at(at).utc_offset_minutes;
    at = office_hours(at, offset, random);
    if (log.begin_person(at, offset, "person.updated")) log.text("migration_status", status);
  };
  if (person.status == "pending" && random.percent(50)) {
    update(registered + random.between(3 * kDay, 40 * kDay), "asylum_seeker");
  } else if (person.status == "asylum_seeker" && random.percent(35)) {
    update(registered + random.between(60 * kDay, 330 * kDay), status_after_decision(random));
  }
  const bool trafficked = person.found_vulnerabilities & bit(Vulnerability::kTraffickingVictim);
  const std::string_view country = where.first->code;
  if (trafficked && (country == "ITA" || country == "GRC" || country == "USA") &&
      random.percent(35)) {
    update(registered + random.between(30 * kDay, 180 * kDay), "trafficking_permit");
  }
  // A document turns up, or an interpreter hears the name differently: the spelling changes.
  if (random.percent(3)) {
    const Seconds at = registered + random.between(2 * kDay, 120 * kDay);
    const bool family = !person.family_name.empty() && random.percent(50);
    std::string spelling =
        family ? spell(person.family, true, random) : spell(person.given, true, random);
    const int offset = where.at(at).utc_offset_minutes;
    if (log.begin_person(office_hours(at, offset, random), offset, "person.updated")) {
      log.text(family ? "family_name" : "given_name", spelling);
    }
  }
}

// A few go home on their own, with an assisted voluntary return programme.
void write_voluntary_return(const Identity& person, const Whereabouts& where, Random& random,
                            EventBuffer& log) {
  if (!random.percent(3)) return;
  const Seconds planned = person.registered_at + random.between(20 * kDay, 200 * kDay);
  const int offset = where.at(planned).utc_offset_minutes;
  const Seconds at = office_hours(planned, offset, random);
  if (!log.begin_person(at, offset, "return.planned")) return;
  log.text("destination", person.home());
  const Seconds done = at + random.between(5 * kDay, 40 * kDay);
  if (log.begin_person(done, offset, "return.completed")) {
    log.text("destination", person.home());
    log.close_at(done + 1);
  }
}

}  // namespace

Seconds office_hours(Seconds at, int offset_minutes, Random& random) {
  const Seconds offset = Seconds{offset_minutes} * kMinute;
  const Seconds local = at + offset;
  Seconds day = local / kDay;
  Seconds time = local - day * kDay;
  if (time < 8 * kHour) {
    time = 8 * kHour + random.between(0, 2 * kHour);
  } else if (time >= 17 * kHour) {
    ++day;
    time = 8 * kHour + random.between(0, 3 * kHour);
  }
  // 1 January 1970 was a Thursday: (day + 4) % 7 is 0 on Sundays and 6 on Saturdays.
  while ((day + 4) % 7 == 0 || (day + 4) % 7 == 6) ++day;
  return day * kDay + time - offset;
}

std::string Casebook::next_referral_id() {
  char text[24];
  std::snprintf(text, sizeof text, "R-%07lld", static_cast<long long>(++referrals_));
  return text;
}

void Casebook::remember(const Identity& person) {
  const RecentPerson seen{person.index, person.registered_at};
  by_corridor_[person.corridor_index % kCorridors].add(seen);
  by_origin_[(person.corridor_index % kCorridors) * kOriginsPerCorridor +
             person.origin_index % kOriginsPerCorridor]
      .add(seen);
}

void write_history(const Identity& person, Random& random, Casebook& book, EventBuffer& log) {
  log.clear(person.person_id);
  write_registration(person, book.seed(), log);
  Whereabouts where = plan_movement(person, random);
  const DetentionSummary held = write_detention(person, where, random, log);
  if (where.moved_at < log.horizon()) write_movement(where, log);
  if (!held.detained && where.later == nullptr) write_voluntary_return(person, where, random, log);
  write_child_protection(person, where, random, log);
  write_care(person, where, held, random, book, log);
  write_casework(person, where, book.seed(), log);
  write_screenings(person, where, book.seed(), log);
  write_status_changes(person, where, random, log);
  note_incident(person, held, random, book);
  note_trace(person, where, random, book, log);
}

}  // namespace haven::demo
