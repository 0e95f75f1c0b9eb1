#include "alerts_check.h"

#include <gtest/gtest.h>

#include <sstream>

#include "haven/rules/evaluate.h"
#include "haven/rules/profile.h"
#include "support/temp_store.h"

namespace haven::testing {
namespace {

std::vector<std::string> words(const std::string& line) {
  std::istringstream in(line);
  std::vector<std::string> out;
  for (std::string word; in >> word;) out.push_back(word);
  return out;
}

std::string describe(const rules::Alert& a) {
  return a.rule + " " + (a.person_id.empty() ? "-" : a.person_id) + " " +
         std::string(rules::status_name(a.status)) + " due=" + format_rfc3339(a.due_at) +
         " subject=" + a.subject;
}

// `rule person status [due=T] [subject=S] [subject~S] [detail~S]`.
bool matches(const rules::Alert& a, const std::vector<std::string>& expected) {
  if (a.rule != expected[0] || (a.person_id.empty() ? "-" : a.person_id) != expected[1] ||
      rules::status_name(a.status) != expected[2]) {
    return false;
  }
  for (std::size_t i = 3; i < expected.size(); ++i) {
    const auto& term = expected[i];
    auto op = term.find_first_of("=~");
    if (op == std::string::npos) return false;
    auto key = term.substr(0, op);
    auto value = term.substr(op + 1);
    std::string actual = key == "due"       ? format_rfc3339(a.due_at)
                         : key == "subject" ? a.subject
                         : key == "detail"  ? a.detail
                                            : "?";
    if (key == "due") value = format_rfc3339(at(value));
    bool ok = term[op] == '=' ? actual == value : actual.find(value) != std::string::npos;
    if (!ok) return false;
  }
  return true;
}

}  // namespace

void check_alerts(store::Store& store, const std::string& profile_name, const Expectation& e) {
  auto header = words(e.id);
  rules::AlertQuery query;
  for (std::size_t i = 0; i < header.size(); ++i) {
    if (header[i] == "as-of" && i + 1 < header.size())
      query.as_of = at(header[++i]);
    else if (header[i] == "known-at" && i + 1 < header.size())
      query.known_at = at(header[++i]);
    else if (header[i] == "all")
      query.all = true;
    else if (header[i] == "rule" && i + 1 < header.size())
      query.rule = header[++i];
    else
      FAIL() << "unknown word '" << header[i] << "' in: expect alerts " << e.id;
  }
  auto profile = rules::load_profile(profile_name);
  ASSERT_TRUE(profile.ok()) << profile.error().describe();
  auto alerts = rules::evaluate_store(store, *profile, query);
  ASSERT_TRUE(alerts.ok()) << alerts.error().describe();

  std::string actual;
  for (const auto& a : *alerts) actual += "  " + describe(a) + "\n";
  std::vector<bool> used(alerts->size(), false);
  for (const auto& line : e.lines) {
    auto expected = words(line);
    if (expected.size() == 1 && expected[0] == "none") continue;
    ASSERT_GE(expected.size(), 3u) << "expected 'rule person status', got: " << line;
    bool found = false;
    for (std::size_t i = 0; i < alerts->size() && !found; ++i) {
      if (!used[i] && matches((*alerts)[i], expected)) found = used[i] = true;
    }
    EXPECT_TRUE(found) << "no alert '" << line << "' as of " << e.id << "; the alerts were:\n"
                       << actual;
  }
  for (std::size_t i = 0; i < alerts->size(); ++i) {
    EXPECT_TRUE(used[i]) << "unexpected alert as of " << e.id << ": " << describe((*alerts)[i]);
  }
}

}  // namespace haven::testing
