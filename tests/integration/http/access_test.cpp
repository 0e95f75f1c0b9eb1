// Who may call what: the role × route matrix against the permission table, sign-in with its
// cookie, CSRF token and throttling, and sessions that end — tested as an attacker would.

#include <algorithm>
#include <string>

#include "haven/access/permissions.h"
#include "http/routes.h"
#include "http_fixture.h"

namespace haven::http::testing {
namespace {

// A request of `method` on `path` with a small JSON body where one is needed.
httplib::Result call(httplib::Client& client, std::string_view method, const std::string& path,
                     httplib::Headers headers = {}) {
  if (method == "GET") return client.Get(path.c_str(), headers);
  if (method == "DELETE") return client.Delete(path.c_str(), headers);
  return client.Post(path.c_str(), headers, "{}", "application/json");
}

std::string concrete(std::string_view pattern) {
  std::string path(pattern);
  if (auto brace = path.find('{'); brace != std::string::npos) {
    path.replace(brace, path.find('}', brace) + 1 - brace, "X-1");
  }
  return path;
}

// Sign-out ends the caller's session: walk it last.
std::vector<Route> routes_sign_out_last() {
  std::vector<Route> ordered(routes().begin(), routes().end());
  std::stable_partition(ordered.begin(), ordered.end(), [](const Route& route) {
    return !(route.method == "DELETE" && route.path == "/api/v1/session");
  });
  return ordered;
}

TEST_F(HttpTest, EveryRouteHasExactlyOneLineInThePermissionTableAndEveryLineARoute) {
  const access::Permissions& table = access::permissions();
  for (const Route& route : routes()) {
    EXPECT_NE(table.route(route.method, route.path), nullptr)
        << route.method << " " << route.path << " has no line in data/access/permissions.txt";
  }
  for (const access::RouteRule& rule : table.routes()) {
    bool served = std::any_of(routes().begin(), routes().end(), [&](const Route& route) {
      return route.method == rule.method && route.path == rule.path;
    });
    EXPECT_TRUE(served) << "line " << rule.line << ": " << rule.method << " " << rule.path
                        << " is not a route";
  }
}

TEST_F(HttpTest, EveryRoleGetsWhatThePermissionTableSaysOnEveryRoute) {
  const access::Permissions& table = access::permissions();
  for (std::string_view role : access::roles()) {
    const std::string name = "matrix." + std::string(role);
    auto client = client_with(token_for(name, std::string(role)));
    for (const Route& route : routes_sign_out_last()) {
      const access::RouteRule* rule = table.route(route.method, route.path);
      ASSERT_NE(rule, nullptr);
      auto res = call(*client, route.method, concrete(route.path));
      ASSERT_TRUE(res) << route.path;
      const std::string where =
          std::string(role) + " " + std::string(route.method) + " " + std::string(route.path);
      if (rule->allowed.admits(role)) {
        EXPECT_NE(res->status, 401) << where << ": " << res->body;
        EXPECT_NE(res->status, 403) << where << ": " << res->body;
        EXPECT_LT(res->status, 500) << where << ": " << res->body;
      } else {
        expect_problem(res, 403, "forbidden");
        EXPECT_NE(res->body.find(std::string(role)), std::string::npos) << where;
      }
    }
  }
}

TEST_F(HttpTest, NothingButHealthSignInAndTheHomePageAnswersWithoutASession) {
  record(registered("P-1", "Ana", "Pérez"));
  auto anonymous = client_with("");
  int public_routes = 0;
  for (const Route& route : routes()) {
    const access::RouteRule* rule = access::permissions().route(route.method, route.path);
    ASSERT_NE(rule, nullptr);
    auto res = call(*anonymous, route.method, concrete(route.path));
    ASSERT_TRUE(res);
    if (rule->allowed.is_public) {
      ++public_routes;
      EXPECT_NE(res->status, 401) << route.path;
    } else {
      expect_problem(res, 401, "unauthorized");
      EXPECT_EQ(res->get_header_value("WWW-Authenticate"), "Bearer realm=\"haven\"");
    }
  }
  EXPECT_EQ(public_routes, 5);  // two health checks, sign-in, the page at `/` and its assets
  auto res = anonymous->Get("/api/v1/persons/P-1");
  expect_problem(res, 401, "unauthorized");
  EXPECT_EQ(res->body.find("Ana"), std::string::npos);
}

TEST_F(HttpTest, MalformedForgedExpiredAndRevokedTokensAreRefusedWithoutALeak) {
  record(registered("P-1", "Ana", "Pérez"));
  const std::string good = token_for("lucia", "caseworker");
  for (const std::string& token :
       {std::string(4096, 'a'), std::string("' OR 1=1 --"), std::string("../../etc/passwd"),
        std::string(64, 'f'), good.substr(0, 63), good + "0", std::string("<script>x</script>")}) {
    auto client = client_with(token);
    auto res = client->Get("/api/v1/persons/P-1");
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 401) << token.substr(0, 20) << ": " << res->body;
    EXPECT_EQ(res->body.find("Ana"), std::string::npos);
    EXPECT_EQ(res->body.find("SELECT"), std::string::npos);
  }
  // A session cookie that was never issued, and a Basic header, are no better.
  auto anonymous = client_with("");
  auto res = anonymous->Get("/api/v1/persons/P-1", {{"Cookie", "haven_session=" + good + "0"}});
  expect_problem(res, 401, "unauthorized");
  res = anonymous->Get("/api/v1/persons/P-1", {{"Authorization", "Basic bHVjaWE6eA=="}});
  expect_problem(res, 401, "unauthorized");

