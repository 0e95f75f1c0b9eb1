#pragma once
// Private to the domain module: writes a JSON value as compact text, keys in the order the
// value holds them (sorted, for nlohmann::json). Several times faster than json::dump,
// which decodes every UTF-8 sequence: text here was validated as UTF-8 when it came in, so
// it is copied as is, escaping only quotes, backslashes and control characters.

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "haven/core/json_text.h"

namespace haven::domain {

void append_compact(const nlohmann::json& value, std::string& out);

// Writes one JSON object member by member, straight into `out`, for documents assembled from
// parts that need not be copied into one JSON value first. Keys come in the order written.
class ObjectWriter {
 public:
  explicit ObjectWriter(std::string& out) : out_(out) { out_ += '{'; }
  void field(std::string_view key, const nlohmann::json& value) {
    key_of(key);
    append_compact(value, out_);
  }
  void text(std::string_view key, std::string_view value) {
    key_of(key);
    append_json_string(out_, value);
  }
  // A string, or null when empty.
  void text_or_null(std::string_view key, std::string_view value) {
    if (value.empty()) return literal(key, "null");
    text(key, value);
  }
  void flag(std::string_view key, bool value) { literal(key, value ? "true" : "false"); }
  void number(std::string_view key, std::int64_t value) { literal(key, std::to_string(value)); }
  // Starts a member whose value the caller writes itself.
  std::string& open(std::string_view key) {
    key_of(key);
    return out_;
  }
  void close() { out_ += '}'; }

 private:
  void key_of(std::string_view key) {
    if (!first_) out_ += ',';
    first_ = false;
    append_json_string(out_, key);
    out_ += ':';
  }
  void literal(std::string_view key, std::string_view text) {
    key_of(key);
    out_ += text;
  }
  std::string& out_;
  bool first_ = true;
};

inline std::string compact(const nlohmann::json& value) {
  std::string out;
  out.reserve(256);
  append_compact(value, out);
  return out;
}

}  // namespace haven::domain
