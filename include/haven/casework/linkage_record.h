#pragma once
// A registered person, or the person a tracing request seeks, as the record-linkage engine
// (haven/linkage) compares them: names in any script, birth date as known, sex, the first
// nationality. One conversion for registration's duplicate check, tracing and dedupe.

#include <nlohmann/json_fwd.hpp>

#include "haven/linkage/link.h"
#include "haven/linkage/records.h"

namespace haven::casework {

// From a person's document (GET /persons/{id}) or a registration's fields, or a tracing
// request's `sought` object: given_name and family_name when present, otherwise
// name_original split into its first part and the rest; birth_date (YYYY, YYYY-MM,
// YYYY-MM-DD) with birth_date_estimated; sex; nationalities[0] or nationality. `id` is the
// person (or request) the record stands for. Unreadable values are left unknown.
linkage::Record linkage_record(const std::string& id, const nlohmann::json& person);

// What the comparison rests on, for a caseworker to compare by eye: the given_name,
// family_name, name_original, birth_date, sex and nationalities `person` has (a person's
// document as the caller was shown it).
nlohmann::json compared_facts(const nlohmann::json& person);

// `match` or `review`, as the API writes the engine's decision.
const char* decision_name(linkage::Decision decision);

}  // namespace haven::casework
