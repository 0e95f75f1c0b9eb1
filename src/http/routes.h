#pragma once
// The API's routes: one table says which method and path each handler serves. The server
// registers exactly this table, and the OpenAPI test checks the document against it.

#include <httplib.h>

#include <cstdint>
#include <memory>
#include <nlohmann/json_fwd.hpp>
#include <span>
#include <string>
#include <string_view>

#include "haven/access/accounts.h"
#include "haven/access/throttle.h"
#include "haven/access/views.h"
#include "haven/audit/log.h"
#include "haven/casework/registry.h"
#include "haven/http/server.h"
#include "haven/ledger/ledger.h"
#include "haven/rules/evaluate.h"

namespace haven::http {

// The statistics last counted for each period asked, kept until the next event is recorded
// (routes_stats.cpp).
struct StatisticsCache;
std::shared_ptr<StatisticsCache> make_statistics_cache();

// What a handler may use. Shared by all worker threads; the ledger is thread-safe.
struct Api {
  Api(ledger::Ledger& ledger, ServerOptions options)
      : ledger(ledger),
        options(std::move(options)),
        accounts(ledger.store()),
        request_rate(this->options.requests_per_minute, this->options.request_burst),
        audit(ledger.store(), ledger.clock(), this->options.audit_head_file) {}

