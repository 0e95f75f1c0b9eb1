// The demo is worth looking at: 2,000 persons hold children, unaccompanied children, people
// still detained, people never told of their consular rights, and names in many scripts.

#include <gtest/gtest.h>

#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "demo_support.h"

namespace haven::demo {
namespace {

using nlohmann::json;
using testing::generate;
using testing::lines_of;

// The Unicode block a name's first non-Latin letter is in, or empty for Latin names.
std::string script_of(const std::string& name) {
  for (std::size_t i = 0; i < name.size();) {
    const auto c = static_cast<unsigned char>(name[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    const int length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
    char32_t code = c & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07);
    for (int k = 1; k < length; ++k) code = (code << 6) | (name[i + k] & 0x3F);
    i += length;
    if (code >= 0x0600 && code <= 0x06FF) return "arabic";
    if (code >= 0x1200 && code <= 0x137F) return "ethiopic";
    if (code >= 0x0980 && code <= 0x09FF) return "bengali";
    if (code >= 0x1000 && code <= 0x109F) return "myanmar";
  }
  return {};
}

struct Tally {
  int persons = 0;
  int events = 0;
  int children = 0;
  int unaccompanied = 0;
  int detained_now = 0;
  int children_detained_now = 0;
  int detained = 0;
  int never_informed = 0;
  std::set<std::string> scripts;
  std::set<std::string> spellings_of_muhammad;
};

Tally tally(const std::string& text) {
  Tally t;
  std::set<std::string> children;
  std::map<std::string, int> held;  // detention.started minus detention.ended
  std::set<std::string> detained, informed, consulate;
  for (auto line : lines_of(text)) {
    const json e = json::parse(line);
    ++t.events;
    const std::string type = e.at("type");
    const std::string person = e.value("person_id", "");
    if (type == "person.registered") {
      ++t.persons;
      const auto vulnerabilities = e.value("vulnerabilities", json::array());
      for (const auto& v : vulnerabilities) {
        if (v == "child") children.insert(person);
      }
      const std::string script = script_of(e.value("name_original", ""));
      if (!script.empty()) t.scripts.insert(script);
      const std::string given = e.at("given_name");
      for (const char* form : {"Mohamed", "Muhammad", "Mohammed", "Mohammad"}) {
        if (given.find(form) != std::string::npos) t.spellings_of_muhammad.insert(form);
      }
      const auto nationalities = e.value("nationalities", json::array());
      if (!nationalities.empty() && nationalities[0] != "XXA") consulate.insert(person);
    }
    if (type == "child.unaccompanied") ++t.unaccompanied;
    if (type == "detention.started") {
      ++held[person];
      detained.insert(person);
    }
    if (type == "detention.ended") --held[person];
    if (type == "consular.rights_informed") informed.insert(person);
  }
  t.children = static_cast<int>(children.size());
  t.detained = static_cast<int>(detained.size());
  for (const auto& [person, open] : held) {
    if (open > 0) {
      ++t.detained_now;
      if (children.count(person)) ++t.children_detained_now;
    }
  }
  for (const auto& person : detained) {
    if (consulate.count(person) && !informed.count(person)) ++t.never_informed;
  }
  return t;
}

TEST(DemoDistribution, TwoThousandPersonsHoldWhatMonitorsLookFor) {
  const Tally t = tally(generate(2000));
  ASSERT_EQ(t.persons, 2000);
  // About 15% children, and some of them alone.
  EXPECT_GT(t.children, 2000 * 8 / 100);
  EXPECT_LT(t.children, 2000 * 25 / 100);
  EXPECT_GT(t.unaccompanied, 20);
  // About 40% deprived of liberty at some point; some still are, children among them.
  EXPECT_GT(t.detained, 2000 * 30 / 100);
  EXPECT_LT(t.detained, 2000 * 55 / 100);
  EXPECT_GT(t.detained_now, 20);
  EXPECT_GT(t.never_informed, 10);
  // Names in Arabic, Ge'ez, Bengali and Myanmar scripts.
  EXPECT_GE(t.scripts.size(), 4u);
  // One name, several Latin spellings: what record linkage will have to bridge.
  EXPECT_GE(t.spellings_of_muhammad.size(), 3u);
  const double per_person = static_cast<double>(t.events) / t.persons;
  EXPECT_GT(per_person, 6.0);
  EXPECT_LT(per_person, 15.0);
}

TEST(DemoDistribution, CaseworkRunsItsWholeCourse) {
  // Every case event type occurs, so every case list and refusal has material to work on.
  std::map<std::string, int> types;
  const std::string text = generate(2000);
  for (auto line : lines_of(text)) {
    const json e = json::parse(line);
    const auto type = e.at("type").get<std::string>();
    if (type.starts_with("case.")) ++types[type];
  }
  for (const char* type : {"case.opened", "case.assigned", "case.activated", "case.risk_set",
                           "case.action_planned", "case.action_updated", "case.note_added",
                           "case.closure_requested", "case.closure_approved", "case.closed"}) {
    EXPECT_GT(types[type], 0) << type;
  }
  // Cases for victims, children alone and some others: a few hundred in 2,000 persons.
  EXPECT_GT(types["case.opened"], 2000 * 10 / 100);
  EXPECT_LT(types["case.opened"], 2000 * 60 / 100);
  EXPECT_LT(types["case.closed"], types["case.opened"]);
}

TEST(DemoDistribution, ServicesScreeningsAndTracingDecisionsOccur) {
  // The directory, consented referrals and their withdrawal, screenings, family links and
  // caseworkers' decisions on tracing candidates: every list and refusal has material.
  std::map<std::string, int> types;
  int with_provider_id = 0;
  int reunions_citing_a_request = 0;
  std::set<std::string> forms;
  const std::string text = generate(5000);
  for (auto line : lines_of(text)) {
    const json e = json::parse(line);
    const auto type = e.at("type").get<std::string>();
    ++types[type];
    if (type == "referral.made") {
      EXPECT_EQ(e.at("consent"), true);
      if (e.contains("provider_id")) ++with_provider_id;
    }
    if (type == "screening.recorded") forms.insert(e.at("form").get<std::string>());
    if (type == "family.reunified" && e.contains("request_id")) ++reunions_citing_a_request;
  }
  for (const char* type : {"provider.registered", "referral.consent_withdrawn", "family.linked",
                           "tracing.match_confirmed", "tracing.match_rejected",
                           "screening.recorded", "return.planned", "incident.progressed"}) {
    EXPECT_GT(types[type], 0) << type;
  }
  EXPECT_GT(with_provider_id, types["referral.made"] / 2);
  EXPECT_GT(reunions_citing_a_request, 0);
  EXPECT_GE(forms.size(), 5U) << "most built-in forms are used";
}

TEST(DemoDistribution, SomeChildrenAreStillDetained) {
  // A rare case in any one sample; a larger run must have it.
  const Tally t = tally(generate(8000));
  EXPECT_GT(t.children_detained_now, 0);
}

}  // namespace
}  // namespace haven::demo
