// GET /api/v1/persons/{id} with the clock of a detention going on, the person search with its
// filters and cursor, incidents and tracing requests.

#include <set>
#include <string>

#include "integration/http/http_fixture.h"

namespace haven::http::testing {
namespace {

TEST_F(HttpTest, GetsAPersonWithTheTimeline) {
  record("[" + registered("P-1", "José", "Núñez") + "," + detained("P-1") + "]");
  auto res = get("/api/v1/persons/P-1");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  EXPECT_EQ(res->get_header_value("Content-Type"), "application/json");
  json body = parse(res);
  EXPECT_EQ(body["person"]["person_id"], "P-1");
  EXPECT_EQ(body["person"]["given_name"], "José");
  EXPECT_EQ(body["person"]["in_detention"], true);
  ASSERT_EQ(body["timeline"].size(), 2u);
  EXPECT_EQ(body["timeline"][0]["type"], "person.registered");
  EXPECT_EQ(body["timeline"][1]["type"], "detention.started");
}

TEST_F(HttpTest, ADetainedPersonCarriesTheClockOfTheirDetention) {
  // Held since 2 March under the international profile (now is 1 June): told of consular
  // rights the same day, and reviewed four times, each before it fell due.
  record("[" + registered("P-1", "Ana", "Pérez") + "," + detained("P-1") + "]");
  record(event_at("consular.rights_informed", "P-1", "2026-03-02T18:00:00Z", {{"language", "es"}}));
  for (const char* at : {"2026-03-03T10:00:00Z", "2026-03-30T10:00:00Z", "2026-04-29T10:00:00Z",
                         "2026-05-30T10:00:00Z"}) {
    record(event_at("detention.reviewed", "P-1", at, {{"outcome", "continued"}}));
  }
  auto res = get("/api/v1/persons/P-1");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  const json clock = parse(res)["person"]["detention_clock"];
  EXPECT_EQ(clock["held_since"], "2026-03-02T10:00:00Z");
  EXPECT_EQ(clock["facility"], "Tapachula");
  EXPECT_EQ(clock["hours_held"], 90 * 24 + 14);
  // Reviews at 48 hours, then every 30 days: the fifth is owed at day 120.
  EXPECT_EQ(clock["next_review_due"], "2026-06-30T10:00:00Z");
  EXPECT_EQ(clock["max_days"], 180);
  EXPECT_EQ(clock["max_at"], "2026-08-29T10:00:00Z");
  EXPECT_EQ(clock["consular_rights_due"], "2026-03-03T10:00:00Z");
  EXPECT_EQ(clock["consular_rights_given_at"], "2026-03-02T18:00:00Z");
}

TEST_F(HttpTest, ATransferDoesNotResetTheDetentionClock) {
  record("[" + registered("P-2", "Luis", "Gómez") + "," + detained("P-2") + "]");
  record(event_at("detention.ended", "P-2", "2026-04-01T10:00:00Z", {{"reason", "transferred"}}));
  record(event_at("detention.started", "P-2", "2026-04-01T16:00:00Z", {{"facility", "Siglo XXI"}}));
  auto res = get("/api/v1/persons/P-2");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  const json clock = parse(res)["person"]["detention_clock"];
  EXPECT_EQ(clock["held_since"], "2026-03-02T10:00:00Z");
  EXPECT_EQ(clock["facility"], "Siglo XXI");
  // Never reviewed, never told: the first review and the rights are owed still.
  EXPECT_EQ(clock["next_review_due"], "2026-03-04T10:00:00Z");
  EXPECT_EQ(clock["consular_rights_due"], "2026-03-03T10:00:00Z");
  EXPECT_TRUE(clock["consular_rights_given_at"].is_null());
}

TEST_F(HttpTest, NoDetentionClockAfterReleaseNorForAViewerWithoutTheDetentionPart) {
  record("[" + registered("P-3", "Eva", "Ramos") + "," + detained("P-3") + "]");
  record(event_at("detention.ended", "P-3", "2026-04-01T10:00:00Z", {{"reason", "released"}}));
  auto res = get("/api/v1/persons/P-3");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  EXPECT_FALSE(parse(res)["person"].contains("detention_clock")) << res->body;

  // A clinic that P-4, detained, was referred to sees who she is, not her detention.
  record("[" + registered("P-4", "Hiba", "Saleh") + "," + detained("P-4") + "]");
  record(json{{"type", "provider.registered"},
              {"occurred_at", "2026-03-01T10:00:00Z"},
              {"provider_id", "PR-MED"},
              {"name", "Clinica"},
              {"services", {"medical"}}}
             .dump());
  record(event_at("referral.made", "P-4", "2026-03-03T10:00:00Z",
                  {{"referral_id", "R-1"},
                   {"service", "medical"},
                   {"provider_id", "PR-MED"},
                   {"consent", true}}));
  {
    auto batch = store_->begin_write();  // released before token_for writes
    ASSERT_TRUE(batch.ok());
    ASSERT_TRUE((*batch)->put_user(
        {"clinic.nurse", "service_provider", "Clinica", "[]", "!", false, false, 0, "PR-MED"}));
    ASSERT_TRUE((*batch)->commit());
  }
  auto nurse = client_with(token_for("clinic.nurse", "service_provider"));
  res = nurse->Get("/api/v1/persons/P-4");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  EXPECT_FALSE(parse(res)["person"].contains("detention_clock")) << res->body;
  EXPECT_FALSE(parse(res)["person"].contains("detention_episodes"));
  res = get("/api/v1/persons/P-4");
  ASSERT_TRUE(res);
  EXPECT_TRUE(parse(res)["person"].contains("detention_clock")) << "the admin sees it";
}

TEST_F(HttpTest, UnknownPersonIsNotFound) {
  expect_problem(get("/api/v1/persons/P-404"), 404, "not_found");
}

TEST_F(HttpTest, IdsWithSqlMetacharactersAreJustUnknown) {
  record(registered("P-1", "Ana", "Pérez"));
  for (const char* path : {"/api/v1/persons/P-1'%20OR%20'1'='1",
                           "/api/v1/persons/P-1%27%3B%20DROP%20TABLE%20events%3B--",
                           "/api/v1/persons/%22%29%3B--", "/api/v1/incidents/1%20OR%201=1",
                           "/api/v1/tracing-requests/%25%27%22%5C", "/api/v1/persons/%FF%FE"}) {
    auto res = get(path);
    ASSERT_TRUE(res) << path;
    EXPECT_EQ(res->status, 404) << path << " " << res->body;
  }
  EXPECT_EQ(get("/api/v1/persons/P-1")->status, 200);
  EXPECT_EQ(parse(get("/health"))["events"], 1);
}

TEST_F(HttpTest, IdsMayContainSlashes) {
  record(registered("MX/2026/17", "Ana", "Pérez"));
  EXPECT_EQ(get("/api/v1/persons/MX/2026/17")->status, 200);
  EXPECT_EQ(get("/api/v1/persons/MX%2F2026%2F17")->status, 200);
}

TEST_F(HttpTest, SearchIgnoresCaseAndDiacritics) {
  record("[" + registered("P-1", "José", "Núñez") + "," + registered("P-2", "Ana", "Pérez") + "]");
  auto res = get("/api/v1/persons?q=jose%20nunez");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  json body = parse(res);
  ASSERT_EQ(body["persons"].size(), 1u);
  EXPECT_EQ(body["persons"][0]["person_id"], "P-1");
  EXPECT_TRUE(body["next_cursor"].is_null());

  EXPECT_EQ(parse(get("/api/v1/persons?q=NUNEZ"))["persons"].size(), 1u);
  EXPECT_EQ(parse(get("/api/v1/persons?q=nobody"))["persons"].size(), 0u);
  EXPECT_EQ(parse(get("/api/v1/persons"))["persons"].size(), 2u);
}

TEST_F(HttpTest, PagesWithACursor) {
  std::string batch = "[";
  for (int i = 1; i <= 7; ++i) {
    if (i > 1) batch += ",";
    batch += registered("P-" + std::to_string(i), "Name", "Family");
  }
  record(batch + "]");

  std::vector<std::string> seen;
  std::vector<std::size_t> sizes;
  std::string path = "/api/v1/persons?limit=3";
  for (int page = 0; page < 10; ++page) {
    auto res = get(path);
    ASSERT_TRUE(res);
    ASSERT_EQ(res->status, 200) << res->body;
    json body = parse(res);
    sizes.push_back(body["persons"].size());
    for (const json& person : body["persons"]) seen.push_back(person["person_id"]);
    if (body["next_cursor"].is_null()) break;
    path = "/api/v1/persons?limit=3&cursor=" + body["next_cursor"].get<std::string>();
  }
  EXPECT_EQ(sizes, (std::vector<std::size_t>{3, 3, 1}));
  EXPECT_EQ(seen, (std::vector<std::string>{"P-1", "P-2", "P-3", "P-4", "P-5", "P-6", "P-7"}));
}

TEST_F(HttpTest, FiltersByNationalityAndDetention) {
  record("[" + registered("P-1", "Ana", "Pérez", "HND") + "," +
         registered("P-2", "Luis", "Gómez", "GTM") + "," + detained("P-2") + "]");
  json hnd = parse(get("/api/v1/persons?nationality=HND"));
  ASSERT_EQ(hnd["persons"].size(), 1u);
  EXPECT_EQ(hnd["persons"][0]["person_id"], "P-1");
  json held = parse(get("/api/v1/persons?detained=true"));
  ASSERT_EQ(held["persons"].size(), 1u);
  EXPECT_EQ(held["persons"][0]["person_id"], "P-2");
  EXPECT_EQ(parse(get("/api/v1/persons?detained=false"))["persons"].size(), 1u);
}

TEST_F(HttpTest, RefusesBadSearchParameters) {
  for (const char* limit : {"0", "1001", "abc", "-1", "2x"}) {
    expect_problem(get(std::string("/api/v1/persons?limit=") + limit), 400, "bad_request", "limit");
  }
  for (const char* cursor : {"!!", "abc", "MTIz%3D", "LTE"}) {
    expect_problem(get(std::string("/api/v1/persons?cursor=") + cursor), 400, "bad_request",
                   "cursor");
  }
  expect_problem(get("/api/v1/persons?nationality=Honduras"), 400, "bad_request", "nationality");
  expect_problem(get("/api/v1/persons?nationality=hnd"), 400, "bad_request", "nationality");
  expect_problem(get("/api/v1/persons?detained=yes"), 400, "bad_request", "detained");
  expect_problem(get("/api/v1/persons?status=illegal"), 400, "bad_request", "status");
  expect_problem(get("/api/v1/persons?nationalty=HND"), 400, "bad_request", "nationalty");
  expect_problem(get("/api/v1/persons?limit=1&limit=2"), 400, "bad_request", "limit");
  expect_problem(get("/api/v1/persons?q=" + std::string(201, 'a')), 400, "bad_request", "q");
  EXPECT_EQ(get("/api/v1/persons?limit=1000")->status, 200);
}

TEST_F(HttpTest, GetsIncidentsAndTracingRequests) {
  json incident = {{"type", "incident.reported"},
                   {"occurred_at", "2026-04-01T08:00:00-06:00"},
                   {"incident_id", "INC-1"},
                   {"category", "extortion"},
                   {"perpetrator", "smuggler"}};
  json tracing = {{"type", "tracing.requested"},
                  {"occurred_at", "2026-04-02T08:00:00Z"},
                  {"request_id", "TR-1"},
                  {"sought", {{"given_name", "María"}, {"family_name", "López"}}},
                  {"requester", "Rosa López"}};
  record("[" + incident.dump() + "," + tracing.dump() + "]");

  auto res = get("/api/v1/incidents/INC-1");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  EXPECT_EQ(parse(res)["incident_id"], "INC-1");
  res = get("/api/v1/tracing-requests/TR-1");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  EXPECT_EQ(parse(res)["request_id"], "TR-1");

  expect_problem(get("/api/v1/incidents/INC-2"), 404, "not_found");
  expect_problem(get("/api/v1/tracing-requests/TR-2"), 404, "not_found");
}

}  // namespace
}  // namespace haven::http::testing