  auto lucia = client_with(good);
  res = lucia->Get("/api/v1/persons/P-1");
  ASSERT_EQ(res->status, 200);
  clock_.set(Timestamp{clock_.now().micros + 31LL * 24 * 3600 * 1'000'000});
  expect_problem(lucia->Get("/api/v1/persons/P-1"), 401, "unauthorized");  // 30-day token

  const std::string second = token_for("lucia", "caseworker");
  ASSERT_EQ(client_with(second)->Get("/api/v1/persons/P-1")->status, 200);
  access::Accounts accounts(*store_);
  ASSERT_TRUE(accounts.disable("lucia"));
  expect_problem(client_with(second)->Get("/api/v1/persons/P-1"), 401, "unauthorized");
}

TEST_F(HttpTest, AWebSessionIsAStrictHttpOnlyCookieThatNeedsItsCsrfTokenToWrite) {
  access::Accounts accounts(*store_);
  ASSERT_TRUE(
      accounts.add({"amal", "caseworker", "UNHCR", {}}, "olive trees by the river", clock_.now()));
  auto browser = client_with("");
  auto res =
      browser->Post("/api/v1/session", R"({"name":"amal","password":"olive trees by the river"})",
                    "application/json");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 201) << res->body;
  const std::string set_cookie = res->get_header_value("Set-Cookie");
  EXPECT_NE(set_cookie.find("HttpOnly; Secure; SameSite=Strict"), std::string::npos) << set_cookie;
  const json session = parse(res);
  EXPECT_EQ(session["role"], "caseworker");
  EXPECT_EQ(session.count("token"), 0u) << "the session token stays in its HttpOnly cookie";
  const std::string cookie = set_cookie.substr(0, set_cookie.find(';'));
  const std::string csrf = session["csrf_token"];

  httplib::Headers with_cookie = {{"Cookie", cookie}};
  res = browser->Get("/api/v1/session", with_cookie);
  ASSERT_EQ(res->status, 200) << res->body;
  EXPECT_EQ(parse(res)["user"], "amal");

  // A write carried by the cookie alone (what a forged cross-site form would send) is refused
  // and records nothing; with the CSRF token it goes through.
  res = browser->Post("/api/v1/events", with_cookie, registered("P-7", "Ana", "Pérez"),
                      "application/json");
  expect_problem(res, 403, "forbidden");
  EXPECT_EQ(store_->counts()->events, 0);
  httplib::Headers with_csrf = {{"Cookie", cookie}, {"X-CSRF-Token", csrf}};
  res = browser->Post("/api/v1/events", with_csrf, registered("P-7", "Ana", "Pérez"),
                      "application/json");
  ASSERT_EQ(res->status, 201) << res->body;
  EXPECT_NE(store_->events_of_person("P-7")->front().actor, "api");
  EXPECT_EQ(store_->events_of_person("P-7")->front().actor, "amal");

