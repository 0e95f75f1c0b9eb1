#include "demo/event_buffer.h"

#include "haven/core/time.h"

namespace haven::demo {
namespace {

void append_two(std::string& out, int value) {
  out += static_cast<char>('0' + value / 10);
  out += static_cast<char>('0' + value % 10);
}

}  // namespace

void append_local_time(std::string& out, Seconds at, int offset_minutes) {
  const Seconds local = at + Seconds{offset_minutes} * kMinute;
  Seconds days = local / kDay;
  Seconds rest = local % kDay;
  if (rest < 0) {
    rest += kDay;
    --days;
  }
  const CivilDate date = civil_from_days(days);
  const int year = date.year;
  append_two(out, year / 100);
  append_two(out, year % 100);
  out += '-';
  append_two(out, date.month);
  out += '-';
  append_two(out, date.day);
  out += 'T';
  append_two(out, static_cast<int>(rest / kHour));
  out += ':';
  append_two(out, static_cast<int>(rest / kMinute % 60));
  out += ':';
  append_two(out, static_cast<int>(rest % 60));
  const int offset = offset_minutes < 0 ? -offset_minutes : offset_minutes;
  out += offset_minutes < 0 ? '-' : '+';
  append_two(out, offset / 60);
  out += ':';
  append_two(out, offset % 60);
}

EventBuffer::EventBuffer(Seconds limit) : limit_(limit), horizon_(limit) {
  text_.reserve(8192);
  entries_.reserve(64);
}

void EventBuffer::clear(std::string_view person_id) {
  person_id_.assign(person_id);
  text_.clear();
  entries_.clear();
  open_ = false;
  horizon_ = limit_;
}

void EventBuffer::close_at(Seconds at) {
  if (at < horizon_) horizon_ = at;
}

void EventBuffer::finish_event() {
  if (!open_) return;
  text_ += "}\n";
  entries_.back().end = static_cast<std::uint32_t>(text_.size());
  open_ = false;
}

bool EventBuffer::begin(Seconds at, int offset_minutes, std::string_view type) {
  finish_event();
  if (at >= horizon_) return false;
  entries_.push_back({at, static_cast<std::uint32_t>(text_.size()), 0});
  text_ += "{\"type\":";
  append_json_string(text_, type);
  text_ += ",\"occurred_at\":\"";
  append_local_time(text_, at, offset_minutes);
  text_ += '"';
  open_ = true;
  need_comma_ = true;
  return true;
}

bool EventBuffer::begin_person(Seconds at, int offset_minutes, std::string_view type) {
  if (!begin(at, offset_minutes, type)) return false;
  text("person_id", person_id_);
  return true;
}

void EventBuffer::key(std::string_view name) {
  if (need_comma_) text_ += ',';
  append_json_string(text_, name);
  text_ += ':';
  need_comma_ = true;
}

void EventBuffer::text(std::string_view name, std::string_view value) {
  key(name);
  append_json_string(text_, value);
}

void EventBuffer::flag(std::string_view name, bool value) {
  key(name);
  text_ += value ? "true" : "false";
}

void EventBuffer::count(std::string_view name, std::int64_t value) {
  key(name);
  text_ += std::to_string(value);
}

void EventBuffer::texts(std::string_view name, std::span<const std::string_view> values) {
  key(name);
  text_ += '[';
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (i > 0) text_ += ',';
    append_json_string(text_, values[i]);
  }
  text_ += ']';
}

void EventBuffer::location(std::string_view country, std::string_view place) {
  begin_object("location");
  text("country", country);
  text("place", place);
  end_object();
}

void EventBuffer::begin_object(std::string_view name) {
  key(name);
  text_ += '{';
  need_comma_ = false;
}

void EventBuffer::end_object() {
  text_ += '}';
  need_comma_ = true;
}

std::int64_t EventBuffer::write_to(std::string& out) {
  finish_event();
  // Insertion sort: a history holds a few dozen events at most, mostly in order already,
  // and it is stable, which keeps same-instant events in the order they were made.
  for (std::size_t i = 1; i < entries_.size(); ++i) {
    const Entry entry = entries_[i];
    std::size_t j = i;
    while (j > 0 && entries_[j - 1].at > entry.at) {
      entries_[j] = entries_[j - 1];
      --j;
    }
    entries_[j] = entry;
  }
  // A history closed early (by a return) drops what other threads placed after its end.
  std::int64_t written = 0;
  for (const Entry& entry : entries_) {
    if (entry.at >= horizon_) break;
    out.append(text_, entry.begin, entry.end - entry.begin);
    ++written;
  }
  clear(person_id_);
  return written;
}

}  // namespace haven::demo
