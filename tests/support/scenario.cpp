#include "support/scenario.h"

#include <algorithm>
#include <fstream>
#include <set>
#include <stdexcept>

namespace haven::testing {
namespace {

std::string trim(const std::string& s) {
  const auto begin = s.find_first_not_of(" \t\r");
  if (begin == std::string::npos) return "";
  const auto end = s.find_last_not_of(" \t\r");
  return s.substr(begin, end - begin + 1);
}

}  // namespace

Scenario read_scenario(const std::filesystem::path& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read " + path.string());
  Scenario scenario;
  scenario.path = path;
  std::string line;
  int number = 0;
  enum class Section { kNone, kEvents, kExpect } section = Section::kNone;
  auto fail = [&](const std::string& why) {
    throw std::runtime_error(path.string() + ":" + std::to_string(number) + ": " + why);
  };
  while (std::getline(in, line)) {
    ++number;
    const std::string text = trim(line);
    if (text.empty() || text[0] == '#') continue;
    if (text.rfind("== ", 0) == 0) {
      const std::string header = trim(text.substr(3));
      if (header.rfind("now ", 0) == 0) {
        scenario.now = trim(header.substr(4));
        section = Section::kNone;
      } else if (header.rfind("profile ", 0) == 0) {
        scenario.profile = trim(header.substr(8));
        section = Section::kNone;
      } else if (header == "events") {
        scenario.steps.emplace_back();
        scenario.steps.back().now = scenario.now;
        section = Section::kEvents;
      } else if (header.rfind("expect ", 0) == 0) {
        if (scenario.steps.empty()) fail("an expectation before any events");
        Expectation e;
        const std::string rest = trim(header.substr(7));
        const auto space = rest.find(' ');
        e.kind = rest.substr(0, space);
        if (space != std::string::npos) e.id = trim(rest.substr(space + 1));
        static const std::set<std::string> kKinds = {"person",   "incident", "tracing", "case",
                                                     "provider", "referral", "error",   "alerts"};
        if (kKinds.count(e.kind) == 0) {
          fail("unknown expectation '" + e.kind + "'");
        }
        scenario.steps.back().expectations.push_back(e);
        section = Section::kExpect;
      } else {
        fail("unknown section '" + header + "'");
      }
      continue;
    }
    if (section == Section::kEvents) {
      scenario.steps.back().events.push_back(text);
      scenario.steps.back().event_lines.push_back(number);
    } else if (section == Section::kExpect) {
      scenario.steps.back().expectations.back().lines.push_back(text);
    } else {
      fail("a line outside any section");
    }
  }
  if (scenario.steps.empty()) fail("no events");
  return scenario;
}

std::vector<std::filesystem::path> scenario_files(const std::filesystem::path& folder) {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(folder)) {
    if (entry.path().extension() == ".test") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::string expectation_value(const Expectation& e, const std::string& key, char* op) {
  for (const auto& line : e.lines) {
    const auto at = line.find_first_of("=~");
    if (at == std::string::npos) continue;
    if (trim(line.substr(0, at)) == key) {
      if (op != nullptr) *op = line[at];
      return trim(line.substr(at + 1));
    }
  }
  return "";
}

}  // namespace haven::testing
