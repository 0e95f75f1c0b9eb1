#pragma once
// Private to the domain module: writes a JSON value as compact text, keys in the order the
// value holds them (sorted, for nlohmann::json). Several times faster than json::dump,
// which decodes every UTF-8 sequence: text here was validated as UTF-8 when it came in, so
// it is copied as is, escaping only quotes, backslashes and control characters.

#include <nlohmann/json.hpp>
#include <string>

namespace haven::domain {

void append_compact(const nlohmann::json& value, std::string& out);

inline std::string compact(const nlohmann::json& value) {
  std::string out;
  out.reserve(256);
  append_compact(value, out);
  return out;
}

}  // namespace haven::domain
