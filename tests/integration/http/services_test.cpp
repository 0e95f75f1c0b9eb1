// The directory, referral, screening-form, tracing-candidate and returns routes: what they
// answer, and their refusals of bad parameters and bodies as problem+json.

#include "integration/http/http_fixture.h"

namespace haven::http::testing {
namespace {

class ServicesTest : public HttpTest {};

TEST_F(ServicesTest, RefusesBadParametersNamingThem) {
  expect_problem(get("/api/v1/providers?service=dance"), 400, "bad_request", "service");
  expect_problem(get("/api/v1/providers?language=klingon"), 400, "bad_request", "language");
  expect_problem(get("/api/v1/providers?country=Italy"), 400, "bad_request", "country");
  expect_problem(get("/api/v1/providers?colour=red"), 400, "bad_request", "colour");
  expect_problem(get("/api/v1/referrals?status=pending"), 400, "bad_request", "status");
  expect_problem(get("/api/v1/referrals?limit=0"), 400, "bad_request", "limit");
  expect_problem(get("/api/v1/screening-forms/washington_group_short_set?version=x"), 400,
                 "bad_request", "version");
  expect_problem(get("/api/v1/tracing-candidates/TR-1?limit=5000"), 400, "bad_request", "limit");
  expect_problem(get("/api/v1/incidents?category=theft"), 400, "bad_request", "category");
  expect_problem(get("/api/v1/incidents?stage=tried"), 400, "bad_request", "stage");
  expect_problem(get("/api/v1/incidents?country=libya"), 400, "bad_request", "country");
  expect_problem(get("/api/v1/tracing-requests?status=found"), 400, "bad_request", "status");
}

TEST_F(ServicesTest, IncidentsAndRequestsAreListedByWhereTheyStand) {
  record("[" + registered("V-1", "Abdi", "Ali") + "," +
         json{{"type", "incident.reported"},
              {"occurred_at", "2026-03-02T10:00:00Z"},
              {"incident_id", "INC-1"},
              {"category", "extortion"},
              {"location", {{"country", "LBY"}}},
              {"route", "central_mediterranean"},
              {"victims", {"V-1"}}}
             .dump() +
         "," +
         json{{"type", "incident.reported"},
              {"occurred_at", "2026-03-03T10:00:00Z"},
              {"incident_id", "INC-2"},
              {"category", "kidnapping"},
              {"location", {{"country", "MEX"}}}}
             .dump() +
         "," +
         json{{"type", "incident.progressed"},
              {"occurred_at", "2026-03-04T10:00:00Z"},
              {"incident_id", "INC-2"},
              {"stage", "investigated"}}
             .dump() +
         "," +
         json{{"type", "tracing.requested"},
              {"occurred_at", "2026-03-04T10:00:00Z"},
              {"request_id", "TR-1"},
              {"sought", {{"given_name", "Abdi"}}},
              {"requester", "his sister"}}
             .dump() +
         "]");
  auto ids = [&](const std::string& path, const char* key, const char* id) {
    std::vector<std::string> out;
    auto res = get(path);
    EXPECT_EQ(res->status, 200) << res->body;
    const json body = parse(res);
    for (const auto& item : body[key]) out.push_back(item[id]);
    return out;
  };
  using Ids = std::vector<std::string>;
  EXPECT_EQ(ids("/api/v1/incidents", "incidents", "incident_id"), (Ids{"INC-1", "INC-2"}));
  EXPECT_EQ(ids("/api/v1/incidents?stage=reported", "incidents", "incident_id"), Ids{"INC-1"});
  EXPECT_EQ(ids("/api/v1/incidents?stage=investigated", "incidents", "incident_id"), Ids{"INC-2"});
  EXPECT_EQ(
      ids("/api/v1/incidents?victim=V-1&route=central_mediterranean", "incidents", "incident_id"),
      Ids{"INC-1"});
  EXPECT_EQ(ids("/api/v1/incidents?country=MEX&category=kidnapping", "incidents", "incident_id"),
            Ids{"INC-2"});
  EXPECT_EQ(ids("/api/v1/tracing-requests?status=open", "tracing_requests", "request_id"),
            Ids{"TR-1"});
  EXPECT_TRUE(
      ids("/api/v1/tracing-requests?status=matched", "tracing_requests", "request_id").empty());
}

TEST_F(ServicesTest, UnknownRecordsAreNotFound) {
  expect_problem(get("/api/v1/providers/PR-404"), 404, "not_found");
  expect_problem(get("/api/v1/referrals/R-404"), 404, "not_found");
  expect_problem(get("/api/v1/screening-forms/feelings"), 404, "not_found");
  expect_problem(get("/api/v1/screening-forms/washington_group_short_set?version=9"), 404,
                 "not_found");
  expect_problem(get("/api/v1/tracing-candidates/TR-404"), 404, "not_found");
  expect_problem(get("/api/v1/returns/P-404"), 404, "not_found");
}

TEST_F(ServicesTest, FormsAreListedShownAndAddedWithoutARelease) {
  auto res = get("/api/v1/screening-forms");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200);
  EXPECT_GE(parse(res)["forms"].size(), 6U);
  res = get("/api/v1/screening-forms/age_and_accompaniment");
  ASSERT_EQ(res->status, 200);
  EXPECT_EQ(parse(res)["form"], "age_and_accompaniment");

