#include "haven/stats/persons.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "haven/core/codes.h"
#include "haven/domain/age.h"
#include "haven/stats/codes.h"

namespace haven::stats {
namespace {

using nlohmann::json;

constexpr const char* kResolution = "A/RES/66/172 ";

Error period_error(std::string_view text) {
  return Error{ErrorCode::kInvalidField, "period",
               "'" + std::string(text) + "' is not a period: use YYYY, YYYY-Qn or YYYY-MM", 0};
}

Timestamp start_of(int year, int month) {
  return Timestamp{days_from_civil(CivilDate{year, month, 1}) * kMicrosPerDay};
}

double days_between(Timestamp from, Timestamp to) {
  return static_cast<double>(to.micros - from.micros) / static_cast<double>(kMicrosPerDay);
}

std::optional<Timestamp> moment(const json& value) {
  if (!value.is_string()) return std::nullopt;
  auto at = parse_rfc3339(value.get<std::string>());
  if (!at) return std::nullopt;
  return *at;
}

struct Episode {
  Timestamp start;
  std::optional<Timestamp> end;
};

struct Referral {
  std::string service;
  Timestamp made;
  std::optional<Timestamp> completed;
};

// A person as the tables and indicators read them.
struct Facts {
  std::string sex;          // F, M, _O or _U
  std::string age;          // Y0T17, Y_GE18 or _U, at the end of the period
  std::string age5;         // Y0T4 … Y60T64, Y_GE65 or _U
  std::string citizenship;  // ISO 3166-1 alpha-3 (or ICAO XXA…), _U
  std::string status;       // migration status, _U
  std::string area;         // the country where they are (ISO alpha-3), _U
  std::optional<Timestamp> registered;
  std::vector<Episode> episodes;
  bool foreign_national = false;
  std::optional<Timestamp> rights_informed;
  std::optional<bool> notice_requested;
  bool notified = false;
  std::vector<Timestamp> alternatives;
  std::vector<Referral> referrals;
  std::vector<std::pair<std::string, Timestamp>> vulnerabilities;  // code, identified at
};

std::string sex_code(const std::string& sex) {
  if (sex == "F" || sex == "M") return sex;
  if (sex == "X") return "_O";
  return "_U";
}

void read_age(const json& person, const Period& period, Facts& facts) {
  facts.age = facts.age5 = "_U";
  const std::string birth = person.value("birth_date", "");
  if (birth.empty()) return;
  const bool estimated = person.value("age", json::object()).value("estimated", false);
  const auto age = domain::age_on(birth, estimated, utc_date(Timestamp{period.end.micros - 1}));
  if (!age) return;
  facts.age = age->years < 18 ? "Y0T17" : "Y_GE18";
  constexpr int kOldest = 65;
  if (age->years >= kOldest) {
    facts.age5 = "Y_GE65";
  } else {
    const int from = age->years / 5 * 5;
    facts.age5 = "Y" + std::to_string(from) + "T" + std::to_string(from + 4);
  }
}

Facts read_facts(const json& person, const Period& period) {
  Facts facts;
  facts.sex = sex_code(person.value("sex", ""));
  read_age(person, period, facts);
  const json nationalities = person.value("nationalities", json::array());
  facts.citizenship = !nationalities.empty() && nationalities[0].is_string()
                          ? nationalities[0].get<std::string>()
                          : "_U";
  const std::string status = person.value("migration_status", "");
  facts.status = status.empty() || status == "unknown" ? "_U" : status;
  const std::string country = person.value("location", json::object()).value("country", "");
  facts.area = country.empty() ? "_U" : country;
  facts.registered = moment(person.value("registered_at", json()));
  for (const json& episode : person.value("detention_episodes", json::array())) {
    auto start = moment(episode.value("started_at", json()));
    if (start) facts.episodes.push_back({*start, moment(episode.value("ended_at", json()))});
  }
  const json consular = person.value("consular", json::object());
  facts.foreign_national = consular.contains("foreign_national_identified_at");
  for (const json& informed : consular.value("rights_informed", json::array())) {
    auto at = moment(informed.value("at", json()));
    if (at && (!facts.rights_informed || *at < *facts.rights_informed)) facts.rights_informed = at;
  }
  if (const json requested = consular.value("notification_requested", json());
      requested.is_boolean()) {
    facts.notice_requested = requested.get<bool>();
  }
  facts.notified = !consular.value("notifications", json::array()).empty();
  for (const json& alternative : person.value("alternatives", json::array())) {
    auto at = moment(alternative.value("started_at", alternative.value("at", json())));
    if (at) facts.alternatives.push_back(*at);
  }
  for (const json& referral : person.value("referrals", json::array())) {
    auto made = moment(referral.value("made_at", json()));
    if (!made) continue;
    facts.referrals.push_back(
        {referral.value("service", ""), *made, moment(referral.value("completed_at", json()))});
  }
  for (const json& reason : person.value("vulnerability_reasons", json::array())) {
    auto at = moment(reason.value("at", json()));
    if (at) facts.vulnerabilities.emplace_back(reason.value("code", ""), *at);
  }
  return facts;
}

bool within(const Period& period, Timestamp at) { return period.begin <= at && at < period.end; }

// In detention at the end of the period: begun before it ended and not ended by then.
bool held_at_end(const Facts& facts, const Period& period) {
  return std::any_of(facts.episodes.begin(), facts.episodes.end(), [&](const Episode& e) {
    return e.start < period.end && (!e.end || period.end <= *e.end);
  });
}

bool entered(const Facts& facts, const Period& period) {
  return std::any_of(facts.episodes.begin(), facts.episodes.end(),
                     [&](const Episode& e) { return within(period, e.start); });
}

// The code a table publishes for a person's: a country as its M49 number where the
// breakdown asks for it (REF_AREA) and the country has one.
std::string published(const std::string& code, bool m49) {
  const std::string_view number = m49 ? country_m49(code) : std::string_view();
  return number.empty() ? code : std::string(number);
}

// A dimension whose codes are those the persons counted carry (unknown last).
Dimension observed(std::string id, std::string name, const std::vector<const Facts*>& persons,
                   std::string Facts::*field, bool countries, bool m49 = false) {
  std::set<std::string> seen;
  for (const Facts* p : persons) seen.insert(p->*field);
  Dimension d{std::move(id), std::move(name), {}, {}};
  const bool unknown = seen.erase("_U") > 0;
  for (const std::string& code : seen) {
    d.codes.push_back(published(code, m49));
    const std::string_view label = countries ? country_name(code) : std::string_view();
    d.labels.push_back(label.empty() ? code : std::string(label));
  }
  if (unknown) {
    d.codes.emplace_back("_U");
    d.labels.emplace_back("Unknown");
  }
  return d;
}

// The column of each person's code in `d` (by the field the dimension was made from).
std::vector<std::uint16_t> column(const Dimension& d, const std::vector<const Facts*>& persons,
                                  std::string Facts::*field, bool m49 = false) {
  std::map<std::string, std::uint16_t> position;
  for (std::size_t i = 0; i < d.codes.size(); ++i) {
    position[d.codes[i]] = static_cast<std::uint16_t>(i);
  }
  std::vector<std::uint16_t> out;
  out.reserve(persons.size());
  for (const Facts* p : persons) {
    out.push_back(position.at(published(p->*field, m49)));
  }
  return out;
}

Table tabulate(std::string id, std::string name, const std::vector<const Facts*>& persons,
               bool five_year_ages, bool with_status) {
  std::vector<Dimension> dimensions;
  Units units;
  units.count = persons.size();
  const auto add = [&](Dimension d, std::string Facts::*field, bool m49 = false) {
    units.columns.push_back(column(d, persons, field, m49));
    dimensions.push_back(std::move(d));
  };
  add(sex_dimension(), &Facts::sex);
  add(age_dimension(five_year_ages ? AgeBands::kFiveYear : AgeBands::kChildrenAndAdults),
      five_year_ages ? &Facts::age5 : &Facts::age);
  if (!five_year_ages) {
    add(observed("CITIZENSHIP", "Citizenship", persons, &Facts::citizenship, true),
        &Facts::citizenship);
    if (with_status) {
      Dimension status =
          observed("MIGRATION_STATUS", "Migration status", persons, &Facts::status, false);
      status.sensitive = true;  // a group all irregular says so of each of them
      add(std::move(status), &Facts::status);
    }
    add(observed("REF_AREA", "Country where registered", persons, &Facts::area, true, true),
        &Facts::area, true);
  }
  return count(std::move(id), std::move(name), std::move(dimensions), units);
}

std::optional<double> quantile(std::vector<double> values, double q) {
  if (values.empty()) return std::nullopt;
  std::sort(values.begin(), values.end());
  // The nearest-rank definition: the smallest value with at least q of them at or below.
  const auto rank = static_cast<std::size_t>(std::ceil(q * static_cast<double>(values.size())));
  return values[std::clamp<std::size_t>(rank, 1, values.size()) - 1];
}

std::optional<double> share(std::uint64_t part, std::uint64_t whole) {
  if (whole == 0) return std::nullopt;
  return static_cast<double>(part) / static_cast<double>(whole);
}

}  // namespace

Result<Period> parse_period(std::string_view text) {
  const auto number = [&](std::size_t at, std::size_t length) -> int {
    if (at + length > text.size()) return -1;
    int value = 0;
    for (std::size_t i = at; i < at + length; ++i) {
      if (text[i] < '0' || text[i] > '9') return -1;
      value = value * 10 + (text[i] - '0');
    }
    return value;
  };
  const int year = number(0, 4);
  if (year < 1900) return period_error(text);
  Period period{std::string(text), {}, {}};
  if (text.size() == 4) {
    period.begin = start_of(year, 1);
    period.end = start_of(year + 1, 1);
  } else if (text.size() == 7 && text[4] == '-' && text[5] == 'Q' && number(6, 1) >= 1 &&
             number(6, 1) <= 4) {
    const int first = (number(6, 1) - 1) * 3 + 1;
    period.begin = start_of(year, first);
    period.end = first == 10 ? start_of(year + 1, 1) : start_of(year, first + 3);
  } else if (text.size() == 7 && text[4] == '-' && number(5, 2) >= 1 && number(5, 2) <= 12) {
    const int month = number(5, 2);
    period.begin = start_of(year, month);
    period.end = month == 12 ? start_of(year + 1, 1) : start_of(year, month + 1);
  } else {
    return period_error(text);
  }
  return period;
}

// An incident as the indicators read it.
struct Incident {
  std::string category;
  std::optional<Timestamp> reported;
  std::uint64_t dead = 0;
  std::uint64_t missing = 0;
  std::vector<std::pair<std::string, Timestamp>> stages;  // how far justice went, and when
};

// A tracing request as the indicators read it.
struct Tracing {
  std::optional<Timestamp> requested;
  std::string status;  // open, matched or reunified
  std::optional<Timestamp> reunified;
};

// Whether an incident had reached `stage` (or a later one) by the end of the period: the
// stages of justice, in order.
bool reached(const Incident& incident, std::string_view stage, const Period& period) {
  static constexpr std::array<std::string_view, 4> kOrder = {
      "reported_to_authorities", "investigated", "prosecuted", "convicted"};
  const auto rank = [](std::string_view s) {
    return std::find(kOrder.begin(), kOrder.end(), s) - kOrder.begin();
  };
  return std::any_of(incident.stages.begin(), incident.stages.end(), [&](const auto& s) {
    return s.second < period.end && rank(s.first) < static_cast<std::ptrdiff_t>(kOrder.size()) &&
           rank(s.first) >= rank(stage);
  });
}

std::uint64_t count_of(const json& value) {
  return value.is_number_unsigned() ? value.get<std::uint64_t>() : 0;
}

struct PeriodStatistics::Impl {
  Period period;
  std::vector<Facts> persons;
  std::vector<Incident> incidents;
  std::vector<Tracing> tracing;

