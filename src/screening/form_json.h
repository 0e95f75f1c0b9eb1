#pragma once
// Private to the screening module: a form as parsed JSON.

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "haven/core/result.h"

namespace haven::screening {

// A form's questions, looked up by id.
struct Questions {
  const nlohmann::json* list;
  const nlohmann::json* find(const std::string& id) const;
};

// Parses and checks a form definition (see check_form).
Result<nlohmann::json> parse_form(std::string_view text);

// What `answers` find under a parsed, checked form: the array `findings` returns.
Result<nlohmann::json> evaluate(const nlohmann::json& form, const nlohmann::json& answers);

}  // namespace haven::screening
