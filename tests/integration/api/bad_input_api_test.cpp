// The bad-input scenarios (tests/scenarios/bad_input) sent through the HTTP API: each batch
// must come back as problem+json naming the same code and field the import reports, with
// nothing written.

#include <gtest/gtest.h>
#include <httplib.h>

#include <nlohmann/json.hpp>

#include "haven/access/accounts.h"
#include "haven/http/server.h"
#include "support/scenario.h"
#include "support/temp_store.h"

namespace haven::testing {
namespace {

using nlohmann::json;

std::filesystem::path bad_input_root() {
  return std::filesystem::path(HAVEN_SOURCE_DIR) / "tests/scenarios/bad_input";
}

// The events of a step as one JSON array body. Lines that are not JSON (truncated on
// purpose) are sent alone as the raw body, which is what a client sending them would do.
std::string body_of(const Step& step, bool* raw) {
  std::string body = "[";
  *raw = false;
  for (std::size_t i = 0; i < step.events.size(); ++i) {
    if (!json::accept(step.events[i])) {
      *raw = true;
      return step.events[i];
    }
    body += (i ? "," : "") + step.events[i];
  }
  return body + "]";
}

class BadInputApiTest : public ::testing::TestWithParam<std::filesystem::path> {};

TEST_P(BadInputApiTest, IsRefusedAsProblemJsonAndWritesNothing) {
  const Scenario scenario = read_scenario(GetParam());
  TempStore temp;
  FixedClock clock(at(scenario.now));
  ledger::Ledger ledger(temp.store(), clock);
  http::ServerOptions options;
  options.port = 0;
  options.threads = 2;
  http::Server server(ledger, options);
  ASSERT_TRUE(server.start().ok());
  access::Accounts accounts(temp.store());
  ASSERT_TRUE(accounts.add({"writer", "caseworker", "Test agency", {}}, std::nullopt, clock.now()));
  auto token = accounts.issue_token("writer", 1, clock.now());
  ASSERT_TRUE(token.ok());
  httplib::Client client("127.0.0.1", server.port());
  client.set_bearer_token_auth(token->c_str());

  for (const auto& step : scenario.steps) {
    const auto before =
        *temp.store().dump_projections() + std::to_string(temp.store().counts()->events);
    bool raw = false;
    const std::string body = body_of(step, &raw);
    auto res = client.Post("/api/v1/events", body, "application/json");
    ASSERT_TRUE(res) << "no answer from the server";
    const Expectation* error = nullptr;
    for (const auto& e : step.expectations) {
      if (e.kind == "error") error = &e;
    }
    if (error == nullptr) {
      ASSERT_EQ(res->status, 201) << res->body;
      continue;
    }
    const std::string code = expectation_value(*error, "code");
    EXPECT_EQ(res->get_header_value("Content-Type"), "application/problem+json");
    std::size_t count = 0;
    const ErrorCode* codes = all_error_codes(&count);
    int expected_status = 0;
    for (std::size_t i = 0; i < count; ++i) {
      if (code_name(codes[i]) == code) expected_status = http::http_status(codes[i]);
    }
    EXPECT_EQ(res->status, expected_status) << res->body;
    const json problem = json::parse(res->body);
    EXPECT_EQ(problem.value("code", ""), code) << res->body;
    if (!raw) {
      const std::string field = expectation_value(*error, "field");
      EXPECT_EQ(problem.value("field", ""), field) << res->body;
      char op = 0;
      const std::string message = expectation_value(*error, "message", &op);
      EXPECT_NE(problem.value("detail", "").find(message), std::string::npos) << res->body;
    }
    EXPECT_EQ(*temp.store().dump_projections() + std::to_string(temp.store().counts()->events),
              before)
        << "a refused request changed the store";
  }
  server.stop();
}

std::string scenario_name(const ::testing::TestParamInfo<std::filesystem::path>& info) {
  std::string name = info.param.stem().string();
  for (auto& c : name) {
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  }
  return name;
}

INSTANTIATE_TEST_SUITE_P(Files, BadInputApiTest,
                         ::testing::ValuesIn(scenario_files(bad_input_root())), scenario_name);

}  // namespace
}  // namespace haven::testing
