// The statistics routes: indicators and tables of a period, a table only after disclosure
// control (a withheld cell has its status and no value) in each format it is served in, bad
// parameters named, the statistician's aggregates-only access, and every read on the audit
// log.

#include <string>

#include "http_fixture.h"

namespace haven::http::testing {
namespace {

class StatsHttpTest : public HttpTest {
 protected:
  // Seven men and two women, all born in 1990: the women's cells are too small to publish.
  void register_nine() {
    json batch = json::array();
    for (int i = 1; i <= 9; ++i) {
      json person = json::parse(registered("P-" + std::to_string(i), "Name", "Family"));
      person["sex"] = i <= 7 ? "M" : "F";
      batch.push_back(person);
    }
    record(batch.dump());
  }

  std::string registered_tenth() { return registered("P-10", "Name", "Family"); }

  std::unique_ptr<httplib::Client> statistician() {
    return client_with(token_for("sara.stats", "statistician"));
  }
};

TEST_F(StatsHttpTest, TheIndicatorsOfAPeriodEachCiteTheParagraphTheyInform) {
  register_nine();
  auto res = statistician()->Get("/api/v1/stats/indicators?period=2026");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  EXPECT_EQ(res->get_header_value("Content-Type"), "application/json");
  const json body = parse(res);
  EXPECT_EQ(body["period"], "2026");
  bool found = false;
  for (const json& indicator : body["indicators"]) {
    EXPECT_TRUE(indicator.contains("value"));
    EXPECT_NE(indicator.value("paragraph", "").find("A/RES/66/172"), std::string::npos);
    if (indicator["id"] == "persons_registered") {
      found = true;
      EXPECT_EQ(indicator["value"], 9);
      EXPECT_EQ(indicator["unit"], "persons");
    }
  }
  EXPECT_TRUE(found) << body.dump();
  // Another year counts nobody.
  res = statistician()->Get("/api/v1/stats/indicators?period=2025");
  ASSERT_EQ(res->status, 200);
  const json other_year = parse(res);
  for (const json& indicator : other_year["indicators"]) {
    if (indicator["id"] == "persons_registered") {
      EXPECT_EQ(indicator["value"], 0);
    }
  }
}

// Counts are kept between requests, but never past a new event: the next reader sees it.
TEST_F(StatsHttpTest, AnEventRecordedSinceIsCountedAtTheNextRequest) {
  register_nine();
  const auto persons_registered = [&] {
    auto res = statistician()->Get("/api/v1/stats/indicators?period=2026");
    EXPECT_EQ(res->status, 200);
    const json body = parse(res);
    for (const json& indicator : body["indicators"]) {
      if (indicator["id"] == "persons_registered") return indicator["value"].get<int>();
    }
    return -1;
  };
  EXPECT_EQ(persons_registered(), 9);
  EXPECT_EQ(persons_registered(), 9);  // kept
  record(json::array({json::parse(registered_tenth())}).dump());
  EXPECT_EQ(persons_registered(), 10);
}

TEST_F(StatsHttpTest, ATableIsServedOnlyAfterDisclosureControl) {
  register_nine();
  auto tables = statistician()->Get("/api/v1/stats/tables");
  ASSERT_EQ(tables->status, 200) << tables->body;
  bool listed = false;
  const json list = parse(tables);
  for (const json& table : list["tables"]) {
    listed = listed || table["name"] == "registered_by_age";
    EXPECT_FALSE(table.value("paragraph", "").empty());
  }
  EXPECT_TRUE(listed);

  auto res = statistician()->Get("/api/v1/stats/tables/registered_by_age?period=2026");
  ASSERT_EQ(res->status, 200) << res->body;
  const json table = parse(res);
  ASSERT_EQ(table["dimensions"].size(), 2u);
  int withheld = 0;
  for (const json& cell : table["cells"]) {
    if (cell["status"] == "F") {
      const int value = cell["value"];
      EXPECT_TRUE(value == 0 || value >= 5) << cell.dump();
    } else {
      ++withheld;
      EXPECT_TRUE(cell["value"].is_null()) << cell.dump();
      EXPECT_TRUE(cell["status"] == "C" || cell["status"] == "D") << cell.dump();
    }
  }
  EXPECT_GT(withheld, 0) << "two women of one age group cannot be published";

  // A lower threshold publishes them; rounding publishes every cell, as a multiple of 5.
  res = statistician()->Get("/api/v1/stats/tables/registered_by_age?period=2026&threshold=1");
  ASSERT_EQ(res->status, 200) << res->body;
  const json unprotected = parse(res);
  for (const json& cell : unprotected["cells"]) EXPECT_EQ(cell["status"], "F");
  res = statistician()->Get("/api/v1/stats/tables/registered_by_age?period=2026&round=5");
  ASSERT_EQ(res->status, 200) << res->body;
  const json rounded = parse(res);
  for (const json& cell : rounded["cells"]) {
    EXPECT_EQ(cell["status"], "F");
    EXPECT_EQ(cell["value"].get<int>() % 5, 0) << cell.dump();
  }
}

TEST_F(StatsHttpTest, EachFormatIsServedWithItsTypeAndAsADownload) {
  register_nine();
  const std::string path = "/api/v1/stats/tables/registered_by_age?period=2026-Q1&format=";
  struct Expected {
    const char* format;
    const char* type;
    const char* starts;
  };
  for (const Expected& e : {
           Expected{"csv", "text/csv", "SEX,SEX_LABEL,"},
           Expected{"sdmx-csv", "application/vnd.sdmx.data+csv", "DATAFLOW,"},
           Expected{"sdmx-ml", "application/vnd.sdmx.genericdata+xml", "<?xml"},
           Expected{"sdmx-json", "application/vnd.sdmx.data+json", "{"},
           Expected{"hxl", "text/csv", ""},
           Expected{"xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    "PK"},
       }) {
    auto res = statistician()->Get((path + e.format).c_str());
    ASSERT_TRUE(res);
    ASSERT_EQ(res->status, 200) << e.format << ": " << res->body.substr(0, 300);
    EXPECT_TRUE(res->get_header_value("Content-Type").starts_with(e.type)) << e.format;
    EXPECT_TRUE(res->body.starts_with(e.starts)) << e.format << ": " << res->body.substr(0, 80);
    EXPECT_NE(res->get_header_value("Content-Disposition").find("registered_by_age-2026-Q1"),
              std::string::npos)
        << e.format;
  }
  // A withheld count is flagged, its value left empty.
  auto res = statistician()->Get((path + "csv").c_str());
  EXPECT_NE(res->body.find(",,suppressed ("), std::string::npos) << res->body;
}

TEST_F(StatsHttpTest, BadParametersAreNamedBeforeAnyRecordIsRead) {
  auto client = statistician();
  expect_problem(client->Get("/api/v1/stats/indicators"), 400, "bad_request", "period");
  expect_problem(client->Get("/api/v1/stats/indicators?period=2026-13"), 400, "bad_request",
                 "period");
  expect_problem(client->Get("/api/v1/stats/indicators?period=last+year"), 400, "bad_request",
                 "period");
  expect_problem(client->Get("/api/v1/stats/indicators?period=2026&table=x"), 400, "bad_request",
                 "table");
  expect_problem(client->Get("/api/v1/stats/tables?period=2026"), 400, "bad_request", "period");
  const std::string table = "/api/v1/stats/tables/registered?period=2026";
  expect_problem(client->Get("/api/v1/stats/tables/registered"), 400, "bad_request", "period");
  expect_problem(client->Get("/api/v1/stats/tables/nothing?period=2026"), 404, "not_found", "name");
  auto res = client->Get("/api/v1/stats/tables/%3Cscript%3E?period=2026");
  expect_problem(res, 404, "not_found", "name");
  EXPECT_EQ(res->body.find("<script>"), std::string::npos);
  expect_problem(client->Get((table + "&threshold=0").c_str()), 400, "bad_request", "threshold");
  expect_problem(client->Get((table + "&threshold=five").c_str()), 400, "bad_request", "threshold");
  expect_problem(client->Get((table + "&threshold=-3").c_str()), 400, "bad_request", "threshold");
  expect_problem(client->Get((table + "&round=4").c_str()), 400, "bad_request", "round");
  expect_problem(client->Get((table + "&round=5&threshold=3").c_str()), 400, "bad_request",
                 "round");
  expect_problem(client->Get((table + "&format=pdf").c_str()), 400, "bad_request", "format");
  expect_problem(client->Get((table + "&format=csv&format=json").c_str()), 400, "bad_request",
                 "format");
}

TEST_F(StatsHttpTest, TheStatisticianSeesAggregatesOnlyAndCaseworkersNoStatistics) {
  register_nine();
  auto stats = statistician();
  for (const char* path :
       {"/api/v1/persons", "/api/v1/persons/P-1", "/api/v1/persons/possible-duplicates",
        "/api/v1/alerts", "/api/v1/dashboard", "/api/v1/duplicates", "/api/v1/cases",
        "/api/v1/queue", "/api/v1/incidents", "/api/v1/tracing-requests", "/api/v1/referrals",
        "/api/v1/returns/P-1", "/api/v1/audit"}) {
    auto res = stats->Get(path);
    expect_problem(res, 403, "forbidden");
    EXPECT_EQ(res->body.find("P-1\""), std::string::npos) << path;
  }
  EXPECT_EQ(stats->Get("/api/v1/stats/tables")->status, 200);
  EXPECT_EQ(stats->Get("/api/v1/stats/indicators?period=2026")->status, 200);
  // Supervisors see the whole picture too; casework, monitors and consulates do not.
  auto supervisor = client_with(token_for("omar.sup", "supervisor"));
  EXPECT_EQ(supervisor->Get("/api/v1/stats/indicators?period=2026")->status, 200);
  for (const char* role :
       {"caseworker", "detention_monitor", "consular_officer", "auditor", "service_provider"}) {
    auto client = client_with(token_for(std::string("u.") + role, role));
    expect_problem(client->Get("/api/v1/stats/indicators?period=2026"), 403, "forbidden");
  }
}

TEST_F(StatsHttpTest, EveryStatisticsReadIsOnTheAuditLog) {
  register_nine();
  auto res = statistician()->Get("/api/v1/stats/tables/registered?period=2026&format=sdmx-csv",
                                 {{"X-Haven-Purpose", "annual report"}});
  ASSERT_EQ(res->status, 200);
  auto auditor = client_with(token_for("ines.auditor", "auditor"));
  res = auditor->Get("/api/v1/audit?target=/api/v1/stats/tables/registered");
  ASSERT_EQ(res->status, 200) << res->body;
  const json entries = parse(res)["entries"];
  ASSERT_EQ(entries.size(), 1u) << entries.dump();
  EXPECT_EQ(entries[0]["user"], "sara.stats");
  EXPECT_EQ(entries[0]["action"], "read");
  EXPECT_EQ(entries[0]["purpose"], "annual report");
  EXPECT_NE(entries[0].value("detail", "").find("period=2026"), std::string::npos);
}

}  // namespace
}  // namespace haven::http::testing
