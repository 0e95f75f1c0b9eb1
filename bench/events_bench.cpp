// Where the import time goes: reading and checking an event, folding it, recording it.
// Run: build/release/bench/bench_events

#include <benchmark/benchmark.h>

#include "haven/domain/projection.h"
#include "support/temp_store.h"

namespace {

const std::string kRegistration =
    R"({"type":"person.registered","occurred_at":"2026-03-01T10:00:00+01:00","person_id":"P-0000001","given_name":"Amanuel","family_name":"Tesfay","name_original":"ኣማኑኤል ተስፋይ","sex":"M","birth_date":"2009","birth_date_estimated":true,"nationalities":["ERI"],"languages":["ti"],"migration_status":"asylum_seeker","location":{"country":"ITA","place":"Lampedusa"}})";
const std::string kDetention =
    R"({"type":"detention.started","occurred_at":"2026-03-02T10:00:00+01:00","person_id":"P-0000001","facility":"Lampedusa hotspot","authority":"Questura"})";

haven::domain::ReadOptions read_options() {
  haven::domain::ReadOptions options;
  options.not_after = *haven::parse_rfc3339("2026-06-01T00:00:00Z");
  return options;
}

void read_registration(benchmark::State& state) {
  const auto options = read_options();
  for (auto _ : state) benchmark::DoNotOptimize(haven::domain::read_event(kRegistration, options));
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(read_registration);

void fold_person(benchmark::State& state) {
  const auto options = read_options();
  auto registered = *haven::domain::read_event(kRegistration, options);
  auto detained = *haven::domain::read_event(kDetention, options);
  for (auto _ : state) {
    haven::domain::PersonFold fold("P-0000001");
    fold.apply(registered);
    fold.apply(detained);
    benchmark::DoNotOptimize(fold.view());
  }
  state.SetItemsProcessed(state.iterations() * 2);
}
BENCHMARK(fold_person);

void record_persons(benchmark::State& state) {
  haven::testing::TempStore temp;
  haven::FixedClock clock(haven::testing::at("2026-06-01T00:00:00Z"));
  haven::ledger::Ledger ledger(temp.store(), clock);
  std::int64_t next = 0;
  for (auto _ : state) {
    std::vector<std::string> lines;
    for (int i = 0; i < 1000; ++i) {
      char id[24];
      std::snprintf(id, sizeof id, "P-%07lld", static_cast<long long>(next++));
      std::string line = kRegistration;
      line.replace(line.find("P-0000001"), 9, id);
      lines.push_back(line);
      line = kDetention;
      line.replace(line.find("P-0000001"), 9, id);
      lines.push_back(line);
    }
    benchmark::DoNotOptimize(haven::testing::record_all(ledger, lines));
  }
  state.SetItemsProcessed(state.iterations() * 2000);
}
BENCHMARK(record_persons)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
