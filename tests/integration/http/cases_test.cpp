// Protection cases through the API: a trafficking victim's case opened at a shelter, worked
// and closed with a supervisor's approval; the work lists; and the refusals, each with
// nothing written.

#include "integration/http/http_fixture.h"

namespace haven::http::testing {
namespace {

std::string case_event(const std::string& type, const std::string& at, json fields = {}) {
  json event = {{"type", type}, {"occurred_at", at}, {"case_id", "C-1"}};
  for (auto& [key, value] : fields.items()) event[key] = value;
  return event.dump();
}

class CasesTest : public HttpTest {
 protected:
  void open_case() {
    record("[" + registered("P-1", "Amina", "Haddad") + "," +
           json{{"type", "case.opened"},
                {"occurred_at", "2026-03-01T11:00:00Z"},
                {"case_id", "C-1"},
                {"person_id", "P-1"},
                {"agency", "Casa Alianza"},
                {"reason", "identified as a victim of trafficking"}}
               .dump() +
           "]");
  }
  json get_case() {
    auto res = get("/api/v1/cases/C-1");
    EXPECT_TRUE(res);
    EXPECT_EQ(res->status, 200) << res->body;
    return parse(res);
  }
  std::int64_t events() {
    auto counts = store_->counts();
    EXPECT_TRUE(counts.ok());
    return counts.ok() ? counts->events : -1;
  }
  std::vector<std::string> listed(const std::string& query) {
    auto res = get("/api/v1/cases" + query);
    EXPECT_TRUE(res);
    EXPECT_EQ(res->status, 200) << res->body;
    std::vector<std::string> ids;
    const json body = parse(res);
    for (const auto& c : body["cases"]) ids.push_back(c["case_id"]);
    return ids;
  }
};

TEST_F(CasesTest, AVictimsCaseIsWorkedAndClosedWithApproval) {
  open_case();
  EXPECT_EQ(get_case()["status"], "open");
  EXPECT_EQ(listed("?unassigned=true"), std::vector<std::string>{"C-1"});

  record("[" +
         case_event("case.assigned", "2026-03-01T12:00:00Z", {{"caseworker", "Lucía Gómez"}}) +
         "," + case_event("case.activated", "2026-03-02T09:00:00Z") + "," +
         case_event("case.risk_set", "2026-03-02T09:10:00Z",
                    {{"level", "high"}, {"reason", "traffickers know where she stays"}}) +
         "," +
         case_event("case.action_planned", "2026-03-02T09:20:00Z",
                    {{"action_id", "medical"},
                     {"action", "medical examination"},
                     {"responsible", "MSF clinic"},
                     {"due", "2026-03-05"}}) +
         "," +
         case_event("case.note_added", "2026-03-02T09:30:00Z",
                    {{"note", "She asks that her family not be contacted."}}) +
         "]");
  json c = get_case();
  EXPECT_EQ(c["status"], "active");
  // Set by the caseworker; Haven's own reading stands beside it.
  EXPECT_TRUE(c["computed_risk"]["level"].is_string());
  EXPECT_EQ(c["caseworker"], "Lucía Gómez");
  EXPECT_EQ(c["risk"]["level"], "high");
  EXPECT_EQ(c["plan"][0]["status"], "planned");
  EXPECT_EQ(c["notes"].size(), 1u);
  EXPECT_EQ(listed("?caseworker=Luc%C3%ADa%20G%C3%B3mez"), std::vector<std::string>{"C-1"});
  EXPECT_TRUE(listed("?unassigned=true").empty());
  EXPECT_EQ(listed("?risk=high&status=active"), std::vector<std::string>{"C-1"});
  // The server's clock is 2026-06-01: the examination due on 5 March is overdue.
  EXPECT_EQ(listed("?overdue=true"), std::vector<std::string>{"C-1"});
  EXPECT_TRUE(listed("?due_before=2026-03-05").empty());

  record("[" +
         case_event("case.action_updated", "2026-03-04T15:00:00Z",
                    {{"action_id", "medical"}, {"status", "done"}}) +
         "," + case_event("case.closure_requested", "2026-05-01T10:00:00Z") + "," +
         case_event("case.closure_approved", "2026-05-02T10:00:00Z", {{"supervisor", "Marta"}}) +
         "," + case_event("case.closed", "2026-05-02T11:00:00Z") + "]");
  c = get_case();
  EXPECT_EQ(c["status"], "closed");
  EXPECT_EQ(c["closure"]["approved_by"], "Marta");
  EXPECT_TRUE(listed("?overdue=true").empty());
  EXPECT_EQ(listed("?person=P-1&status=closed"), std::vector<std::string>{"C-1"});

  // The person's timeline carries the case's events.
  auto person = get("/api/v1/persons/P-1");
  ASSERT_TRUE(person);
  EXPECT_NE(person->body.find("case.closure_approved"), std::string::npos);
}

TEST_F(CasesTest, RiskIsComputedFromVulnerabilitiesAndOpenAlerts) {
  open_case();
  EXPECT_EQ(get_case()["computed_risk"]["level"], "low");
  record(json{{"type", "vulnerability.assessed"},
              {"occurred_at", "2026-03-01T12:00:00Z"},
              {"person_id", "P-1"},
              {"vulnerabilities", {"trafficking_victim"}}}
             .dump());
  json risk = get_case()["computed_risk"];
  // A victim never referred for help within the profile's days: critical.
  EXPECT_EQ(risk["level"], "critical") << risk.dump();
  EXPECT_NE(risk.dump().find("victim.no_assistance overdue"), std::string::npos) << risk.dump();
  EXPECT_NE(risk.dump().find("trafficking_victim"), std::string::npos);
  auto res = get("/api/v1/cases?person=P-1");
  ASSERT_TRUE(res);
  EXPECT_EQ(parse(res)["cases"][0]["computed_risk"]["level"], "critical");
}

TEST_F(CasesTest, TheQueueListsWhatIsOwedOverdueFirst) {
  open_case();
  record(
      "[" + case_event("case.assigned", "2026-03-01T12:00:00Z", {{"caseworker", "Lucía Gómez"}}) +
      "," +
      case_event("case.action_planned", "2026-03-02T09:20:00Z",
                 {{"action_id", "legal"}, {"action", "legal counselling"}, {"due", "2026-07-01"}}) +
      "," +
      case_event(
          "case.action_planned", "2026-03-02T09:21:00Z",
          {{"action_id", "medical"}, {"action", "medical examination"}, {"due", "2026-03-05"}}) +
      "," +
      json{{"type", "vulnerability.assessed"},
           {"occurred_at", "2026-03-01T12:00:00Z"},
           {"person_id", "P-1"},
           {"vulnerabilities", {"trafficking_victim"}}}
          .dump() +
      "]");
  auto res = get("/api/v1/queue?caseworker=Luc%C3%ADa%20G%C3%B3mez");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  const json queue = parse(res);
  EXPECT_EQ(queue["caseworker"], "Lucía Gómez");
  std::vector<std::string> order;
  for (const auto& item : queue["items"]) {
    order.push_back(item["status"].get<std::string>() + " " + item["ref"].get<std::string>());
  }
  // The server's clock is 2026-06-01: the victim's referrals to medical, psychosocial and
  // legal help (due 3 days after the assessment on 1 March) and the examination (5 March)
  // are overdue; counselling (1 July) is due.
  EXPECT_EQ(order, (std::vector<std::string>{
                       "overdue victim.no_assistance", "overdue victim.no_assistance",
                       "overdue victim.no_assistance", "overdue medical", "due legal"}))
      << res->body;
  EXPECT_EQ(queue["items"][0]["kind"], "alert");
  EXPECT_FALSE(queue["items"][0]["cites"].empty());
  EXPECT_EQ(queue["items"][3]["case_id"], "C-1");
  EXPECT_EQ(queue["items"][3]["kind"], "action");

  // A second case of hers for the same person adds its plan, not the person's alerts again.
  record(json{{"type", "case.opened"},
              {"occurred_at", "2026-03-03T11:00:00Z"},
              {"case_id", "C-2"},
              {"person_id", "P-1"},
              {"agency", "Casa Alianza"},
              {"caseworker", "Lucía Gómez"}}
             .dump());
  res = get("/api/v1/queue?caseworker=Luc%C3%ADa%20G%C3%B3mez");
  int alerts = 0;
  const json again = parse(res);
  for (const auto& item : again["items"]) alerts += item["kind"] == "alert" ? 1 : 0;
  EXPECT_EQ(alerts, 3) << res->body;

  // Another caseworker's queue is empty; a closed case owes nothing.
  res = get("/api/v1/queue?caseworker=Marta");
  ASSERT_TRUE(res);
  EXPECT_TRUE(parse(res)["items"].empty());
  expect_problem(get("/api/v1/queue"), 400, "bad_request", "caseworker");
  expect_problem(get("/api/v1/queue?caseworker=Ana&agency=UNHCR"), 400, "bad_request", "agency");
}

TEST_F(CasesTest, ClosingWithoutApprovalIsRefusedAndWritesNothing) {
  open_case();
  const auto before = events();
  auto res = post("/api/v1/events",
                  "[" + case_event("case.note_added", "2026-05-01T09:00:00Z", {{"note", "x"}}) +
                      "," + case_event("case.closed", "2026-05-01T10:00:00Z") + "]");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 409) << res->body;
  EXPECT_NE(res->body.find("case_state"), std::string::npos) << res->body;
  EXPECT_NE(res->body.find("approval"), std::string::npos) << res->body;
  EXPECT_EQ(events(), before) << "the good line before the refused one is not kept either";
  EXPECT_EQ(get_case()["notes"].size(), 0u);

