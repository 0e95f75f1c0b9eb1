// GET /api/v1/dashboard: detention by facility, children held, consular rights week by week
// and alerts by rule, under the built-in international profile (now is Monday 1 June 2026).

#include <string>

#include "integration/http/http_fixture.h"

namespace haven::http::testing {
namespace {

class DashboardTest : public HttpTest {
 protected:
  static std::string held(const std::string& person, const std::string& at,
                          const std::string& facility) {
    return event_at("detention.started", person, at, {{"facility", facility}});
  }

  void SetUp() override {
    HttpTest::SetUp();
    // An adult at Tapachula told of consular rights within the day; then identified as a
    // victim of trafficking, with no help yet.
    record(registered("P-ADULT", "Ana", "Pérez", "HND"));
    record(held("P-ADULT", "2026-05-20T10:00:00Z", "Tapachula"));
    record(event_at("consular.rights_informed", "P-ADULT", "2026-05-20T20:00:00Z",
                    {{"language", "es"}}));
    record(event_at("vulnerability.assessed", "P-ADULT", "2026-05-21T10:00:00Z",
                    {{"vulnerabilities", {"trafficking_victim"}}}));
    // A child of 14 at Siglo XXI, told two days late.
    json child = json::parse(registered("P-CHILD", "Luis", "Ajú", "GTM"));
    child["birth_date"] = "2012-04-10";
    record(child.dump());
    record(held("P-CHILD", "2026-05-27T08:00:00Z", "Siglo XXI"));
    record(event_at("consular.rights_informed", "P-CHILD", "2026-05-29T08:00:00Z",
                    {{"language", "es"}}));
    // An adult at Tapachula never told.
    record(registered("P-NOT", "Eva", "Ramos", "SLV"));
    record(held("P-NOT", "2026-05-28T12:00:00Z", "Tapachula"));
    // Held at Tapachula since November, past the 180 days.
    json long_held = json::parse(registered("P-LONG", "José", "Reyes", "HND"));
    long_held["occurred_at"] = "2025-10-30T10:00:00Z";
    record(long_held.dump());
    record(held("P-LONG", "2025-11-01T10:00:00Z", "Tapachula"));
    record(event_at("consular.rights_informed", "P-LONG", "2025-11-01T12:00:00Z",
                    {{"language", "es"}}));
    // Held two days in May and released, never told.
    record(registered("P-OUT", "Rosa", "Cux", "HND"));
    record(held("P-OUT", "2026-05-19T10:00:00Z", "Tapachula"));
    record(event_at("detention.ended", "P-OUT", "2026-05-21T10:00:00Z", {{"reason", "released"}}));
  }

  json dashboard(httplib::Client& client, const std::string& query = "") {
    auto res = client.Get(("/api/v1/dashboard" + query).c_str());
    EXPECT_TRUE(res);
    if (!res) return json();
    EXPECT_EQ(res->status, 200) << res->body;
    return json::parse(res->body, nullptr, false);
  }

