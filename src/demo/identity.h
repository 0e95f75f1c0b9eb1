#pragma once
// Private to the demo module: who a generated person is — corridor, nationality, names,
// birth date, languages, status, where they were registered and what harm they carry. An
// identity is a pure function of the seed and the person's index, so a later tracing
// request can look for person 12 by drawing person 12 again.

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

#include "demo/event_buffer.h"
#include "demo/random.h"
#include "demo/tables.h"
#include "haven/core/time.h"

namespace haven::demo {

// The span of time histories fit in.
struct Window {
  Seconds first;    // earliest registration
  Seconds limit;    // every event lies strictly before this
  CivilDate today;  // the UTC date of `limit`, which birth dates must not pass
};

// A name part and the Latin spelling this registration used for it.
struct NamePart {
  const NameForm* form = nullptr;
  int spelling = 0;
};

enum class ChildSituation { kNone, kUnaccompanied, kSeparated };

struct Identity {
  std::int64_t index = 0;
  std::string person_id;
  int corridor_index = 0;
  int origin_index = 0;
  const Corridor* corridor = nullptr;
  const Origin* origin = nullptr;
  // The nationality recorded: ISO alpha-3, XXA when stateless, empty when not known.
  std::string_view nationality;
  char sex = 'U';
  std::array<NamePart, 3> given{};   // 1..3 parts (syllables for Burmese)
  std::array<NamePart, 2> family{};  // 0..2 parts
  std::string given_name;            // Latin
  std::string family_name;           // Latin; empty when the tradition has none
  std::string name_original;         // own script; empty when not recorded
  std::string birth_date;            // YYYY, YYYY-MM or YYYY-MM-DD
  bool birth_estimated = false;
  int age = 0;  // whole years at registration, counted as Haven will count them
  std::array<std::string_view, 3> languages{};
  int language_count = 0;
  std::string_view status;  // migration status at registration
  const Site* site = nullptr;
  const Country* country = nullptr;
  ChildSituation situation = ChildSituation::kNone;
  std::uint32_t registered_vulnerabilities = 0;  // listed at registration
  std::uint32_t found_vulnerabilities = 0;       // what an assessment would find
  Seconds registered_at = 0;

  bool child() const { return age < 18; }
  // The State a consulate or a return belongs to: the nationality, or the country of origin
  // for a stateless person (Rohingya are returned to Myanmar all the same).
  std::string_view home() const { return origin->nationality; }
  bool has_consulate() const { return !nationality.empty() && nationality != "XXA"; }
  std::string_view first_language() const { return languages[0]; }
};

// `P-0000001` for index 0.
std::string person_id_for(std::int64_t index);
// The stream of randomness a person's identity and history are drawn from.
Random person_random(std::uint64_t seed, std::int64_t index);
// Draws person `index`'s identity from `random` (fresh from person_random).
Identity make_identity(Random& random, std::int64_t index, const Window& window);
// Writes the person.registered event; `seed` is the run's (for the country of birth).
void write_registration(const Identity& person, std::uint64_t seed, EventBuffer& log);
// Latin spellings of parts, joined by spaces; `other` picks another spelling where the name
// has one (a relative's request spells a name its own way).
std::string spell(std::span<const NamePart> parts, bool other, Random& random);
// Draws a name from a pool: given names for `female` or not, spellings chosen.
void draw_name(Random& random, const NamePool& pool, bool female, std::array<NamePart, 3>& given,
               std::array<NamePart, 2>& family);
// The original-script form of parts, or empty when one part has none.
std::string original_of(std::span<const NamePart> given, std::span<const NamePart> family,
                        NameOrder order);

}  // namespace haven::demo
