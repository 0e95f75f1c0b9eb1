// The registry as the record-linkage engine sees it (issue 8): the possible duplicates of a
// person being registered (GET /api/v1/persons/possible-duplicates while typing, and the
// answer to recording a person.registered), and the open tracing requests a new
// registration may answer.

#include <array>
#include <cmath>
#include <nlohmann/json.hpp>
#include <string>

#include "haven/access/permissions.h"
#include "haven/casework/linkage_record.h"
#include "haven/casework/registry.h"
#include "haven/core/codes.h"
#include "haven/core/text.h"
#include "haven/linkage/compare.h"
#include "http/problem.h"
#include "http/routes.h"

namespace haven::http {
namespace {

using nlohmann::json;

constexpr std::size_t kMaxNameCodePoints = 200;
constexpr int kDefaultLimit = 5;
// Batches larger than this are imports: their registrations are not checked one by one.
constexpr std::size_t kMaxChecked = 1000;
constexpr std::array<std::string_view, 7> kCheckParameters = {
    "given_name", "family_name", "name_original", "birth_date", "sex", "nationalities", "limit"};

// The suggestions `viewer` may see, with what they may see of each person; those outside
// their scope are left out without a trace.
Result<json> duplicates_json(Api& api, const access::Viewer& viewer,
                             const std::vector<linkage::Suggestion>& suggestions) {
  json out = json::array();
  for (const linkage::Suggestion& suggestion : suggestions) {
    auto document = api.ledger.store().person_document(suggestion.id);
    if (!document) return document.error();
    const std::string shown = *document ? viewer.shown(**document) : std::string();
    if (shown.empty()) continue;
    out.push_back({{"person_id", suggestion.id},
                   {"probability", std::round(suggestion.probability * 1000) / 1000},
                   {"decision", casework::decision_name(suggestion.decision)},
                   {"explanation", suggestion.explanation},
                   {"person", casework::compared_facts(json::parse(shown))}});
  }
  return out;
}

// Reads the person being registered from the query string; sends 400 naming the parameter
// and returns false when one is wrong.
bool read_person(const httplib::Request& req, json& person, int& limit, httplib::Response& res) {
  if (!known_parameters(req, kCheckParameters, res)) return false;
  bool named = false;
  for (const char* key : {"given_name", "family_name", "name_original"}) {
    const std::string value = req.get_param_value(key);
    if (!is_valid_utf8(value)) {
      send_bad_parameter(res, key, "is not valid UTF-8");
      return false;
    }
    if (count_code_points(value) > kMaxNameCodePoints) {
      send_bad_parameter(res, key, "is longer than 200 characters");
      return false;
    }
    if (!value.empty()) person[key] = value;
    named = named || !split_words(value).empty();
  }
  if (!named) {
    send_bad_parameter(res, "given_name",
                       "give at least one name (given_name, family_name or name_original)");
    return false;
  }
  if (const std::string birth = req.get_param_value("birth_date"); !birth.empty()) {
    if (auto parsed = linkage::parse_birth_date(birth); !parsed) {
      send_bad_parameter(res, "birth_date", "is not a date: YYYY, YYYY-MM or YYYY-MM-DD");
      return false;
    }
    person["birth_date"] = birth;
  }
  if (const std::string sex = req.get_param_value("sex"); !sex.empty()) {
    if (sex != "F" && sex != "M" && sex != "X" && sex != "U") {
      send_bad_parameter(res, "sex", "must be F, M, X or U");
      return false;
    }
    person["sex"] = sex;
  }
  if (const std::string list = req.get_param_value("nationalities"); !list.empty()) {
    json codes = json::array();
    for (std::string_view code : split_words(list)) {
      if (code.ends_with(',')) code.remove_suffix(1);
      if (code.empty()) continue;
      if (!is_country_code(code)) {
        send_bad_parameter(res, "nationalities",
                           "'" + std::string(code) +
                               "' is not an ISO 3166-1 alpha-3 code (e.g. HND, XXA); separate "
                               "codes with commas");
        return false;
      }
      codes.push_back(code);
    }
    person["nationalities"] = std::move(codes);
  }
  limit = kDefaultLimit;
  return read_limit(req, limit, res);
}

// Whether the caller may read tracing requests (as the route table and their view say).
bool reads_tracing(const access::Session& caller, const access::Viewer& viewer) {
  const access::RouteRule* rule =
      access::permissions().route("GET", "/api/v1/tracing-requests/{id}");
  return rule != nullptr && rule->allowed.admits(caller.user.role) && caller.user.places.empty() &&
         viewer.sees_part(rule->part);
}

}  // namespace

const casework::Registry* registry_now(Api& api, httplib::Response& res) {
  if (Status caught_up = api.registry->catch_up(); !caught_up) {
    send_problem(res, caught_up.error());
    return nullptr;
  }
  return api.registry.get();
}

void get_possible_duplicates(Api& api, const Routed& request, httplib::Response& res) {
  json person = json::object();
  int limit = kDefaultLimit;
  if (!read_person(request.req, person, limit, res)) return;
  const casework::Registry* registry = registry_now(api, res);
  if (registry == nullptr) return;
  auto viewer = viewer_of(api, *request.caller);
  if (!viewer) return send_problem(res, viewer.error());
  linkage::QueryOptions options;
  options.limit = static_cast<std::size_t>(limit);
  // No id: the person is not registered yet, so nobody is left out as being them.
  auto found = duplicates_json(
      api, *viewer, registry->persons_like(casework::linkage_record("", person), options));
  if (!found) return send_problem(res, found.error());
  send_json(res, 200, json{{"possible_duplicates", std::move(*found)}}.dump());
}

Status add_registration_findings(Api& api, const access::Session& caller,
                                 const std::vector<std::string>& event_ids, json& body) {
  if (event_ids.size() > kMaxChecked) return Status::Ok();
  store::Store& store = api.ledger.store();
  if (Status caught_up = api.registry->catch_up(); !caught_up) return caught_up;
  auto viewer = viewer_of(api, caller);
  if (!viewer) return viewer.error();
  json duplicates = json::array();
  json tracing = json::array();
  const bool tracing_seen = reads_tracing(caller, *viewer);
  std::vector<linkage::Record> registered;
  for (const std::string& event_id : event_ids) {
    auto summary = store.event_summary(event_id);
    if (!summary) return summary.error();
    if (!*summary || (*summary)->type != "person.registered") continue;
    const std::string& person_id = (*summary)->person_id;
    auto document = store.person_document(person_id);
    if (!document) return document.error();
    if (!*document) continue;
    registered.push_back(casework::linkage_record(person_id, json::parse(**document)));
    auto found = duplicates_json(api, *viewer, api.registry->persons_like(registered.back()));
    if (!found) return found.error();
    for (json& entry : *found) {
      entry["registered_person_id"] = person_id;
      duplicates.push_back(std::move(entry));
    }
  }
  const auto sought = tracing_seen ? api.registry->requests_seeking(registered)
                                   : std::map<std::string, std::vector<linkage::Suggestion>>();
  for (const auto& [person_id, requests] : sought) {
    for (const linkage::Suggestion& request : requests) {
      tracing.push_back({{"request_id", request.id},
                         {"registered_person_id", person_id},
                         {"probability", std::round(request.probability * 1000) / 1000},
                         {"decision", casework::decision_name(request.decision)},
                         {"explanation", request.explanation}});
    }
  }
  body["possible_duplicates"] = std::move(duplicates);
  body["tracing_matches"] = std::move(tracing);
  return Status::Ok();
}

}  // namespace haven::http
