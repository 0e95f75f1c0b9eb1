#pragma once
// Private to the demo module: the events of one record (a person, an incident), built as
// JSON text by direct appends and written out in time order. A history is generated as
// several threads (detention, referrals, child protection) that interleave in time; the
// buffer sorts them, so each person's events reach the file contiguous and in order, the
// way the importer reads fastest. Not thread-safe; one per generating thread.

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "haven/core/json_text.h"

namespace haven::demo {

// Seconds since the Unix epoch, UTC: the demo's clock has no finer grain.
using Seconds = std::int64_t;
inline constexpr Seconds kMinute = 60;
inline constexpr Seconds kHour = 3600;
inline constexpr Seconds kDay = 86400;

// Appends `at` as RFC 3339 in the local time of a place `offset_minutes` from UTC, with the
// offset: 2026-03-01T10:00:00+01:00.
void append_local_time(std::string& out, Seconds at, int offset_minutes);

class EventBuffer {
 public:
  // Every event must lie strictly before `limit`.
  explicit EventBuffer(Seconds limit);

  // Starts a new record. `person_id` is written first in events begun with begin_person.
  void clear(std::string_view person_id = {});
  // Ends the record's history at `at` (a return, say): events from then on are dropped.
  void close_at(Seconds at);
  // The instant events must precede: the limit, or where the history was closed.
  Seconds horizon() const { return horizon_; }

  // Begins an event of `type` at `at`, where the local offset is `offset_minutes`. Returns
  // false, and the caller adds no fields, when `at` is not before the horizon.
  bool begin(Seconds at, int offset_minutes, std::string_view type);
  // The same, with the record's `person_id` as the first field.
  bool begin_person(Seconds at, int offset_minutes, std::string_view type);

  // Fields of the event begun last.
  void text(std::string_view key, std::string_view value);
  void flag(std::string_view key, bool value);
  void count(std::string_view key, std::int64_t value);
  void texts(std::string_view key, std::span<const std::string_view> values);
  void location(std::string_view country, std::string_view place);
  void begin_object(std::string_view key);
  void end_object();

  // Appends the events before the horizon, oldest first (ties keep the order they were
  // begun in), to `out` and returns how many there were. The buffer is then empty.
  std::int64_t write_to(std::string& out);

 private:
  struct Entry {
    Seconds at;
    std::uint32_t begin;
    std::uint32_t end;
  };
  void key(std::string_view name);
  void finish_event();

  Seconds limit_;
  Seconds horizon_;
  std::string person_id_;
  std::string text_;
  std::vector<Entry> entries_;
  bool open_ = false;
  bool need_comma_ = false;
};

}  // namespace haven::demo
