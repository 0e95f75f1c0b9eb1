// GET /api/v1/law/instruments, /api/v1/law/provisions/{id} and /api/v1/law/coverage: the
// law Haven cites, from the built-in catalogue.

#include <algorithm>
#include <cctype>
#include <string_view>

#include "haven/law/catalogue_json.h"
#include "haven/rules/implementations.h"
#include "http/problem.h"
#include "http/routes.h"

namespace haven::http {

void get_law_instruments(Api&, const Routed&, httplib::Response& res) {
  auto entries = law::Catalogue::builtin().instruments();
  send_json(res, 200, law::instruments_json(entries));
}

void get_law_provision(Api&, const Routed& request, httplib::Response& res) {
  // The id arrives decoded: `A/RES/66/172 op.4(g)` may be sent as
  // `A%2FRES%2F66%2F172%20op.4(g)` or with its slashes and a `%20`.
  auto found = law::Catalogue::builtin().find(request.id);
  if (!found.ok()) {
    // Citation ids are letters, digits, spaces and . / ( ) - : nothing else is echoed back.
    const bool plain = std::all_of(request.id.begin(), request.id.end(), [](unsigned char c) {
      return std::isalnum(c) ||
             std::string_view(" ./()-,").find(static_cast<char>(c)) != std::string_view::npos;
    });
    const bool traversal = request.id.find("..") != std::string::npos;
    if (!plain || traversal || request.id.size() > 100) {
      return send_problem(res, Error{ErrorCode::kNotFound, "id",
                                     "no provision has that id: it is not a citation id (ids "
                                     "look like \"A/RES/66/172 op.4(g)\"; haven law list)",
                                     0});
    }
    return send_problem(res, found.error());
  }
  send_json(res, 200, law::cited_provision_json(*found));
}

void get_law_coverage(Api&, const Routed&, httplib::Response& res) {
  const auto& catalogue = law::Catalogue::builtin();
  const auto* resolution = catalogue.resolution("A/RES/66/172");
  if (resolution == nullptr) {
    return send_problem(res, Error{ErrorCode::kInternal, "", "the catalogue has no 66/172", 0});
  }
  auto rows = law::coverage(*resolution, rules::implementations());
  send_json(res, 200, law::coverage_json(resolution->id, rows));
}

}  // namespace haven::http
