// write_demo as a function: reproducible bytes, a summary that matches the output, progress
// reports, and options refused with the field they are about.

#include <gtest/gtest.h>

#include <sstream>

#include "demo_support.h"

namespace haven::demo {
namespace {

using testing::demo_now;
using testing::generate;
using testing::lines_of;

TEST(DemoGenerator, SameSeedGivesTheSameBytes) {
  const std::string first = generate(300);
  const std::string second = generate(300);
  ASSERT_FALSE(first.empty());
  EXPECT_EQ(first, second);
}

TEST(DemoGenerator, DifferentSeedGivesDifferentOutput) {
  EXPECT_NE(generate(300, 1), generate(300, 2));
}

TEST(DemoGenerator, PersonsArePrefixStable) {
  // A person's history depends on the seed and on earlier persons only, so a larger demo
  // begins with the same histories as a smaller one (incidents and tracing requests, written
  // after each batch, fall at other places).
  auto histories = [](const std::string& text) {
    std::vector<std::string> kept;
    for (auto line : lines_of(text)) {
      if (!line.starts_with("{\"type\":\"incident.") && !line.starts_with("{\"type\":\"tracing.")) {
        kept.emplace_back(line);
      }
    }
    return kept;
  };
  const auto small = histories(generate(150));
  const auto large = histories(generate(230));
  ASSERT_LT(small.size(), large.size());
  for (std::size_t i = 0; i < small.size(); ++i) ASSERT_EQ(small[i], large[i]) << "line " << i;
}

TEST(DemoGenerator, SummaryMatchesTheOutput) {
  DemoOptions options;
  options.persons = 400;
  options.now = demo_now();
  std::ostringstream out;
  auto summary = write_demo(options, out);
  ASSERT_TRUE(summary.ok());
  const std::string text = out.str();
  const auto lines = lines_of(text);
  EXPECT_EQ(summary->events, static_cast<std::int64_t>(lines.size()));
  EXPECT_EQ(summary->persons, 400);
  auto count = [&](std::string_view type) {
    const std::string needle = "{\"type\":\"" + std::string(type) + "\"";
    std::int64_t n = 0;
    for (auto line : lines) n += line.starts_with(needle) ? 1 : 0;
    return n;
  };
  EXPECT_EQ(count("person.registered"), 400);
  EXPECT_EQ(count("incident.reported"), summary->incidents);
  EXPECT_EQ(count("tracing.requested"), summary->tracing_requests);
  EXPECT_GT(summary->incidents, 0);
  EXPECT_GT(summary->tracing_requests, 0);
  EXPECT_EQ(text.back(), '\n');
}

TEST(DemoGenerator, ReportsProgressUpToTheLastPerson) {
  DemoOptions options;
  options.persons = 250;
  options.now = demo_now();
  std::ostringstream out;
  std::vector<std::int64_t> reports;
  auto summary = write_demo(options, out, [&](std::int64_t done) { reports.push_back(done); });
  ASSERT_TRUE(summary.ok());
  ASSERT_FALSE(reports.empty());
  EXPECT_EQ(reports.back(), 250);
}

struct BadOption {
  const char* name;
  DemoOptions options;
  const char* field;
};

TEST(DemoGenerator, RefusesBadOptionsNamingTheField) {
  const Timestamp now = demo_now();
  const BadOption cases[] = {
      {"no persons", {.persons = 0, .now = now}, "persons"},
      {"negative persons", {.persons = -5, .now = now}, "persons"},
      {"too many persons", {.persons = 10'000'001, .now = now}, "persons"},
      {"no history", {.now = now, .history_days = 0}, "history_days"},
      {"negative history", {.now = now, .history_days = -30}, "history_days"},
      {"now left unset", {}, "now"},
  };
  for (const auto& bad : cases) {
    std::ostringstream out;
    auto summary = write_demo(bad.options, out);
    ASSERT_FALSE(summary.ok()) << bad.name;
    EXPECT_EQ(summary.error().code, ErrorCode::kInvalidField) << bad.name;
    EXPECT_EQ(summary.error().field, bad.field) << bad.name;
    EXPECT_FALSE(summary.error().message.empty()) << bad.name;
    EXPECT_TRUE(out.str().empty()) << bad.name << ": nothing is written for bad options";
  }
}

TEST(DemoGenerator, ReportsAnOutputThatFails) {
  DemoOptions options;
  options.persons = 50;
  options.now = demo_now();
  std::ostringstream out;
  out.setstate(std::ios::badbit);
  auto summary = write_demo(options, out);
  ASSERT_FALSE(summary.ok());
  EXPECT_EQ(summary.error().code, ErrorCode::kIo);
}

}  // namespace
}  // namespace haven::demo
