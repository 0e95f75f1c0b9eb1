// Retention: who is anonymised (work over, period passed) and who is not, what leaves their
// events and what stays, and that a dry run changes nothing.

#include "haven/rights/retention.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "support/temp_store.h"

namespace haven::rights {
namespace {

using haven::testing::at;
using haven::testing::record_all;
using haven::testing::TempStore;
using nlohmann::json;

std::string registered(const std::string& id, const std::string& name, const std::string& when) {
  return R"({"type":"person.registered","occurred_at":")" + when + R"(","person_id":")" + id +
         R"(","given_name":")" + name +
         R"(","family_name":"Qx","name_original":"زينب","sex":"F","birth_date":"1990-04-17","nationalities":["SYR"],"location":{"country":"GRC","place":"Camp Qx","latitude":37.1,"longitude":26.5}})";
}

std::vector<std::string> case_closed(const std::string& person, const std::string& case_id,
                                     const std::string& year) {
  const std::string c = R"("case_id":")" + case_id + R"(")";
  return {
      R"({"type":"case.opened","occurred_at":")" + year + R"(-01-10T10:00:00Z",)" + c +
          R"(,"person_id":")" + person + R"(","agency":"Shelter","reason":"beaten at the border"})",
      R"({"type":"case.note_added","occurred_at":")" + year + R"(-01-11T10:00:00Z",)" + c +
          R"(,"note":"she named her trafficker, Karim Qx"})",
      R"({"type":"case.closure_requested","occurred_at":")" + year + R"(-02-01T10:00:00Z",)" + c +
          R"(,"reason":"safe"})",
      R"({"type":"case.closure_approved","occurred_at":")" + year + R"(-02-02T10:00:00Z",)" + c +
          R"(,"supervisor":"Maria"})",
      R"({"type":"case.closed","occurred_at":")" + year + R"(-02-03T10:00:00Z",)" + c + "}",
  };
}

class RetentionTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::vector<std::string> events = {
        registered("P-OLD", "Zaynab", "2019-01-01T10:00:00Z"),
        registered("P-RECENT", "Huda", "2019-01-01T10:00:00Z"),
        registered("P-OPEN", "Mona", "2019-01-01T10:00:00Z"),
        registered("P-NOCASE", "Rana", "2019-01-01T10:00:00Z"),
        registered("P-ACTIVE", "Dina", "2019-01-01T10:00:00Z"),
        R"({"type":"referral.made","occurred_at":"2019-01-12T10:00:00Z","referral_id":"R-1","person_id":"P-OLD","service":"medical","consent":true,"consent_by":"Guardian Qx"})",
        R"({"type":"referral.completed","occurred_at":"2019-01-20T10:00:00Z","referral_id":"R-1","outcome":"treated for a fracture"})",
        R"({"type":"case.opened","occurred_at":"2019-01-10T10:00:00Z","case_id":"C-OPEN","person_id":"P-OPEN","agency":"Shelter"})",
        // Closed long ago, but something was recorded last year.
        R"({"type":"consular.visited","occurred_at":"2025-06-01T10:00:00Z","person_id":"P-ACTIVE"})",
    };
    for (auto [person, id, year] :
         {std::tuple{"P-OLD", "C-OLD", "2019"}, std::tuple{"P-RECENT", "C-RECENT", "2025"},
          std::tuple{"P-ACTIVE", "C-ACTIVE", "2019"}}) {
      for (auto& e : case_closed(person, id, year)) events.push_back(e);
    }
    // referral.completed needs acceptance first.
    events.insert(
        events.begin() + 6,
        R"({"type":"referral.accepted","occurred_at":"2019-01-13T10:00:00Z","referral_id":"R-1"})");
    auto report = record_all(ledger_, events);
    ASSERT_TRUE(report.errors.empty()) << report.errors.front().describe();
  }

  Result<RetentionReport> apply(bool dry_run = false) {
    return apply_retention(ledger_, policy_, clock_.now(), dry_run);
  }

  TempStore temp_;
  FixedClock clock_{at("2026-06-01T00:00:00Z")};
  ledger::Ledger ledger_{temp_.store(), clock_};
  rules::RetentionPolicy policy_{1826 * kMicrosPerDay};  // five years
};

