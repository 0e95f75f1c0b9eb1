// A protection case folded from its events, and the rules of its life (CaseFold::admits):
// what a caseworker and a supervisor may record, in which order.

#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "haven/domain/projection.h"

namespace haven::domain {
namespace {

using nlohmann::json;

int next_id = 0;

Event read(const std::string& fields) {
  ReadOptions options;
  options.not_after = *parse_rfc3339("2026-06-01T00:00:00Z");
  auto e = read_event("{" + fields + "}", options);
  EXPECT_TRUE(e.ok()) << (e.ok() ? "" : e.error().describe());
  e->id = "ev-" + std::to_string(++next_id);
  e->recorded_at = options.not_after;
  e->actor = "lucia";
  return *e;
}

Event on_case(const std::string& type, const std::string& at, const std::string& more = "") {
  return read(R"("type":")" + type + R"(","occurred_at":")" + at + R"(","case_id":"C-1")" +
              (more.empty() ? "" : "," + more));
}

class CaseLife : public ::testing::Test {
 protected:
  CaseLife() : fold_("C-1") {
    record(read(R"("type":"case.opened","occurred_at":"2026-03-01T10:00:00Z","case_id":"C-1",)"
                R"("person_id":"P-1","agency":"Casa Alianza")"));
  }
  // Records `event` if the case admits it; returns whether it did.
  bool record(const Event& event) {
    if (!fold_.admits(event).ok()) return false;
    EXPECT_TRUE(fold_.apply(event));
    return true;
  }
  Error refusal(const Event& event) {
    auto ok = fold_.admits(event);
    EXPECT_FALSE(ok.ok()) << event.type << " should be refused";
    return ok.ok() ? Error{} : ok.error();
  }
  json doc() const { return json::parse(fold_.view().document); }

  CaseFold fold_;
};

TEST_F(CaseLife, OpensUnassignedThenIsAssignedAndActivated) {
  EXPECT_EQ(fold_.view().status, "open");
  EXPECT_EQ(fold_.view().caseworker, "");
  EXPECT_TRUE(doc()["caseworker"].is_null());
  ASSERT_TRUE(record(on_case("case.assigned", "2026-03-01T11:00:00Z", R"("caseworker":"Lucía")")));
  ASSERT_TRUE(record(on_case("case.activated", "2026-03-02T09:00:00Z")));
  const auto view = fold_.view();
  EXPECT_EQ(view.caseworker, "Lucía");
  EXPECT_EQ(view.status, "active");
  EXPECT_EQ(view.person_id, "P-1");
  EXPECT_EQ(view.agency, "Casa Alianza");
  EXPECT_EQ(doc()["history"].size(), 2u);
  EXPECT_EQ(refusal(on_case("case.activated", "2026-03-03T09:00:00Z")).code, ErrorCode::kCaseState);
}

TEST_F(CaseLife, ThePlanKnowsWhatIsDueNext) {
  ASSERT_TRUE(record(on_case("case.action_planned", "2026-03-02T09:00:00Z",
                             R"("action_id":"legal","action":"counsel","due":"2026-03-20")")));
  ASSERT_TRUE(record(on_case("case.action_planned", "2026-03-02T09:05:00Z",
                             R"("action_id":"medical","action":"examine","due":"2026-03-05")")));
  EXPECT_EQ(fold_.view().next_action_due, "2026-03-05");
  ASSERT_TRUE(record(on_case("case.action_updated", "2026-03-04T09:00:00Z",
                             R"("action_id":"medical","status":"done","note":"fine")")));
  EXPECT_EQ(fold_.view().next_action_due, "2026-03-20") << "a done action is not due";
  ASSERT_TRUE(record(on_case("case.action_updated", "2026-03-05T09:00:00Z",
                             R"("action_id":"legal","status":"cancelled")")));
  EXPECT_EQ(fold_.view().next_action_due, "");
  // An action is planned once, and updated only once planned.
  auto twice = refusal(on_case("case.action_planned", "2026-03-06T09:00:00Z",
                               R"("action_id":"legal","action":"again","due":"2026-03-30")"));
  EXPECT_EQ(twice.field, "action_id");
  auto unknown = refusal(on_case("case.action_updated", "2026-03-06T09:00:00Z",
                                 R"("action_id":"housing","status":"done")"));
  EXPECT_EQ(unknown.field, "action_id");
}

TEST_F(CaseLife, ClosingNeedsARequestAndASupervisorsApproval) {
  const auto close = on_case("case.closed", "2026-04-01T09:00:00Z");
  EXPECT_EQ(refusal(close).field, "case_id");
  EXPECT_NE(refusal(close).message.find("approval"), std::string::npos);
  EXPECT_FALSE(
      record(on_case("case.closure_approved", "2026-03-30T09:00:00Z", R"("supervisor":"Marta")")))
      << "nothing to approve before a request";
  ASSERT_TRUE(
      record(on_case("case.closure_requested", "2026-03-30T09:00:00Z", R"("reason":"goals met")")));
  EXPECT_FALSE(record(close)) << "requested is not approved";
  ASSERT_TRUE(
      record(on_case("case.closure_approved", "2026-03-31T09:00:00Z", R"("supervisor":"Marta")")));
  ASSERT_TRUE(record(close));
  EXPECT_EQ(fold_.view().status, "closed");
  EXPECT_EQ(doc()["closure"]["approved_by"], "Marta");
  // A closed case takes no more work until it is reopened, and then needs approval again.
  EXPECT_FALSE(record(on_case("case.note_added", "2026-04-02T09:00:00Z", R"("note":"x")")));
  ASSERT_TRUE(record(on_case("case.reopened", "2026-04-03T09:00:00Z", R"("reason":"threats")")));
  EXPECT_EQ(fold_.view().status, "reopened");
  EXPECT_TRUE(doc()["closure"].is_null());
  ASSERT_TRUE(record(on_case("case.closure_requested", "2026-04-10T09:00:00Z")));
  EXPECT_FALSE(record(on_case("case.closed", "2026-04-11T09:00:00Z")));
}

TEST_F(CaseLife, RiskAndNotesSayWhoAndWhy) {
  ASSERT_TRUE(record(on_case("case.risk_set", "2026-03-02T09:00:00Z",
                             R"("level":"high","reason":"traffickers nearby")")));
  ASSERT_TRUE(record(on_case("case.note_added", "2026-03-02T10:00:00Z", R"("note":"afraid")")));
  EXPECT_EQ(fold_.view().risk, "high");
  EXPECT_EQ(doc()["risk"]["reason"], "traffickers nearby");
  EXPECT_EQ(doc()["risk"]["by"], "lucia");
  EXPECT_EQ(doc()["notes"][0]["by"], "lucia");
  EXPECT_EQ(doc()["notes"][0]["note"], "afraid");
}

TEST_F(CaseLife, FoldingAgainGivesTheSameCase) {
  std::vector<Event> events = {
      read(R"("type":"case.opened","occurred_at":"2026-03-01T10:00:00Z","case_id":"C-1",)"
           R"("person_id":"P-1","agency":"Casa Alianza")"),
      on_case("case.assigned", "2026-03-01T11:00:00Z", R"("caseworker":"Lucía")"),
      on_case("case.action_planned", "2026-03-02T09:00:00Z",
              R"("action_id":"legal","action":"counsel","due":"2026-03-20")")};
  CaseFold step("C-1");
  for (const auto& e : events) step.apply(e);
  std::reverse(events.begin(), events.end());
  EXPECT_EQ(fold_case("C-1", events).document, step.view().document);
}

}  // namespace
}  // namespace haven::domain
