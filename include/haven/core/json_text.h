#pragma once
// Writing JSON text without a JSON library, for the hot paths that build it by hand.

#include <string>
#include <string_view>

namespace haven {

// Appends `text` as a JSON string literal, escaped exactly as nlohmann::json::dump escapes
// it: quotes, backslashes and control characters; UTF-8 is copied as it is (the caller
// vouches that it is well-formed).
void append_json_string(std::string& out, std::string_view text);

}  // namespace haven
