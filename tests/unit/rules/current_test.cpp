// Kept obligations (rules/current.h) answer as the log does (evaluate.h), after a full
// refresh, after writes that touch a few persons, under another profile, past the moment
// they were refreshed at, and after a rebuild. The demo histories give every rule work.

#include "haven/rules/current.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>

#include "haven/ledger/ledger.h"
#include "haven/rules/profile.h"
#include "support/temp_store.h"
#include "unit/demo/demo_support.h"

namespace haven::rules {
namespace {

using haven::testing::at;
using haven::testing::TempStore;

std::string full(const std::vector<Alert>& alerts) {
  std::string out;
  for (const auto& a : alerts) {
    out += a.rule + " " + a.person_id + " " + std::string(status_name(a.status)) + " " + a.subject +
           " " + format_rfc3339(a.opened_at) + " " + format_rfc3339(a.due_at) + " " +
           (a.closed_at ? format_rfc3339(*a.closed_at) : "-") + " " + a.detail + "\n";
  }
  return out;
}

std::string full(const std::vector<AlertCount>& counts) {
  std::string out;
  for (const auto& c : counts) {
    out += c.rule + " " + std::string(status_name(c.status)) + " " + std::to_string(c.count) + "\n";
  }
  return out;
}

class KeptObligations : public ::testing::Test {
 protected:
  KeptObligations() : clock_(demo::testing::demo_now()), ledger_(temp_.store(), clock_) {}

  // Records `lines` (JSON Lines) and fails the test on any refusal.
  void record(const std::string& lines) {
    std::istringstream in(lines);
    auto report = ledger_.record_lines(in, {});
    ASSERT_TRUE(report.ok()) << report.error().describe();
    ASSERT_TRUE(report->errors.empty()) << report->errors.front().describe();
  }

  // The kept answer and the log's agree, listed and counted, for `query`.
  void expect_same(const Profile& profile, AlertQuery query, Timestamp now) {
    auto log = evaluate_store(temp_.store(), profile, query);
    ASSERT_TRUE(log.ok()) << log.error().describe();
    auto kept = current_alerts(temp_.store(), profile, query, now);
    ASSERT_TRUE(kept.ok()) << kept.error().describe();
    EXPECT_EQ(full(*kept), full(*log)) << "as of " << format_rfc3339(query.as_of);
    auto counts = count_current_alerts(temp_.store(), profile, query, now);
    ASSERT_TRUE(counts.ok()) << counts.error().describe();
    EXPECT_EQ(full(*counts), full(count_alerts(*log))) << "as of " << format_rfc3339(query.as_of);
  }

  // Several moments before, at and after `now`, with and without the obligations met in time.
  void expect_same_everywhere(const Profile& profile, Timestamp now) {
    for (int days : {-300, -90, -7, 0, 45, 400}) {
      for (bool all : {false, true}) {
        AlertQuery query;
        query.as_of = Timestamp{now.micros + days * kMicrosPerDay};
        query.all = all;
        expect_same(profile, query, now);
      }
    }
  }

  std::string setting(const std::string& key) {
    auto value = temp_.store().setting(key);
    EXPECT_TRUE(value.ok());
    return value.ok() ? value->value_or("") : "";
  }

