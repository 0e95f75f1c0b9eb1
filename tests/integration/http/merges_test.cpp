// Merged registrations over HTTP: after person.merged the kept person's page carries the
// duplicate's detention clock, alerts and timeline, the duplicate raises nothing of its own,
// and person.unmerged parts them again. The merges stay on both timelines with their actor.

#include <string>

#include "integration/http/http_fixture.h"

namespace haven::http::testing {
namespace {

std::string merge_event(const char* type, const std::string& at) {
  return json{{"type", type},
              {"occurred_at", at},
              {"person_id", "P-2"},
              {"into", "P-1"},
              {"reason", "same passport"}}
      .dump();
}

// The rules whose alerts `alerts` holds about `person`.
std::multiset<std::string> rules_of(const json& alerts, const std::string& person) {
  std::multiset<std::string> out;
  for (const json& alert : alerts) {
    if (alert["person_id"] == person) out.insert(alert["rule"].get<std::string>());
  }
  return out;
}

bool has_event(const json& timeline, const std::string& type, const std::string& person) {
  for (const json& event : timeline) {
    if (event["type"] == type && event["person_id"] == person) return true;
  }
  return false;
}

class MergesTest : public HttpTest {
 protected:
  json person(const std::string& id) {
    auto res = get("/api/v1/persons/" + id);
    EXPECT_TRUE(res);
    EXPECT_EQ(res->status, 200) << res->body;
    return parse(res);
  }
  json all_alerts() {
    auto res = get("/api/v1/alerts");
    EXPECT_TRUE(res);
    EXPECT_EQ(res->status, 200) << res->body;
    return parse(res);
  }
};

TEST_F(MergesTest, TheClockAndAlertsOfADuplicateMoveToTheKeptPersonAndBack) {
  record("[" + registered("P-1", "José", "Núñez") + "," + registered("P-2", "Jose", "Nunez") + "," +
         detained("P-2") + "]");
  ASSERT_TRUE(person("P-2")["person"].contains("detention_clock"));
  EXPECT_FALSE(person("P-1")["person"].contains("detention_clock"));
  const auto before = rules_of(all_alerts(), "P-2");
  ASSERT_TRUE(before.contains("consular.rights_not_informed"));

  record(merge_event("person.merged", "2026-05-01T00:00:00Z"));
  json kept = person("P-1");
  ASSERT_TRUE(kept["person"].contains("detention_clock")) << kept.dump();
  EXPECT_EQ(kept["person"]["detention_clock"]["held_since"], "2026-03-02T10:00:00Z");
  EXPECT_EQ(kept["person"]["detention_clock"]["facility"], "Tapachula");
  EXPECT_EQ(kept["person"]["detention_clock"]["consular_rights_due"], "2026-03-03T10:00:00Z");
  EXPECT_EQ(rules_of(kept["alerts"], "P-1"), before);
  EXPECT_TRUE(has_event(kept["timeline"], "detention.started", "P-2"));
  EXPECT_TRUE(has_event(kept["timeline"], "person.registered", "P-2"));
  // The merge is on the record, with who recorded it and why.
  bool merge_shown = false;
  for (const json& event : kept["timeline"]) {
    if (event["type"] != "person.merged") continue;
    merge_shown = true;
    EXPECT_EQ(event["actor"], "test.admin");
    EXPECT_EQ(event["reason"], "same passport");
  }
  EXPECT_TRUE(merge_shown) << kept["timeline"].dump();

  json duplicate = person("P-2");
  EXPECT_EQ(duplicate["person"]["merged_into"], "P-1");
  EXPECT_FALSE(duplicate["person"].contains("detention_clock"));
  EXPECT_TRUE(duplicate["alerts"].empty()) << duplicate["alerts"].dump();
  EXPECT_TRUE(has_event(duplicate["timeline"], "person.merged", "P-2"));
  // Raised once, for the kept person.
  const json alerts = all_alerts();
  EXPECT_TRUE(rules_of(alerts, "P-2").empty()) << alerts.dump();
  EXPECT_EQ(rules_of(alerts, "P-1"), before);

  // An event recorded under the duplicate after the merge counts for the kept person.
  record(json{
      {"type", "consular.rights_informed"},
      {"occurred_at", "2026-05-02T10:00:00Z"},
      {"person_id", "P-2"},
      {"language",
       "es"}}.dump());
  kept = person("P-1");
  EXPECT_EQ(kept["person"]["detention_clock"]["consular_rights_given_at"], "2026-05-02T10:00:00Z");

  record(merge_event("person.unmerged", "2026-05-03T00:00:00Z"));
  kept = person("P-1");
  EXPECT_FALSE(kept["person"].contains("detention_clock")) << kept.dump();
  EXPECT_TRUE(kept["alerts"].empty()) << kept["alerts"].dump();
  EXPECT_FALSE(has_event(kept["timeline"], "detention.started", "P-2"));
  EXPECT_TRUE(has_event(kept["timeline"], "person.merged", "P-2"));
  EXPECT_TRUE(has_event(kept["timeline"], "person.unmerged", "P-2"));
  duplicate = person("P-2");
  EXPECT_TRUE(duplicate["person"]["merged_into"].is_null());
  EXPECT_TRUE(duplicate["person"].contains("detention_clock"));
  EXPECT_FALSE(rules_of(all_alerts(), "P-2").empty());
  EXPECT_TRUE(rules_of(all_alerts(), "P-1").empty());
}

TEST_F(MergesTest, AMergeTheRegistrationsDoNotAllowIsRefusedAndNothingIsWritten) {
  record("[" + registered("P-1", "José", "Núñez") + "," + registered("P-2", "Jose", "Nunez") + "]");
  auto res = post("/api/v1/events", merge_event("person.unmerged", "2026-05-01T00:00:00Z"));
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 409) << res->body;
  EXPECT_EQ(parse(res)["code"], "merge_state");
  record(merge_event("person.merged", "2026-05-01T00:00:00Z"));
  res = post("/api/v1/events", "[" + registered("P-3", "Ana", "Pérez") + "," +
                                   merge_event("person.merged", "2026-05-02T00:00:00Z") + "]");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 409) << res->body;
  EXPECT_EQ(parse(res)["code"], "merge_state");
  EXPECT_EQ(get("/api/v1/persons/P-3")->status, 404);
}