  // Crimes against migrants reported in the period, by category, and how many reached each
  // stage of justice by its end (op.5(b): impunity); deaths and disappearances in transit
  // (SDG 10.7.3, as the Missing Migrants Project counts them: minimum estimates).
  void incident_indicators(std::vector<Indicator>& out) const {
    const std::string r = kResolution;
    std::uint64_t reported = 0, to_authorities = 0, investigated = 0, prosecuted = 0, convicted = 0,
                  dead = 0, missing = 0;
    std::map<std::string, std::uint64_t> by_category;
    for (const Incident& i : incidents) {
      if (!i.reported || !within(period, *i.reported)) continue;
      dead += i.dead;
      missing += i.missing;
      // Deaths and disappearances are counted above; the rest are crimes and violations.
      if (i.category == "death_in_transit" || i.category == "disappearance") continue;
      ++reported;
      ++by_category[i.category];
      to_authorities += reached(i, "reported_to_authorities", period);
      investigated += reached(i, "investigated", period);
      prosecuted += reached(i, "prosecuted", period);
      convicted += reached(i, "convicted", period);
    }
    const auto n = [](std::uint64_t v) { return std::optional<double>(static_cast<double>(v)); };
    out.push_back({"incidents_reported", "Crimes and violations against migrants reported",
                   r + "op.4(e), op.5(b)", "incidents", n(reported), reported});
    for (const auto& [category, count] : by_category) {
      out.push_back({"incidents_" + category, "Incidents reported: " + category,
                     r + "op.4(e), op.5(b)", "incidents", n(count), count});
    }
    out.push_back({"incidents_to_authorities_share",
                   "Incidents reported in the period that reached the authorities", r + "op.5(b)",
                   "share", share(to_authorities, reported), reported});
    out.push_back({"incidents_investigated_share", "Incidents that reached investigation",
                   r + "op.5(b)", "share", share(investigated, reported), reported});
    out.push_back({"incidents_prosecuted_share", "Incidents that reached prosecution",
                   r + "op.5(b)", "share", share(prosecuted, reported), reported});
    out.push_back({"incidents_convicted_share", "Incidents that reached a conviction",
                   r + "op.5(b)", "share", share(convicted, reported), reported});
    out.push_back({"dead_in_transit", "Migrants dead in transit (minimum estimate; SDG 10.7.3)",
                   r + "op.4(e)", "persons", n(dead), dead});
    out.push_back({"missing_in_transit",
                   "Migrants missing in transit (minimum estimate; SDG 10.7.3)", r + "op.4(e)",
                   "persons", n(missing), missing});
  }

