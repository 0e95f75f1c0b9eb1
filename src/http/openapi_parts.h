#pragma once
// Pieces of the OpenAPI document (openapi.cpp puts them together): the paths, and the
// schemas that are not generated from the vocabulary.

#include <nlohmann/json.hpp>

#include <span>

#include "haven/domain/vocabulary.h"

namespace haven::http {

// Problem, EventsRequest, EventsRecorded, Person, PersonPage, Record, Health.
nlohmann::ordered_json common_schemas();

// The `paths` object: one entry per route in routes().
nlohmann::ordered_json path_items();

// Shared pieces (openapi_paths.cpp): a reference to a schema of the document, a JSON
// content of `schema`, a 200 answer of `schema`, a problem+json answer, and a query
// parameter.
nlohmann::ordered_json ref(const char* schema);
nlohmann::ordered_json json_content(nlohmann::ordered_json schema);
nlohmann::ordered_json ok_response(const char* description, const char* schema);
nlohmann::ordered_json problem(const char* description);
nlohmann::ordered_json query(const char* name, nlohmann::ordered_json schema,
                             const char* description);

// GET /api/v1/persons/possible-duplicates's path item, and the schemas of what the
// record-linkage engine answers: EventsRecorded (with a registration's findings),
// PossibleDuplicate, PossibleDuplicates, TracingCandidates (openapi_linkage.cpp).
nlohmann::ordered_json possible_duplicates_item();
nlohmann::ordered_json linkage_schemas();

// GET /api/v1/dashboard's path item, and the Dashboard and DetentionClock schemas
// (openapi_dashboard.cpp).
nlohmann::ordered_json dashboard_item();
nlohmann::ordered_json dashboard_schemas();
// GET /api/v1/duplicates's path item (openapi_dashboard.cpp).
nlohmann::ordered_json duplicates_item();

// The statistics routes' path items and the StatsIndicators, StatsTables and StatsTable
// schemas (openapi_stats.cpp).
nlohmann::ordered_json stats_indicators_item();
nlohmann::ordered_json stats_tables_item();
nlohmann::ordered_json stats_table_item();
nlohmann::ordered_json stats_schemas();

}  // namespace haven::http
