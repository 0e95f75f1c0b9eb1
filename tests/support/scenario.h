#pragma once
// Scenario files (tests/scenarios/<feature>/*.test): events in, expected state or error out.
//
//   # A comment saying what the scenario shows.
//   == now 2026-06-01T00:00:00Z          (optional; the clock the ledger sees)
//   == events                             (JSON Lines, fed to the ledger as one batch)
//   {"type":"person.registered", ...}
//   == expect person P-1                  (JSON pointer = JSON value, one per line)
//   /in_detention = true
//   == expect incident INC-1
//   /stage = "investigated"
//   == expect error                       (the batch is refused; nothing is written)
//   line = 2
//   code = unknown_person
//   field = person_id
//   message ~ no person 'P-9'             (~ means "contains")
//   == profile eu-return-directive        (optional; the rules' profile, default international)
//   == expect alerts as-of 2026-05-02T00:00:00Z [known-at T] [rule ID] [all]
//   consular.rights_not_informed P-1 overdue          (rule person status, one alert a line;
//   detention.review_overdue P-1 due due=2026-05-03T10:00:00Z subject~review:1)
//   none                                  (no alert at all)
//
// Several `== events` sections are recorded one after another, each as its own batch, at
// the `== now` written before it; expectations apply to the batch just before them. An
// alerts expectation must list every alert the query gives (ok ones only with `all`).

#include <filesystem>
#include <string>
#include <vector>

namespace haven::testing {

struct Expectation {
  // "person", "incident", "tracing" or "error".
  std::string kind;
  // The record id (empty for errors).
  std::string id;
  // `pointer = value` or `key = value` / `key ~ text` lines.
  std::vector<std::string> lines;
};

struct Step {
  // The clock while this batch is recorded (its events' `recorded_at`).
  std::string now;
  std::vector<std::string> events;
  std::vector<int> event_lines;  // line of each event in the .test file
  std::vector<Expectation> expectations;
};

struct Scenario {
  std::filesystem::path path;
  std::string now = "2026-06-01T00:00:00Z";
  std::string profile = "international";
  std::vector<Step> steps;
};

// Reads a scenario file; throws std::runtime_error naming the file and line when malformed.
Scenario read_scenario(const std::filesystem::path& path);

// Every *.test under `folder`, sorted.
std::vector<std::filesystem::path> scenario_files(const std::filesystem::path& folder);

// The value of `key = value` / `key ~ value` lines of an error expectation.
std::string expectation_value(const Expectation& e, const std::string& key, char* op = nullptr);

}  // namespace haven::testing
