#pragma once
// The permission table (data/access/permissions.txt, compiled in): which roles may call each
// route of the HTTP API and record each event type. One table, read by the server for every
// request and walked whole by the tests, so that what the file says is what Haven does.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "haven/core/result.h"

namespace haven::access {

// Who a table line lets in.
struct Allowed {
  bool is_public = false;  // no session needed
  bool signed_in = false;  // any role with a session
  std::vector<std::string> roles;

  bool admits(std::string_view role) const;
};

struct RouteRule {
  std::string method;  // GET, POST, DELETE…
  std::string path;    // as the route table writes it: `/api/v1/persons/{id}`
  Allowed allowed;
  int line = 0;
};

struct EventRule {
  std::string type;  // `detention.started`, a family `detention.*`, or `*`
  Allowed allowed;
  int line = 0;
};

class Permissions {
 public:
  // Reads a table; errors name the line. Every role must be a role of accounts.h, and a
  // route may have only one line.
  static Result<Permissions> parse(std::string_view text);

  // The line of a route (method and path pattern as in the route table); null when none.
  const RouteRule* route(std::string_view method, std::string_view path) const;
  // Whether `role` may record events of `type`: any line whose type matches admits it.
  bool may_record(std::string_view role, std::string_view type) const;

  const std::vector<RouteRule>& routes() const { return routes_; }
  const std::vector<EventRule>& events() const { return events_; }

 private:
  std::vector<RouteRule> routes_;
  std::vector<EventRule> events_;
};

// The built-in table, parsed once. A table that does not parse is a build error (the
// access tests parse it), so this never fails at run time.
const Permissions& permissions();

// The table's text, as shipped.
std::string_view permissions_text();

}  // namespace haven::access
