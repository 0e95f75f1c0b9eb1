// Deprivation of liberty: apprehension, the detention order, reviews, extensions, transfers
// between facilities, and how each stay ends — release, an alternative, a return, or not
// yet at all. The consular duties that start with it are in consular.cpp.

#include <algorithm>

#include "demo/history.h"

namespace haven::demo {
namespace {

enum Ending { kReleased, kAlternative, kReturned, kTransferred, kOther };
constexpr std::string_view kEndingCodes[] = {"released", "alternative", "returned", "transferred",
                                             "other"};

const Facility* pick_facility(const Country& country, std::string_view near, bool child,
                              const Facility* not_this, Random& random) {
  // Children only where the authorities hold children, which is where monitors find them.
  auto fits = [&](const Facility& f) { return (!child || f.holds_children) && &f != not_this; };
  // Mostly held near where they were met: in the facility named after the town, if any.
  const std::string_view town = near.substr(0, near.find(','));
  if (!town.empty() && random.percent(75)) {
    const Facility* chosen = nullptr;
    std::uint32_t seen = 0;
    for (const Facility& facility : country.facilities) {
      if (fits(facility) && facility.name.find(town) != std::string_view::npos &&
          random.below(++seen) == 0) {
        chosen = &facility;
      }
    }
    if (chosen != nullptr) return chosen;
  }
  for (int attempt = 0; attempt < 6; ++attempt) {
    const Facility& facility = random.pick(country.facilities);
    if (fits(facility)) return &facility;
  }
  for (const Facility& facility : country.facilities) {
    if (fits(facility)) return &facility;
  }
  return nullptr;
}

Ending draw_ending(const Country& country, Random& random) {
  std::array<int, 5> weights = country.detention.end_weights;
  if (country.alternatives.empty()) weights[kAlternative] = 0;
  int total = 0;
  for (int w : weights) total += w;
  int at = static_cast<int>(random.below(static_cast<std::uint32_t>(total)));
  for (int i = 0; i < 5; ++i) {
    if (at < weights[i]) return static_cast<Ending>(i);
    at -= weights[i];
  }
  return kReleased;
}

std::string_view return_destination(const Identity& person, const Country& country,
                                    Random& random) {
  for (const ThirdCountryReturn& rule : third_country_returns()) {
    if (rule.from == country.code && rule.nationality == person.home() &&
        random.percent(rule.percent)) {
      return rule.to;
    }
  }
  return person.home();
}

void write_reviews(const Country& country, Seconds start, Seconds end, Ending ending,
                   Random& random, EventBuffer& log) {
  const DetentionRegime& regime = country.detention;
  const int offset = country.utc_offset_minutes;
  if (regime.first_review_hours == 0 && regime.review_interval_days == 0) return;
  Seconds due = start + (regime.first_review_hours > 0 ? regime.first_review_hours * kHour
                                                       : regime.review_interval_days * kDay);
  // Most reviews come on time, some late, a few never: what the review rule is there to see.
  while (due < end) {
    const int draw = static_cast<int>(random.below(100));
    const Seconds at = draw < 78   ? due - random.between(0, 6 * kHour)
                       : draw < 90 ? due + random.between(kDay, 10 * kDay)
                                   : 0;
    if (at > start && at < end - kHour && log.begin_person(at, offset, "detention.reviewed")) {
      log.text("outcome", "continued");
    }
    if (regime.review_interval_days == 0) break;
    due += regime.review_interval_days * kDay;
  }
  if ((ending == kReleased || ending == kAlternative) && random.percent(70)) {
    const Seconds at = end - random.between(kHour, 6 * kHour);
    if (at > start && log.begin_person(at, offset, "detention.reviewed")) {
      log.text("outcome", ending == kReleased ? "released" : "alternative");
    }
  }
}

void write_ended(Seconds at, const Country& country, Ending ending, EventBuffer& log) {
  if (log.begin_person(at, country.utc_offset_minutes, "detention.ended")) {
    log.text("reason", kEndingCodes[ending]);
  }
}

void write_alternative(Seconds at, const Country& country, Random& random, EventBuffer& log) {
  if (country.alternatives.empty()) return;
  const std::string_view kind = random.pick(country.alternatives);
  const int offset = country.utc_offset_minutes;
  if (!log.begin_person(at + random.between(0, 2 * kHour), offset, "alternative.started")) return;
  log.text("kind", kind);
  if (random.percent(45) &&
      log.begin_person(at + random.between(30 * kDay, 300 * kDay), offset, "alternative.ended")) {
    log.text("kind", kind);
  }
}

}  // namespace

DetentionSummary write_detention(const Identity& person, Whereabouts& where, Random& random,
                                 EventBuffer& log) {
  DetentionSummary summary;
  const Seconds registered = person.registered_at;
  // Half are apprehended when first met (at the border, in a raid), half later on.
  Seconds start = random.percent(50) ? registered + random.between(5 * kMinute, 3 * kHour)
                                     : registered + random.between(kDay, 150 * kDay);
  const Country* country = &where.at(start);
  int percent = country->detention.detained_percent * 3 / 2;
  if (person.child()) percent /= 3;
  const Facility* facility =
      pick_facility(*country, where.site_at(start).place, person.child(), nullptr, random);
  if (!random.percent(percent) || facility == nullptr || start >= log.horizon()) return summary;
  summary = {true, start, country, facility->name};

  int episodes = 0;
  int transfers = 0;
  bool new_episode = true;
  for (;;) {
    const int offset = country->utc_offset_minutes;
    if (new_episode) {
      const Seconds identified =
          std::max(registered + kMinute, start - random.between(0, 2 * kHour));
      if (log.begin_person(identified, offset, "foreign_national.identified") &&
          person.has_consulate()) {
        log.text("nationality", person.nationality);
      }
    }
    if (!log.begin_person(start, offset, "detention.started")) break;
    log.text("facility", facility->name);
    if (random.percent(90)) log.text("legal_basis", random.pick(country->legal_bases));
    log.text("authority",
             facility->authority.empty() ? random.pick(country->authorities) : facility->authority);
    Seconds length = random.seconds_in(country->detention.length);
    if (person.child()) length = length / 3 + 6 * kHour;
    Ending ending = draw_ending(*country, random);
    const Facility* next = nullptr;
    if (ending == kTransferred) {
      next =
          transfers < 2 ? pick_facility(*country, {}, person.child(), facility, random) : nullptr;
      if (next == nullptr) ending = kReleased;
    }
    Seconds granted_at = 0;
    if (new_episode) {
      write_consular_notice(person, *country, start, random, log);
      // Custody goes on through a transfer, so a decision may come after it.
      const Seconds held_until = ending == kTransferred ? log.horizon() : start + length;
      granted_at = write_alternative_considered(person, *country, start, held_until, random, log);
    }
    if (granted_at > start) {
      ending = kAlternative;
      length = std::min(length, granted_at - start + random.between(6 * kHour, 3 * kDay));
    }
    const Seconds end = start + length;
    write_reviews(*country, start, end, ending, random, log);
    const int extend_days = country->detention.extend_after_days;
    if (extend_days > 0 && length > extend_days * kDay) {
      const Seconds at =
          office_hours(start + extend_days * kDay - random.between(kDay, 4 * kDay), offset, random);
      if (log.begin_person(at, offset, "detention.extended")) {
        log.text("grounds", random.pick(extension_grounds()));
      }
    }
    // Nobody travels on while held: a planned move waits for release, or is cancelled.
    if (where.later != nullptr && start < where.moved_at) {
      if (ending == kReturned) {
        where.later = nullptr;
      } else {
        where.moved_at = std::max(where.moved_at, end + random.between(3 * kDay, 30 * kDay));
      }
    }
    if (ending == kTransferred) {
      write_ended(end, *country, ending, log);
      start = end + random.between(30 * kMinute, 10 * kHour);
      facility = next;
      ++transfers;
      new_episode = false;
      continue;
    }
    if (ending == kReturned) {
      const std::string_view destination = return_destination(person, *country, random);
      const Seconds planned = std::max(start + kHour, end - random.between(2 * kDay, 20 * kDay));
      if (planned < end && log.begin_person(planned, offset, "return.planned")) {
        log.text("destination", destination);
      }
      write_ended(end, *country, ending, log);
      const Seconds done = end + random.between(kHour, 8 * kHour);
      if (log.begin_person(done, offset, "return.completed")) {
        log.text("destination", destination);
        log.close_at(done + 1);
      }
      break;
    }
    write_ended(end, *country, ending, log);
    if (ending == kAlternative) write_alternative(end, *country, random, log);
    // Some are released, then detained again months later.
    if (ending != kReleased || episodes > 0 || !random.percent(12)) break;
    start = end + random.between(20 * kDay, 200 * kDay);
    country = &where.at(start);
    facility = pick_facility(*country, where.site_at(start).place, person.child(), nullptr, random);
    if (facility == nullptr) break;
    ++episodes;
    new_episode = true;
  }
  return summary;
}

}  // namespace haven::demo