  ledger::Ledger& ledger;
  ServerOptions options;
  access::Accounts accounts;
  access::SignInThrottle throttle;
  access::RequestLimiter request_rate;
  audit::Log audit;
  // The registry as the record-linkage engine sees it: built when the server starts, caught
  // up after every write and before every read.
  std::unique_ptr<casework::Registry> registry;
  std::shared_ptr<StatisticsCache> statistics = make_statistics_cache();
};

// A request as routed: the path parameter, when the route has one (`{id}`, `{name}`), and the body,
// read within ServerOptions::max_body_bytes.
struct Routed {
  const httplib::Request& req;
  std::string id;
  std::string_view body;
  // Who is calling, for every route but the public ones (null there), and the token of
  // their session.
  const access::Session* caller = nullptr;
  std::string token;
};

using RouteHandler = void (*)(Api& api, const Routed& request, httplib::Response& res);

struct Route {
  std::string_view method;
  // The path as the OpenAPI document writes it. A parameter (`{id}`, `{name}`) may only end
  // a path, and takes the rest of it, slashes included (ids such as `MX/2026/17` are valid).
  std::string_view path;
  RouteHandler handler;
  // Whether each call is written to the audit log. Only reference texts (the law, this
  // API's description) and one's own session are not; sign-in writes its own entries.
  bool audited = true;
};

// Every route the server serves, in the order of the OpenAPI document.
std::span<const Route> routes();

// Whether `path` fits `pattern`; fills `id` with the `{id}` part when there is one.
bool match_path(std::string_view pattern, std::string_view path, std::string* id);

// Routes a request through routes(); `reader` is set for the methods that carry a body,
// which is read here within ServerOptions::max_body_bytes (router.cpp).
void dispatch(Api& api, const httplib::Request& req, httplib::Response& res,
              const httplib::ContentReader* reader);

// Gives the refusals httplib makes by itself (malformed request, body over the limit) the
// same problem+json as every other error; leaves responses that have a body alone.
httplib::Server::HandlerResponse on_error(const ServerOptions& options, const httplib::Request& req,
                                          httplib::Response& res);

// How far past max_body_bytes a refused body is still read (and dropped) so that the
// client sees the 413 rather than a reset connection.
std::uint64_t drain_allowance(const ServerOptions& options);

// Sends 500 internal for an exception a handler did not expect; the cause is logged.
void send_internal_error(httplib::Response& res, const char* what);

// Cache-Control: no-store on API answers.
void add_cache_headers(const httplib::Request& req, httplib::Response& res);

// Who calls (authenticate.cpp): checks the session and the permission table for `route`.
// Returns false after sending 401 (no valid session), 403 (the role may not, a cookie
// session without its CSRF token, a one-time password not yet changed) or 429.
bool admit(Api& api, const Route& route, const httplib::Request& req, access::Session& caller,
           std::string& token, httplib::Response& res);
// What `caller` sees of persons (views.cpp): their role's view, their scope, and the
// firewall when their agency is marked as enforcement.
Result<access::Viewer> viewer_of(Api& api, const access::Session& caller);

// The session token a request carries: `Authorization: Bearer` or the session cookie.
std::string session_token(const httplib::Request& req);
inline constexpr const char* kSessionCookie = "haven_session";

// Appends the audit entry of a signed-in call (audit.cpp): who, what path, the status
// answered, the purpose given in X-Haven-Purpose. When the log cannot be written the answer
// is replaced by 500: nothing is read or written unrecorded.
void audit_call(Api& api, const Route& route, const httplib::Request& req,
                const access::Session& caller, httplib::Response& res);
// Appends a sign-in's entry (the account tried, from where, and how it went).
Status audit_sign_in(Api& api, const httplib::Request& req, const std::string& name,
                     const char* action, int status);

// Query parameters (parameters.cpp). Each sends 400 naming the parameter and returns false
// when it refuses. Only `known` parameters, each given once:
bool known_parameters(const httplib::Request& req, std::span<const std::string_view> known,
                      httplib::Response& res);
// `true` or `false` into `out`, left alone when the parameter is absent or empty.
bool read_flag(const httplib::Request& req, const char* name, bool& out, httplib::Response& res);
// `limit`, a whole number from 1 to 1000, into `out`, left alone when absent or empty.
bool read_limit(const httplib::Request& req, int& out, httplib::Response& res);

// Handlers, by file: routes_events.cpp, routes_persons.cpp, routes_records.cpp,
// routes_law.cpp.
void post_events(Api& api, const Routed& request, httplib::Response& res);
void get_person(Api& api, const Routed& request, httplib::Response& res);
void find_persons(Api& api, const Routed& request, httplib::Response& res);
void get_incident(Api& api, const Routed& request, httplib::Response& res);
void get_tracing_request(Api& api, const Routed& request, httplib::Response& res);
// routes_cases.cpp
void find_cases(Api& api, const Routed& request, httplib::Response& res);
void get_case(Api& api, const Routed& request, httplib::Response& res);
void get_queue(Api& api, const Routed& request, httplib::Response& res);
// routes_services.cpp
void find_providers(Api& api, const Routed& request, httplib::Response& res);
void get_provider(Api& api, const Routed& request, httplib::Response& res);
void find_referrals(Api& api, const Routed& request, httplib::Response& res);
void get_referral(Api& api, const Routed& request, httplib::Response& res);
void list_screening_forms(Api& api, const Routed& request, httplib::Response& res);
void get_screening_form(Api& api, const Routed& request, httplib::Response& res);
void post_screening_form(Api& api, const Routed& request, httplib::Response& res);
void get_tracing_candidates(Api& api, const Routed& request, httplib::Response& res);
// routes_linkage.cpp: possible duplicates of a person being registered.
void get_possible_duplicates(Api& api, const Routed& request, httplib::Response& res);
// The registry caught up with the store; null after sending the store's failure.
const casework::Registry* registry_now(Api& api, httplib::Response& res);
// Adds to the answer to a recorded batch, for each person.registered among `event_ids`,
// its `possible_duplicates` (persons who may be the one just registered, as `caller` may
// see them) and its `tracing_matches` (open tracing requests that may seek them, for a
// caller who reads tracing requests). Batches of more than 1000 events are not checked.
Status add_registration_findings(Api& api, const access::Session& caller,
                                 const std::vector<std::string>& event_ids, nlohmann::json& body);
void get_returns(Api& api, const Routed& request, httplib::Response& res);
void find_incidents(Api& api, const Routed& request, httplib::Response& res);
void find_tracing_requests(Api& api, const Routed& request, httplib::Response& res);
// routes_session.cpp: sign in, who am I, sign out, change one's password.
void post_session(Api& api, const Routed& request, httplib::Response& res);
void get_session(Api& api, const Routed& request, httplib::Response& res);
void delete_session(Api& api, const Routed& request, httplib::Response& res);
void post_password(Api& api, const Routed& request, httplib::Response& res);
// routes_audit.cpp
void get_audit(Api& api, const Routed& request, httplib::Response& res);
void get_health(Api& api, const Routed& request, httplib::Response& res);
void get_openapi(Api& api, const Routed& request, httplib::Response& res);
void get_alerts(Api& api, const Routed& request, httplib::Response& res);
// The jurisdiction profile the server's alerts follow (the built-in international if none).
const rules::Profile& profile_of(const Api& api);
// The person's alerts open now that `viewer` may see, as a JSON array (for the person's
// view).
Result<std::string> open_alerts_of(Api& api, const std::string& person_id,
                                   const access::Viewer& viewer);
// Drops the alerts `viewer` may not see: of a part outside their view, or of a person
// outside their scope (each person's document read once).
Status keep_visible(Api& api, const access::Viewer& viewer, std::vector<rules::Alert>& alerts);
// routes_dashboard.cpp: aggregates of alerts, detention and consular notice over the
// persons in the caller's scope, for a supervisor's or detention monitor's dashboard.
void get_dashboard(Api& api, const Routed& request, httplib::Response& res);
// routes_duplicates.cpp: likely duplicate registrations, for a supervisor to merge.
void get_duplicates(Api& api, const Routed& request, httplib::Response& res);
// The clock of the detention the person is in now (detention_clock.cpp), as a JSON object
// for the person's view; `shown` is the person's document as `viewer` was shown it, and
// `merged` those of the registrations merged into it (a detention recorded under one of
// them is the person's). Empty when the person is not detained now, is merged into another
// registration, or `viewer` does not see the detention part.
Result<std::string> detention_clock_of(Api& api, const std::string& person_id,
                                       const std::string& shown,
                                       const std::vector<std::string>& merged,
                                       const access::Viewer& viewer);
// Brings the kept obligations up to date after a write (rules/current.h); failures are
// logged, and the next read tries again.
void refresh_alerts(Api& api);
// routes_stats.cpp: the indicators of a period, the tables there are, and one table after
// disclosure control, in the format asked for.
void get_stats_indicators(Api& api, const Routed& request, httplib::Response& res);
void get_stats_tables(Api& api, const Routed& request, httplib::Response& res);
void get_stats_table(Api& api, const Routed& request, httplib::Response& res);
void get_law_instruments(Api& api, const Routed& request, httplib::Response& res);
void get_law_provision(Api& api, const Routed& request, httplib::Response& res);
void get_law_coverage(Api& api, const Routed& request, httplib::Response& res);
// The web workspace (routes_web.cpp): its page at `/`, and its scripts and styles.
void get_home(Api& api, const Routed& request, httplib::Response& res);
void get_web_asset(Api& api, const Routed& request, httplib::Response& res);

// The version the API reports (the project version, from CMake).
std::string_view api_version();

}  // namespace haven::http
