#include "domain/compact_json.h"

#include <charconv>

namespace haven::domain {
namespace {

void append_string(const std::string& text, std::string& out) {
  static constexpr char kHex[] = "0123456789abcdef";
  out += '"';
  std::size_t run = 0;  // start of the stretch that needs no escaping
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out.append(text, run, i - run);
    run = i + 1;
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\f':
        out += "\\f";
        break;
      default:
        out += "\\u00";
        out += kHex[c >> 4];
        out += kHex[c & 0xF];
    }
  }
  out.append(text, run, std::string::npos);
  out += '"';
}

}  // namespace

void append_compact(const nlohmann::json& value, std::string& out) {
  using Type = nlohmann::json::value_t;
  switch (value.type()) {
    case Type::object: {
      out += '{';
      bool first = true;
      for (auto it = value.begin(); it != value.end(); ++it) {
        if (!first) out += ',';
        first = false;
        append_string(it.key(), out);
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
      append_string(value.get_ref<const std::string&>(), out);
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
