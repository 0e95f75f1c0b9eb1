// GET /api/v1/persons/{id} (with the clock of a detention going on) and GET /api/v1/persons
// (search, filters, cursor paging).

#include <algorithm>
#include <array>
#include <charconv>
#include <optional>
#include <set>
#include <string>

#include "haven/core/codes.h"
#include "haven/core/ids.h"
#include "haven/core/text.h"
#include "haven/domain/merges.h"
#include "haven/domain/vocabulary.h"
#include "http/problem.h"
#include "http/routes.h"

namespace haven::http {
namespace {

constexpr int kDefaultLimit = 50;
constexpr std::size_t kMaxQueryCodePoints = 200;
constexpr std::array<std::string_view, 6> kSearchParameters = {"q",        "nationality", "status",
                                                               "detained", "limit",       "cursor"};

constexpr std::string_view kBase64Url =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

// Cursors are opaque so clients do not compute them; the store's position is inside, as
// base64url (unpadded) of its decimal digits.
std::string encode_cursor(std::int64_t after) {
  std::string digits = std::to_string(after);
  std::string out;
  std::uint32_t buffer = 0;
  int bits = 0;
  for (unsigned char c : digits) {
    buffer = (buffer << 8) | c;
    bits += 8;
    while (bits >= 6) {
      bits -= 6;
      out += kBase64Url[(buffer >> bits) & 0x3F];
    }
  }
  if (bits > 0) out += kBase64Url[(buffer << (6 - bits)) & 0x3F];
  return out;
}

std::optional<std::int64_t> decode_cursor(std::string_view cursor) {
  if (cursor.empty() || cursor.size() > 32) return std::nullopt;
  std::string digits;
  std::uint32_t buffer = 0;
  int bits = 0;
  for (char c : cursor) {
    std::size_t value = kBase64Url.find(c);
    if (value == std::string_view::npos) return std::nullopt;
    buffer = (buffer << 6) | static_cast<std::uint32_t>(value);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      digits += static_cast<char>((buffer >> bits) & 0xFF);
    }
  }
  std::int64_t after = 0;
  auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), after);
  if (error != std::errc() || end != digits.data() + digits.size() || after <= 0) {
    return std::nullopt;
  }
  // Only the canonical spelling: one cursor per position.
  if (encode_cursor(after) != cursor) return std::nullopt;
  return after;
}

bool is_migration_status(std::string_view status) {
  auto statuses = domain::migration_statuses();
  return std::find(statuses.begin(), statuses.end(), status) != statuses.end();
}

// Reads the query string into `query`; on a bad parameter sends 400 and returns false.
bool read_search(const httplib::Request& req, ledger::Ledger::Search& query,
                 httplib::Response& res) {
  if (!known_parameters(req, kSearchParameters, res)) return false;
  query.text = req.get_param_value("q");
  if (!is_valid_utf8(query.text)) {
    send_bad_parameter(res, "q", "is not valid UTF-8");
    return false;
  }
  if (count_code_points(query.text) > kMaxQueryCodePoints) {
    send_bad_parameter(res, "q", "is longer than 200 characters");
    return false;
  }
  query.nationality = req.get_param_value("nationality");
  if (!query.nationality.empty() && !is_country_code(query.nationality)) {
    send_bad_parameter(res, "nationality", "is not an ISO 3166-1 alpha-3 code (e.g. HND, XXA)");
    return false;
  }
  query.migration_status = req.get_param_value("status");
  if (!query.migration_status.empty() && !is_migration_status(query.migration_status)) {
    send_bad_parameter(res, "status", "is not a migration status of the vocabulary");
    return false;
  }
  if (!req.get_param_value("detained").empty()) {
    bool detained = false;
    if (!read_flag(req, "detained", detained, res)) return false;
    query.in_detention = detained;
  }
  query.limit = kDefaultLimit;
  if (!read_limit(req, query.limit, res)) return false;
  if (std::string cursor = req.get_param_value("cursor"); !cursor.empty()) {
    std::optional<std::int64_t> after = decode_cursor(cursor);
    if (!after) {
      send_bad_parameter(res, "cursor", "is not a cursor this API returned");
      return false;
    }
    query.after = *after;
  }
  return true;
}

