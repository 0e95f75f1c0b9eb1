#include <gtest/gtest.h>

#include <sstream>

#include "haven/exchange/mmp.h"
#include "haven/exchange/mmp_import.h"
#include "support/files.h"
#include "support/temp_store.h"

namespace haven::exchange {
namespace {

const std::string kRealFile =
    std::string(HAVEN_SOURCE_DIR) + "/tests/data/mmp/iom_missing_migrants_global_2026_raw.csv";

// After the last incident of the file (November 2026).
FixedClock clock_after_the_file() { return FixedClock(*parse_rfc3339("2026-11-29T12:00:00Z")); }

// The file without the lines refused (1-based, the header being line 1).
std::string without_lines(const std::string& text, const std::vector<int>& refused) {
  std::istringstream in(text);
  std::string line;
  std::string kept;
  for (int number = 1; std::getline(in, line); ++number) {
    if (std::find(refused.begin(), refused.end(), number) != refused.end()) continue;
    kept += (kept.empty() ? "" : "\n") + line;
  }
  return kept;
}

class MmpImport : public ::testing::Test {
 protected:
  Result<MmpImportReport> import(const std::string& text, bool check_only = false) {
    std::istringstream in(text);
    MmpImportOptions options;
    options.check_only = check_only;
    return import_mmp(ledger_, in, options);
  }

  testing::TempStore temp_;
  FixedClock clock_ = clock_after_the_file();
  ledger::Ledger ledger_{temp_.store(), clock_};
};

TEST_F(MmpImport, TheRealExportRefusesFiveRowsAndRoundTrips) {
  const std::string text = testing::read_file(kRealFile);
  ASSERT_FALSE(text.empty()) << kRealFile;
  auto report = import(text);
  ASSERT_TRUE(report) << report.error().describe();
  EXPECT_EQ(report->rows, 238);
  EXPECT_EQ(report->valid, 233);
  EXPECT_EQ(report->recorded, 233);
  EXPECT_EQ(report->refused_lines, (std::vector<int>{141, 162, 197, 203, 225}));
  std::vector<std::string> described;
  for (const Error& e : report->problems) described.push_back(e.describe());
  EXPECT_EQ(described,
            (std::vector<std::string>{
                "line 141: Number of Females: females and males (15) outnumber the dead and "
                "missing (11)",
                "line 162: Number of Survivors: a count cannot be negative (-1)",
                "line 197: Minimum Estimated Number of Missing: a count cannot be negative (-5)",
                "line 203: Number of Males: females and males (14) outnumber the dead and "
                "missing (13)",
                "line 225: Number of Males: females and males (29) outnumber the dead and "
                "missing (26)"}));

  std::ostringstream exported;
  auto written = export_mmp(temp_.store(), exported);
  ASSERT_TRUE(written) << written.error().describe();
  EXPECT_EQ(*written, 233);
  EXPECT_EQ(exported.str(), without_lines(text, report->refused_lines));
}

TEST_F(MmpImport, ImportingAgainAddsNothing) {
  const std::string text = testing::read_file(kRealFile);
  ASSERT_TRUE(import(text));
  auto again = import(text);
  ASSERT_TRUE(again);
  EXPECT_EQ(again->recorded, 0);
  EXPECT_EQ(again->already_recorded, 233);
  EXPECT_EQ(temp_.store().counts()->incidents, 233);
}

TEST_F(MmpImport, CheckOnlyWritesNothing) {
  auto report = import(testing::read_file(kRealFile), true);
  ASSERT_TRUE(report);
  EXPECT_EQ(report->valid, 233);
  EXPECT_EQ(report->recorded, 0);
  EXPECT_EQ(report->problems.size(), 5u);
  EXPECT_EQ(temp_.store().counts()->events, 0);
}

TEST_F(MmpImport, VocabularyLimitsAreNamedByColumn) {
  std::ostringstream file;
  std::vector<std::string> row = {"2026.MMP0001",
                                  "2026.MMP0001",
                                  "Mediterranean",
                                  "Thu, 01/01/2026 - 12:00",
                                  "2026",
                                  "January",
                                  "1",
                                  "0",
                                  "",
                                  "",
                                  "",
                                  "",
                                  "Unknown",
                                  "Drowning",
                                  "Unknown",
                                  "off Lampedusa",
                                  "IOM Italy",
                                  "35.5, 12.6",
                                  "Central Mediterranean",
                                  "",
                                  "Uncategorized",
                                  "4"};
  std::vector<std::string> late = row;
  late[1] = "2026.MMP0001x";
  late[2] = std::string(300, 'x');  // Region: longer than a name may be
  std::vector<std::string> twice = row;
  write_mmp_csv(file, {row, late, twice});
  auto report = import(file.str());
  ASSERT_TRUE(report) << report.error().describe();
  EXPECT_EQ(report->recorded, 1);
  ASSERT_EQ(report->problems.size(), 2u);
  EXPECT_EQ(report->problems[0].line, 3);
  EXPECT_EQ(report->problems[0].field, "Region");
  EXPECT_EQ(report->problems[1].line, 4);
  EXPECT_EQ(report->problems[1].field, "Incident ID");
  EXPECT_NE(report->problems[1].message.find("already on line 2"), std::string::npos);
}

TEST_F(MmpImport, AnIncidentInTheFutureIsRefused) {
  std::ostringstream file;
  write_mmp_csv(file, {{"2027.MMP0001",
                        "2027.MMP0001",
                        "Mediterranean",
                        "Fri, 01/01/2027 - 12:00",
                        "2027",
                        "January",
                        "1",
                        "0",
                        "",
                        "",
                        "",
                        "",
                        "Unknown",
                        "Drowning",
                        "Unknown",
                        "off Lampedusa",
                        "IOM Italy",
                        "35.5, 12.6",
                        "",
                        "",
                        "Uncategorized",
                        "4"}});
  auto report = import(file.str());
  ASSERT_TRUE(report);
  ASSERT_EQ(report->problems.size(), 1u);
  EXPECT_EQ(report->problems[0].field, "Incident Date");
}

TEST_F(MmpImport, AnotherFileIsRefusedWhole) {
  auto report = import("person_id,given_name\nP-1,Amina\n");
  ASSERT_FALSE(report);
  EXPECT_EQ(report.error().code, ErrorCode::kInvalidDocument);
  EXPECT_EQ(report.error().line, 1);
}

}  // namespace
}  // namespace haven::exchange
