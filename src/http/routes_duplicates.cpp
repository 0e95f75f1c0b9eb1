// GET /api/v1/duplicates: registrations the record-linkage engine finds likely to be one
// person, for a supervisor to look at and join (person.merged through POST /api/v1/events).

#include <array>
#include <cstdlib>
#include <map>
#include <nlohmann/json.hpp>
#include <string>

#include "haven/casework/duplicates.h"
#include "http/problem.h"
#include "http/routes.h"

namespace haven::http {
namespace {

using nlohmann::json;
using nlohmann::ordered_json;

constexpr std::array kShownFields = {"person_id", "given_name", "family_name",  "name_original",
                                     "sex",       "birth_date", "nationalities"};

// A probability from 0 (exclusive) to 1 into `out`, left alone when absent.
bool read_probability(const httplib::Request& req, const char* name, double& out,
                      httplib::Response& res) {
  const std::string given = req.get_param_value(name);
  if (given.empty()) return true;
  char* end = nullptr;
  const double value = std::strtod(given.c_str(), &end);
  if (end != given.c_str() + given.size() || !(value > 0.0 && value <= 1.0)) {
    send_bad_parameter(res, name, "must be a number above 0, at most 1");
    return false;
  }
  out = value;
  return true;
}

// Who a registration is, as `viewer` may see it; null when out of their scope.
Result<ordered_json> who(Api& api, const access::Viewer& viewer, const std::string& id,
                         std::map<std::string, ordered_json>& seen) {
  if (auto it = seen.find(id); it != seen.end()) return it->second;
  auto document = api.ledger.person(id);
  if (!document) return document.error();
  ordered_json out = nullptr;
  if (document->has_value()) {
    const json shown = json::parse(viewer.shown(**document), nullptr, false);
    if (shown.is_object()) {
      out = ordered_json::object();
      for (const char* field : kShownFields) {
        if (shown.contains(field)) out[field] = shown[field];
      }
    }
  }
  return seen[id] = out;
}

}  // namespace

void get_duplicates(Api& api, const Routed& request, httplib::Response& res) {
  constexpr std::array<std::string_view, 3> kKnown = {"match", "review", "limit"};
  if (!known_parameters(request.req, kKnown, res)) return;
  linkage::LinkOptions options;
  if (!read_probability(request.req, "match", options.match, res)) return;
  if (!read_probability(request.req, "review", options.review, res)) return;
  if (options.match < options.review) {
    return send_bad_parameter(res, "review", "must not be above match");
  }
  int limit = 50;
  if (!read_limit(request.req, limit, res)) return;
  auto viewer = viewer_of(api, *request.caller);
  if (!viewer) return send_problem(res, viewer.error());
  auto found = casework::registry_duplicates(api.ledger.store(), options, true);
  if (!found) return send_problem(res, found.error());

  ordered_json pairs = ordered_json::array();
  std::map<std::string, ordered_json> seen;
  for (const auto& pair : found->pairs) {
    if (static_cast<int>(pairs.size()) == limit) break;
    auto left = who(api, *viewer, pair.left_id, seen);
    if (!left) return send_problem(res, left.error());
    auto right = who(api, *viewer, pair.right_id, seen);
    if (!right) return send_problem(res, right.error());
    // Both must be in the caller's scope: a pair says something about each.
    if (left->is_null() || right->is_null()) continue;
    pairs.push_back({{"left", std::move(*left)},
                     {"right", std::move(*right)},
                     {"score", pair.probability},
                     {"decision", pair.decision == linkage::Decision::kMatch ? "match" : "review"},
                     {"explanation", pair.explanation}});
  }
  ordered_json body = {{"persons", found->persons},
                       {"candidate_pairs", found->candidate_pairs},
                       {"pairs", std::move(pairs)}};
  send_json(res, 200, body.dump(-1, ' ', false, ordered_json::error_handler_t::replace));
}

}  // namespace haven::http