  json form = {
      {"form", "shelter_intake"},
      {"version", 1},
      {"title", "Shelter intake"},
      {"source", "the shelter's own"},
      {"questions",
       {{{"id", "slept_outside"}, {"text", "Did you sleep outside?"}, {"type", "yes_no"}}}},
      {"findings",
       {{{"flag", "needs_shelter"},
         {"reason", "slept outside"},
         {"when", {{"question", "slept_outside"}, {"is", true}}}}}}};
  res = post("/api/v1/screening-forms", form.dump());
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 201) << res->body;
  form["title"] = "Changed";
  expect_problem(post("/api/v1/screening-forms", form.dump()), 422, "invalid_document", "version");
  form["findings"][0]["when"]["question"] = "slept_in";
  form["version"] = 2;
  expect_problem(post("/api/v1/screening-forms", form.dump()), 422, "invalid_document",
                 "findings[0].when.question");
  expect_problem(post("/api/v1/screening-forms", "not json"), 422, "invalid_document");

  // The added form is used like a built-in one.
  record("[" + registered("P-1", "Ana", "Pérez") + "," +
         json{{"type", "screening.recorded"},
              {"occurred_at", "2026-05-01T10:00:00Z"},
              {"person_id", "P-1"},
              {"form", "shelter_intake"},
              {"answers", {{"slept_outside", true}}}}
             .dump() +
         "]");
  res = get("/api/v1/persons/P-1");
  EXPECT_EQ(parse(res)["person"]["flags"][0]["flag"], "needs_shelter") << res->body;
}

TEST_F(ServicesTest, AReturnShowsTheAssessmentsItNeeds) {
  record("[" + registered("C-1", "Omar", "Said") + "," +
         json{{"type", "person.updated"},
              {"occurred_at", "2026-04-01T10:00:00Z"},
              {"person_id", "C-1"},
              {"birth_date", "2014-02-01"}}
             .dump() +
         "," +
         json{{"type", "return.planned"},
              {"occurred_at", "2026-05-01T10:00:00Z"},
              {"person_id", "C-1"},
              {"destination", "MAR"}}
             .dump() +
         "]");
  auto res = get("/api/v1/returns/C-1");
  ASSERT_EQ(res->status, 200) << res->body;
  json returns = parse(res)["returns"];
  ASSERT_EQ(returns.size(), 1U);
  EXPECT_EQ(returns[0]["destination"], "MAR");
  EXPECT_FALSE(returns[0]["ready"].get<bool>());
  ASSERT_FALSE(returns[0]["assessments"].empty());
  EXPECT_EQ(returns[0]["assessments"][0]["kind"], "best_interests_assessment");
  EXPECT_EQ(returns[0]["assessments"][0]["status"], "missing");

  record(json{{"type", "best_interests.assessed"},
              {"occurred_at", "2026-05-03T10:00:00Z"},
              {"person_id", "C-1"},
              {"outcome", "return with his family, who were traced"}}
             .dump());
  returns = parse(get("/api/v1/returns/C-1"))["returns"];
  EXPECT_EQ(returns[0]["assessments"][0]["status"], "done");
  EXPECT_TRUE(returns[0]["ready"].get<bool>());
}

}  // namespace
}  // namespace haven::http::testing