TEST_F(MergesTest, LikelyDuplicatesAreListedForReviewUntilMerged) {
  record("[" + registered("P-1", "José", "Núñez") + "," + registered("P-2", "Jose", "Nunez") + "," +
         registered("P-3", "Amina", "Yusuf", "ERI") + "," +
         registered("P-4", "Layla", "Said", "EGY") + "," +
         registered("P-5", "Tesfay", "Gebremedhin", "ETH") + "]");
  auto res = get("/api/v1/duplicates");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  json body = parse(res);
  EXPECT_EQ(body["persons"], 5);
  ASSERT_FALSE(body["pairs"].empty()) << body.dump();
  const json& first = body["pairs"][0];
  EXPECT_EQ(first["left"]["person_id"], "P-1") << "the earlier registration first";
  EXPECT_EQ(first["right"]["person_id"], "P-2");
  EXPECT_EQ(first["right"]["given_name"], "Jose");
  EXPECT_FALSE(first["explanation"].get<std::string>().empty());
  EXPECT_GT(first["score"].get<double>(), 0.5);

  record(merge_event("person.merged", "2026-05-01T00:00:00Z"));
  body = parse(get("/api/v1/duplicates"));
  EXPECT_EQ(body["persons"], 4) << "a merged registration is not compared again";
  for (const json& pair : body["pairs"]) EXPECT_NE(pair["right"]["person_id"], "P-2");

  res = get("/api/v1/duplicates?review=0.9&match=0.8");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 400) << res->body;
  EXPECT_EQ(parse(res)["field"], "review");
  auto caseworker = client_with(token_for("case.worker", "caseworker"));
  res = caseworker->Get("/api/v1/duplicates");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 403);
}

}  // namespace
}  // namespace haven::http::testing