  expect_problem(post("/api/v1/events", case_event("case.closed", "2026-05-01T10:00:00Z")), 409,
                 "case_state", "case_id");
  EXPECT_EQ(events(), before);
}

TEST_F(CasesTest, RefusesUnknownAndDuplicateCasesAndBadActions) {
  open_case();
  const auto before = events();
  json other = json::parse(case_event("case.note_added", "2026-05-01T09:00:00Z", {{"note", "x"}}));
  other["case_id"] = "C-404";
  expect_problem(post("/api/v1/events", other.dump()), 422, "unknown_case", "case_id");
  expect_problem(post("/api/v1/events", json{{"type", "case.opened"},
                                             {"occurred_at", "2026-03-02T11:00:00Z"},
                                             {"case_id", "C-1"},
                                             {"person_id", "P-1"},
                                             {"agency", "UNHCR"}}
                                            .dump()),
                 409, "duplicate_case", "case_id");
  expect_problem(post("/api/v1/events", case_event("case.action_updated", "2026-05-01T09:00:00Z",
                                                   {{"action_id", "housing"}, {"status", "done"}})),
                 409, "case_state", "action_id");
  expect_problem(post("/api/v1/events", case_event("case.risk_set", "2026-05-01T09:00:00Z",
                                                   {{"level", "dire"}, {"reason", "x"}})),
                 422, "invalid_field", "level");
  EXPECT_EQ(events(), before);
}

TEST_F(CasesTest, ListsAndLookupsRefuseBadParametersNamingThem) {
  expect_problem(get("/api/v1/cases/C-404"), 404, "not_found");
  expect_problem(get("/api/v1/cases?status=pending"), 400, "bad_request", "status");
  expect_problem(get("/api/v1/cases?risk=dire"), 400, "bad_request", "risk");
  expect_problem(get("/api/v1/cases?due_before=2026-13-01"), 400, "bad_request", "due_before");
  expect_problem(get("/api/v1/cases?overdue=yes"), 400, "bad_request", "overdue");
  expect_problem(get("/api/v1/cases?limit=0"), 400, "bad_request", "limit");
  expect_problem(get("/api/v1/cases?limit=ten"), 400, "bad_request", "limit");
  expect_problem(get("/api/v1/cases?unassigned=true&caseworker=Ana"), 400, "bad_request",
                 "unassigned");
  expect_problem(get("/api/v1/cases?agency=UNHCR"), 400, "bad_request", "agency");
}

}  // namespace
}  // namespace haven::http::testing
