// The kept obligations as the store files them: replaced per owner, found "as of" a moment
// by the partial indexes, counted inside SQLite, and cleared with their settings.

#include <gtest/gtest.h>

#include <algorithm>

#include "support/temp_store.h"

namespace haven::store {
namespace {

using haven::testing::TempStore;

constexpr std::int64_t kDay = 86'400'000'000;

ObligationRow row(const std::string& owner, std::int64_t opened, std::int64_t due,
                  std::optional<std::int64_t> closed, std::optional<std::int64_t> ok_from) {
  ObligationRow r;
  r.owner = owner;
  r.rule = "consular.rights_not_informed";
  r.person_id = owner.substr(owner.find(':') + 1);
  r.subject = "detention:ev-1";
  r.opened_at = opened;
  r.due_at = due;
  r.closed_at = closed;
  r.ok_from = ok_from;
  r.detail = "inform";
  return r;
}

std::vector<std::string> owners_as_of(Store& store, std::int64_t t, bool settled_too = false) {
  ObligationFilter filter;
  filter.opened_by = t;
  filter.settled_too = settled_too;
  std::vector<std::string> out;
  auto ok = store.for_each_obligation(filter, [&](const ObligationRow& r) {
    out.push_back(r.owner);
    return true;
  });
  EXPECT_TRUE(ok.ok());
  std::sort(out.begin(), out.end());
  return out;
}

class Obligations : public ::testing::Test {
 protected:
  void put(const std::string& owner, std::vector<ObligationRow> rows) {
    auto batch = temp_.store().begin_write();
    ASSERT_TRUE(batch.ok());
    ASSERT_TRUE((*batch)->replace_obligations(owner, rows).ok());
    ASSERT_TRUE((*batch)->commit().ok());
  }
  TempStore temp_;
};

TEST_F(Obligations, AreFoundAsOfAMoment) {
  put("person:A", {row("person:A", 10 * kDay, 11 * kDay, std::nullopt, std::nullopt)});  // open
  put("person:B", {row("person:B", 10 * kDay, 11 * kDay, 12 * kDay, std::nullopt)});     // late
  put("person:C", {row("person:C", 10 * kDay, 11 * kDay, 10 * kDay, 10 * kDay)});        // in time
  put("person:D", {row("person:D", 20 * kDay, 21 * kDay, std::nullopt, std::nullopt)});  // later

  EXPECT_TRUE(owners_as_of(temp_.store(), 9 * kDay).empty());
  // Before C settled, it is still owed; after, it is not an alert unless asked for.
  EXPECT_EQ(owners_as_of(temp_.store(), 10 * kDay - 1).size(), 0u);
  EXPECT_EQ(owners_as_of(temp_.store(), 15 * kDay),
            (std::vector<std::string>{"person:A", "person:B"}));
  EXPECT_EQ(owners_as_of(temp_.store(), 15 * kDay, true),
            (std::vector<std::string>{"person:A", "person:B", "person:C"}));
  EXPECT_EQ(owners_as_of(temp_.store(), 25 * kDay),
            (std::vector<std::string>{"person:A", "person:B", "person:D"}));
}

TEST_F(Obligations, AreCountedWhereTheMomentFindsThem) {
  put("person:A", {row("person:A", 10 * kDay, 11 * kDay, std::nullopt, std::nullopt)});
  put("person:B", {row("person:B", 10 * kDay, 11 * kDay, 12 * kDay, std::nullopt)});
  put("person:C", {row("person:C", 10 * kDay, 13 * kDay, 12 * kDay, 12 * kDay)});
  auto counts =
      temp_.store().count_obligations("consular.rights_not_informed", 11 * kDay + 1, true);
  ASSERT_TRUE(counts.ok());
  EXPECT_EQ(counts->open_before_due, 1);  // C, settled only later
  EXPECT_EQ(counts->open_after_due, 2);   // A, and B not yet closed
  EXPECT_EQ(counts->closed_unsettled, 0);
  EXPECT_EQ(counts->settled, 0);
  counts = temp_.store().count_obligations("consular.rights_not_informed", 12 * kDay, true);
  ASSERT_TRUE(counts.ok());
  EXPECT_EQ(counts->open_after_due, 1);
  EXPECT_EQ(counts->closed_unsettled, 1);
  EXPECT_EQ(counts->settled, 1);
  counts = temp_.store().count_obligations("detention.max_exceeded", 12 * kDay, true);
  ASSERT_TRUE(counts.ok());
  EXPECT_EQ(counts->open_after_due + counts->closed_unsettled + counts->settled, 0);
}

TEST_F(Obligations, AreReplacedOwnerByOwner) {
  put("person:A", {row("person:A", 10 * kDay, 11 * kDay, std::nullopt, std::nullopt),
                   row("person:A", 10 * kDay, 12 * kDay, std::nullopt, std::nullopt)});
  put("person:B", {row("person:B", 10 * kDay, 11 * kDay, std::nullopt, std::nullopt)});
  put("person:A", {});
  EXPECT_EQ(owners_as_of(temp_.store(), 20 * kDay), std::vector<std::string>{"person:B"});
}

TEST_F(Obligations, OpenEndedOnesComeDueAgain) {
  auto tail = row("person:A", 10 * kDay, 40 * kDay, std::nullopt, std::nullopt);
  tail.open_ended = true;
  put("person:A", {tail});
  put("person:B", {row("person:B", 10 * kDay, 11 * kDay, std::nullopt, std::nullopt)});
  auto none = temp_.store().owners_due_again(39 * kDay);
  ASSERT_TRUE(none.ok());
  EXPECT_TRUE(none->empty());
  auto due = temp_.store().owners_due_again(40 * kDay);
  ASSERT_TRUE(due.ok());
  EXPECT_EQ(*due, std::vector<std::string>{"person:A"});
  auto state = temp_.store().obligations_state("obligations.fingerprint", "obligations.through");
  ASSERT_TRUE(state.ok());
  EXPECT_EQ(state->next_due_again, 40 * kDay);
  EXPECT_FALSE(state->fingerprint);
}

TEST_F(Obligations, ClearingTakesTheirSettingsAlong) {
  put("person:A", {row("person:A", 10 * kDay, 11 * kDay, std::nullopt, std::nullopt)});
  {
    auto batch = temp_.store().begin_write();
    ASSERT_TRUE(batch.ok());
    ASSERT_TRUE((*batch)->put_setting("obligations.through", "7").ok());
    ASSERT_TRUE((*batch)->put_setting("profile.name", "spain").ok());
    ASSERT_TRUE((*batch)->clear_obligations().ok());
    ASSERT_TRUE((*batch)->commit().ok());
  }
  EXPECT_TRUE(owners_as_of(temp_.store(), 20 * kDay).empty());
  EXPECT_FALSE(*temp_.store().setting("obligations.through"));
  EXPECT_EQ(*temp_.store().setting("profile.name"), std::optional<std::string>("spain"));
}

}  // namespace
}  // namespace haven::store
