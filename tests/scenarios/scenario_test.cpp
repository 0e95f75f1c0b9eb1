// Runs every scenario file under tests/scenarios: events in, expected state or error out.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "alerts_check.h"
#include "support/scenario.h"
#include "support/temp_store.h"

namespace haven::testing {
namespace {

using nlohmann::json;

std::filesystem::path scenario_root() {
  return std::filesystem::path(HAVEN_SOURCE_DIR) / "tests/scenarios";
}

void check_document(const std::string& document, const Expectation& e) {
  const json doc = json::parse(document);
  for (const auto& line : e.lines) {
    const auto eq = line.find(" = ");
    ASSERT_NE(eq, std::string::npos) << "expected '/pointer = value', got: " << line;
    const std::string pointer = line.substr(0, eq);
    const json expected = json::parse(line.substr(eq + 3));
    const json::json_pointer ptr(pointer);
    ASSERT_TRUE(doc.contains(ptr)) << e.kind << " " << e.id << " has no " << pointer << "\n"
                                   << doc.dump(2);
    EXPECT_EQ(doc.at(ptr), expected) << e.kind << " " << e.id << " at " << pointer;
  }
}

// Everything a refused batch must leave as it was: the projections and the log's length.
std::string state_of(store::Store& store) {
  auto dump = store.dump_projections();
  auto counts = store.counts();
  if (!dump.ok() || !counts.ok()) return "unreadable";
  return *dump + "events " + std::to_string(counts->events) + "\n";
}

void check_error(const ledger::RecordReport& report, const Expectation& e,
                 const std::string& before, store::Store& store) {
  ASSERT_FALSE(report.errors.empty()) << "the batch was expected to be refused";
  const Error& error = report.errors.front();
  EXPECT_EQ(report.recorded, 0);
  EXPECT_EQ(state_of(store), before) << "a refused batch changed the store";
  for (const auto& line : e.lines) {
    const auto at = line.find_first_of("=~");
    ASSERT_NE(at, std::string::npos) << line;
    std::string key = line.substr(0, at);
    key.erase(key.find_last_not_of(' ') + 1);
    const auto value_at = line.find_first_not_of(' ', at + 1);
    const std::string value = value_at == std::string::npos ? "" : line.substr(value_at);
    if (key == "line") {
      EXPECT_EQ(std::to_string(error.line), value) << error.describe();
    } else if (key == "code") {
      EXPECT_EQ(std::string(code_name(error.code)), value) << error.describe();
    } else if (key == "field") {
      EXPECT_EQ(error.field, value) << error.describe();
    } else if (key == "message") {
      EXPECT_NE(error.message.find(value), std::string::npos)
          << "message '" << error.message << "' lacks '" << value << "'";
    } else {
      FAIL() << "unknown error expectation key '" << key << "'";
    }
  }
}

class ScenarioTest : public ::testing::TestWithParam<std::filesystem::path> {};

TEST_P(ScenarioTest, Holds) {
  const Scenario scenario = read_scenario(GetParam());
  TempStore temp;
  FixedClock clock(at(scenario.now));
  ledger::Ledger ledger(temp.store(), clock);
  for (const auto& step : scenario.steps) {
    clock.set(at(step.now));
    const std::string before = state_of(temp.store());
    const auto report = record_all(ledger, step.events);
    const bool expects_error = std::any_of(step.expectations.begin(), step.expectations.end(),
                                           [](const Expectation& e) { return e.kind == "error"; });
    if (!expects_error) {
      ASSERT_TRUE(report.errors.empty()) << report.errors.front().describe();
    }
    for (const auto& e : step.expectations) {
      if (e.kind == "error") {
        check_error(report, e, before, temp.store());
        continue;
      }
      if (e.kind == "alerts") {
        check_alerts(temp.store(), scenario.profile, e);
        continue;
      }
      auto& store = temp.store();
      auto doc = e.kind == "person"     ? ledger.person(e.id)
                 : e.kind == "incident" ? ledger.incident(e.id)
                 : e.kind == "case"     ? store.case_document(e.id)
                 : e.kind == "provider" ? store.provider_document(e.id)
                 : e.kind == "referral" ? store.referral_document(e.id)
                                        : ledger.tracing_request(e.id);
      ASSERT_TRUE(doc.ok()) << doc.error().describe();
      ASSERT_TRUE(doc->has_value()) << e.kind << " " << e.id << " does not exist";
      check_document(**doc, e);
    }
  }
}

std::string scenario_name(const ::testing::TestParamInfo<std::filesystem::path>& info) {
  std::string name =
      std::filesystem::relative(info.param, scenario_root()).replace_extension("").string();
  for (auto& c : name) {
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  }
  return name;
}

INSTANTIATE_TEST_SUITE_P(Files, ScenarioTest, ::testing::ValuesIn(scenario_files(scenario_root())),
                         scenario_name);

}  // namespace
}  // namespace haven::testing