TEST_F(RetentionTest, OnlyAPersonWhoseWorkEndedLongAgoIsAnonymised) {
  auto report = apply();
  ASSERT_TRUE(report.ok()) << report.error().describe();
  EXPECT_EQ(report->persons_checked, 5);
  EXPECT_EQ(report->anonymised, std::vector<std::string>{"P-OLD"});
  // Those that held something identifying: the registration, four of the case (not its
  // bare closing), two of the referral (not its acceptance).
  EXPECT_EQ(report->events_rewritten, 7);
  EXPECT_EQ(json::parse(**ledger_.person("P-RECENT"))["given_name"], "Huda");
  EXPECT_EQ(json::parse(**ledger_.person("P-OPEN"))["given_name"], "Mona");
  EXPECT_EQ(json::parse(**ledger_.person("P-NOCASE"))["given_name"], "Rana");
  EXPECT_EQ(json::parse(**ledger_.person("P-ACTIVE"))["given_name"], "Dina");
}

TEST_F(RetentionTest, NamesNotesAndPlacesLeaveDatesCodesAndCountsStay) {
  ASSERT_TRUE(apply().ok());
  const json person = json::parse(**ledger_.person("P-OLD"));
  EXPECT_FALSE(person.contains("given_name"));
  EXPECT_FALSE(person.contains("family_name"));
  EXPECT_FALSE(person.contains("name_original"));
  EXPECT_EQ(person["birth_date"], "1990");
  EXPECT_EQ(person["sex"], "F");
  EXPECT_EQ(person["nationalities"], json::array({"SYR"}));
  EXPECT_EQ(person["location"], json({{"country", "GRC"}}));
  EXPECT_EQ(person["registered_at"], "2019-01-01T10:00:00Z");
  // Her record, case and referral as kept, and every event about them (the others keep
  // the same names: they are not due).
  std::string everything;
  std::istringstream dump(*temp_.store().dump_projections());
  for (std::string line; std::getline(dump, line);) {
    if (line.find("P-OLD") != std::string::npos || line.find("C-OLD") != std::string::npos ||
        line.find("R-1") != std::string::npos) {
      everything += line + "\n";
    }
  }
  EXPECT_NE(everything.find("case C-OLD"), std::string::npos);
  auto events = temp_.store().events_of_person("P-OLD");
  ASSERT_TRUE(events.ok());
  for (const char* subject : {"case:C-OLD", "referral:R-1"}) {
    auto of_subject = temp_.store().events_of_subject(subject);
    ASSERT_TRUE(of_subject.ok());
    for (const auto& e : *of_subject) everything += e.body;
  }
  for (const auto& e : *events) everything += e.body;
  for (const char* gone : {"Zaynab", "زينب", "Camp Qx", "Karim", "beaten", "fracture",
                           "Guardian Qx", "37.1", "04-17"}) {
    EXPECT_EQ(everything.find(gone), std::string::npos) << gone;
  }
  EXPECT_NE(everything.find("case.closed"), std::string::npos);
  // The case keeps its course: opened, closed, by which agency.
  const json closed = json::parse(**ledger_.protection_case("C-OLD"));
  EXPECT_EQ(closed["status"], "closed");
  EXPECT_EQ(closed["agency"], "Shelter");
  ASSERT_EQ(closed["notes"].size(), 1u);
  EXPECT_EQ(closed["notes"][0]["note"], "(removed)");
  // Her name no longer finds her (it finds the others, whose زينب is spelt zaynab).
  ledger::Ledger::Search search;
  search.text = "zaynab";
  const auto found = ledger_.find_persons(search);
  ASSERT_TRUE(found.ok());
  EXPECT_FALSE(found->documents.empty());
  for (const std::string& document : found->documents) {
    EXPECT_EQ(document.find("\"P-OLD\""), std::string::npos);
  }
}

TEST_F(RetentionTest, ADryRunChangesNothingAndASecondRunFindsNoOneNew) {
  const std::string before = *temp_.store().dump_projections();
  auto dry = apply(true);
  ASSERT_TRUE(dry.ok());
  EXPECT_EQ(dry->anonymised, std::vector<std::string>{"P-OLD"});
  EXPECT_EQ(*temp_.store().dump_projections(), before);
  ASSERT_TRUE(apply().ok());
  auto again = apply();
  ASSERT_TRUE(again.ok());
  EXPECT_TRUE(again->anonymised.empty());
  EXPECT_EQ(again->events_rewritten, 0);
}

TEST_F(RetentionTest, AProfileWithoutAPeriodKeepsRecordsWhole) {
  policy_.anonymise_after.reset();
  auto report = apply();
  ASSERT_FALSE(report.ok());
  EXPECT_EQ(report.error().field, "retention.anonymise_after_days");
}

}  // namespace
}  // namespace haven::rights
