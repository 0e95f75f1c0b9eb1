// GET /api/v1/alerts and the alerts in a person's view: real server, real store, the
// built-in international profile.

#include "integration/http/http_fixture.h"

namespace haven::http::testing {
namespace {

TEST_F(HttpTest, AlertsListTheConsularDeadlineWithItsCitations) {
  record("[" + registered("P-1", "Ana", "Pérez") + "," + detained("P-1") + "]");
  auto res = get("/api/v1/alerts?as_of=2026-03-02T12:00:00Z&rule=consular.rights_not_informed");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  json body = parse(res);
  ASSERT_EQ(body.size(), 1u) << body.dump();
  EXPECT_EQ(body[0]["status"], "due");
  EXPECT_EQ(body[0]["person_id"], "P-1");
  EXPECT_EQ(body[0]["due_at"], "2026-03-03T10:00:00Z");
  EXPECT_EQ(body[0]["cites"][0], "VCCR art.36(1)(b)");

  res = get("/api/v1/alerts?as_of=2026-03-04&rule=consular.rights_not_informed&status=overdue");
  ASSERT_TRUE(res);
  EXPECT_EQ(parse(res).size(), 1u);
  res = get("/api/v1/alerts?as_of=2026-03-01&rule=consular.rights_not_informed");
  ASSERT_TRUE(res);
  EXPECT_EQ(parse(res).size(), 0u) << "nothing is owed before the detention";
}

TEST_F(HttpTest, AlertsOfOnePerson) {
  record("[" + registered("P-1", "Ana", "Pérez") + "," + detained("P-1") + "," +
         registered("P-2", "Luis", "Gómez") + "," + detained("P-2") + "]");
  auto res = get("/api/v1/alerts?as_of=2026-03-04&rule=consular.rights_not_informed");
  ASSERT_TRUE(res);
  EXPECT_EQ(parse(res).size(), 2u);
  res = get("/api/v1/alerts?as_of=2026-03-04&rule=consular.rights_not_informed&person=P-2");
  ASSERT_TRUE(res);
  json body = parse(res);
  ASSERT_EQ(body.size(), 1u);
  EXPECT_EQ(body[0]["person_id"], "P-2");
  expect_problem(get("/api/v1/alerts?person=P-404"), 404, "not_found", "person");
}

TEST_F(HttpTest, PersonViewCarriesOpenAlerts) {
  record("[" + registered("P-1", "Ana", "Pérez") + "," + detained("P-1") + "]");
  auto res = get("/api/v1/persons/P-1");
  ASSERT_TRUE(res);
  json body = parse(res);
  ASSERT_TRUE(body["alerts"].is_array());
  bool rights = false;
  for (const auto& alert : body["alerts"]) {
    rights |= alert["rule"] == "consular.rights_not_informed" && alert["status"] == "overdue";
  }
  EXPECT_TRUE(rights) << body["alerts"].dump();
}

TEST_F(HttpTest, AWriteThroughTheApiIsEvaluatedAtOnce) {
  record(registered("P-1", "Ana", "Pérez"));
  auto through = store_->setting("obligations.through");
  ASSERT_TRUE(through.ok());
  record(detained("P-1"));
  // The write itself brought the kept obligations up to the last event.
  auto after = store_->setting("obligations.through");
  auto last = store_->last_event_position();
  ASSERT_TRUE(after.ok() && last.ok());
  EXPECT_NE(*after, *through);
  EXPECT_EQ(*after, std::optional<std::string>(std::to_string(*last)));
}

TEST_F(HttpTest, AlertsSeeWritesMadeOutsideTheServer) {
  record(registered("P-1", "Ana", "Pérez"));
  auto res = get("/api/v1/alerts?as_of=2026-03-04&rule=consular.rights_not_informed");
  ASSERT_TRUE(res);
  EXPECT_EQ(parse(res).size(), 0u);
  // Another writer (an import from the command line) records straight into the store.
  const std::string event = detained("P-1");
  std::vector<ledger::InputEvent> batch{{event, 1}};
  auto report = ledger_->record(batch, {});
  ASSERT_TRUE(report.ok()) << report.error().describe();
  ASSERT_TRUE(report->errors.empty()) << report->errors.front().describe();
  res = get("/api/v1/alerts?as_of=2026-03-04&rule=consular.rights_not_informed");
  ASSERT_TRUE(res);
  EXPECT_EQ(parse(res).size(), 1u) << res->body;
  res = get("/api/v1/persons/P-1");
  ASSERT_TRUE(res);
  EXPECT_NE(res->body.find("consular.rights_not_informed"), std::string::npos);
}

TEST_F(HttpTest, AlertsRefuseBadParametersNamingThem) {
  expect_problem(get("/api/v1/alerts?as_of=yesterday"), 400, "bad_request", "as_of");
  expect_problem(get("/api/v1/alerts?known_at=2026-13-01"), 400, "bad_request", "known_at");
  expect_problem(get("/api/v1/alerts?rule=consular.late"), 400, "bad_request", "rule");
  expect_problem(get("/api/v1/alerts?status=late"), 400, "bad_request", "status");
  expect_problem(get("/api/v1/alerts?all=yes"), 400, "bad_request", "all");
  expect_problem(get("/api/v1/alerts?facility=Tapachula"), 400, "bad_request", "facility");
  expect_problem(get("/api/v1/alerts?rule=detention.max_exceeded&rule=child.no_guardian"), 400,
                 "bad_request", "rule");
}

}  // namespace
}  // namespace haven::http::testing
