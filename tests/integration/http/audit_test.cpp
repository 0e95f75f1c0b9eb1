// The server's audit log: reads, writes, refusals and sign-ins are recorded with who, what,
// from where and why; only auditors (and admins) read it; the chain the server wrote
// verifies.

#include <string>

#include "haven/audit/log.h"
#include "http_fixture.h"

namespace haven::http::testing {
namespace {

class AuditHttpTest : public HttpTest {
 protected:
  // The log as an auditor reads it through the API.
  json entries(const std::string& query = "") {
    auto auditor = client_with(token_for("ines.auditor", "auditor"));
    auto res = auditor->Get(("/api/v1/audit" + query).c_str());
    EXPECT_TRUE(res);
    EXPECT_EQ(res->status, 200) << res->body;
    return json::parse(res->body)["entries"];
  }
};

TEST_F(AuditHttpTest, AReadOfAPersonIsRecordedWithWhoWhatWhereAndWhy) {
  record(registered("P-1", "Ana", "Pérez"));
  auto lucia = client_with(token_for("lucia", "caseworker"));
  auto res = lucia->Get("/api/v1/persons/P-1", {{"X-Haven-Purpose", "case review"}});
  ASSERT_EQ(res->status, 200);

  const json found = entries("?target=/api/v1/persons/P-1");
  ASSERT_EQ(found.size(), 1u) << found.dump();
  EXPECT_EQ(found[0]["user"], "lucia");
  EXPECT_EQ(found[0]["action"], "read");
  EXPECT_EQ(found[0]["purpose"], "case review");
  EXPECT_EQ(found[0]["address"], "127.0.0.1");
  EXPECT_EQ(found[0]["status"], 200);
  EXPECT_EQ(found[0]["at"], "2026-06-01T00:00:00Z");
}

TEST_F(AuditHttpTest, AWriteIsRecordedWithTheEventsItMadeAndARefusalWithItsStatus) {
  record(registered("P-1", "Ana", "Pérez"));
  const json writes = entries("?action=write");
  ASSERT_EQ(writes.size(), 1u);
  EXPECT_EQ(writes[0]["user"], "test.admin");
  EXPECT_NE(writes[0]["detail"].get<std::string>().find("event_ids"), std::string::npos);

  auto stats = client_with(token_for("sam", "statistician"));
  ASSERT_EQ(stats->Get("/api/v1/persons/P-1")->status, 403);
  const json denied = entries("?user=sam");
  ASSERT_EQ(denied.size(), 1u);
  EXPECT_EQ(denied[0]["action"], "denied");
  EXPECT_EQ(denied[0]["status"], 403);
}

TEST_F(AuditHttpTest, SignInsAndFailedSignInsAreRecordedButNeverThePassword) {
  access::Accounts accounts(*store_);
  ASSERT_TRUE(
      accounts.add({"amal", "caseworker", "UNHCR", {}}, "olive trees by the river", clock_.now()));
  auto browser = client_with("");
  browser->Post("/api/v1/session", R"({"name":"amal","password":"wrong guess here"})",
                "application/json");
  browser->Post("/api/v1/session", R"({"name":"amal","password":"olive trees by the river"})",
                "application/json");
  const json found = entries("?user=amal");
  ASSERT_EQ(found.size(), 2u) << found.dump();
  EXPECT_EQ(found[0]["action"], "sign_in_failed");
  EXPECT_EQ(found[0]["status"], 401);
  EXPECT_EQ(found[1]["action"], "sign_in");
  EXPECT_EQ(found.dump().find("olive"), std::string::npos);
  EXPECT_EQ(found.dump().find("wrong guess"), std::string::npos);
}

TEST_F(AuditHttpTest, OnlyAuditorsAndAdminsReadTheLogAndItsFiltersAreChecked) {
  for (const char* role : {"caseworker", "supervisor", "statistician", "detention_monitor"}) {
    auto client = client_with(token_for(std::string("x.") + role, role));
    expect_problem(client->Get("/api/v1/audit"), 403, "forbidden");
  }
  EXPECT_EQ(get("/api/v1/audit")->status, 200);
  auto auditor = client_with(token_for("ines.auditor", "auditor"));
  expect_problem(auditor->Get("/api/v1/audit?since=yesterday"), 400, "bad_request", "since");
  expect_problem(auditor->Get("/api/v1/audit?after=-1"), 400, "bad_request", "after");
  expect_problem(auditor->Get("/api/v1/audit?limit=0"), 400, "bad_request", "limit");
  expect_problem(auditor->Get("/api/v1/audit?who=x"), 400, "bad_request", "who");
  // Auditors read the log and nothing else.
  expect_problem(auditor->Get("/api/v1/persons"), 403, "forbidden");
}

TEST_F(AuditHttpTest, TheLogPagesOldestFirst) {
  for (int i = 1; i <= 3; ++i) record(registered("P-" + std::to_string(i), "Ana", "Pérez"));
  auto auditor = client_with(token_for("ines.auditor", "auditor"));
  json page = json::parse(auditor->Get("/api/v1/audit?action=write&limit=2")->body);
  ASSERT_EQ(page["entries"].size(), 2u);
  const std::int64_t after = page["next_after"];
  page = json::parse(
      auditor->Get(("/api/v1/audit?action=write&limit=2&after=" + std::to_string(after)).c_str())
          ->body);
  ASSERT_EQ(page["entries"].size(), 1u);
  EXPECT_TRUE(page["next_after"].is_null());
}

TEST_F(AuditHttpTest, TheChainTheServerWroteVerifies) {
  record(registered("P-1", "Ana", "Pérez"));
  get("/api/v1/persons/P-1");
  get("/api/v1/cases");
  audit::Log log(*store_, clock_, dir_ / "t.db.audit-head");
  auto verified = log.verify();
  ASSERT_TRUE(verified.ok());
  EXPECT_EQ(verified->entries, 3);
  EXPECT_TRUE(verified->head_file_kept);
  EXPECT_TRUE(verified->intact());
}

}  // namespace
}  // namespace haven::http::testing
