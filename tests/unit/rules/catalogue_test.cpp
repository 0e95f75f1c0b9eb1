// The rule catalogue: ids are unique and every provision a rule cites resolves in the law
// catalogue, so an alert's citation always leads to words.
#include "haven/rules/catalogue.h"

#include <gtest/gtest.h>

#include <set>

#include "haven/law/catalogue.h"
#include "haven/rules/implementations.h"
#include "haven/rules/obligation.h"

namespace haven::rules {
namespace {

TEST(RuleCatalogue, HasTheThirteenRulesOfTheDesignWithUniqueIds) {
  std::set<std::string_view> ids;
  for (const auto& rule : rule_catalogue()) {
    EXPECT_TRUE(ids.insert(rule.id).second) << rule.id;
    EXPECT_FALSE(rule.obligation.empty()) << rule.id;
    EXPECT_FALSE(rule.cites.empty()) << rule.id;
  }
  EXPECT_EQ(ids.size(), 13u);
  EXPECT_NE(find_rule("consular.notification_endangers"), nullptr);
  EXPECT_EQ(find_rule("consular.unknown"), nullptr);
}

TEST(RuleCatalogue, EveryCitationResolvesInTheLawCatalogue) {
  for (const auto& rule : rule_catalogue()) {
    for (auto id : rule.cites) {
      auto found = law::Catalogue::builtin().find(id);
      EXPECT_TRUE(found.ok()) << rule.id << " cites " << id;
    }
  }
}

TEST(RuleCatalogue, ServesTheCoverageTableWithRulesAndEvents) {
  const auto* resolution = law::Catalogue::builtin().resolution("A/RES/66/172");
  ASSERT_NE(resolution, nullptr);
  auto rows = law::coverage(*resolution, implementations());
  bool rule = false;
  bool event = false;
  for (const auto& row : rows) {
    if (row.id != "A/RES/66/172 op.4(g)") continue;
    for (const auto& by : row.served_by) {
      rule |= by.kind == "rule" && by.name == "consular.rights_not_informed";
      event |= by.kind == "event" && by.name == "consular.rights_informed";
    }
  }
  EXPECT_TRUE(rule);
  EXPECT_TRUE(event);
}

TEST(ObligationStatus, FollowsTheDeadlineAndTheClosure) {
  Obligation o;
  o.opened_at = Timestamp{100};
  o.due_at = Timestamp{200};
  EXPECT_FALSE(status_at(o, Timestamp{99}).has_value());
  EXPECT_EQ(status_at(o, Timestamp{100}), AlertStatus::kDue);
  EXPECT_EQ(status_at(o, Timestamp{200}), AlertStatus::kOverdue);
  o.closed_at = Timestamp{150};
  EXPECT_EQ(status_at(o, Timestamp{140}), AlertStatus::kDue);
  EXPECT_EQ(status_at(o, Timestamp{150}), AlertStatus::kOk);
  o.closed_at = Timestamp{250};
  EXPECT_EQ(status_at(o, Timestamp{240}), AlertStatus::kOverdue);
  EXPECT_EQ(status_at(o, Timestamp{250}), AlertStatus::kBreach);
  o.closure = Closure::kNotApplicable;
  EXPECT_EQ(status_at(o, Timestamp{250}), AlertStatus::kOk);
  o.closure = Closure::kFailed;
  o.closed_at = Timestamp{120};
  EXPECT_EQ(status_at(o, Timestamp{120}), AlertStatus::kBreach);
  EXPECT_EQ(parse_status("overdue"), AlertStatus::kOverdue);
  EXPECT_FALSE(parse_status("late").has_value());
}

}  // namespace
}  // namespace haven::rules