// The registrations merged into the person (history.persons after the first) as `viewer`
// is shown them; the events of those outside the viewer's scope are taken out of `history`.
Result<std::vector<std::string>> shown_merged(Api& api, const access::Viewer& viewer,
                                              domain::MergedHistory& history) {
  std::vector<std::string> shown;
  std::set<std::string> hidden;
  for (std::size_t i = 1; i < history.persons.size(); ++i) {
    auto person = api.ledger.person(history.persons[i]);
    if (!person.ok()) return person.error();
    std::string document = person->has_value() ? viewer.shown(**person) : std::string();
    if (document.empty()) {
      hidden.insert(history.persons[i]);
    } else {
      shown.push_back(std::move(document));
    }
  }
  std::erase_if(history.events,
                [&](const domain::Event& event) { return hidden.count(event.person_id) > 0; });
  return shown;
}

}  // namespace

void get_person(Api& api, const Routed& request, httplib::Response& res) {
  // An id no agency could have given cannot be on record; don't trouble the store with it.
  if (!is_valid_id(request.id)) return send_not_found(res, "person", request.id);
  Result<std::optional<std::string>> person = api.ledger.person(request.id);
  if (!person.ok()) return send_problem(res, person.error());
  if (!person->has_value()) return send_not_found(res, "person", request.id);
  auto viewer = viewer_of(api, *request.caller);
  if (!viewer) return send_problem(res, viewer.error());
  // A person outside the caller's scope is answered as if there were none.
  const std::string document = viewer->shown(**person);
  if (document.empty()) return send_not_found(res, "person", request.id);
  // The timeline follows merges, as the alerts and the clock do: the person kept shows the
  // events of the registrations merged into it too.
  auto history = domain::merged_history(
      request.id, [&](const std::string& id) { return api.ledger.store().events_of_person(id); });
  if (!history.ok()) return send_problem(res, history.error());
  auto merged = shown_merged(api, *viewer, *history);
  if (!merged.ok()) return send_problem(res, merged.error());
  viewer->redact_timeline(history->events, document);
  auto found = open_alerts_of(api, request.id, *viewer);
  if (!found.ok()) return send_problem(res, found.error());
  const std::string& alerts = *found;
  auto clock = detention_clock_of(api, request.id, document, *merged, *viewer);
  if (!clock.ok()) return send_problem(res, clock.error());
  const std::vector<std::string> timeline = ledger::Ledger::timeline_of(std::move(history->events));

  // The ledger's documents are JSON already: spliced, not parsed and written again.
  std::size_t size = document.size() + clock->size() + alerts.size() + 72;
  for (const std::string& event : timeline) size += event.size() + 1;
  std::string body;
  body.reserve(size);
  body += "{\"person\":";
  if (clock->empty()) {
    body += document;
  } else {
    // Into the person object, before its closing brace.
    body.append(document, 0, document.rfind('}'));
    body += ",\"detention_clock\":";
    body += *clock;
    body += '}';
  }
  body += ",\"timeline\":[";
  for (std::size_t i = 0; i < timeline.size(); ++i) {
    if (i > 0) body += ',';
    body += timeline[i];
  }
  body += "],\"alerts\":";
  body += alerts;
  body += "}";
  send_json(res, 200, std::move(body));
}

void find_persons(Api& api, const Routed& request, httplib::Response& res) {
  ledger::Ledger::Search query;
  if (!read_search(request.req, query, res)) return;
  Result<store::PersonPage> page = api.ledger.find_persons(query);
  if (!page.ok()) return send_problem(res, page.error());
  auto viewer = viewer_of(api, *request.caller);
  if (!viewer) return send_problem(res, viewer.error());
  if (!viewer->sees_whole()) {
    // Persons outside the caller's scope are left out of the page, which may then hold
    // fewer than `limit`; the cursor still moves past them.
    std::vector<std::string> shown;
    for (const std::string& document : page->documents) {
      if (std::string seen = viewer->shown(document); !seen.empty())
        shown.push_back(std::move(seen));
    }
    page->documents = std::move(shown);
  }

  std::size_t size = 64;
  for (const std::string& document : page->documents) size += document.size() + 1;
  std::string body;
  body.reserve(size);
  body += "{\"persons\":[";
  for (std::size_t i = 0; i < page->documents.size(); ++i) {
    if (i > 0) body += ',';
    body += page->documents[i];
  }
  body += "],\"next_cursor\":";
  body += page->next_after > 0 ? "\"" + encode_cursor(page->next_after) + "\"" : "null";
  body += '}';
  send_json(res, 200, std::move(body));
}

}  // namespace haven::http
