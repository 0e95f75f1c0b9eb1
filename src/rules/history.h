#pragma once
// A person's history as the rules read it: the events that count (voided ones taken out),
// in the order they happened, with their fields parsed, and the detention episodes they
// make up. Internal to the rules module.

#include <nlohmann/json.hpp>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "haven/core/time.h"
#include "haven/domain/event.h"

namespace haven::rules {

struct Fact {
  std::string event_id;
  std::string type;
  Timestamp at;
  std::string subject;
  nlohmann::json fields;

  std::string text(const char* key) const;
  bool flag(const char* key) const;
  std::vector<std::string> list(const char* key) const;
};

// The facts that count, oldest first (ties keep recording order).
std::vector<Fact> facts_of(std::span<const domain::Event> events);

// Who the person is at a moment: identity and vulnerability facts folded up to then.
struct Identity {
  std::vector<std::string> nationalities;
  std::string migration_status;
  std::string birth_date;
  bool birth_date_estimated = false;
  bool age_disputed = false;   // disputed and not yet assessed
  bool unaccompanied = false;  // identified as an unaccompanied or separated child
  std::vector<std::string> vulnerabilities;
  // The country where the person is (`location.country`), when recorded.
  std::string location_country;

  void apply(const Fact& fact);
  // Under `adult_age` on `when`; an unknown birth date is not a child, a disputed age is.
  bool is_child(Timestamp when, int adult_age) const;
  bool has_vulnerability(std::string_view code) const;
  // Whether the person asked for protection, and so must be kept from their State's view.
  bool seeks_asylum() const;
};

// One stretch of deprivation of liberty. Transfers and successive orders continue it.
struct Episode {
  std::string first_event_id;
  Timestamp start;
  std::optional<Timestamp> end;
  // The country of the detaining State, from the start event or the person's location.
  std::string country;
  // Time already spent in detention for the same removal before this episode started
  // (episodes since the last completed return count together).
  std::int64_t detained_before = 0;
};

std::vector<Episode> detention_episodes(const std::vector<Fact>& facts);

}  // namespace haven::rules
