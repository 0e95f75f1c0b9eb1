#pragma once
// How the CLI shows one member of a JSON document in a table: a string as it is, a list
// joined with commas, anything else as JSON, absent or null as "".

#include <nlohmann/json.hpp>
#include <string>

namespace haven::cli {

inline std::string text(const nlohmann::json& doc, const char* key) {
  const auto it = doc.find(key);
  if (it == doc.end() || it->is_null()) return "";
  if (it->is_array()) {
    std::string joined;
    for (const auto& item : *it) {
      joined +=
          (joined.empty() ? "" : ", ") + (item.is_string() ? item.get<std::string>() : item.dump());
    }
    return joined;
  }
  return it->is_string() ? it->get<std::string>() : it->dump();
}

}  // namespace haven::cli
