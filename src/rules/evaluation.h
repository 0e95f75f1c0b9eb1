#pragma once
// What every rule reads: the person's facts and episodes and the profile's limits, already
// in microseconds. Internal to the rules module; each rules_*.cpp file adds the
// obligations of its rules.

#include <optional>
#include <string>
#include <vector>

#include "haven/rules/evaluate.h"
#include "haven/rules/obligation.h"
#include "rules/history.h"

namespace haven::rules {

struct Profile;

// The profile's numbers as the rules use them (rules/limits.cpp fills it from a Profile).
struct Limits {
  std::int64_t rights = 0;  // consular.rights_hours
  std::int64_t notice = 0;  // consular.notice_hours
  std::vector<std::string> mandatory;
  std::vector<std::int64_t> review_schedule;  // offsets from the start; the last repeats
  std::optional<std::int64_t> max;            // detention.max_days; unset: no limit
  std::optional<std::int64_t> extension;      // detention.extension_max_days
  std::vector<std::string> extension_grounds;
  std::optional<std::int64_t> alternative;  // detention.alternative_hours
  int adult_age = 18;
  bool child_detention_prohibited = true;
  std::int64_t child_max = 0;  // children.max_hours, under last_resort
  std::int64_t guardian = 0;
  std::int64_t victim_referral = 0;
  std::int64_t referral_response = 0;
  std::int64_t investigation = 0;
  // The detaining State when an episode does not say (the profile's country); may be empty.
  std::string country;
};

struct PersonContext {
  std::string person_id;
  std::vector<Fact> facts;
  // The person's identity after each fact (identities[i] folds facts[0..i]).
  std::vector<Identity> identities;
  std::vector<Episode> episodes;
  const Limits& limits;
  // Open-ended schedules (reviews of a detention still going on) are listed up to here.
  Timestamp horizon;
};

// The person's identity folded over the facts that happened at or before `when`.
const Identity& identity_at(const PersonContext& person, Timestamp when);

// The first fact of `type` at or after `from` (and before `until`, when given) for which
// `accept` holds; null when none.
template <typename Accept>
const Fact* first_fact(const std::vector<Fact>& facts, std::string_view type, Timestamp from,
                       std::optional<Timestamp> until, Accept accept) {
  for (const auto& fact : facts) {
    if (fact.type != type || fact.at < from) continue;
    if (until && *until < fact.at) break;
    if (accept(fact)) return &fact;
  }
  return nullptr;
}

// The profile's numbers in microseconds (limits.cpp).
Limits limits_of(const Profile& profile);

// Raise this whenever a rule changes what it finds: obligations kept in a database
// (rules/current.h) under another revision are then found again from the log.
inline constexpr int kRulesRevision = 4;

// Everything the obligations depend on besides the events: the rules' revision and every
// limit. Kept obligations are valid only under the fingerprint they were made with.
std::string fingerprint(const Limits& limits);

// An open obligation of the person's: what every rule starts from.
Obligation open_obligation(const PersonContext& person, std::string rule, std::string subject,
                           Timestamp opened, Timestamp due, std::string detail);

// The status of `o` if `query` asks for it (evaluate.cpp).
std::optional<AlertStatus> wanted_status(const Obligation& o, const AlertQuery& query);
// The alert `query` asks for about `o`, if it does (evaluate.cpp).
std::optional<Alert> alert_of(const Obligation& o, const AlertQuery& query);
// The alerts of every part in one list, sorted by due time, then person, rule and subject:
// the order every alert list is given in.
std::vector<Alert> join_alerts(std::vector<std::vector<Alert>>& parts);

void add_consular_obligations(const PersonContext& person, std::vector<Obligation>& out);
void add_detention_obligations(const PersonContext& person, std::vector<Obligation>& out);
void add_protection_obligations(const PersonContext& person, std::vector<Obligation>& out);

}  // namespace haven::rules
