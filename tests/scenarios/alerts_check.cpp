#include "alerts_check.h"

#include <gtest/gtest.h>

#include <sstream>

#include "haven/rules/current.h"
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

// Everything an alert says, to compare two answers whole.
std::string full(const std::vector<rules::Alert>& alerts) {
  std::string out;
  for (const auto& a : alerts) {
    out += describe(a) + " opened=" + format_rfc3339(a.opened_at) +
           " closed=" + (a.closed_at ? format_rfc3339(*a.closed_at) : "-") + " " + a.detail + "\n";
  }
  return out;
}

std::string full(const std::vector<rules::AlertCount>& counts) {
  std::string out;
  for (const auto& c : counts) {
    out += c.rule + " " + std::string(rules::status_name(c.status)) + " " +
           std::to_string(c.count) + "\n";
  }
  return out;
}

// The kept obligations (rules/current.h) must answer as the log does, whether they were
// refreshed at the moment asked about or long before it (then ongoing reviews are listed
// further from the log).
void check_kept_obligations(store::Store& store, const rules::Profile& profile,
                            const rules::AlertQuery& query, const std::vector<rules::Alert>& log,
                            const std::string& id) {
  for (Timestamp now : {query.as_of, Timestamp{query.as_of.micros - 400 * kMicrosPerDay}}) {
    auto kept = rules::current_alerts(store, profile, query, now);
    ASSERT_TRUE(kept.ok()) << kept.error().describe();
    EXPECT_EQ(full(*kept), full(log)) << "kept obligations refreshed at " << format_rfc3339(now)
                                      << " differ from the log as of " << id;
    auto counts = rules::count_current_alerts(store, profile, query, now);
    ASSERT_TRUE(counts.ok()) << counts.error().describe();
    EXPECT_EQ(full(*counts), full(rules::count_alerts(log)))
        << "counts refreshed at " << format_rfc3339(now) << " differ from the log as of " << id;
  }
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
  check_kept_obligations(store, *profile, query, *alerts, e.id);

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
