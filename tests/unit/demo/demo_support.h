#pragma once
// Shared by the demo tests: a fixed "now" and a generator call that returns the text.

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "haven/core/time.h"
#include "haven/demo/generator.h"

namespace haven::demo::testing {

inline Timestamp demo_now() { return *parse_rfc3339("2026-03-01T12:00:00Z"); }

inline std::string generate(int persons, std::uint64_t seed = 66172) {
  DemoOptions options;
  options.persons = persons;
  options.seed = seed;
  options.now = demo_now();
  std::ostringstream out;
  auto summary = write_demo(options, out);
  EXPECT_TRUE(summary.ok()) << (summary.ok() ? "" : summary.error().describe());
  return out.str();
}

inline std::vector<std::string_view> lines_of(std::string_view text) {
  std::vector<std::string_view> lines;
  while (!text.empty()) {
    const auto end = text.find('\n');
    lines.push_back(text.substr(0, end));
    if (end == std::string_view::npos) break;
    text.remove_prefix(end + 1);
  }
  return lines;
}

}  // namespace haven::demo::testing
