// The demo keeps the import contract: every line an event of the vocabulary, dated before
// `now`, naming only ids created on earlier lines, each person's events together and in
// time order — and every line passes the domain's own reader.

#include <gtest/gtest.h>

#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "demo_support.h"
#include "haven/domain/event.h"
#include "haven/domain/vocabulary.h"

namespace haven::demo {
namespace {

using nlohmann::json;
using testing::demo_now;
using testing::generate;
using testing::lines_of;

class DemoContract : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { text_ = new std::string(generate(1000)); }
  static void TearDownTestSuite() { delete text_; }
  static std::string* text_;
};
std::string* DemoContract::text_ = nullptr;

TEST_F(DemoContract, EveryLineIsAVocabularyEventDatedBeforeNow) {
  const Timestamp now = demo_now();
  int line_number = 0;
  for (auto line : lines_of(*text_)) {
    ++line_number;
    const json event = json::parse(line);
    ASSERT_TRUE(event.is_object()) << "line " << line_number;
    const auto type = event.at("type").get<std::string>();
    EXPECT_NE(domain::find_event_type(type), nullptr) << "line " << line_number << ": " << type;
    EXPECT_NE(type, "event.voided");
    const auto occurred = event.at("occurred_at").get<std::string>();
    // RFC 3339 with a numeric offset, as the places' local time.
    ASSERT_GE(occurred.size(), 25u) << occurred;
    EXPECT_TRUE(occurred[19] == '+' || occurred[19] == '-') << occurred;
    auto at = parse_rfc3339(occurred);
    ASSERT_TRUE(at.ok()) << "line " << line_number << ": " << occurred;
    EXPECT_LT(*at, now) << "line " << line_number;
  }
}

TEST_F(DemoContract, ReferencesOnlyPointBackwards) {
  std::set<std::string> persons, referrals, incidents, requests, cases;
  auto require = [](const std::set<std::string>& known, const std::string& id, int line) {
    EXPECT_TRUE(known.count(id)) << "line " << line << " names " << id << " before it exists";
  };
  auto create = [](std::set<std::string>& known, const std::string& id, int line) {
    EXPECT_TRUE(known.insert(id).second) << "line " << line << " creates " << id << " again";
  };
  int line_number = 0;
  for (auto line : lines_of(*text_)) {
    ++line_number;
    const json e = json::parse(line);
    const auto type = e.at("type").get<std::string>();
    if (type == "person.registered") {
      create(persons, e.at("person_id"), line_number);
    } else if (e.contains("person_id")) {
      require(persons, e.at("person_id"), line_number);
    }
    if (type == "referral.made") {
      create(referrals, e.at("referral_id"), line_number);
    } else if (e.contains("referral_id")) {
      require(referrals, e.at("referral_id"), line_number);
    }
    if (type == "incident.reported") {
      create(incidents, e.at("incident_id"), line_number);
      for (const auto& victim : e.value("victims", json::array())) {
        require(persons, victim, line_number);
      }
    } else if (e.contains("incident_id")) {
      require(incidents, e.at("incident_id"), line_number);
    }
    if (type == "tracing.requested") create(requests, e.at("request_id"), line_number);
    if (type == "case.opened") {
      create(cases, e.at("case_id"), line_number);
    } else if (e.contains("case_id")) {
      require(cases, e.at("case_id"), line_number);
    }
    if (type == "family.reunified" && e.at("with").get<std::string>().starts_with("P-")) {
      require(persons, e.at("with"), line_number);
    }
  }
  EXPECT_EQ(persons.size(), 1000u);
  EXPECT_FALSE(referrals.empty());
  EXPECT_FALSE(incidents.empty());
  EXPECT_FALSE(requests.empty());
  EXPECT_FALSE(cases.empty());
}

TEST_F(DemoContract, EachPersonsEventsAreContiguousAndInTimeOrder) {
  std::map<std::string, std::string> referral_owner;
  std::set<std::string> finished;
  std::string current;
  Timestamp last{};
  int line_number = 0;
  for (auto line : lines_of(*text_)) {
    ++line_number;
    const json e = json::parse(line);
    std::string person = e.value("person_id", "");
    if (e.at("type") == "referral.made") referral_owner[e.at("referral_id")] = person;
    if (person.empty() && e.contains("referral_id")) person = referral_owner[e.at("referral_id")];
    if (person.empty()) continue;  // incidents and tracing requests belong to no one person
    // Decisions on a tracing request, and the family link and reunion they lead to, come
    // with the request, after the batch of persons it was made in.
    const std::string type = e.at("type");
    if (e.contains("request_id") || type == "family.linked") continue;
    const Timestamp at = *parse_rfc3339(e.at("occurred_at").get<std::string>());
    if (person != current) {
      if (!current.empty()) finished.insert(current);
      EXPECT_FALSE(finished.count(person))
          << "line " << line_number << ": " << person << " reappears after other persons";
      EXPECT_EQ(e.at("type"), "person.registered") << "line " << line_number;
      current = person;
    } else {
      EXPECT_LE(last, at) << "line " << line_number << ": " << person << " goes back in time";
    }
    last = at;
  }
}

TEST_F(DemoContract, EveryLinePassesTheDomainReader) {
  domain::ReadOptions options;
  options.not_after = demo_now();
  int line_number = 0;
  int failures = 0;
  for (auto line : lines_of(*text_)) {
    ++line_number;
    auto event = domain::read_event(line, options);
    if (!event.ok() && ++failures <= 10) {
      ADD_FAILURE() << "line " << line_number << ": " << event.error().describe() << "\n" << line;
    }
  }
  EXPECT_EQ(failures, 0);
}

}  // namespace
}  // namespace haven::demo
