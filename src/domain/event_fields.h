#pragma once
// Private to the domain module: the parsed form of an event's body.

#include <nlohmann/json.hpp>
#include <string>
#include <tuple>

#include "haven/domain/event.h"

namespace haven::domain {

struct EventFields {
  nlohmann::json json;
};

// The parsed body of an event: the cached one, or parsed now from `body`.
std::shared_ptr<const EventFields> fields_of(const Event& event);

// A string field of the body, or "" when absent or not a string.
std::string string_field(const nlohmann::json& body, const char* name);

// The body fields worth showing in a record's document: all but the envelope.
inline nlohmann::json record_fields(const nlohmann::json& body) {
  nlohmann::json out = body;
  out.erase("type");
  out.erase("occurred_at");
  return out;
}

// The status a referral event leaves the referral in: `referral.accepted` → accepted, and
// `referral.consent_withdrawn` → withdrawn (the person and the referral folds agree on it).
inline std::string referral_status_after(const std::string& type) {
  if (type == "referral.consent_withdrawn") return "withdrawn";
  return type.substr(std::string_view("referral.").size());
}

// The order folds apply events in: when it happened, when it was written down, then its id.
using FoldKey = std::tuple<Timestamp, Timestamp, std::string>;
inline FoldKey key_of(const Event& event) {
  return std::make_tuple(event.occurred_at, event.recorded_at, event.id);
}

// Where a record fold stands in its history: the last event applied and how many there were.
struct FoldPosition {
  FoldKey last{};
  std::int64_t events = 0;

  // Moves on to `event`; false (and no move) when it is older than the last one applied,
  // which means the caller must fold again from the full, sorted history.
  bool advance(const Event& event) {
    auto key = key_of(event);
    if (events > 0 && key < last) return false;
    last = std::move(key);
    ++events;
    return true;
  }
};

}  // namespace haven::domain
