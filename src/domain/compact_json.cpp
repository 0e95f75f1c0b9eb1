#include "domain/compact_json.h"

#include <charconv>

#include "haven/core/json_text.h"

namespace haven::domain {
void append_compact(const nlohmann::json& value, std::string& out) {
  using Type = nlohmann::json::value_t;
  switch (value.type()) {
    case Type::object: {
      out += '{';
      bool first = true;
      for (auto it = value.begin(); it != value.end(); ++it) {
        if (!first) out += ',';
        first = false;
        append_json_string(out, it.key());
        out += ':';
        append_compact(it.value(), out);
      }
      out += '}';
      return;
    }
    case Type::array: {
      out += '[';
      for (std::size_t i = 0; i < value.size(); ++i) {
        if (i > 0) out += ',';
        append_compact(value[i], out);
      }
      out += ']';
      return;
    }
    case Type::string:
      append_json_string(out, value.get_ref<const std::string&>());
      return;
    case Type::boolean:
      out += value.get<bool>() ? "true" : "false";
      return;
    case Type::number_integer:
    case Type::number_unsigned: {
      char buffer[24];
      const auto [end, error] =
          value.is_number_unsigned()
              ? std::to_chars(buffer, buffer + sizeof buffer, value.get<std::uint64_t>())
              : std::to_chars(buffer, buffer + sizeof buffer, value.get<std::int64_t>());
      out.append(buffer, end);
      return;
    }
    case Type::number_float:
      out += value.dump();  // rare in events; nlohmann prints floats that round-trip
      return;
    default:
      out += "null";
      return;
  }
}

}  // namespace haven::domain
