#pragma once
// Private to the stats module: persons, incidents and tracing requests as the period's tables
// and indicators read them (read once from their projections), and the state PeriodStatistics
// keeps. The tables are in persons_tables.cpp, the indicators in persons_indicators.cpp.

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "haven/stats/persons.h"

namespace haven::stats {

struct Episode {
  Timestamp start;
  std::optional<Timestamp> end;
  std::string authority;                // who ordered it; empty when not recorded
  std::string facility;                 // where first held; empty when not recorded
  std::vector<std::string> extensions;  // the grounds of each extension ordered
};

struct Referral {
  std::string service;
  Timestamp made;
  std::optional<Timestamp> completed;
};

// A person as the tables and indicators read them. Codes are as published (SEX: F, M, _O,
// _U); `_U` stands for anything unknown.
struct Facts {
  std::string id;
  std::string sex;                         // F, M, _O or _U
  std::string age;                         // Y0T17, Y_GE18 or _U, at the end of the period
  std::string age5;                        // Y0T4 … Y60T64, Y_GE65 or _U
  std::string citizenship;                 // ISO 3166-1 alpha-3 (or ICAO XXA…), _U
  std::vector<std::string> nationalities;  // all of them, as recorded
  std::string birth_country;               // ISO 3166-1 alpha-3, _U
  std::string status;                      // migration status, _U
  std::string area;                        // the country where they are (ISO alpha-3), _U
  std::string place;                       // the town or crossing point there; empty if none
  std::string agency;                      // who registered them; empty when not recorded
  std::optional<Timestamp> registered;
  std::vector<Episode> episodes;
  bool foreign_national = false;
  std::optional<Timestamp> rights_informed;
  std::optional<bool> notice_requested;
  std::vector<std::string> consulates_notified;  // alpha-3 of each consulate told
  std::vector<Timestamp> alternatives;
  std::vector<Referral> referrals;
  // Every code carried now, with when it was first recorded (when known).
  std::vector<std::pair<std::string, std::optional<Timestamp>>> vulnerabilities;
  std::vector<std::pair<std::string, Timestamp>> reasons;  // screenings' findings: code, at
  // Returns completed: where to, and when.
  std::vector<std::pair<std::string, Timestamp>> returns;
};

// Reads a person's projection (a JSON object) for `period`.
Facts read_facts(const nlohmann::json& person, const Period& period);

// An incident as the indicators read it.
struct Incident {
  std::string category;
  std::optional<Timestamp> reported;
  std::uint64_t dead = 0;
  std::uint64_t missing = 0;
  std::vector<std::pair<std::string, Timestamp>> stages;  // how far justice went, and when
  std::vector<std::string> victims;                       // person ids
};

// A tracing request as the indicators read it.
struct Tracing {
  std::optional<Timestamp> requested;
  std::string status;  // open, matched or reunified
  std::optional<Timestamp> reunified;
};

// Reading projections without trusting their shape: a member of an object (null when absent or
// not an object), a member that should be an array (empty otherwise), a string member (empty
// otherwise). nlohmann's own accessors throw on a mismatch.
const nlohmann::json& json_field(const nlohmann::json& object, const char* key);
const nlohmann::json& json_list(const nlohmann::json& object, const char* key);
std::string json_text(const nlohmann::json& object, const char* key);
// An RFC 3339 instant; nothing for anything else.
std::optional<Timestamp> moment(const nlohmann::json& value);
bool within(const Period& period, Timestamp at);
double days_between(Timestamp from, Timestamp to);
// In detention at the end of the period: begun before it ended and not ended by then.
bool held_at_end(const Facts& facts, const Period& period);
// Began an episode of detention in the period.
bool entered(const Facts& facts, const Period& period);
// The nearest-rank quantile; nothing for no values.
std::optional<double> quantile(std::vector<double> values, double q);
// part / whole; nothing when whole is zero.
std::optional<double> share(std::uint64_t part, std::uint64_t whole);

// A victim of trafficking identified in the period, and the form of exploitation: SX, FL,
// MULT (both) or _U (not recorded).
struct Victim {
  const Facts* person;
  std::string form;
};

inline constexpr const char* kResolution = "A/RES/66/172 ";

struct PeriodStatistics::Impl {
  Period period;
  LegalLimits limits;
  std::vector<Facts> persons;
  std::vector<Incident> incidents;
  std::vector<Tracing> tracing;

  std::vector<const Facts*> where(const std::function<bool(const Facts&)>& keep) const;
  // Forms of exploitation the incidents naming each person as a victim record.
  std::map<std::string, std::vector<std::string>> incident_categories_by_victim() const;
  std::vector<Victim> trafficking_victims() const;

  void detention_indicators(std::vector<Indicator>& out) const;
  void consular_indicators(std::vector<Indicator>& out) const;
  void referral_indicators(std::vector<Indicator>& out) const;
  void victim_indicators(std::vector<Indicator>& out) const;
  void incident_indicators(std::vector<Indicator>& out) const;
  void tracing_indicators(std::vector<Indicator>& out) const;
};

}  // namespace haven::stats