  static const json* row_of(const json& rows, const std::string& key, const std::string& value) {
    for (const json& row : rows) {
      if (row[key] == value) return &row;
    }
    return nullptr;
  }
};

TEST_F(DashboardTest, CountsWhoIsHeldWhereForHowLongAndTheChildrenAmongThem) {
  const json body = dashboard(*client_);
  EXPECT_EQ(body["as_of"], "2026-06-01T00:00:00Z");
  EXPECT_EQ(body["profile"], "international");
  const json& detention = body["detention"];
  EXPECT_EQ(detention["held_now"], 4);
  EXPECT_EQ(detention["max_days"], 180);
  ASSERT_EQ(detention["by_facility"].size(), 2u) << detention.dump();
  const json& tapachula = detention["by_facility"][0];
  EXPECT_EQ(tapachula["facility"], "Tapachula");  // the largest first
  EXPECT_EQ(tapachula["held"], 3);
  EXPECT_EQ(tapachula["children"], 0);
  EXPECT_EQ(tapachula["over_max"], 1);
  EXPECT_EQ(tapachula["lengths"], (json{{"under_2_days", 0},
                                        {"2_to_7_days", 1},
                                        {"8_to_30_days", 1},
                                        {"31_to_90_days", 0},
                                        {"over_90_days", 1}}));
  const json& siglo = detention["by_facility"][1];
  EXPECT_EQ(siglo["facility"], "Siglo XXI");
  EXPECT_EQ(siglo["held"], 1);
  EXPECT_EQ(siglo["children"], 1);
  EXPECT_EQ(siglo["over_max"], 0);
  EXPECT_EQ(siglo["lengths"]["2_to_7_days"], 1);
  ASSERT_EQ(detention["children"].size(), 1u);
  EXPECT_EQ(detention["children"][0], (json{{"person_id", "P-CHILD"},
                                            {"facility", "Siglo XXI"},
                                            {"held_since", "2026-05-27T08:00:00Z"},
                                            {"days", 4}}));
}

TEST_F(DashboardTest, CountsConsularRightsGivenOnTimeLateOrNotWeekByWeek) {
  const json consular = dashboard(*client_, "?weeks=3")["consular"];
  EXPECT_EQ(consular["rights_hours"], 24);
  const json expected = json::array({{{"week_start", "2026-05-18"},
                                      {"detained", 2},
                                      {"on_time", 1},
                                      {"late", 0},
                                      {"not_given", 1}},
                                     {{"week_start", "2026-05-25"},
                                      {"detained", 2},
                                      {"on_time", 0},
                                      {"late", 1},
                                      {"not_given", 1}},
                                     {{"week_start", "2026-06-01"},
                                      {"detained", 0},
                                      {"on_time", 0},
                                      {"late", 0},
                                      {"not_given", 0}}});
  EXPECT_EQ(consular["weeks"], expected);
  EXPECT_EQ(dashboard(*client_)["consular"]["weeks"].size(), 12u) << "twelve weeks by default";
}

TEST_F(DashboardTest, DescribesAMomentPast) {
  // On 21 May at midnight: P-OUT still held, P-CHILD and P-NOT not yet; P-ADULT had been
  // told, and P-OUT's deadline had passed untold.
  const json body = dashboard(*client_, "?as_of=2026-05-21T00:00:00Z&weeks=1");
  EXPECT_EQ(body["as_of"], "2026-05-21T00:00:00Z");
  EXPECT_EQ(body["detention"]["held_now"], 3);
  EXPECT_EQ(body["detention"]["by_facility"][0]["held"], 3);
  EXPECT_EQ(body["consular"]["weeks"], json::array({{{"week_start", "2026-05-18"},
                                                     {"detained", 2},
                                                     {"on_time", 1},
                                                     {"late", 0},
                                                     {"not_given", 1}}}));
}

TEST_F(DashboardTest, CountsAlertsByRuleMostUrgentFirstWithTheirCitations) {
  const json alerts = dashboard(*client_)["alerts"];
  const json* rights = row_of(alerts, "rule", "consular.rights_not_informed");
  ASSERT_NE(rights, nullptr) << alerts.dump();
  // P-NOT still waits; P-CHILD was told late and P-OUT released untold: breaches on record.
  EXPECT_EQ((*rights)["due"], 0);
  EXPECT_EQ((*rights)["overdue"], 1);
  EXPECT_EQ((*rights)["breach"], 2);
  EXPECT_EQ((*rights)["cites"][0], "VCCR art.36(1)(b)");
  const json* child = row_of(alerts, "rule", "detention.child_detained");
  ASSERT_NE(child, nullptr) << alerts.dump();
  EXPECT_EQ((*child)["overdue"], 1);
  EXPECT_NE(row_of(alerts, "rule", "victim.no_assistance"), nullptr) << alerts.dump();
  for (std::size_t i = 1; i < alerts.size(); ++i) {
    EXPECT_GE(alerts[i - 1]["overdue"].get<int>(), alerts[i]["overdue"].get<int>())
        << alerts.dump();
  }
}

TEST_F(DashboardTest, AMonitorGetsOnlyDetentionConsularAndChildRules) {
  auto monitor = client_with(token_for("mona", "detention_monitor"));
  const json body = dashboard(*monitor);
  ASSERT_FALSE(body["alerts"].empty());
  for (const json& row : body["alerts"]) {
    const std::string rule = row["rule"];
    EXPECT_TRUE(rule.starts_with("detention.") || rule.starts_with("consular.") ||
                rule.starts_with("child."))
        << rule;
  }
  EXPECT_NE(row_of(body["alerts"], "rule", "detention.child_detained"), nullptr);
  EXPECT_EQ(body["detention"]["held_now"], 4);
  // A monitor of Siglo XXI sees only who was held there.
  auto siglo = client_with(token_for("sami", "detention_monitor", {"Siglo XXI"}));
  const json there = dashboard(*siglo, "?weeks=2");
  EXPECT_EQ(there["detention"]["held_now"], 1);
  EXPECT_EQ(there["consular"]["weeks"][0]["detained"], 1);
  EXPECT_EQ(there["consular"]["weeks"][0]["late"], 1);
}

TEST_F(DashboardTest, ACaseworkerIsRefused) {
  auto caseworker = client_with(token_for("carla", "caseworker"));
  expect_problem(caseworker->Get("/api/v1/dashboard"), 403, "forbidden");
}

TEST_F(DashboardTest, BadParametersAreRefusedNamingThem) {
  expect_problem(get("/api/v1/dashboard?as_of=yesterday"), 400, "bad_request", "as_of");
  expect_problem(get("/api/v1/dashboard?weeks=0"), 400, "bad_request", "weeks");
  expect_problem(get("/api/v1/dashboard?weeks=abc"), 400, "bad_request", "weeks");
  expect_problem(get("/api/v1/dashboard?weeks=53"), 400, "bad_request", "weeks");
  expect_problem(get("/api/v1/dashboard?weeks=2&weeks=3"), 400, "bad_request", "weeks");
  expect_problem(get("/api/v1/dashboard?facility=Tapachula"), 400, "bad_request", "facility");
}

}  // namespace
}  // namespace haven::http::testing
