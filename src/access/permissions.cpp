// The permission table: its parser and the built-in copy (text in permissions_text.cpp,
// generated from data/access/permissions.txt).

#include "haven/access/permissions.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <sstream>

#include "haven/access/accounts.h"

namespace haven::access {
namespace {

Error bad_line(int line, std::string message) {
  return Error{ErrorCode::kInvalidDocument, "", std::move(message), line};
}

bool type_matches(std::string_view pattern, std::string_view type) {
  if (pattern == "*") return true;
  if (pattern.ends_with(".*")) return type.starts_with(pattern.substr(0, pattern.size() - 1));
  return pattern == type;
}

Result<Allowed> read_allowed(std::istringstream& words, int line) {
  Allowed allowed;
  std::string word;
  while (words >> word) {
    if (word == "public") {
      allowed.is_public = true;
    } else if (word == "signed_in") {
      allowed.signed_in = true;
    } else if (is_role(word)) {
      allowed.roles.push_back(word);
    } else {
      return bad_line(line, "'" + word + "' is not a role, `public` or `signed_in`");
    }
  }
  if (!allowed.is_public && !allowed.signed_in && allowed.roles.empty()) {
    return bad_line(line, "names no one: give roles, `public` or `signed_in`");
  }
  return allowed;
}

std::vector<std::string> rest_of(std::istringstream& words) {
  std::vector<std::string> out;
  std::string word;
  while (words >> word) out.push_back(word);
  return out;
}

}  // namespace

bool Allowed::admits(std::string_view role) const {
  if (is_public || signed_in) return true;
  return std::find(roles.begin(), roles.end(), role) != roles.end();
}

Result<Permissions> Permissions::parse(std::string_view text) {
  Permissions table;
  std::istringstream lines{std::string(text)};
  std::string text_line;
  int number = 0;
  while (std::getline(lines, text_line)) {
    ++number;
    std::istringstream words(text_line);
    std::string kind;
    if (!(words >> kind) || kind.starts_with('#')) continue;
    if (kind == "route") {
      RouteRule rule;
      rule.line = number;
      if (!(words >> rule.method >> rule.path) || !rule.path.starts_with('/')) {
        return bad_line(number, "a route line is: route METHOD /PATH ROLES...");
      }
      if (table.route(rule.method, rule.path) != nullptr) {
        return bad_line(number, rule.method + " " + rule.path + " has a line already");
      }
      std::vector<std::string> rest = rest_of(words);
      if (!rest.empty() && rest.back().starts_with("part=")) {
        rule.part = rest.back().substr(5);
        rest.pop_back();
      }
      std::string joined;
      for (const auto& word : rest) joined += word + " ";
      std::istringstream roles(joined);
      auto allowed = read_allowed(roles, number);
      if (!allowed) return allowed.error();
      rule.allowed = std::move(*allowed);
      table.routes_.push_back(std::move(rule));
    } else if (kind == "event") {
      EventRule rule;
      rule.line = number;
      if (!(words >> rule.type)) return bad_line(number, "an event line is: event TYPE ROLES...");
      auto allowed = read_allowed(words, number);
      if (!allowed) return allowed.error();
      if (allowed->is_public) return bad_line(number, "no event may be recorded without a session");
      rule.allowed = std::move(*allowed);
      table.events_.push_back(std::move(rule));
    } else if (kind == "part") {
      Part part;
      part.line = number;
      if (!(words >> part.name))
        return bad_line(number, "a part line is: part NAME FIELDS : FAMILIES");
      bool families = false;
      for (const std::string& word : rest_of(words)) {
        if (word == ":") {
          families = true;
        } else {
          (families ? part.families : part.fields).push_back(word);
        }
      }
      if (table.part(part.name) != nullptr)
        return bad_line(number, "part " + part.name + " has a line already");
      table.parts_.push_back(std::move(part));
    } else if (kind == "view") {
      std::string role;
      if (!(words >> role) || !is_role(role))
        return bad_line(number, "a view line is: view ROLE PARTS...");
      std::vector<std::string> parts = rest_of(words);
      if (parts.empty()) return bad_line(number, "a view names its parts, or `all`");
      if (parts == std::vector<std::string>{"all"}) parts = {"*"};
      table.views_.emplace_back(role, std::move(parts));
    } else if (kind == "firewall") {
      table.firewall_ = rest_of(words);
    } else if (kind == "protection_status") {
      table.protection_statuses_ = rest_of(words);
    } else {
      return bad_line(
          number, "'" + kind + "' is not route, event, part, view, firewall or protection_status");
    }
  }
  // Every part named anywhere must be a part.
  auto check_part = [&](const std::string& name, int line) -> Status {
    if (name == "*" || table.part(name) != nullptr) return Status::Ok();
    return bad_line(line, "'" + name + "' is not a part");
  };
  for (const auto& rule : table.routes_) {
    if (!rule.part.empty()) {
      if (auto ok = check_part(rule.part, rule.line); !ok) return ok.error();
    }
  }
  for (const auto& [role, parts] : table.views_) {
    for (const auto& name : parts) {
      if (auto ok = check_part(name, 0); !ok) return ok.error();
    }
  }
  for (const auto& name : table.firewall_) {
    if (auto ok = check_part(name, 0); !ok) return ok.error();
  }
  return table;
}

const Part* Permissions::part(std::string_view name) const {
  for (const Part& part : parts_) {
    if (part.name == name) return &part;
  }
  return nullptr;
}

const Part* Permissions::part_of_family(std::string_view type) const {
  for (const Part& part : parts_) {
    for (const auto& family : part.families) {
      if (type_matches(family, type)) return &part;
    }
  }
  return nullptr;
}

const Part* Permissions::part_of_field(std::string_view field) const {
  for (const Part& part : parts_) {
    if (std::find(part.fields.begin(), part.fields.end(), field) != part.fields.end()) return &part;
  }
  return nullptr;
}

bool Permissions::sees_all(std::string_view role) const {
  for (const auto& [name, parts] : views_) {
    if (name == role) return parts == std::vector<std::string>{"*"};
  }
  return false;
}

bool Permissions::view_has(std::string_view role, std::string_view part) const {
  for (const auto& [name, parts] : views_) {
    if (name != role) continue;
    return parts == std::vector<std::string>{"*"} ||
           std::find(parts.begin(), parts.end(), part) != parts.end();
  }
  return false;
}

const RouteRule* Permissions::route(std::string_view method, std::string_view path) const {
  for (const RouteRule& rule : routes_) {
    if (rule.method == method && rule.path == path) return &rule;
  }
  return nullptr;
}

bool Permissions::may_record(std::string_view role, std::string_view type) const {
  return std::any_of(events_.begin(), events_.end(), [&](const EventRule& rule) {
    return type_matches(rule.type, type) && rule.allowed.admits(role);
  });
}

const Permissions& permissions() {
  static const Permissions kTable = [] {
    auto parsed = Permissions::parse(permissions_text());
    if (!parsed) {
      // Only a broken build gets here: the tests parse the same text.
      std::fprintf(stderr, "haven: the permission table is broken: %s\n",
                   parsed.error().describe().c_str());
      std::abort();
    }
    return std::move(*parsed);
  }();
  return kTable;
}

}  // namespace haven::access
