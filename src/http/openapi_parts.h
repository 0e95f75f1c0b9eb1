#pragma once
// Pieces of the OpenAPI document (openapi.cpp puts them together): the paths, and the
// schemas that are not generated from the vocabulary.

#include <nlohmann/json.hpp>

#include <span>

#include "haven/domain/vocabulary.h"

namespace haven::http {

// The parts of a `location` and of a tracing request's `sought` person.

// Problem, EventsRequest, EventsRecorded, Person, PersonPage, Record, Health.
nlohmann::ordered_json common_schemas();

// The `paths` object: one entry per route in routes().
nlohmann::ordered_json path_items();

// GET /api/v1/dashboard's path item, and the Dashboard and DetentionClock schemas
// (openapi_dashboard.cpp).
nlohmann::ordered_json dashboard_item();
nlohmann::ordered_json dashboard_schemas();
// GET /api/v1/duplicates's path item (openapi_dashboard.cpp).
nlohmann::ordered_json duplicates_item();

}  // namespace haven::http
