// The services directory the demo's referrals go to, and the screenings caseworkers fill in:
// each person's answers are those their circumstances give, so the findings Haven works out
// from the forms agree with what the assessments say.

#include <cstdio>

#include "demo/history.h"

namespace haven::demo {
namespace {

constexpr std::uint64_t kScreeningStream = 5;

bool has(std::uint32_t found, Vulnerability v) { return (found & bit(v)) != 0; }

void no_difficulty_except(EventBuffer& log, std::string_view domain, std::string_view answer) {
  log.begin_object("answers");
  for (std::string_view d :
       {"seeing", "hearing", "walking", "cognition", "self_care", "communication"}) {
    log.text(d, d == domain ? answer : "no_difficulty");
  }
  log.end_object();
}

// Begins a screening with `form`, a few days after registration, in office hours.
bool begin_screening(const Identity& person, const Whereabouts& where, Seconds after,
                     std::string_view form, Random& random, EventBuffer& log) {
  const Seconds wanted = after + random.between(kHour, 12 * kDay);
  const int offset = where.at(wanted).utc_offset_minutes;
  if (!log.begin_person(office_hours(wanted, offset, random), offset, "screening.recorded")) {
    return false;
  }
  log.text("form", form);
  return true;
}

}  // namespace

std::string provider_id_for(const Country& country, std::size_t index) {
  char id[32];
  std::snprintf(id, sizeof id, "PR-%.3s-%02zu", country.code.data(), index + 1);
  return id;
}

std::int64_t write_directory(const Window& window, std::string& out) {
  EventBuffer log(window.limit);
  std::int64_t written = 0;
  for (const Country* country : countries()) {
    for (std::size_t i = 0; i < country->providers.size(); ++i) {
      const Provider& provider = country->providers[i];
      log.clear();
      // Joined the directory before the first person it serves arrived.
      if (!log.begin(window.first - 30 * kDay, country->utc_offset_minutes,
                     "provider.registered")) {
        continue;
      }
      log.text("provider_id", provider_id_for(*country, i));
      log.text("name", provider.name);
      const std::string_view services[] = {provider.service};
      log.texts("services", services);
      const std::string_view languages[] = {country->official_language, "en"};
      log.texts("languages", std::span(languages, country->official_language == "en" ? 1 : 2));
      log.begin_object("location");
      log.text("country", country->code);
      log.end_object();
      log.count("capacity", static_cast<std::int64_t>(10 + (i * 17) % 60));
      written += log.write_to(out);
    }
  }
  return written;
}

void write_screenings(const Identity& person, const Whereabouts& where, std::uint64_t seed,
                      EventBuffer& log) {
  Random random(seed, kScreeningStream, static_cast<std::uint64_t>(person.index));
  const std::uint32_t found = person.found_vulnerabilities | person.registered_vulnerabilities;
  const Seconds from = person.registered_at;
  if (person.situation != ChildSituation::kNone &&
      begin_screening(person, where, from, "age_and_accompaniment", random, log)) {
    log.begin_object("answers");
    log.count("age_years", person.age);
    log.flag("age_is_estimate", person.birth_estimated);
    log.flag("with_parent_or_caregiver", false);
    log.flag("with_other_adult_relative", person.situation == ChildSituation::kSeparated);
    log.end_object();
  }
  if (has(found, Vulnerability::kDisability) &&
      begin_screening(person, where, from, "washington_group_short_set", random, log)) {
    const std::string_view domains[] = {"seeing", "hearing", "walking", "cognition"};
    no_difficulty_except(log, random.pick(domains),
                         random.percent(70) ? "a_lot_of_difficulty" : "cannot_do_at_all");
  } else if (random.percent(8) &&
             begin_screening(person, where, from, "washington_group_short_set", random, log)) {
    no_difficulty_except(log, "seeing", random.percent(20) ? "some_difficulty" : "no_difficulty");
  }
  const bool labour =
      has(found, Vulnerability::kForcedLabour) || has(found, Vulnerability::kDebtBondage);
  if (labour && begin_screening(person, where, from, "ilo_forced_labour_indicators", random, log)) {
    const bool trafficked = has(found, Vulnerability::kTraffickingVictim);
    log.begin_object("answers");
    log.flag("abuse_of_vulnerability", random.percent(60));
    log.flag("deception", trafficked || random.percent(40));
    log.flag("restriction_of_movement", random.percent(50));
    log.flag("isolation", random.percent(40));
    log.flag("physical_sexual_violence", random.percent(25));
    log.flag("intimidation_threats", random.percent(55));
    log.flag("retention_of_documents", true);
    log.flag("withholding_of_wages", true);
    log.flag("debt_bondage", has(found, Vulnerability::kDebtBondage));
    log.flag("abusive_conditions", true);
    log.flag("excessive_overtime", random.percent(60));
    log.flag("recruited_for_this_work", trafficked);
    log.end_object();
  }
  if (has(found, Vulnerability::kPregnant) &&
      begin_screening(person, where, from, "pregnancy", random, log)) {
    log.begin_object("answers");
    log.flag("pregnant", true);
    log.count("weeks", static_cast<std::int64_t>(random.between(6, 38)));
    log.flag("complications", random.percent(12));
    log.flag("antenatal_care", random.percent(40));
    log.end_object();
  }
  if (has(found, Vulnerability::kSeriousIllness) &&
      begin_screening(person, where, from, "serious_illness", random, log)) {
    log.begin_object("answers");
    log.flag("serious_or_chronic_illness", true);
    log.flag("needs_ongoing_treatment", random.percent(70));
    log.flag("treatment_interrupted", random.percent(35));
    log.end_object();
  }
  const bool torture = has(found, Vulnerability::kTortureSurvivor);
  const bool sgbv = has(found, Vulnerability::kSgbvSurvivor);
  if ((torture || sgbv) &&
      begin_screening(person, where, from, "torture_and_sgbv_disclosure", random, log)) {
    log.begin_object("answers");
    log.flag("consents_to_questions", true);
    log.flag("disclosed_torture", torture);
    log.flag("disclosed_sgbv", sgbv);
    log.flag("wants_referral", random.percent(75));
    log.end_object();
  }
}

}  // namespace haven::demo
