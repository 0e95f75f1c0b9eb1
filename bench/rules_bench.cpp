// What one person costs the rules: evaluating every rule over a detained person's history
// (the work a write to that person causes), reading that history from the store first, and
// the whole cost of one event: recorded, then the kept obligations refreshed for its person.
// Run: build/release/bench/bench_rules

#include <benchmark/benchmark.h>

#include "haven/rules/current.h"
#include "haven/rules/evaluate.h"
#include "haven/rules/profile.h"
#include "support/temp_store.h"

namespace {

const std::vector<std::string> kHistory = {
    R"({"type":"person.registered","occurred_at":"2026-03-01T10:00:00+01:00","person_id":"P-1","given_name":"Amanuel","family_name":"Tesfay","birth_date":"2007","birth_date_estimated":true,"nationalities":["ERI"],"migration_status":"asylum_seeker","vulnerabilities":["torture_survivor"]})",
    R"({"type":"detention.started","occurred_at":"2026-03-02T10:00:00+01:00","person_id":"P-1","facility":"CPR Torino","location":{"country":"ITA"}})",
    R"({"type":"consular.rights_informed","occurred_at":"2026-03-02T12:00:00+01:00","person_id":"P-1","language":"ti"})",
    R"({"type":"consular.notification_requested","occurred_at":"2026-03-02T12:05:00+01:00","person_id":"P-1","requested":false})",
    R"({"type":"alternative.considered","occurred_at":"2026-03-03T10:00:00+01:00","person_id":"P-1","decision":"refused"})",
    R"({"type":"detention.reviewed","occurred_at":"2026-03-04T10:00:00+01:00","person_id":"P-1","outcome":"continued"})",
    R"({"type":"referral.made","occurred_at":"2026-03-04T11:00:00+01:00","referral_id":"R-1","person_id":"P-1","service":"legal","consent":true})",
    R"({"type":"referral.accepted","occurred_at":"2026-03-05T11:00:00+01:00","referral_id":"R-1"})",
    R"({"type":"detention.ended","occurred_at":"2026-03-20T10:00:00+01:00","person_id":"P-1","reason":"released"})",
    R"({"type":"return.planned","occurred_at":"2026-04-01T10:00:00+01:00","person_id":"P-1","destination":"ERI"})",
};

const haven::Timestamp kAsOf = *haven::parse_rfc3339("2026-06-01T00:00:00Z");

void evaluate_person(benchmark::State& state) {
  haven::testing::TempStore temp;
  haven::FixedClock clock(kAsOf);
  haven::ledger::Ledger ledger(temp.store(), clock);
  haven::testing::record_all(ledger, kHistory);
  auto events = *temp.store().events_of_person("P-1");
  const auto& profile = *haven::rules::builtin_profile("international");
  for (auto _ : state) {
    benchmark::DoNotOptimize(haven::rules::person_obligations("P-1", events, profile, kAsOf));
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(evaluate_person);

void read_and_evaluate_person(benchmark::State& state) {
  haven::testing::TempStore temp;
  haven::FixedClock clock(kAsOf);
  haven::ledger::Ledger ledger(temp.store(), clock);
  haven::testing::record_all(ledger, kHistory);
  const auto& profile = *haven::rules::builtin_profile("international");
  for (auto _ : state) {
    auto events = *temp.store().events_of_person("P-1");
    benchmark::DoNotOptimize(haven::rules::person_obligations("P-1", events, profile, kAsOf));
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(read_and_evaluate_person);

// 10,000 detained persons with their obligations kept; each iteration records one review
// for the next of them and refreshes.
void record_event_and_refresh(benchmark::State& state) {
  constexpr int kPersons = 10'000;
  haven::testing::TempStore temp;
  haven::FixedClock clock(kAsOf);
  haven::ledger::Ledger ledger(temp.store(), clock);
  std::vector<std::string> setup;
  for (int i = 0; i < kPersons; ++i) {
    const std::string id = "P-" + std::to_string(i);
    setup.push_back(
        R"({"type":"person.registered","occurred_at":"2026-03-01T10:00:00Z","person_id":")" + id +
        R"(","given_name":"Ana","family_name":"Lopez","nationalities":["MEX"]})");
    setup.push_back(
        R"({"type":"detention.started","occurred_at":"2026-03-02T10:00:00Z","person_id":")" + id +
        R"(","facility":"Tapachula"})");
  }
  haven::testing::record_all(ledger, setup);
  const auto& profile = *haven::rules::builtin_profile("international");
  if (!haven::rules::refresh_obligations(temp.store(), profile, kAsOf).ok()) {
    state.SkipWithError("the first refresh failed");
    return;
  }
  int next = 0;
  for (auto _ : state) {
    const std::string event =
        R"({"type":"detention.reviewed","occurred_at":"2026-03-04T10:00:00Z","person_id":"P-)" +
        std::to_string(next++ % kPersons) + R"(","outcome":"continued"})";
    std::vector<haven::ledger::InputEvent> batch{{event, 1}};
    auto report = ledger.record(batch, {});
    auto ok = haven::rules::refresh_obligations(temp.store(), profile, kAsOf);
    if (!report.ok() || report->recorded != 1 || !ok.ok()) {
      state.SkipWithError("recording or refreshing failed");
      return;
    }
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(record_event_and_refresh);

}  // namespace

BENCHMARK_MAIN();
