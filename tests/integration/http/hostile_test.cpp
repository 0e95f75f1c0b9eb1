// Hostile input against every route, as an attacker with a valid session would send it:
// SQL and script injection, path traversal in ids, oversized ids, malformed parameters.
// Every answer is a 4xx (or a 200 that finds nothing), leaks no SQL, path or stack, echoes
// no script unescaped, and nothing is written.

#include <string>

#include "http/routes.h"
#include "http_fixture.h"

namespace haven::http::testing {
namespace {

const std::string kHostile[] = {
    "../../../../etc/passwd",
    "..%2F..%2Fetc%2Fpasswd",
    "P-1' OR '1'='1",
    "P-1\"; DROP TABLE persons; --",
    "<script>alert(1)</script>",
    "%00",
    "%3Cimg%20src=x%20onerror=alert(1)%3E",
    std::string(3000, 'A'),
};

void expect_no_leak(const httplib::Result& res, const std::string& where) {
  ASSERT_TRUE(res) << where;
  EXPECT_LT(res->status, 500) << where << ": " << res->body;
  for (const char* leak : {"SQLITE", "sqlite3", "SELECT ", "INSERT ", "/etc/passwd",
                           "root:", "<script>", "onerror=alert", "std::", "what():"}) {
    EXPECT_EQ(res->body.find(leak), std::string::npos)
        << where << " leaks " << leak << ": " << res->body.substr(0, 300);
  }
}

TEST_F(HttpTest, HostileIdsAndParametersOnEveryRouteAreRefusedWithoutALeakOrAWrite) {
  record(registered("P-1", "Ana", "Pérez"));
  const auto before = store_->dump_projections().value();
  const auto events = store_->counts()->events;
  for (const Route& route : routes()) {
    if (route.method != "GET") continue;
    std::string pattern(route.path);
    for (const std::string& hostile : kHostile) {
      std::string path = pattern;
      if (auto brace = path.find('{'); brace != std::string::npos) {
        path.replace(brace, path.find('}', brace) + 1 - brace, hostile);
      } else {
        path += "?q=" + hostile;
      }
      auto res = get(path);
      expect_no_leak(res, path.substr(0, 80));
      if (res && pattern.find('{') != std::string::npos) {
        EXPECT_GE(res->status, 400) << path.substr(0, 80);
      }
    }
  }
  EXPECT_EQ(store_->dump_projections().value(), before);
  EXPECT_EQ(store_->counts()->events, events);
}

TEST_F(HttpTest, InjectionInAnEventIsKeptAsTextAndHarmsNothing) {
  // A name is a name, whatever characters it holds: stored as given, and the tables stand.
  const std::string name = "Robert'); DROP TABLE persons;--";
  record(registered("P-1", name, "<script>alert(1)</script>"));
  auto res = get("/api/v1/persons/P-1");
  ASSERT_EQ(res->status, 200);
  const json person = parse(res)["person"];
  EXPECT_EQ(person["given_name"], name);
  EXPECT_EQ(person["family_name"], "<script>alert(1)</script>");
  EXPECT_EQ(res->get_header_value("Content-Type"), "application/json");
  EXPECT_EQ(store_->counts()->persons, 1);
}

TEST_F(HttpTest, HostileBodiesOnEveryWriteRouteAreRefusedAndWriteNothing) {
  const auto before = store_->dump_projections().value();
  for (const Route& route : routes()) {
    if (route.method != "POST") continue;
    for (const std::string& body :
         {std::string("{\"type\":\"person.registered\",\"person_id\":\"../../x\"}"),
          std::string("[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]"),
          std::string("\xff\xfe"), std::string("{\"name\":{\"$gt\":\"\"}}"),
          std::string("' OR 1=1 --")}) {
      auto res = post(std::string(route.path), body);
      expect_no_leak(res, std::string(route.path));
      if (res) {
        EXPECT_GE(res->status, 400) << route.path << ": " << body.substr(0, 40);
      }
    }
  }
  EXPECT_EQ(store_->dump_projections().value(), before);
  EXPECT_EQ(store_->counts()->events, 0);
}

}  // namespace
}  // namespace haven::http::testing
