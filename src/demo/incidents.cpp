// Incidents: crimes and violations against migrants, reported by the victims Haven knows and,
// for deaths at sea or in the desert, by counts alone. Most never reach an investigation —
// impunity is what the rule is there to show.

#include <algorithm>
#include <cstdio>

#include "demo/history.h"

namespace haven::demo {
namespace {

constexpr std::uint64_t kIncidentStream = 2;
constexpr std::uint64_t kCountsStream = 3;

// How each harm is reported, and the other category it is sometimes reported under.
struct HarmCategory {
  Vulnerability harm;
  std::string_view category;
  std::string_view other;
  int other_percent;
};
constexpr HarmCategory kHarmCategories[] = {
    {Vulnerability::kTraffickingVictim, "trafficking", "sexual_exploitation", 40},
    {Vulnerability::kKidnappingVictim, "kidnapping", "disappearance", 15},
    {Vulnerability::kExtortionVictim, "extortion", "extortion", 0},
    {Vulnerability::kTortureSurvivor, "torture_ill_treatment", "arbitrary_detention", 25},
    {Vulnerability::kSgbvSurvivor, "sexual_exploitation", "smuggling_abuse", 30},
    {Vulnerability::kForcedLabour, "forced_labour", "labour_rights_violation", 30},
    {Vulnerability::kDebtBondage, "debt_bondage", "debt_bondage", 0},
    {Vulnerability::kSmugglingAbuse, "smuggling_abuse", "abandonment", 30},
};
// Violations anyone may meet, whatever harm they carry.
constexpr std::string_view kEverydayCategories[] = {
    "xenophobic_act",         "denial_of_health_care",   "denial_of_education",
    "remittance_obstruction", "labour_rights_violation", "collective_expulsion",
    "death_in_transit"};

// Minimum estimates, as the Missing Migrants Project counts them: mostly a few, sometimes
// a boat's worth.
constexpr HourBand kDead[] = {{45, 1, 3}, {30, 4, 15}, {18, 16, 60}, {7, 61, 300}};
constexpr HourBand kMissing[] = {{60, 1, 10}, {30, 11, 60}, {10, 61, 500}};

int draw_count(Random& random, std::span<const HourBand> bands) {
  const HourBand& band = random.weighted(bands);
  return static_cast<int>(random.between(band.min_hours, band.max_hours));
}

const IncidentText* pick_text(std::string_view category, Random& random) {
  const IncidentText* chosen = nullptr;
  std::uint32_t seen = 0;
  for (const IncidentText& text : incident_texts()) {
    if (text.category == category && random.below(++seen) == 0) chosen = &text;
  }
  return chosen;
}

IncidentPlace pick_place(const Corridor& corridor, std::uint8_t kinds, Random& random) {
  const IncidentPlace* chosen = nullptr;
  std::uint32_t seen = 0;
  for (const IncidentPlace& place : corridor.incident_places) {
    if ((place.kinds & kinds) && random.below(++seen) == 0) chosen = &place;
  }
  return chosen != nullptr ? *chosen : random.pick(corridor.incident_places);
}

// Who did it, and how many died, went missing or were hurt.
void draw_particulars(PendingIncident& incident, bool has_victims, Random& random) {
  // Victims often cannot say who it was; a fifth of reports name nobody.
  incident.perpetrator = random.percent(20) ? "unknown" : incident.text->perpetrator;
  const std::string_view category = incident.text->category;
  if (category == "death_in_transit") {
    incident.dead = draw_count(random, kDead);
    if (random.percent(50)) incident.missing = draw_count(random, kMissing);
    if (random.percent(30)) incident.injured = static_cast<int>(random.between(1, 20));
  } else if (category == "disappearance") {
    incident.missing =
        has_victims ? static_cast<int>(random.between(1, 3)) : draw_count(random, kMissing);
  } else if (category == "abandonment" && random.percent(40)) {
    incident.dead = static_cast<int>(random.between(1, 10));
  } else if (category == "collective_expulsion") {
    incident.injured = static_cast<int>(random.between(has_victims ? 0 : 1, 12));
  } else if (random.percent(25)) {
    incident.injured = static_cast<int>(random.between(1, 4));
  }
}

void write_progress(const PendingIncident& incident, const std::string& id, std::uint64_t seed,
                    EventBuffer& log) {
  Random random(seed, kIncidentStream, incident.details_seed);
  const int offset = incident.place.utc_offset_minutes;
  Seconds at = incident.reported_at;
  auto stage = [&](Seconds after_min, Seconds after_max, std::string_view name) {
    at = office_hours(at + random.between(after_min, after_max), offset, random);
    if (log.begin(at, offset, "incident.progressed")) {
      log.text("incident_id", id);
      log.text("stage", name);
    }
  };
  if (!random.percent(55)) return;  // never taken further than Haven
  stage(kDay, 30 * kDay, "reported_to_authorities");
  const bool state = incident.perpetrator == "state_agent";
  if (!random.percent(state ? 12 : 30)) {
    if (random.percent(25)) stage(30 * kDay, 200 * kDay, "closed_without_action");
    return;
  }
  stage(10 * kDay, 120 * kDay, "investigated");
  if (!random.percent(35)) {
    if (random.percent(20)) stage(30 * kDay, 300 * kDay, "closed_without_action");
    return;
  }
  stage(30 * kDay, 240 * kDay, "prosecuted");
  if (random.percent(45)) stage(60 * kDay, 365 * kDay, "convicted");
}

}  // namespace

void note_incident(const Identity& person, const DetentionSummary& held, Random& random,
                   Casebook& book) {
  std::string_view category;
  for (const HarmCategory& harm : kHarmCategories) {
    if ((person.found_vulnerabilities & bit(harm.harm)) && random.percent(5)) {
      category = random.percent(harm.other_percent) ? harm.other : harm.category;
      break;
    }
  }
  if (category.empty() && held.detained && random.percent(2)) category = "arbitrary_detention";
  if (category.empty() && random.per_mille(7)) category = random.pick(kEverydayCategories);
  if (category.empty()) return;

  PendingIncident incident;
  incident.text = pick_text(category, random);
  incident.place = pick_place(*person.corridor, incident.text->kinds, random);
  incident.route = person.corridor->name;
  if (category == "arbitrary_detention" && held.detained) {
    incident.place = {held.country->code, held.facility, held.country->utc_offset_minutes,
                      kDetentionPlace};
  }
  incident.victims.push_back(person.index);
  Seconds latest = person.registered_at;
  // Those who were in the same boat or the same warehouse, registered before this person.
  const bool group = incident.text->kinds & (kWater | kWilderness | kBorder | kDetentionPlace);
  const auto& recent = book.recent_on(person.corridor_index);
  if (recent.size > 0 && random.percent(group ? 45 : 12)) {
    const auto others = random.between(1, 3);
    for (std::int64_t i = 0; i < others; ++i) {
      const RecentPerson& other =
          recent.people[random.below(static_cast<std::uint32_t>(recent.size))];
      if (std::find(incident.victims.begin(), incident.victims.end(), other.index) !=
          incident.victims.end()) {
        continue;
      }
      incident.victims.push_back(other.index);
      latest = std::max(latest, other.registered_at);
    }
  }
  const Seconds limit = book.window().limit;
  const int offset = incident.place.utc_offset_minutes;
  incident.reported_at = office_hours(latest + random.between(kDay, 40 * kDay), offset, random);
  if (incident.reported_at >= limit && incident.victims.size() > 1) {
    incident.victims.resize(1);
    incident.reported_at =
        office_hours(person.registered_at + random.between(kHour, 10 * kDay), offset, random);
  }
  if (incident.reported_at >= limit) return;
  draw_particulars(incident, true, random);
  incident.details_seed = random.next();
  book.incidents.push_back(std::move(incident));
}

std::int64_t write_incidents(Casebook& book, std::int64_t batch, std::int64_t batch_persons,
                             std::string& out) {
  const Window& window = book.window();
  Random random(book.seed(), kCountsStream, static_cast<std::uint64_t>(batch));
  // Deaths and disappearances no registered person reported: counts only.
  for (std::int64_t i = 0; i < batch_persons; ++i) {
    if (!random.per_mille(5)) continue;
    const int kind = static_cast<int>(random.below(100));
    const std::string_view category = kind < 60   ? "death_in_transit"
                                      : kind < 85 ? "disappearance"
                                                  : "collective_expulsion";
    PendingIncident incident;
    incident.text = pick_text(category, random);
    const Corridor& corridor = random.weighted(corridors());
    incident.place = pick_place(corridor, incident.text->kinds, random);
    incident.route = corridor.name;
    incident.reported_at = office_hours(random.between(window.first, window.limit - kDay),
                                        incident.place.utc_offset_minutes, random);
    draw_particulars(incident, false, random);
    incident.details_seed = random.next();
    if (incident.reported_at < window.limit) book.incidents.push_back(std::move(incident));
  }

  EventBuffer log(window.limit);
  std::int64_t written = 0;
  for (const PendingIncident& incident : book.incidents) {
    char id[32];
    std::snprintf(id, sizeof id, "INC-%06lld", static_cast<long long>(++book.incidents_written));
    log.clear();
    if (!log.begin(incident.reported_at, incident.place.utc_offset_minutes, "incident.reported")) {
      continue;
    }
    log.text("incident_id", id);
    log.text("category", incident.text->category);
    log.location(incident.place.country, incident.place.place);
    if (!incident.victims.empty()) {
      std::vector<std::string> ids;
      for (std::int64_t victim : incident.victims) ids.push_back(person_id_for(victim));
      std::vector<std::string_view> views(ids.begin(), ids.end());
      log.texts("victims", views);
    }
    if (incident.dead > 0) log.count("dead", incident.dead);
    if (incident.missing > 0) log.count("missing", incident.missing);
    if (incident.injured > 0) log.count("injured", incident.injured);
    log.text("perpetrator", incident.perpetrator);
    log.text("description", incident.text->description);
    log.text("route", incident.route);
    // Victims who told a caseworker are one kind of source; counts alone come from reports.
    const bool told = !incident.victims.empty();
    log.text("source", told ? "testimony of the victims to a caseworker"
                            : "media reports and NGO monitoring");
    log.count("source_quality", told ? 3 : 2);
    if (!told) {
      // Counted after the fact: the month is known, not the day.
      log.text("date",
               format_rfc3339(Timestamp{incident.reported_at * kMicrosPerSecond}).substr(0, 7));
      log.flag("date_estimated", true);
    }
    write_progress(incident, id, book.seed(), log);
    written += log.write_to(out);
  }
  book.incidents.clear();
  return written;
}

}  // namespace haven::demo
