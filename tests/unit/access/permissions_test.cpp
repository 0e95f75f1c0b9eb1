// The permission table's parser, the shipped table's shape, and sign-in throttling.

#include "haven/access/permissions.h"

#include <gtest/gtest.h>

#include "haven/access/accounts.h"
#include "haven/access/throttle.h"

namespace haven::access {
namespace {

TEST(PermissionsTest, TheShippedTableParses) {
  auto table = Permissions::parse(permissions_text());
  ASSERT_TRUE(table.ok()) << table.error().describe();
  EXPECT_FALSE(table->routes().empty());
  const RouteRule* sign_in = table->route("POST", "/api/v1/session");
  ASSERT_NE(sign_in, nullptr);
  EXPECT_TRUE(sign_in->allowed.is_public);
}

TEST(PermissionsTest, OnlyHealthSignInAndTheSignInPageArePublic) {
  for (const RouteRule& rule : permissions().routes()) {
    if (!rule.allowed.is_public) continue;
    EXPECT_TRUE(rule.path == "/health" || rule.path == "/api/v1/health" ||
                rule.path == "/api/v1/session" || rule.path == "/" || rule.path == "/assets/{id}")
        << rule.path << " answers without a session";
  }
}

TEST(PermissionsTest, AStatisticianAndAnAuditorSeeNoPerson) {
  for (const char* role : {"statistician", "auditor"}) {
    for (const char* path : {"/api/v1/persons", "/api/v1/persons/{id}", "/api/v1/cases/{id}"}) {
      EXPECT_FALSE(permissions().route("GET", path)->allowed.admits(role)) << role << path;
    }
  }
}

TEST(PermissionsTest, AServiceProviderReadsOnePersonAtATimeAndNoCase) {
  // One person at a time (those referred to it, access/views.h), never the registry.
  EXPECT_TRUE(
      permissions().route("GET", "/api/v1/persons/{id}")->allowed.admits("service_provider"));
  for (const char* path : {"/api/v1/persons", "/api/v1/cases/{id}", "/api/v1/cases",
                           "/api/v1/alerts", "/api/v1/incidents"}) {
    EXPECT_FALSE(permissions().route("GET", path)->allowed.admits("service_provider")) << path;
  }
}

TEST(PermissionsTest, EventLinesMatchTypesAndFamilies) {
  auto table = Permissions::parse(
      "event detention.*   detention_monitor\n"
      "event consular.visited consular_officer\n"
      "event *             admin\n");
  ASSERT_TRUE(table.ok()) << table.error().describe();
  EXPECT_TRUE(table->may_record("detention_monitor", "detention.started"));
  EXPECT_FALSE(table->may_record("detention_monitor", "detentionX.started"));
  EXPECT_FALSE(table->may_record("detention_monitor", "case.note_added"));
  EXPECT_TRUE(table->may_record("consular_officer", "consular.visited"));
  EXPECT_FALSE(table->may_record("consular_officer", "consular.notified"));
  EXPECT_TRUE(table->may_record("admin", "case.note_added"));
}

TEST(PermissionsTest, ABrokenTableIsRefusedNamingTheLine) {
  struct Case {
    const char* text;
    int line;
    const char* says;
  };
  for (const Case& c :
       {Case{"route GET /a admin\nroute GET /a supervisor\n", 2, "already"},
        Case{"\n\nroute GET /a superuser\n", 3, "superuser"},
        Case{"route GET /a\n", 1, "names no one"}, Case{"route GET\n", 1, "route METHOD"},
        Case{"event person.* public\n", 1, "without a session"},
        Case{"allow GET /a admin\n", 1, "is not route, event"}}) {
    auto table = Permissions::parse(c.text);
    ASSERT_FALSE(table.ok()) << c.text;
    EXPECT_EQ(table.error().line, c.line) << c.text;
    EXPECT_NE(table.error().message.find(c.says), std::string::npos) << table.error().message;
  }
}

Timestamp at_seconds(std::int64_t seconds) { return Timestamp{seconds * 1'000'000}; }

TEST(SignInThrottleTest, AnAccountWaitsAfterItsLimitOfFailuresUntilTheyLeaveTheWindow) {
  SignInThrottle throttle({.per_account = 3, .per_address = 100, .window_seconds = 60});
  for (int i = 0; i < 3; ++i) {
    EXPECT_EQ(throttle.wait_seconds("amal", "10.0.0.1", at_seconds(i)), 0);
    throttle.failed("amal", "10.0.0.1", at_seconds(i));
  }
  EXPECT_EQ(throttle.wait_seconds("amal", "10.0.0.9", at_seconds(10)), 50);  // any address
  EXPECT_EQ(throttle.wait_seconds("omar", "10.0.0.1", at_seconds(10)), 0);   // other accounts
  EXPECT_EQ(throttle.wait_seconds("amal", "10.0.0.1", at_seconds(60)), 0);
  throttle.failed("amal", "10.0.0.1", at_seconds(61));
  throttle.succeeded("amal");
  EXPECT_EQ(throttle.wait_seconds("amal", "10.0.0.1", at_seconds(62)), 0);
}

TEST(SignInThrottleTest, AnAddressGuessingManyNamesWaitsToo) {
  SignInThrottle throttle({.per_account = 3, .per_address = 5, .window_seconds = 60});
  for (int i = 0; i < 5; ++i)
    throttle.failed("user" + std::to_string(i), "10.0.0.1", at_seconds(i));
  EXPECT_GT(throttle.wait_seconds("someone.else", "10.0.0.1", at_seconds(5)), 0);
  EXPECT_EQ(throttle.wait_seconds("someone.else", "10.0.0.2", at_seconds(5)), 0);
}

}  // namespace
}  // namespace haven::access
