#pragma once
// Private to the demo module: one person's history, written as threads that interleave in
// time (movement, detention, child protection, care and referrals, status changes), and the
// casebook the histories share — ids handed out, incidents and tracing requests waiting to
// be written after the persons they name. Single-threaded: one casebook per run.

#include <array>
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include "demo/event_buffer.h"
#include "demo/identity.h"
#include "demo/random.h"
#include "demo/tables.h"

namespace haven::demo {

// Where a person is over time: where registered, then perhaps further along the route.
struct Whereabouts {
  const Country* first = nullptr;
  const Site* first_site = nullptr;
  const Country* later = nullptr;  // null when the person stays
  const Site* later_site = nullptr;
  Seconds moved_at = std::numeric_limits<Seconds>::max();

  const Country& at(Seconds t) const { return t >= moved_at && later ? *later : *first; }
  const Site& site_at(Seconds t) const {
    return t >= moved_at && later ? *later_site : *first_site;
  }
};

// What the detention thread leaves for the others to know.
struct DetentionSummary {
  bool detained = false;
  Seconds started = 0;
  const Country* country = nullptr;
  std::string_view facility;
};

// An incident waiting to be written once the persons it names are.
struct PendingIncident {
  std::uint64_t details_seed = 0;  // draws its progress through the justice system
  const IncidentText* text = nullptr;
  std::string_view perpetrator;  // the text's, or `unknown` when the victims cannot say
  std::string_view route;        // the corridor's name, as the Missing Migrants Project's routes
  IncidentPlace place{};
  Seconds reported_at = 0;
  std::vector<std::int64_t> victims;  // person indexes, all registered already
  int dead = 0;
  int missing = 0;
  int injured = 0;
};

// A tracing request waiting to be written: who asks, and for whom.
struct PendingTrace {
  Seconds at = 0;
  int offset_minutes = 0;
  std::string requester;
  std::string given_name;
  std::string family_name;
  std::string name_original;
  char sex = 'U';
  std::string birth_date;
  std::string_view nationality;
  std::string_view last_seen_place;
  // When the person sought is registered: who they are, and what a caseworker decides.
  std::string sought_person_id;
  std::string requester_person_id;  // the relative, registered too
  std::string_view relation;        // what the relative is to the person sought
  std::string rejected_person_id;   // a look-alike ruled out first; empty if none
  bool confirmed = false;
  Seconds decided_after = 0;  // how long after the request the decisions come
  Seconds reunion_at = 0;     // 0: not (yet) reunited
};

// A person seen recently, for incidents with several victims and for relatives to find.
struct RecentPerson {
  std::int64_t index;
  Seconds registered_at;
};

template <std::size_t N>
struct RecentRing {
  std::array<RecentPerson, N> people{};
  std::size_t size = 0;
  std::size_t next = 0;
  void add(RecentPerson person) {
    people[next] = person;
    next = (next + 1) % N;
    if (size < N) ++size;
  }
};

class Casebook {
 public:
  Casebook(std::uint64_t seed, const Window& window) : seed_(seed), window_(window) {}

  std::uint64_t seed() const { return seed_; }
  const Window& window() const { return window_; }
  std::string next_referral_id();
  // Remembers a person whose history is written, as a victim or relative for later ones.
  void remember(const Identity& person);
  const RecentRing<64>& recent_on(int corridor) const { return by_corridor_[corridor]; }
  const RecentRing<32>& recent_from(int corridor, int origin) const {
    return by_origin_[corridor * kOriginsPerCorridor + origin];
  }

  std::vector<PendingIncident> incidents;
  std::vector<PendingTrace> traces;
  std::int64_t incidents_written = 0;
  std::int64_t traces_written = 0;

 private:
  static constexpr int kCorridors = 8;
  static constexpr int kOriginsPerCorridor = 16;
  std::uint64_t seed_;
  Window window_;
  std::int64_t referrals_ = 0;
  std::array<RecentRing<64>, kCorridors> by_corridor_{};
  std::array<RecentRing<32>, kCorridors * kOriginsPerCorridor> by_origin_{};
};

// An agency that works on protection in the country: a psychosocial or child-protection
// provider (as `child` says), or UNHCR when there is none. It holds cases and registers persons.
std::string_view agency_in(const Country& country, bool child, Random& random);

// Moves `at` into office hours (Monday to Friday, 08:00 to 17:00 local): casework happens
// then, apprehensions at any hour.
Seconds office_hours(Seconds at, int offset_minutes, Random& random);

// The threads of a history, in the order they are drawn. Detention comes first because a
// return ends everything after it.
void write_history(const Identity& person, Random& random, Casebook& book, EventBuffer& log);
DetentionSummary write_detention(const Identity& person, Whereabouts& where, Random& random,
                                 EventBuffer& log);
// The safeguards owed from the first hours of detention (safeguards.cpp): consular rights,
// notice to the consulate, and whether an alternative was considered while the person is
// held (until `held_until`). The latter returns when an alternative was granted, or 0.
void write_consular_notice(const Identity& person, const Country& country, Seconds detained_at,
                           Random& random, EventBuffer& log);
Seconds write_alternative_considered(const Identity& person, const Country& country,
                                     Seconds detained_at, Seconds held_until, Random& random,
                                     EventBuffer& log);
void write_child_protection(const Identity& person, const Whereabouts& where, Random& random,
                            EventBuffer& log);
void write_care(const Identity& person, const Whereabouts& where, const DetentionSummary& held,
                Random& random, Casebook& book, EventBuffer& log);
// Protection cases (casework.cpp), from their own random stream under `seed`.
void write_casework(const Identity& person, const Whereabouts& where, std::uint64_t seed,
                    EventBuffer& log);
void write_referral(std::string_view service, Seconds at, const Whereabouts& where, Random& random,
                    Casebook& book, EventBuffer& log);
// Notes the incidents a history gives rise to (incidents.cpp), and the tracing requests and
// reunions (tracing.cpp); family.reunified goes straight into the person's own history.
void note_incident(const Identity& person, const DetentionSummary& held, Random& random,
                   Casebook& book);
void note_trace(const Identity& person, const Whereabouts& where, Random& random, Casebook& book,
                EventBuffer& log);
// Write what the casebook holds, then empty it; return the number of events written.
// `batch` numbers the batch of `batch_persons` persons just written, for the incidents
// nobody registered reported (deaths at sea, counted only).
std::int64_t write_incidents(Casebook& book, std::int64_t batch, std::int64_t batch_persons,
                             std::string& out);
std::int64_t write_traces(Casebook& book, std::string& out);
// The services directory (services.cpp): every country's providers, as provider.registered
// events dated before the window, written first. A provider's id, by country and position.
std::int64_t write_directory(const Window& window, std::string& out);
std::string provider_id_for(const Country& country, std::size_t index);
// Screenings with the built-in forms (services.cpp), answered as the person's circumstances
// give, from their own random stream under `seed`.
void write_screenings(const Identity& person, const Whereabouts& where, std::uint64_t seed,
                      EventBuffer& log);

}  // namespace haven::demo
