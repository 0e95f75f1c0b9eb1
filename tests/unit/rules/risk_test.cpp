// The computed risk of a case: what each vulnerability and each open alert adds.

#include "haven/rules/risk.h"

#include <gtest/gtest.h>

namespace haven::rules {
namespace {

Alert alert(const std::string& rule, AlertStatus status) {
  Alert a;
  a.rule = rule;
  a.status = status;
  return a;
}

TEST(ComputedRisk, IsLowWithNothingToSay) {
  const Risk risk = computed_risk({}, {});
  EXPECT_EQ(risk.level, "low");
  EXPECT_TRUE(risk.reasons.empty());
}

TEST(ComputedRisk, VulnerabilitiesRaiseItAndAreGivenAsReasons) {
  const std::vector<std::string> pregnant = {"pregnant"};
  EXPECT_EQ(computed_risk(pregnant, {}).level, "medium");
  const std::vector<std::string> victim = {"pregnant", "trafficking_victim"};
  const Risk risk = computed_risk(victim, {});
  EXPECT_EQ(risk.level, "high");
  EXPECT_EQ(risk.reasons, std::vector<std::string>{"trafficking_victim"});
  const std::vector<std::string> alone = {"child", "unaccompanied_child"};
  EXPECT_EQ(computed_risk(alone, {}).level, "high");
}

TEST(ComputedRisk, OpenAlertsCountAndBreachesOnRecordDoNot) {
  const std::vector<Alert> due = {alert("consular.rights_not_informed", AlertStatus::kDue)};
  EXPECT_EQ(computed_risk({}, due).level, "medium");
  const std::vector<Alert> overdue = {alert("detention.review_overdue", AlertStatus::kOverdue)};
  EXPECT_EQ(computed_risk({}, overdue).level, "high");
  const std::vector<Alert> past = {alert("detention.review_overdue", AlertStatus::kBreach),
                                   alert("referral.unanswered", AlertStatus::kOk)};
  EXPECT_EQ(computed_risk({}, past).level, "low");
}

TEST(ComputedRisk, IsCriticalWhenADutyToSomeoneAtHighRiskIsOverdue) {
  const std::vector<std::string> victim = {"sgbv_survivor"};
  const std::vector<Alert> overdue = {alert("referral.unanswered", AlertStatus::kOverdue)};
  const Risk risk = computed_risk(victim, overdue);
  EXPECT_EQ(risk.level, "critical");
  EXPECT_EQ(risk.reasons,
            (std::vector<std::string>{"referral.unanswered overdue", "sgbv_survivor"}));
  // A child still detained is critical whoever the child is.
  const std::vector<Alert> child = {alert("detention.child_detained", AlertStatus::kOverdue)};
  EXPECT_EQ(computed_risk({}, child).level, "critical");
}

}  // namespace
}  // namespace haven::rules
