// What one person costs the rules: evaluating every rule over a detained person's history
// (the work a write to that person causes), and reading that history from the store first.
// Run: build/release/bench/bench_rules

#include <benchmark/benchmark.h>

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
    R"({"type":"referral.made","occurred_at":"2026-03-04T11:00:00+01:00","referral_id":"R-1","person_id":"P-1","service":"legal"})",
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

}  // namespace

BENCHMARK_MAIN();