  // Signing out ends the session for good.
  res = browser->Delete("/api/v1/session", with_csrf);
  ASSERT_EQ(res->status, 204);
  expect_problem(browser->Get("/api/v1/persons/P-7", with_cookie), 401, "unauthorized");
}

TEST_F(HttpTest, AOneTimePasswordMustBeChangedBeforeAnythingElse) {
  access::Accounts accounts(*store_);
  auto first = accounts.add({"omar", "supervisor", "IOM", {}}, std::nullopt, clock_.now());
  ASSERT_TRUE(first.ok());
  auto browser = client_with("");
  auto res = browser->Post("/api/v1/session", json{{"name", "omar"}, {"password", *first}}.dump(),
                           "application/json");
  ASSERT_EQ(res->status, 201) << res->body;
  EXPECT_EQ(parse(res)["must_change_password"], true);
  const std::string set_cookie = res->get_header_value("Set-Cookie");
  httplib::Headers headers = {{"Cookie", set_cookie.substr(0, set_cookie.find(';'))},
                              {"X-CSRF-Token", parse(res)["csrf_token"]}};
  expect_problem(browser->Get("/api/v1/persons", headers), 403, "forbidden");

  res = browser->Post("/api/v1/account/password", headers,
                      json{{"current_password", *first}, {"password", "password123"}}.dump(),
                      "application/json");
  expect_problem(res, 422, "invalid_field", "password");
  res = browser->Post(
      "/api/v1/account/password", headers,
      json{{"current_password", "wrong"}, {"password", "a walk along the Tigris"}}.dump(),
      "application/json");
  expect_problem(res, 422, "invalid_field", "current_password");
  res = browser->Post(
      "/api/v1/account/password", headers,
      json{{"current_password", *first}, {"password", "a walk along the Tigris"}}.dump(),
      "application/json");
  ASSERT_EQ(res->status, 204) << res->body;
  EXPECT_EQ(browser->Get("/api/v1/persons", headers)->status, 200);
  EXPECT_FALSE(accounts.sign_in("omar", *first).ok());
}

TEST_F(HttpTest, SignInIsThrottledPerAccountAndRefusesHostileInputWithoutWriting) {
  access::Accounts accounts(*store_);
  ASSERT_TRUE(
      accounts.add({"amal", "caseworker", "UNHCR", {}}, "olive trees by the river", clock_.now()));
  auto browser = client_with("");
  const auto before = store_->dump_projections().value();
  for (const std::string& body :
       {std::string(""), std::string("[]"), std::string(R"({"name":"amal"})"),
        std::string(R"({"name":1,"password":"x"})"),
        std::string(R"({"name":"amal","password":"x","role":"admin"})"),
        json{{"name", "amal' OR '1'='1"}, {"password", "' OR ''='"}}.dump(),
        json{{"name", "<script>alert(1)</script>"}, {"password", "x"}}.dump(),
        json{{"name", std::string(5000, 'a')}, {"password", "x"}}.dump()}) {
    auto res = browser->Post("/api/v1/session", body, "application/json");
    ASSERT_TRUE(res);
    EXPECT_GE(res->status, 400) << body;
    EXPECT_LT(res->status, 500) << body;
    EXPECT_EQ(res->get_header_value("Set-Cookie"), "") << body;
    EXPECT_EQ(res->body.find("<script>"), std::string::npos) << body;
  }
  EXPECT_EQ(store_->dump_projections().value(), before);

  const std::string wrong = json{{"name", "amal"}, {"password", "not her password"}}.dump();
  for (int i = 0; i < 5; ++i) {
    expect_problem(browser->Post("/api/v1/session", wrong, "application/json"), 401,
                   "unauthorized");
  }
  // Now even the right password waits: a guesser cannot tell when it has found it.
  const std::string right = json{{"name", "amal"}, {"password", "olive trees by the river"}}.dump();
  auto res = browser->Post("/api/v1/session", right, "application/json");
  expect_problem(res, 429, "too_many_requests");
  EXPECT_FALSE(res->get_header_value("Retry-After").empty());
  clock_.set(Timestamp{clock_.now().micros + 16LL * 60 * 1'000'000});
  EXPECT_EQ(browser->Post("/api/v1/session", right, "application/json")->status, 201);
}

