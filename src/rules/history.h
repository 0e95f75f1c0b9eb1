#pragma once
// A person's history as the rules read it: the events that count (voided ones taken out),
// in the order they happened, with their fields parsed, and the detention episodes they
// make up. Internal to the rules module.

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "haven/core/time.h"
#include "haven/domain/event.h"

namespace haven::rules {

struct Fact {
  // One field: a string (one value), a boolean, or a list of strings. A field of a nested
  // object is named with a dot: `location.country`.
  struct Field {
    std::string key;
    std::vector<std::string> values;
    bool is_list = false;
    bool boolean = false;
  };

  std::string event_id;
  std::string type;
  Timestamp at;
  std::string subject;
  std::vector<Field> fields;

  bool has(std::string_view key) const;
  // A string field, or empty.
  std::string text(std::string_view key) const;
  // A boolean field that is true.
  bool flag(std::string_view key) const;
  // A list of strings (a single string counts as a list of one), or empty.
  std::vector<std::string> list(std::string_view key) const;

 private:
  const Field* field(std::string_view key) const;
};

// Reads an event body's fields (fact_fields.cpp); false when it is not JSON.
bool read_fields(std::string_view body, std::vector<Fact::Field>& out);

// The facts that count, oldest first (ties keep recording order). When `person_id` is given,
// the registration and updates of other persons (duplicates merged into this one) are left
// out: who the person is comes from their own.
std::vector<Fact> facts_of(std::span<const domain::Event> events, std::string_view person_id = {});

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
