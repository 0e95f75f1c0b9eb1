// Projections are a pure function of the log: folding incrementally, across many batches,
// out of order, with corrections and with memory flushes, gives what a rebuild gives.

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

TEST(Rebuild, GivesTheStateThatIncrementalRecordingGave) {
  TempStore temp;
  FixedClock clock(at("2026-06-01T00:00:00Z"));
  Ledger ledger(temp.store(), clock);
  RecordOptions options;
  options.fold_idle_events = 7;  // exercise flushing and reloading folds mid-batch
  std::vector<std::string> batch;
  for (int p = 0; p < 40; ++p) {
    const std::string person = "\"person_id\":\"P-" + std::to_string(p) + "\"";
    batch.push_back(
        event("person.registered", 1, person + R"(,"given_name":"Selam","nationalities":["ERI"])"));
    batch.push_back(event("detention.started", 2, person + R"(,"facility":"A")"));
    batch.push_back(
        event("referral.made", 3,
              person + ",\"referral_id\":\"R-" + std::to_string(p) + "\",\"service\":\"legal\""));
  }
  // Later lines about early persons make folds reload from the store after a flush.
  for (int p = 0; p < 40; p += 3) {
    batch.push_back(
        event("referral.accepted", 4, "\"referral_id\":\"R-" + std::to_string(p) + "\""));
  }
  batch.push_back(event("incident.reported", 5,
                        R"("incident_id":"INC-1","category":"extortion","victims":["P-1","P-2"])"));
  ASSERT_TRUE(record_all(ledger, batch, options).errors.empty());

  // A second batch: late facts (older than what is known) and a correction.
  auto report = record_all(
      ledger,
      {
          event("detention.reviewed", 2, R"("person_id":"P-5","outcome":"continued")"),
          event("incident.progressed", 6, R"("incident_id":"INC-1","stage":"investigated")"),
          event("tracing.requested", 6,
                R"("request_id":"TR-1","sought":{"given_name":"Yonas"},"requester":"Selam")"),
      });
  ASSERT_TRUE(report.errors.empty());
  const std::string start_of_p7 = temp.store().events_of_person("P-7")->at(1).id;
  ASSERT_TRUE(record_all(ledger, {event("event.voided", 7,
                                        "\"event_id\":\"" + start_of_p7 +
                                            "\",\"reason\":\"wrong person\"")})
                  .errors.empty());

  const std::string incremental = *temp.store().dump_projections();
  ASSERT_TRUE(ledger.rebuild().ok());
  const std::string rebuilt = *temp.store().dump_projections();
  EXPECT_EQ(incremental, rebuilt);
  EXPECT_NE(rebuilt.find("\"stage\":\"investigated\""), std::string::npos);
  EXPECT_EQ(temp.store().counts()->persons, 40);
  EXPECT_NE(ledger.person("P-7")->value().find("\"in_detention\":false"), std::string::npos);
  EXPECT_NE(ledger.person("P-8")->value().find("\"in_detention\":true"), std::string::npos);
}

}  // namespace
}  // namespace haven::ledger