  // Tracing requests made in the period and how many have found the person sought (as the
  // requests stand when counted: a request keeps no history of when it was matched);
  // families reunified in the period (op.5(c), op.5(e), op.5(h)).
  void tracing_indicators(std::vector<Indicator>& out) const {
    const std::string r = kResolution;
    std::uint64_t made = 0, resolved = 0, reunified = 0;
    for (const Tracing& t : tracing) {
      if (t.reunified && within(period, *t.reunified)) ++reunified;
      if (!t.requested || !within(period, *t.requested)) continue;
      ++made;
      resolved += t.status == "matched" || t.status == "reunified";
    }
    const auto n = [](std::uint64_t v) { return std::optional<double>(static_cast<double>(v)); };
    out.push_back({"tracing_requests", "Family tracing requests made",
                   r + "op.5(c), op.5(e), op.5(h)", "requests", n(made), made});
    out.push_back({"tracing_requests_resolved_share",
                   "Tracing requests made in the period that have found the person sought",
                   r + "op.5(c), op.5(e), op.5(h)", "share", share(resolved, made), made});
    out.push_back({"families_reunified", "Families reunified", r + "op.5(c), op.5(e), op.5(h)",
                   "families", n(reunified), reunified});
  }

  std::vector<const Facts*> where(const std::function<bool(const Facts&)>& keep) const {
    std::vector<const Facts*> out;
    for (const Facts& p : persons) {
      if (keep(p)) out.push_back(&p);
    }
    return out;
  }
};

PeriodStatistics::PeriodStatistics(Period period) : impl_(std::make_unique<Impl>()) {
  impl_->period = std::move(period);
}
PeriodStatistics::~PeriodStatistics() = default;
PeriodStatistics::PeriodStatistics(PeriodStatistics&&) noexcept = default;
PeriodStatistics& PeriodStatistics::operator=(PeriodStatistics&&) noexcept = default;

Status PeriodStatistics::add(std::string_view projection) {
  const json person = json::parse(projection, nullptr, false);
  if (!person.is_object()) {
    return Fail(ErrorCode::kInvalidDocument, "", "a person's projection is not a JSON object");
  }
  if (person.value("merged_into", json()).is_string()) return Status::Ok();
  impl_->persons.push_back(read_facts(person, impl_->period));
  return Status::Ok();
}

Status PeriodStatistics::add_incident(std::string_view projection) {
  const json doc = json::parse(projection, nullptr, false);
  if (!doc.is_object()) {
    return Fail(ErrorCode::kInvalidDocument, "", "an incident's projection is not a JSON object");
  }
  Incident incident{doc.value("category", ""),
                    moment(doc.value("reported_at", json())),
                    count_of(doc.value("dead", json())),
                    count_of(doc.value("missing", json())),
                    {}};
  for (const json& stage : doc.value("stages", json::array())) {
    auto at = moment(stage.value("at", json()));
    if (at) incident.stages.emplace_back(stage.value("stage", ""), *at);
  }
  impl_->incidents.push_back(std::move(incident));
  return Status::Ok();
}

Status PeriodStatistics::add_tracing_request(std::string_view projection) {
  const json doc = json::parse(projection, nullptr, false);
  if (!doc.is_object()) {
    return Fail(ErrorCode::kInvalidDocument, "",
                "a tracing request's projection is not a JSON object");
  }
  const json reunified = doc.value("reunified", json());
  impl_->tracing.push_back(
      {moment(doc.value("requested_at", json())), doc.value("status", ""),
       reunified.is_object() ? moment(reunified.value("at", json())) : std::nullopt});
  return Status::Ok();
}

std::vector<PeriodStatistics::TableInfo> PeriodStatistics::tables() {
  const std::string r = kResolution;
  return {
      {"registered",
       "Persons registered in the period, by sex, age, citizenship, migration status and country",
       r + "op.9(d)"},
      {"registered_by_age", "Persons registered in the period, by sex and five-year age group",
       r + "op.9(d)"},
      {"detained_at_end",
       "Persons in detention at the end of the period, by sex, age, citizenship and country",
       r + "op.4(a)"},
      {"entered_detention",
       "Persons who entered detention in the period, by sex, age, citizenship and country",
       r + "op.4(a)"},
  };
}

Result<Table> PeriodStatistics::table(std::string_view name) const {
  const Period& period = impl_->period;
  const auto registered = [&](const Facts& p) {
    return p.registered && within(period, *p.registered);
  };
  if (name == "registered") {
    return tabulate("REGISTERED", "Persons registered", impl_->where(registered), false, true);
  }
  if (name == "registered_by_age") {
    return tabulate("REGISTERED_AGE", "Persons registered", impl_->where(registered), true, false);
  }
  if (name == "detained_at_end") {
    return tabulate("DETAINED_END", "Persons in detention at the end of the period",
                    impl_->where([&](const Facts& p) { return held_at_end(p, period); }), false,
                    false);
  }
  if (name == "entered_detention") {
    return tabulate("DETENTION_ENTRIES", "Persons who entered detention",
                    impl_->where([&](const Facts& p) { return entered(p, period); }), false, false);
  }
  std::string names;
  for (const TableInfo& t : tables()) names += (names.empty() ? "" : ", ") + t.name;
  return Error{ErrorCode::kInvalidField, "table",
               "no table '" + std::string(name) + "': there are " + names, 0};
}

std::vector<Indicator> PeriodStatistics::indicators() const {
  const Period& period = impl_->period;
  const std::string r = kResolution;
  std::uint64_t registered = 0, held = 0, entries = 0, children_held = 0;
  std::vector<double> days;           // episodes ended in the period, or going on at its end
  std::vector<double> hours_to_tell;  // detention to consular rights told
  std::uint64_t foreign_detained = 0, told = 0, requested = 0, requested_sent = 0;
  std::uint64_t alternatives = 0, referrals = 0, completed = 0;
  std::vector<double> days_to_complete;
  std::map<std::string, std::uint64_t> victims;  // form of exploitation → persons
  for (const Facts& p : impl_->persons) {
    registered += p.registered && within(period, *p.registered);
    const bool at_end = held_at_end(p, period);
    held += at_end;
    children_held += at_end && p.age == "Y0T17";
    for (const Episode& e : p.episodes) {
      if (!within(period, e.start)) continue;
      ++entries;
      if (p.foreign_national) {
        ++foreign_detained;
        if (p.rights_informed && *p.rights_informed >= e.start) {
          ++told;
          hours_to_tell.push_back(days_between(e.start, *p.rights_informed) * 24.0);
        }
      }
    }
    // Lengths of the episodes that ended in the period, and so far of those going on at
    // its end.
    for (const Episode& e : p.episodes) {
      const bool ended_in = e.end && within(period, *e.end);
      const bool going_on = e.start < period.end && (!e.end || period.end <= *e.end);
      if (ended_in) days.push_back(days_between(e.start, *e.end));
      if (going_on) days.push_back(days_between(e.start, period.end));
    }
    if (p.notice_requested.value_or(false) && entered(p, period)) {
      ++requested;
      requested_sent += p.notified;
    }
    alternatives += std::any_of(p.alternatives.begin(), p.alternatives.end(),
                                [&](Timestamp at) { return within(period, at); });
    for (const Referral& referral : p.referrals) {
      if (!within(period, referral.made)) continue;
      ++referrals;
      if (referral.completed) {
        ++completed;
        days_to_complete.push_back(days_between(referral.made, *referral.completed));
      }
    }
    std::set<std::string> forms;
    for (const auto& [code, at] : p.vulnerabilities) {
      if (within(period, at)) forms.insert(code);
    }
    for (const std::string& form : forms) ++victims[form];
  }
  const auto persons = [](std::uint64_t n) {
    return std::optional<double>(static_cast<double>(n));
  };
  std::vector<Indicator> out = {
      {"persons_registered", "Persons registered", r + "op.9(d)", "persons", persons(registered),
       registered},
      {"detained_at_end", "Persons in detention at the end of the period", r + "op.4(a)", "persons",
       persons(held), held},
      {"entered_detention", "Persons who entered detention", r + "op.4(a)", "persons",
       persons(entries), entries},
      {"children_detained_at_end", "Children in detention at the end of the period",
       r + "op.4(a), op.5(e)", "persons", persons(children_held), children_held},
      {"detention_days_median", "Length of detention, median", r + "op.4(a), op.4(c)", "days",
       quantile(days, 0.5), days.size()},
      {"detention_days_p90", "Length of detention, 90th percentile", r + "op.4(a), op.4(c)", "days",
       quantile(days, 0.9), days.size()},
      {"consular_rights_told_share",
       "Foreign nationals detained in the period who were told of their consular rights",
       r + "op.4(g)", "share", share(told, foreign_detained), foreign_detained},
      {"consular_rights_told_hours_median",
       "Hours from detention to being told of consular rights, median", r + "op.4(g)", "hours",
       quantile(hours_to_tell, 0.5), hours_to_tell.size()},
      {"consular_notice_sent_when_requested_share",
       "Consular notices sent, of those requested by persons detained in the period", r + "op.4(g)",
       "share", share(requested_sent, requested), requested},
      {"alternatives_to_detention", "Persons placed in an alternative to detention",
       r + "op.4(a), op.4(d)", "persons", persons(alternatives), alternatives},
      {"referrals_made", "Referrals to services made", r + "op.5, op.7", "referrals",
       persons(referrals), referrals},
      {"referrals_completed_share", "Referrals made in the period and completed", r + "op.5, op.7",
       "share", share(completed, referrals), referrals},
      {"referral_days_to_complete_median", "Days from referral to completion, median",
       r + "op.5, op.7", "days", quantile(days_to_complete, 0.5), days_to_complete.size()},
  };
  impl_->incident_indicators(out);
  impl_->tracing_indicators(out);
  // Forms of exploitation (SDG 16.2.2's breakdowns) inform the paragraphs on trafficking and
  // its victims; other vulnerable situations the paragraph on them as a whole.
  static const std::set<std::string> kExploitation = {"forced_labour",   "debt_bondage",
                                                      "trafficking",     "sexual_exploitation",
                                                      "forced_marriage", "child_labour"};
  for (const auto& [form, n] : victims) {
    const bool exploitation = kExploitation.contains(form);
    out.push_back({"identified_" + form, "Persons identified in the period: " + form,
                   r + (exploitation ? "op.5(i), op.7" : "op.5"), "persons", persons(n), n});
  }
  return out;
}

}  // namespace haven::stats
