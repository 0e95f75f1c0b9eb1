#pragma once
// The demo generator: realistic, reproducible histories of persons along five migration
// corridors (Central America–Mexico–United States, the Central and Eastern Mediterranean,
// the Horn of Africa–Yemen–Gulf route and the Bay of Bengal), written as the JSON Lines
// events Haven imports. Names are in their own scripts with varied Latin spellings; the
// histories hold registrations, child protection, detention with its consular and review
// duties, referrals, incidents and tracing requests — met on time, late or never, so that
// every rule has something to find.
//
// Output depends only on the options: the same options give the same bytes on every
// platform (a self-contained PRNG, integer arithmetic only). Every id is created on an
// earlier line than any line naming it, and each person's events are contiguous and in time
// order. write_demo is reentrant: concurrent calls share nothing.

#include <cstdint>
#include <functional>
#include <iosfwd>

#include "haven/core/result.h"
#include "haven/core/time.h"

namespace haven::demo {

struct DemoOptions {
  // Persons to generate (1..10,000,000).
  int persons = 500;
  // Same seed and options, same bytes out.
  std::uint64_t seed = 66172;
  // Every occurred_at is before this instant (haven/core/time.h). Must be set: the default,
  // the Unix epoch, is refused.
  Timestamp now{};
  // Histories start at most this many days before `now` (1..3,650).
  int history_days = 365;
};

// What was written.
struct DemoSummary {
  // Lines (events) written.
  std::int64_t events = 0;
  // Persons registered.
  std::int64_t persons = 0;
  // Incidents reported (`incident.reported` lines).
  std::int64_t incidents = 0;
  // Tracing requests (`tracing.requested` lines).
  std::int64_t tracing_requests = 0;
};

// Writes the demo histories as JSON Lines to `out`. Calls `progress(persons_done)` now and
// then if set. Fails with kInvalidField (naming the option) for bad options, before writing
// anything, and with kIo when `out` stops accepting output.
Result<DemoSummary> write_demo(const DemoOptions& options, std::ostream& out,
                               const std::function<void(std::int64_t)>& progress = {});

}  // namespace haven::demo
