// The record-linkage engine behind the API (issue 8): possible duplicates with a recorded
// registration and while typing, within the caller's scope; the registry kept in step with
// merges; tracing candidates, the requests a registration answers, and two relatives
// seeking each other.

#include <algorithm>
#include <array>

#include "integration/http/http_fixture.h"

namespace haven::http::testing {
namespace {

class LinkageTest : public HttpTest {
 protected:
  // The engine learns how often fields agree by chance from the registry itself: a registry
  // of two or three persons teaches it nothing. Forty others, none alike, stand for the rest.
  void SetUp() override {
    HttpTest::SetUp();
    static constexpr std::array<const char*, 20> kGiven = {
        "Maria", "Jose", "Ana",   "Carlos", "Li",    "Wei",   "Olga", "Ivan",   "Fatima", "Omar",
        "Priya", "Ravi", "Grace", "John",   "Sofia", "Pedro", "Mei",  "Dmitri", "Aisha",  "Kofi"};
    static constexpr std::array<const char*, 20> kFamily = {
        "Garcia",   "Lopez",  "Chen",   "Wang",  "Petrov", "Ivanova", "Khan",
        "Patel",    "Mensah", "Okafor", "Silva", "Rossi",  "Nguyen",  "Tanaka",
        "Kowalski", "Haddad", "Diallo", "Kim",   "Singh",  "Martin"};
    static constexpr std::array<const char*, 5> kNationality = {"MEX", "ITA", "CHN", "NGA", "IND"};
    json others = json::array();
    for (int i = 0; i < 40; ++i) {
      others.push_back({{"type", "person.registered"},
                        {"occurred_at", "2026-02-01T10:00:00Z"},
                        {"person_id", "BG-" + std::to_string(i)},
                        {"given_name", kGiven[i % 20]},
                        {"family_name", kFamily[(i * 7 + i / 20) % 20]},
                        {"sex", i % 2 == 0 ? "F" : "M"},
                        {"birth_date", std::to_string(1950 + (i * 13) % 60)},
                        {"nationalities", {kNationality[i % 5]}},
                        {"location", {{"country", "ITA"}}}});
    }
    recorded(others);
  }

  // A registration of `given family`, born 1990, Sudanese, in `country`.
  static json person(const std::string& id, const std::string& given, const std::string& family,
                     const std::string& country = "ITA") {
    return {{"type", "person.registered"},
            {"occurred_at", "2026-03-01T10:00:00Z"},
            {"person_id", id},
            {"given_name", given},
            {"family_name", family},
            {"sex", "M"},
            {"birth_date", "1990-05-04"},
            {"nationalities", {"SDN"}},
            {"location", {{"country", country}}}};
  }

  // A woman nothing like the others: another name, age and nationality.
  static json someone_else(const std::string& id) {
    json other = person(id, "Lucia", "Fernandez");
    other["sex"] = "F";
    other["birth_date"] = "1971-11-23";
    other["nationalities"] = {"ESP"};
    return other;
  }

  static json tracing(const std::string& id, json sought, const std::string& requester) {
    return {{"type", "tracing.requested"},
            {"occurred_at", "2026-03-02T10:00:00Z"},
            {"request_id", id},
            {"sought", std::move(sought)},
            {"requester", requester}};
  }

  json recorded(httplib::Client& client, const json& events) {
    auto res = client.Post("/api/v1/events", events.dump(), "application/json");
    EXPECT_TRUE(res);
    if (!res) return json();
    EXPECT_EQ(res->status, 201) << res->body;
    return json::parse(res->body);
  }
  json recorded(const json& events) { return recorded(*client_, events); }

  json ok_get(httplib::Client& client, const std::string& path) {
    auto res = client.Get(path.c_str());
    EXPECT_TRUE(res);
    if (!res) return json();
    EXPECT_EQ(res->status, 200) << path << ": " << res->body;
    return json::parse(res->body);
  }
  json ok_get(const std::string& path) { return ok_get(*client_, path); }

  static std::vector<std::string> ids(const json& list, const char* key = "person_id") {
    std::vector<std::string> out;
    for (const auto& entry : list) out.push_back(entry.value(key, ""));
    return out;
  }

