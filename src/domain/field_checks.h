#pragma once
// Private to the domain module: checks one field value against its kind in the vocabulary.

#include <nlohmann/json.hpp>
#include <string>

#include "haven/core/result.h"
#include "haven/core/time.h"
#include "haven/domain/vocabulary.h"

namespace haven::domain {

inline constexpr std::size_t kMaxNameLength = 200;
inline constexpr std::size_t kMaxTextLength = 10'000;
inline constexpr std::int64_t kMaxCount = 10'000'000;

// Checks `value` as a field of kind `spec.kind`; errors name `path` (e.g. `location.country`).
// `today` bounds birth dates.
Status check_field(const FieldSpec& spec, const nlohmann::json& value, std::string_view path,
                   CivilDate today);

}  // namespace haven::domain
