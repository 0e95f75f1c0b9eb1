#pragma once
// Identifiers. Persons, referrals, incidents and tracing requests carry ids chosen by the
// agency that records them (often a registration number); events get ids from Haven.

#include <atomic>
#include <cstdint>
#include <string>
#include <string_view>

#include "haven/core/time.h"

namespace haven {

// Longest id Haven accepts.
inline constexpr std::size_t kMaxIdLength = 64;

// True for 1..64 characters of letters, digits and `-_.:/`, the alphabet registration
// numbers use across agencies. Anything else (spaces, quotes, control characters) is refused
// so ids are safe in URLs, file names and logs.
bool is_valid_id(std::string_view id);

// Generates event ids: `ev-` + 14 hex digits of the time + 10 of a random start and a
// counter, so ids sort roughly by creation time and two processes never collide in practice.
// Thread-safe.
class EventIdGenerator {
 public:
  EventIdGenerator();
  std::string next(Timestamp now);

 private:
  std::atomic<std::uint64_t> counter_;
};

}  // namespace haven