  static bool has(const std::vector<std::string>& list, const std::string& id) {
    return std::find(list.begin(), list.end(), id) != list.end();
  }

  static constexpr const char* kCheck =
      "/api/v1/persons/possible-duplicates?given_name=Ahmad&family_name=Hasan"
      "&birth_date=1990-05-04&sex=M&nationalities=SDN";
};

TEST_F(LinkageTest, ARegistrationAnswersWithThePersonsItMayDuplicate) {
  const json first = recorded(person("P-1", "Ahmed", "Hassan"));
  EXPECT_EQ(first["possible_duplicates"], json::array()) << first.dump();

  const json second = recorded(person("P-2", "Ahmad", "Hasan"));
  ASSERT_EQ(second["possible_duplicates"].size(), 1u) << second.dump();
  const json& found = second["possible_duplicates"][0];
  EXPECT_EQ(found["person_id"], "P-1");
  EXPECT_EQ(found["registered_person_id"], "P-2");
  EXPECT_GE(found["probability"].get<double>(), 0.5);
  EXPECT_TRUE(found["decision"] == "match" || found["decision"] == "review") << found.dump();
  EXPECT_FALSE(found["explanation"].get<std::string>().empty());
  EXPECT_EQ(found["person"]["given_name"], "Ahmed");
  EXPECT_EQ(found["person"]["nationalities"], json::array({"SDN"}));
  EXPECT_FALSE(found["person"].contains("location")) << "only the identifying facts";

  // Somebody else entirely is nobody's duplicate.
  EXPECT_EQ(recorded(someone_else("P-3"))["possible_duplicates"], json::array());
}

TEST_F(LinkageTest, TheCheckWhileTypingFindsThemWithoutRecordingAnything) {
  recorded(person("P-1", "Ahmed", "Hassan"));
  const json answer = ok_get(kCheck);
  ASSERT_EQ(ids(answer["possible_duplicates"]), std::vector<std::string>{"P-1"}) << answer.dump();
  EXPECT_FALSE(answer["possible_duplicates"][0]["explanation"].get<std::string>().empty());
  EXPECT_EQ(ok_get("/api/v1/health")["persons"], 41);
  EXPECT_EQ(ok_get("/api/v1/persons/possible-duplicates?given_name=Lucia&family_name=Fernandez"
                   "&sex=F&birth_date=1971-11-23&nationalities=ESP")["possible_duplicates"],
            json::array());
}

TEST_F(LinkageTest, TheCheckRefusesBadParametersNamingThem) {
  const std::string base = "/api/v1/persons/possible-duplicates?";
  expect_problem(get(base + "sex=M"), 400, "bad_request", "given_name");
  expect_problem(get(base + "given_name=%20%20"), 400, "bad_request", "given_name");
  expect_problem(get(base + "given_name=Ahmad&birth_date=1990-13"), 400, "bad_request",
                 "birth_date");
  expect_problem(get(base + "given_name=Ahmad&sex=male"), 400, "bad_request", "sex");
  expect_problem(get(base + "given_name=Ahmad&nationalities=SDN,Sudan"), 400, "bad_request",
                 "nationalities");
  expect_problem(get(base + "given_name=Ahmad&limit=0"), 400, "bad_request", "limit");
  expect_problem(get(base + "given_name=Ahmad&q=x"), 400, "bad_request", "q");
  expect_problem(get(base + "given_name=" + std::string(201, 'a')), 400, "bad_request",
                 "given_name");
  expect_problem(get(base + "name_original=%FF"), 400, "bad_request", "name_original");
}

TEST_F(LinkageTest, APersonOutsideTheCallersScopeIsNotHintedAt) {
  recorded(person("P-1", "Ahmed", "Hassan", "MEX"));
  auto guatemala_desk = client_with(token_for("gt.desk", "caseworker", {"GTM"}));
  const json answer = ok_get(*guatemala_desk, kCheck);
  EXPECT_EQ(answer["possible_duplicates"], json::array());
  const json registered = recorded(*guatemala_desk, person("P-2", "Ahmad", "Hasan", "GTM"));
  EXPECT_EQ(registered["possible_duplicates"], json::array());
  EXPECT_EQ(registered.dump().find("P-1"), std::string::npos) << registered.dump();
  // The admin, whose scope is everything, is warned.
  EXPECT_TRUE(has(ids(ok_get(kCheck)["possible_duplicates"]), "P-1"));
  // Roles that do not register persons may not ask.
  auto monitor = client_with(token_for("mona", "detention_monitor"));
  expect_problem(monitor->Get(kCheck), 403, "forbidden");
}

TEST_F(LinkageTest, AMergedDuplicateIsNoLongerSuggestedUntilUnmerged) {
  recorded(json::array({person("P-1", "Ahmed", "Hassan"), person("P-2", "Ahmad", "Hasan")}));
  auto merge = [](const char* type) {
    return json{{"type", type},
                {"occurred_at", "2026-03-05T10:00:00Z"},
                {"person_id", "P-2"},
                {"into", "P-1"}};
  };
  EXPECT_TRUE(has(ids(ok_get(kCheck)["possible_duplicates"]), "P-2"));
  recorded(merge("person.merged"));
  EXPECT_FALSE(has(ids(ok_get(kCheck)["possible_duplicates"]), "P-2"));
  EXPECT_TRUE(has(ids(ok_get(kCheck)["possible_duplicates"]), "P-1"));
  recorded(merge("person.unmerged"));
  EXPECT_TRUE(has(ids(ok_get(kCheck)["possible_duplicates"]), "P-2"));
}

TEST_F(LinkageTest, AnUpdatedNameIsComparedAsUpdated) {
  recorded(someone_else("P-1"));
  EXPECT_EQ(ok_get(kCheck)["possible_duplicates"], json::array());
  recorded(json{{"type", "person.updated"},
                {"occurred_at", "2026-03-05T10:00:00Z"},
                {"person_id", "P-1"},
                {"given_name", "Ahmed"},
                {"family_name", "Hassan"},
                {"sex", "M"},
                {"birth_date", "1990-05-04"},
                {"nationalities", {"SDN"}}});
  EXPECT_TRUE(has(ids(ok_get(kCheck)["possible_duplicates"]), "P-1"));
}

TEST_F(LinkageTest, AServerStartedOnAFullRegistryKnowsItsPersons) {
  // Written behind the running server's back (an import): the next read catches up.
  std::vector<std::string> texts = {person("P-1", "Ahmed", "Hassan").dump()};
  auto report = ledger_->record({ledger::InputEvent{texts[0], 1}}, ledger::RecordOptions{});
  ASSERT_TRUE(report.ok() && report->recorded == 1);
  EXPECT_TRUE(has(ids(ok_get(kCheck)["possible_duplicates"]), "P-1"));

  // A second server on the same database builds its registry as it starts.
  ServerOptions second = options();
  second.audit_head_file = (dir_ / "second.audit-head").string();
  Server other(*ledger_, second);
  ASSERT_TRUE(other.start().ok());
  httplib::Client client("127.0.0.1", other.port());
  client.set_bearer_token_auth(admin_token_.c_str());
  EXPECT_TRUE(has(ids(ok_get(client, kCheck)["possible_duplicates"]), "P-1"));
  other.stop();
}

TEST_F(LinkageTest, TracingCandidatesComeFromTheEngineWithDecisionsKept) {
  recorded(json::array({person("P-1", "Yonas", "Tesfaye"), person("P-2", "Lucia", "Fernandez"),
                        tracing("TR-1",
                                {{"given_name", "Yonas"},
                                 {"family_name", "Tesfay"},
                                 {"sex", "M"},
                                 {"birth_date", "1990"},
                                 {"nationality", "SDN"}},
                                "Saba Tesfaye")}));
  json found = ok_get("/api/v1/tracing-candidates/TR-1");
  ASSERT_EQ(ids(found["candidates"]), std::vector<std::string>{"P-1"}) << found.dump();
  EXPECT_GE(found["candidates"][0]["probability"].get<double>(), 0.5);
  EXPECT_FALSE(found["candidates"][0]["explanation"].get<std::string>().empty());
  EXPECT_TRUE(found["candidates"][0]["decision"].is_null());

  recorded(json{{"type", "tracing.match_rejected"},
                {"occurred_at", "2026-03-03T10:00:00Z"},
                {"request_id", "TR-1"},
                {"person_id", "P-2"},
                {"by", "Giulia Bianchi"},
                {"reason", "looked at by hand"}});
  found = ok_get("/api/v1/tracing-candidates/TR-1");
  ASSERT_TRUE(has(ids(found["candidates"]), "P-2")) << found.dump();
  for (const auto& candidate : found["candidates"]) {
    if (candidate["person_id"] == "P-2") EXPECT_EQ(candidate["decision"], "rejected");
  }
}

TEST_F(LinkageTest, TheRelativeWhoAsksIsNotACandidateForTheirOwnRequest) {
  // Sisters a year apart whose first names differ by two letters.
  json sister = person("A-20", "Daniela", "Cux");
  sister["sex"] = "F";
  sister["birth_date"] = "2007";
  sister["nationalities"] = {"GTM"};
  recorded(json::array({sister, tracing("TR-20",
                                        {{"given_name", "Dania"},
                                         {"family_name", "Cux"},
                                         {"sex", "F"},
                                         {"birth_date", "2008"},
                                         {"nationality", "GTM"}},
                                        "A-20")}));
  EXPECT_EQ(ok_get("/api/v1/tracing-candidates/TR-20")["candidates"], json::array());
}

TEST_F(LinkageTest, ARegistrationAnswersTheOpenRequestsThatSeekThePerson) {
  recorded(tracing("TR-1",
                   {{"given_name", "Yonas"},
                    {"family_name", "Tesfaye"},
                    {"sex", "M"},
                    {"birth_date", "1990"},
                    {"nationality", "SDN"}},
                   "Saba Tesfaye"));
  EXPECT_EQ(ok_get("/api/v1/tracing-candidates/TR-1")["candidates"], json::array());
  const json answer = recorded(person("P-1", "Yonas", "Tesfaye"));
  ASSERT_EQ(ids(answer["tracing_matches"], "request_id"), std::vector<std::string>{"TR-1"})
      << answer.dump();
  EXPECT_EQ(answer["tracing_matches"][0]["registered_person_id"], "P-1");
  // The request's candidates follow without anyone asking again.
  EXPECT_EQ(ids(ok_get("/api/v1/tracing-candidates/TR-1")["candidates"]),
            std::vector<std::string>{"P-1"});
  // A caller who does not read tracing requests is not told of them.
  auto gt_desk = client_with(token_for("gt.desk", "caseworker", {"GTM"}));
  EXPECT_EQ(recorded(*gt_desk, person("P-2", "Yonas", "Tesfaye", "GTM"))["tracing_matches"],
            json::array());
}

TEST_F(LinkageTest, TheCaseworkerOfAPersonSoughtOrSeekingFindsTheLeadInTheirQueue) {
  const json sought = {{"given_name", "Yonas"},
                       {"family_name", "Tesfaye"},
                       {"sex", "M"},
                       {"birth_date", "1990"},
                       {"nationality", "SDN"}};
  auto opened = [](const char* case_id, const char* person_id, const char* caseworker) {
    return json::array({json{{"type", "case.opened"},
                             {"occurred_at", "2026-03-03T10:00:00Z"},
                             {"case_id", case_id},
                             {"person_id", person_id},
                             {"agency", "Save the Children Italia"},
                             {"caseworker", caseworker}},
                        json{{"type", "case.activated"},
                             {"occurred_at", "2026-03-03T10:01:00Z"},
                             {"case_id", case_id}}});
  };
  json events = json::array({person("A-9", "Saba", "Tesfaye")});
  events.push_back(person("C-17", "Yonas", "Tesfaye"));
  for (const auto& e : opened("K-1", "C-17", "Giulia Bianchi")) events.push_back(e);
  for (const auto& e : opened("K-2", "A-9", "Marco Rossi")) events.push_back(e);
  recorded(events);
  // The request comes after both were registered: no one has to look for the match.
  recorded(tracing("TR-5", sought, "A-9"));
  auto items = [&](const char* caseworker) {
    return ok_get(std::string("/api/v1/queue?caseworker=") + caseworker)["items"];
  };
  auto tracing_item = [](const json& list) {
    for (const auto& item : list) {
      if (item["ref"] == "TR-5") return item;
    }
    return json();
  };
  const json child = tracing_item(items("Giulia%20Bianchi"));
  ASSERT_FALSE(child.is_null()) << items("Giulia%20Bianchi").dump();
  EXPECT_EQ(child["kind"], "tracing_sought");
  EXPECT_EQ(child["person_id"], "C-17");
  EXPECT_EQ(child["cites"], json::array({"A/RES/66/172 op.5(c)"}));
  const json aunt = tracing_item(items("Marco%20Rossi"));
  ASSERT_FALSE(aunt.is_null()) << items("Marco%20Rossi").dump();
  EXPECT_EQ(aunt["kind"], "tracing_requester");
  EXPECT_NE(aunt["what"].get<std::string>().find("C-17"), std::string::npos);

  // Once the match is decided, nothing waits on a caseworker.
  recorded(json{{"type", "tracing.match_confirmed"},
                {"occurred_at", "2026-03-04T10:00:00Z"},
                {"request_id", "TR-5"},
                {"person_id", "C-17"},
                {"by", "Giulia Bianchi"}});
  EXPECT_TRUE(tracing_item(items("Giulia%20Bianchi")).is_null());
  EXPECT_TRUE(tracing_item(items("Marco%20Rossi")).is_null());
}

TEST_F(LinkageTest, TwoRegisteredRelativesSeekingEachOtherAreShownOnBothRequests) {
  // The only two requests there are: each relative is registered, each seeks the other.
  recorded(json::array({person("A-9", "Saba", "Tesfaye"), person("C-17", "Yonas", "Tesfaye"),
                        tracing("TR-5",
                                {{"given_name", "Yonas"},
                                 {"family_name", "Tesfaye"},
                                 {"sex", "M"},
                                 {"birth_date", "1990"},
                                 {"nationality", "SDN"}},
                                "A-9"),
                        tracing("TR-6",
                                {{"given_name", "Saba"},
                                 {"family_name", "Tesfaye"},
                                 {"sex", "M"},
                                 {"birth_date", "1990-05"},
                                 {"nationality", "SDN"}},
                                "C-17")}));
  for (const auto& [request, other] : {std::pair{"TR-5", "TR-6"}, std::pair{"TR-6", "TR-5"}}) {
    const json found = ok_get(std::string("/api/v1/tracing-candidates/") + request);
    EXPECT_TRUE(has(ids(found["mutual_requests"], "request_id"), other)) << found.dump();
    EXPECT_TRUE(has(ids(found["mutual_requests"], "relation"), "seeks_requester"));
    EXPECT_TRUE(has(ids(found["mutual_requests"], "relation"), "made_by_sought"));
  }
}

TEST_F(LinkageTest, TwoRelativesSeekingEachOtherAreShownOnBothRequests) {
  recorded(json::array(
      {tracing("TR-A", {{"given_name", "Ibrahim"}, {"family_name", "Yusuf"}}, "Amina Yusuf"),
       tracing("TR-B", {{"given_name", "Amina"}, {"family_name", "Yusuf"}}, "Ibrahim Yusuf"),
       tracing("TR-C", {{"given_name", "Lucia"}, {"family_name", "Fernandez"}}, "Pedro Ruiz")}));
  const json a = ok_get("/api/v1/tracing-candidates/TR-A");
  ASSERT_TRUE(has(ids(a["mutual_requests"], "request_id"), "TR-B")) << a.dump();
  EXPECT_FALSE(has(ids(a["mutual_requests"], "request_id"), "TR-C"));
  EXPECT_TRUE(has(ids(a["mutual_requests"], "relation"), "seeks_requester"));
  EXPECT_TRUE(has(ids(a["mutual_requests"], "relation"), "made_by_sought"));
  EXPECT_EQ(a["mutual_requests"][0]["requester"], "Ibrahim Yusuf");
  const json b = ok_get("/api/v1/tracing-candidates/TR-B");
  EXPECT_TRUE(has(ids(b["mutual_requests"], "request_id"), "TR-A")) << b.dump();
  EXPECT_EQ(ok_get("/api/v1/tracing-candidates/TR-C")["mutual_requests"], json::array());
}

}  // namespace
}  // namespace haven::http::testing
