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

// The order folds apply events in: when it happened, when it was written down, then its id.
using FoldKey = std::tuple<Timestamp, Timestamp, std::string>;
inline FoldKey key_of(const Event& event) {
  return std::make_tuple(event.occurred_at, event.recorded_at, event.id);
}

}  // namespace haven::domain
