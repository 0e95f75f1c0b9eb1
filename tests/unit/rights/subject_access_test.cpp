// A subject access request holds everything about the person and nothing about others,
// and its HTML page escapes what it shows.

#include "haven/rights/subject_access.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "haven/audit/log.h"
#include "support/temp_store.h"

namespace haven::rights {
namespace {

using haven::testing::at;
using haven::testing::record_all;
using haven::testing::TempStore;
using nlohmann::json;

class SubjectAccessTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto report = record_all(
        ledger_,
        {R"({"type":"person.registered","occurred_at":"2026-03-01T10:00:00Z","person_id":"P-1","given_name":"Ana <b>","family_name":"Pérez","sex":"F","birth_date":"1990"})",
         R"({"type":"person.registered","occurred_at":"2026-03-01T10:00:00Z","person_id":"P-2","given_name":"Other","family_name":"Person","sex":"M","birth_date":"1980"})",
         R"({"type":"referral.made","occurred_at":"2026-03-02T10:00:00Z","referral_id":"R-1","person_id":"P-1","service":"medical","consent":true})",
         R"({"type":"detention.started","occurred_at":"2026-03-03T10:00:00Z","person_id":"P-2","facility":"Tapachula"})"});
    ASSERT_TRUE(report.errors.empty()) << report.errors.front().describe();
    audit::Log log(temp_.store(), clock_, {});
    ASSERT_TRUE(
        log.append({"lucia", "read", "/api/v1/persons/P-1", "10.0.0.7", "case review", "", 200}));
    ASSERT_TRUE(log.append({"lucia", "read", "/api/v1/persons/P-2", "10.0.0.7", "", "", 200}));
  }

  TempStore temp_;
  FixedClock clock_{at("2026-06-01T00:00:00Z")};
  ledger::Ledger ledger_{temp_.store(), clock_};
};

TEST_F(SubjectAccessTest, HoldsTheRecordEveryEventReferralsAndWhoReadItAndNothingOfOthers) {
  auto exported = subject_access_json(ledger_, "P-1", clock_.now());
  ASSERT_TRUE(exported.ok()) << exported.error().describe();
  const json data = json::parse(*exported);
  EXPECT_EQ(data["person"]["given_name"], "Ana <b>");
  EXPECT_EQ(data["events"].size(), 2u);
  ASSERT_EQ(data["referrals"].size(), 1u);
  EXPECT_EQ(data["referrals"][0]["referral_id"], "R-1");
  ASSERT_EQ(data["access_to_the_record"].size(), 1u);
  EXPECT_EQ(data["access_to_the_record"][0]["purpose"], "case review");
  EXPECT_EQ(exported->find("Other"), std::string::npos);
  EXPECT_EQ(exported->find("Tapachula"), std::string::npos);
}

TEST_F(SubjectAccessTest, AnUnknownPersonIsNotFound) {
  auto exported = subject_access_json(ledger_, "P-404", clock_.now());
  ASSERT_FALSE(exported.ok());
  EXPECT_EQ(exported.error().code, ErrorCode::kNotFound);
}

TEST_F(SubjectAccessTest, TheHtmlPageEscapesEverythingItShows) {
  auto exported = subject_access_json(ledger_, "P-1", clock_.now());
  ASSERT_TRUE(exported.ok());
  const std::string html = subject_access_html(*exported);
  EXPECT_NE(html.find("Ana &lt;b&gt;"), std::string::npos);
  EXPECT_EQ(html.find("Ana <b>"), std::string::npos);
  EXPECT_NE(html.find("Who has read or written the record"), std::string::npos);
  EXPECT_EQ(html.find("<script"), std::string::npos);
}

}  // namespace
}  // namespace haven::rights