TEST_F(HttpTest, ARoleRecordsOnlyTheEventsTheTableGivesIt) {
  // No role outside the caseworkers' may post events at all yet; the table's event lines are
  // checked per event all the same.
  const access::Permissions& table = access::permissions();
  EXPECT_TRUE(table.may_record("caseworker", "detention.started"));
  EXPECT_FALSE(table.may_record("statistician", "detention.started"));
  EXPECT_FALSE(table.may_record("auditor", "person.registered"));
  auto auditor = client_with(token_for("audrey", "auditor"));
  expect_problem(
      auditor->Post("/api/v1/events", registered("P-1", "Ana", "Pérez"), "application/json"), 403,
      "forbidden");
  EXPECT_EQ(store_->counts()->events, 0);
}

TEST_F(HttpTest, ATokenIssuedByAnotherProcessWhileServingSignsInAndIsAudited) {
  // As `haven user token` run beside `haven serve`: another connection writes the token;
  // the server must see it, and its own writes (the audit entry) must not fail as "locked".
  record(registered("P-1", "Ana", "Pérez"));
  ASSERT_EQ(get("/api/v1/persons/P-1")->status, 200);
  for (int round = 0; round < 3; ++round) {
    std::string token;
    {
      auto other = store::Store::Open({.location = (dir_ / "t.db").string(), .keys = keys_});
      ASSERT_TRUE(other.ok()) << other.error().describe();
      {
        auto batch = (*other)->begin_write();  // released before issue_token writes
        ASSERT_TRUE(batch.ok());
        ASSERT_TRUE((*batch)->put_user(
            {"cli.user", "caseworker", "CLI", "[]", "!", false, false, clock_.now().micros}));
        ASSERT_TRUE((*batch)->commit());
      }
      token = access::Accounts(**other).issue_token("cli.user", 1, clock_.now()).value();
    }
    auto res = client_with(token)->Get("/api/v1/persons/P-1");
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 200) << "round " << round << ": " << res->body;
    EXPECT_EQ(get("/api/v1/persons/P-1")->status, 200) << "round " << round;
  }
}

TEST_F(HttpTest, AnswersCarrySecurityHeaders) {
  auto res = get("/api/v1/health");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->get_header_value("X-Content-Type-Options"), "nosniff");
  EXPECT_EQ(res->get_header_value("X-Frame-Options"), "DENY");
  EXPECT_NE(res->get_header_value("Content-Security-Policy").find("frame-ancestors 'none'"),
            std::string::npos);
  res = get("/");
  EXPECT_EQ(res->get_header_value_count("Content-Security-Policy"), 1u);
}

}  // namespace
}  // namespace haven::http::testing

namespace haven::http::testing {
namespace {

// A server that lets one address make 3 requests at once and 60 a minute.
class RateLimitTest : public HttpTest {
 protected:
  ServerOptions options() override {
    ServerOptions options = HttpTest::options();
    options.requests_per_minute = 60;
    options.request_burst = 3;
    return options;
  }
};

TEST_F(RateLimitTest, AnAddressOverItsRateWaitsAndHealthStillAnswers) {
  // The fixture's clock stands still, so the bucket does not refill during the test.
  for (int i = 0; i < 3; ++i) {
    auto res = client_->Get("/api/v1/persons");
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 200) << i;
  }
  auto refused = client_->Get("/api/v1/persons");
  expect_problem(refused, 429, "too_many_requests");
  EXPECT_EQ(refused->get_header_value("Retry-After"), "1");  // one request a second
  // Refused before anything else: not even a bad session gets further.
  auto anonymous = client_with("")->Get("/api/v1/persons");
  expect_problem(anonymous, 429, "too_many_requests");
  // A health check is not a request for data: it is always answered.
  auto health = client_->Get("/health");
  ASSERT_TRUE(health);
  EXPECT_EQ(health->status, 200);
}

}  // namespace
}  // namespace haven::http::testing
