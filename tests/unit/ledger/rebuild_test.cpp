// Projections are a pure function of the log: folding incrementally, across many batches,
// out of order, with corrections, merges and memory flushes, on one thread or with the
// reading thread folding too, gives what a rebuild gives.

#include <gtest/gtest.h>

#include "support/temp_store.h"

namespace haven::ledger {
namespace {

using haven::testing::at;
using haven::testing::record_all;
using haven::testing::TempStore;

std::string event(const std::string& type, int day, const std::string& rest) {
  char when[32];
  std::snprintf(when, sizeof when, "2026-04-%02dT08:00:00Z", day);
  return R"({"type":")" + type + R"(","occurred_at":")" + when + "\"," + rest + "}";
}

std::string person(int p) { return "\"person_id\":\"P-" + std::to_string(p) + "\""; }

// A first batch with everything the folds must get right mid-batch.
std::vector<std::string> first_batch() {
  std::vector<std::string> batch;
  for (int p = 0; p < 40; ++p) {
    batch.push_back(event("person.registered", 1,
                          person(p) + R"(,"given_name":"Selam","nationalities":["ERI"])"));
    batch.push_back(event("detention.started", 2, person(p) + R"(,"facility":"A")"));
    batch.push_back(event("referral.made", 3,
                          person(p) + ",\"referral_id\":\"R-" + std::to_string(p) +
                              "\",\"service\":\"legal\",\"consent\":true"));
  }
  // Later lines about early persons: their folds were written out and must be taken up again.
  for (int p = 0; p < 40; p += 3) {
    batch.push_back(
        event("referral.accepted", 4, "\"referral_id\":\"R-" + std::to_string(p) + "\""));
  }
  // A fact older than what is known, a merge and a correction by id, all in the same batch.
  batch.push_back(event("detention.reviewed", 2, person(4) + R"(,"outcome":"continued")"));
  batch.push_back(event("person.merged", 5, person(9) + R"(,"into":"P-10")"));
  batch.push_back(
      R"({"id":"ev-wrong","type":"detention.ended","occurred_at":"2026-04-06T08:00:00Z",)" +
      person(11) + R"(,"reason":"released"})");
  batch.push_back(event("event.voided", 7, R"("event_id":"ev-wrong","reason":"not released")"));
  batch.push_back(event("incident.reported", 5,
                        R"("incident_id":"INC-1","category":"extortion","victims":["P-1","P-2"])"));
  // Cases: opened for persons the reading thread may be folding, then worked on later lines.
  for (int p = 0; p < 40; p += 5) {
    const std::string id = "\"case_id\":\"C-" + std::to_string(p) + "\"";
    batch.push_back(event("case.opened", 3, id + "," + person(p) + R"(,"agency":"UNHCR")"));
  }
  for (int p = 0; p < 40; p += 5) {
    const std::string id = "\"case_id\":\"C-" + std::to_string(p) + "\"";
    batch.push_back(event("case.assigned", 4, id + R"(,"caseworker":"Amal")"));
    batch.push_back(event("case.action_planned", 4,
                          id + R"(,"action_id":"legal","action":"counsel","due":"2026-05-01")"));
  }
  // The services directory, referrals to it withdrawn and completed, family links and a
  // tracing request with decisions on its candidates.
  batch.push_back(event("provider.registered", 1,
                        R"("provider_id":"PR-1","name":"Clinic","services":["medical"])"));
  batch.push_back(event("provider.updated", 2, R"("provider_id":"PR-1","capacity":12)"));
  for (int p = 1; p < 40; p += 7) {
    const std::string id = "\"referral_id\":\"RP-" + std::to_string(p) + "\"";
    batch.push_back(event(
        "referral.made", 3,
        id + "," + person(p) + R"(,"service":"medical","provider_id":"PR-1","consent":true)"));
    batch.push_back(event(p % 2 == 0 ? "referral.consent_withdrawn" : "referral.accepted", 4, id));
  }
  // Screenings, completed with their findings before the reading thread folds them.
  for (int p = 3; p < 40; p += 6) {
    batch.push_back(event(
        "screening.recorded", 3,
        person(p) +
            R"(,"form":"age_and_accompaniment","answers":{"age_years":15,"with_parent_or_caregiver":false,"with_other_adult_relative":false})"));
  }
  batch.push_back(
      event("family.linked", 4,
            person(2) + R"(,"relative_id":"P-3","relation":"parent","asserted_by":"A")"));
  batch.push_back(event("tracing.requested", 3,
                        R"("request_id":"TR-0","sought":{"given_name":"Selam"},"requester":"A")"));
  batch.push_back(
      event("tracing.match_confirmed", 4, R"("request_id":"TR-0","by":"B",)" + person(6)));
  batch.push_back(event("family.reunified", 5, person(6) + R"(,"with":"A","request_id":"TR-0")"));
  return batch;
}

struct Outcome {
  std::string incremental;
  std::string rebuilt;
  std::string person_7;
  std::string person_11;
};

Outcome record_and_rebuild(RecordOptions options) {
  TempStore temp;
  FixedClock clock(at("2026-06-01T00:00:00Z"));
  Ledger ledger(temp.store(), clock);
  auto report = record_all(ledger, first_batch(), options);
  EXPECT_TRUE(report.errors.empty()) << report.errors.front().describe();
  // A second batch: late facts and a correction of an event from the first.
  report = record_all(
      ledger,
      {
          event("detention.reviewed", 2, person(5) + R"(,"outcome":"continued")"),
          event("incident.progressed", 6, R"("incident_id":"INC-1","stage":"investigated")"),
          event("tracing.requested", 6,
                R"("request_id":"TR-1","sought":{"given_name":"Yonas"},"requester":"Selam")"),
          event("case.note_added", 6, R"("case_id":"C-5","note":"seen")"),
          event("case.activated", 5, R"("case_id":"C-10")"),
      },
      options);
  EXPECT_TRUE(report.errors.empty());
  const std::string start_of_p7 = temp.store().events_of_person("P-7")->at(1).id;
  report = record_all(ledger,
                      {event("event.voided", 7,
                             "\"event_id\":\"" + start_of_p7 + "\",\"reason\":\"wrong person\"")},
                      options);
  EXPECT_TRUE(report.errors.empty());
  Outcome outcome;
  outcome.incremental = *temp.store().dump_projections();
  outcome.person_7 = ledger.person("P-7")->value();
  outcome.person_11 = ledger.person("P-11")->value();
  EXPECT_TRUE(ledger.rebuild().ok());
  outcome.rebuilt = *temp.store().dump_projections();
  return outcome;
}

struct Mode {
  const char* name;
  std::size_t read_ahead_from;
  std::int64_t fold_idle_events;
};

class RebuildTest : public ::testing::TestWithParam<Mode> {};

TEST_P(RebuildTest, GivesTheStateThatRecordingGave) {
  RecordOptions options;
  options.read_ahead_from = GetParam().read_ahead_from;
  options.fold_idle_events = GetParam().fold_idle_events;
  const Outcome outcome = record_and_rebuild(options);
  EXPECT_EQ(outcome.incremental, outcome.rebuilt);
  EXPECT_NE(outcome.rebuilt.find("\"stage\":\"investigated\""), std::string::npos);
  EXPECT_NE(outcome.rebuilt.find("provider PR-1 Clinic {"), std::string::npos);
  EXPECT_NE(outcome.rebuilt.find("referral RP-1 P-1 PR-1 medical accepted"), std::string::npos);
  EXPECT_NE(outcome.rebuilt.find("referral RP-8 P-8 PR-1 medical withdrawn"), std::string::npos);
  EXPECT_NE(outcome.rebuilt.find("\"status\":\"reunified\""), std::string::npos);
  EXPECT_NE(outcome.rebuilt.find("\"vulnerability_reasons\":[{\"at\""), std::string::npos);
  EXPECT_NE(outcome.person_7.find("\"in_detention\":false"), std::string::npos);
  EXPECT_NE(outcome.person_11.find("\"in_detention\":true"), std::string::npos);
  EXPECT_NE(outcome.rebuilt.find("\"merged_into\":\"P-10\""), std::string::npos);
  EXPECT_NE(outcome.rebuilt.find("case C-5 P-5 UNHCR Amal open  2026-05-01"), std::string::npos)
      << outcome.rebuilt;
  EXPECT_NE(outcome.rebuilt.find("case C-10 P-10 UNHCR Amal active"), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(
    Modes, RebuildTest,
    ::testing::Values(Mode{"OneThread", 1'000'000, 50'000}, Mode{"OneThreadFlushing", 1'000'000, 7},
                      Mode{"ReadAhead", 0, 50'000}, Mode{"ReadAheadFlushing", 0, 7},
                      Mode{"ReadAheadFlushingOften", 0, 1}),
    [](const ::testing::TestParamInfo<Mode>& info) { return std::string(info.param.name); });

TEST(Rebuild, AllModesAgree) {
  RecordOptions one_thread;
  one_thread.read_ahead_from = 1'000'000;
  RecordOptions read_ahead;
  read_ahead.read_ahead_from = 0;
  read_ahead.fold_idle_events = 5;
  EXPECT_EQ(record_and_rebuild(one_thread).rebuilt, record_and_rebuild(read_ahead).rebuilt);
}

}  // namespace
}  // namespace haven::ledger