  TempStore temp_;
  FixedClock clock_;
  ledger::Ledger ledger_;
  const Profile& international_ = *builtin_profile("international");
};

TEST_F(KeptObligations, AnswerAsTheLogDoes) {
  const std::string demo = demo::testing::generate(300);
  record(demo);
  AlertQuery now;
  now.as_of = clock_.now();
  auto listed = current_alerts(temp_.store(), international_, now, clock_.now());
  ASSERT_TRUE(listed.ok());
  EXPECT_GT(listed->size(), 100u) << "the demo should give every rule something to find";
  expect_same_everywhere(international_, clock_.now());
}

TEST_F(KeptObligations, AWriteRefreshesOnlyThePersonsItTouched) {
  const std::string demo = demo::testing::generate(300);
  const auto half = demo.find('\n', demo.size() / 2) + 1;
  record(demo.substr(0, half));
  ASSERT_TRUE(refresh_obligations(temp_.store(), international_, clock_.now()).ok());
  const std::string through = setting("obligations.through");
  auto last = temp_.store().last_event_position();
  ASSERT_TRUE(last.ok());
  EXPECT_EQ(through, std::to_string(*last));

  record(demo.substr(half));
  auto written = temp_.store().owners_written_after(std::stoll(through));
  ASSERT_TRUE(written.ok());
  EXPECT_FALSE(written->empty());
  auto everyone = temp_.store().person_ids_with_events();
  ASSERT_TRUE(everyone.ok());
  const auto persons_written = std::count_if(
      written->begin(), written->end(), [](auto& owner) { return owner.starts_with("person:"); });
  EXPECT_GT(persons_written, 0);
  EXPECT_LT(persons_written, static_cast<long>(everyone->size()))
      << "only the second half's persons are new";
  expect_same_everywhere(international_, clock_.now());
  EXPECT_NE(setting("obligations.through"), through);

  // One late fact about one person changes that person's alerts, and only theirs.
  record(R"({"type":"detention.started","occurred_at":"2026-01-10T08:00:00Z",)"
         R"("person_id":"P-0000001","facility":"Late Centre"})"
         "\n");
  auto after = temp_.store().owners_written_after(std::stoll(setting("obligations.through")));
  ASSERT_TRUE(after.ok());
  ASSERT_TRUE(refresh_obligations(temp_.store(), international_, clock_.now()).ok());
  auto again = temp_.store().owners_written_after(std::stoll(setting("obligations.through")));
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(*after, std::vector<std::string>{"person:P-0000001"});
  EXPECT_TRUE(again->empty());
  expect_same_everywhere(international_, clock_.now());
}

TEST_F(KeptObligations, AnotherProfileFindsThemAgain) {
  record(demo::testing::generate(200));
  expect_same_everywhere(international_, clock_.now());
  const std::string international_print = setting("obligations.fingerprint");
  const Profile& spain = *builtin_profile("spain");
  expect_same_everywhere(spain, clock_.now());
  EXPECT_NE(setting("obligations.fingerprint"), international_print);
}

TEST_F(KeptObligations, OngoingReviewsAreListedPastTheRefresh) {
  record(R"({"type":"person.registered","occurred_at":"2026-02-01T08:00:00Z","person_id":"P-1",)"
         R"("given_name":"Amina","family_name":"Haddad","nationalities":["SYR"],)"
         R"("birth_date":"1990-01-01"})"
         "\n"
         R"({"type":"detention.started","occurred_at":"2026-02-01T10:00:00Z","person_id":"P-1",)"
         R"("facility":"Centre A"})"
         "\n");
  const Profile& canada = *builtin_profile("canada");
  ASSERT_TRUE(refresh_obligations(temp_.store(), canada, clock_.now()).ok());
  // A year on, with nothing recorded since the refresh, eleven more reviews have fallen due.
  AlertQuery query;
  query.as_of = at("2027-03-01T12:00:00Z");
  query.rule = "detention.review_overdue";
  auto kept = current_alerts(temp_.store(), canada, query, clock_.now());
  ASSERT_TRUE(kept.ok());
  AlertQuery then = query;
  then.as_of = clock_.now();
  auto before = current_alerts(temp_.store(), canada, then, clock_.now());
  ASSERT_TRUE(before.ok());
  EXPECT_GT(kept->size(), before->size() + 10);
  expect_same(canada, query, clock_.now());
}

TEST_F(KeptObligations, ARebuildStartsThemAfresh) {
  record(demo::testing::generate(100));
  ASSERT_TRUE(refresh_obligations(temp_.store(), international_, clock_.now()).ok());
  EXPECT_FALSE(setting("obligations.fingerprint").empty());
  ASSERT_TRUE(ledger_.rebuild().ok());
  EXPECT_EQ(setting("obligations.fingerprint"), "");
  EXPECT_EQ(setting("obligations.through"), "");
  expect_same_everywhere(international_, clock_.now());
}

}  // namespace
}  // namespace haven::rules
