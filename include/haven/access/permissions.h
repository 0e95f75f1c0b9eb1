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
  // The part of a person the route serves (`services` for cases): only users who see it
  // may call the route. Empty for none.
  std::string part;
  int line = 0;
};

// A part of a person's record: the person document's fields and the families of events and
// rules (`detention.*`) it holds.
struct Part {
  std::string name;
  std::vector<std::string> fields;
  std::vector<std::string> families;
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
  const std::vector<Part>& parts() const { return parts_; }
  const Part* part(std::string_view name) const;
  // The part an event type or rule id belongs to (by its family); null when none.
  const Part* part_of_family(std::string_view type) const;
  const Part* part_of_field(std::string_view field) const;

  // Whether `role` sees every part (and what is in no part); else the parts it sees.
  bool sees_all(std::string_view role) const;
  bool view_has(std::string_view role, std::string_view part) const;
  // Parts hidden from users of enforcement agencies.
  const std::vector<std::string>& firewall() const { return firewall_; }
  // Migration statuses a consulate must never learn.
  const std::vector<std::string>& protection_statuses() const { return protection_statuses_; }

 private:
  std::vector<RouteRule> routes_;
  std::vector<EventRule> events_;
  std::vector<Part> parts_;
  // role → parts; a role with `all` holds the single entry "*".
  std::vector<std::pair<std::string, std::vector<std::string>>> views_;
  std::vector<std::string> firewall_;
  std::vector<std::string> protection_statuses_;
};

// The built-in table, parsed once. A table that does not parse is a build error (the
// access tests parse it), so this never fails at run time.
const Permissions& permissions();

// The table's text, as shipped.
std::string_view permissions_text();

}  // namespace haven::access
