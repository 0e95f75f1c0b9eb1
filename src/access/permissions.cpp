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
      auto allowed = read_allowed(words, number);
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
    } else {
      return bad_line(number, "'" + kind + "' is neither `route` nor `event`");
    }
  }
  return table;
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
