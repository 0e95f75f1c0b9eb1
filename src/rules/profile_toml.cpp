// The only file that includes toml++: a heavy header, and a library that reports errors by
// exception, which must not leave this module (STYLE.md rule 4).

#include <toml++/toml.h>

#include <algorithm>
#include <limits>
#include <optional>
#include <vector>

#include "haven/core/text.h"
#include "rules/profile_schema.h"

namespace haven::rules {
namespace {

int line_of(const toml::source_region& region) { return static_cast<int>(region.begin.line); }

const KeySpec* find_spec(std::string_view key) {
  for (const auto& spec : kProfileKeys) {
    if (spec.key == key) return &spec;
  }
  return nullptr;
}

bool is_table_name(std::string_view name) {
  return std::find(std::begin(kProfileTables), std::end(kProfileTables), name) !=
         std::end(kProfileTables);
}

// The table part of a dotted key ("" at the top level) and the key within it.
std::pair<std::string_view, std::string_view> split_key(std::string_view key) {
  const auto dot = key.rfind('.');
  if (dot == std::string_view::npos) return {"", key};
  return {key.substr(0, dot), key.substr(dot + 1)};
}

// Why a key (or a table, written [key]) is unknown, with the likeliest key meant.
std::string unknown_message(std::string_view key, bool is_table) {
  const auto [table, leaf] = split_key(key);
  std::vector<std::string_view> siblings;
  std::string_view elsewhere;
  for (const auto& spec : kProfileKeys) {
    const auto [spec_table, spec_leaf] = split_key(spec.key);
    if (spec_table == table) {
      siblings.push_back(spec_leaf);
    } else if (spec_leaf == leaf && elsewhere.empty()) {
      elsewhere = spec_table;
    }
  }
  if (table.empty()) {
    siblings.insert(siblings.end(), std::begin(kProfileTables), std::end(kProfileTables));
  }
  std::string message = is_table ? "unknown table" : "unknown key";
  if (const auto meant = closest_key(leaf, siblings); !meant.empty()) {
    message += " (did you mean " + std::string(meant) + "?)";
  } else if (!elsewhere.empty()) {
    message += " (it belongs in [" + std::string(elsewhere) + "])";
  } else if (table.empty()) {
    message += "; the tables are [consular], [detention], [children] and [protection]";
  }
  return message;
}

std::string_view unit_name(KeyKind kind) {
  switch (kind) {
    case KeyKind::kHours:
      return "hours";
    case KeyKind::kDays:
      return "days";
    default:
      return "years";
  }
}

std::int64_t unit_max(KeyKind kind) {
  switch (kind) {
    case KeyKind::kHours:
      return kMaxHours;
    case KeyKind::kDays:
      return kMaxDays;
    default:
      return kMaxYears;
  }
}

class Reader {
 public:
  // Reads every key of the document; the first problem in line order is kept.
  void read(const toml::table& doc) {
    for (const auto& [key, node] : doc) {
      const std::string name(key.str());
      if (!is_table_name(name)) {
        read_key(name, node, line_of(key.source()));
        continue;
      }
      if (!node.is_table()) {
        note(invalid(name, "must be a table, written [" + name + "]", line_of(node.source())));
        continue;
      }
      raw_.table_lines[name] = line_of(node.source());
      for (const auto& [inner_key, inner] : *node.as_table()) {
        read_key(name + "." + std::string(inner_key.str()), inner, line_of(inner_key.source()));
      }
    }
  }

  // The first problem read, else the first key missing (or its whole table), else the values.
  Result<RawProfile> finish() && {
    if (first_) return *first_;
    for (const auto& spec : kProfileKeys) {
      if (!spec.required || raw_.values.contains(spec.key)) continue;
      const auto table_name = split_key(spec.key).first;
      if (table_name.empty()) {
        return Error{ErrorCode::kMissingField, std::string(spec.key), "is required", 0};
      }
      const auto table = raw_.table_lines.find(table_name);
      if (table == raw_.table_lines.end()) {
        return Error{ErrorCode::kMissingField, std::string(table_name),
                     "the table [" + std::string(table_name) + "] is missing", 0};
      }
      return Error{ErrorCode::kMissingField, std::string(spec.key), "is required", table->second};
    }
    return std::move(raw_);
  }

 private:
  static Error invalid(std::string field, std::string message, int line) {
    return Error{ErrorCode::kInvalidField, std::move(field), std::move(message), line};
  }

  void note(Error error) {
    auto rank = [](int line) { return line > 0 ? line : std::numeric_limits<int>::max(); };
    if (!first_ || rank(error.line) < rank(first_->line)) first_ = std::move(error);
  }

  void read_key(const std::string& key, const toml::node& node, int key_line) {
    const KeySpec* spec = find_spec(key);
    if (spec == nullptr) {
      note(Error{ErrorCode::kUnknownField, key, unknown_message(key, node.is_table()), key_line});
      return;
    }
    RawValue value;
    value.line = line_of(node.source());
    if (value.line == 0) value.line = key_line;
    switch (spec->kind) {
      case KeyKind::kText:
        if (!node.is_string()) return note(invalid(key, "must be a string", value.line));
        value.text = node.as_string()->get();
        break;
      case KeyKind::kTextList:
        if (!read_list(key, node, value)) return;
        break;
      default:
        if (!read_whole(key, spec->kind, node, value)) return;
        break;
    }
    raw_.values[key] = std::move(value);
  }

  bool read_list(const std::string& key, const toml::node& node, RawValue& value) {
    if (!node.is_array()) {
      note(invalid(key, R"(must be a list of strings, as ["…", "…"])", value.line));
      return false;
    }
    std::size_t index = 0;
    for (const auto& item : *node.as_array()) {
      const int line = line_of(item.source()) > 0 ? line_of(item.source()) : value.line;
      if (!item.is_string()) {
        note(invalid(key + "[" + std::to_string(index) + "]", "must be a string", line));
        return false;
      }
      value.items.push_back(RawItem{item.as_string()->get(), line});
      ++index;
    }
    return true;
  }

  bool read_whole(const std::string& key, KeyKind kind, const toml::node& node, RawValue& value) {
    const std::string unit(unit_name(kind));
    if (!node.is_integer() || node.as_integer()->get() < 0) {
      note(invalid(key, "must be a whole number of " + unit + ", 0 or more", value.line));
      return false;
    }
    value.number = node.as_integer()->get();
    if (value.number > unit_max(kind)) {
      note(invalid(key, "must be at most " + std::to_string(unit_max(kind)) + " " + unit,
                   value.line));
      return false;
    }
    return true;
  }

  RawProfile raw_;
  std::optional<Error> first_;
};

}  // namespace

std::string_view closest_key(std::string_view key, std::span<const std::string_view> known) {
  std::string_view best;
  std::size_t best_distance = std::min<std::size_t>(3, key.size());
  for (const auto& candidate : known) {
    const std::size_t d = edit_distance(key, candidate);
    if (d < best_distance) {
      best = candidate;
      best_distance = d;
    }
  }
  return best;
}

Result<RawProfile> read_profile_toml(std::string_view text, std::string_view origin) {
  toml::table doc;
  try {
    doc = toml::parse(text, origin);
  } catch (const toml::parse_error& error) {
    return Error{ErrorCode::kInvalidDocument, "",
                 "not valid TOML: " + std::string(error.description()), line_of(error.source())};
  }
  Reader reader;
  reader.read(doc);
  return std::move(reader).finish();
}

}  // namespace haven::rules
