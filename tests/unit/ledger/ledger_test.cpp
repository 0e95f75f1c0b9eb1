#include <gtest/gtest.h>

#include <sstream>

#include "support/temp_store.h"

namespace haven::ledger {
namespace {

using haven::testing::at;
using haven::testing::record_all;
using haven::testing::TempStore;

const std::string kRegister =
    R"({"type":"person.registered","occurred_at":"2026-05-01T08:00:00Z","person_id":"P-1","given_name":"José","family_name":"Núñez","nationalities":["HND"]})";
const std::string kDetain =
    R"({"type":"detention.started","occurred_at":"2026-05-02T08:00:00Z","person_id":"P-1","facility":"Tapachula"})";
const std::string kUnknown =
    R"({"type":"detention.started","occurred_at":"2026-05-02T08:00:00Z","person_id":"P-2","facility":"Tapachula"})";

class LedgerTest : public ::testing::Test {
 protected:
  TempStore temp;
  FixedClock clock{at("2026-06-01T00:00:00Z")};
  Ledger ledger{temp.store(), clock};
};

TEST_F(LedgerTest, RecordsABatchAndStampsProvenance) {
  auto report = record_all(ledger, {kRegister, kDetain});
  ASSERT_TRUE(report.errors.empty());
  EXPECT_EQ(report.recorded, 2);
  auto timeline = ledger.timeline("P-1");
  ASSERT_EQ(timeline->size(), 2u);
  EXPECT_NE((*timeline)[0].find(R"("actor":"import")"), std::string::npos);
  EXPECT_NE((*timeline)[0].find(R"("recorded_at":"2026-06-01T00:00:00Z")"), std::string::npos);
  EXPECT_NE((*timeline)[1].find(R"("voided":false)"), std::string::npos);
}

TEST_F(LedgerTest, RefusesTheWholeBatchAndListsEveryBadLine) {
  auto report = record_all(ledger, {kRegister, kUnknown, kDetain, "{oops"});
  EXPECT_EQ(report.recorded, 0);
  ASSERT_EQ(report.errors.size(), 2u);
  EXPECT_EQ(report.errors[0].line, 2);
  EXPECT_EQ(report.errors[0].code, ErrorCode::kUnknownPerson);
  EXPECT_EQ(report.errors[1].line, 4);
  EXPECT_EQ(report.errors[1].code, ErrorCode::kInvalidJson);
  EXPECT_EQ(temp.store().counts()->events, 0);
  EXPECT_EQ(temp.store().counts()->persons, 0);
}

TEST_F(LedgerTest, PartialKeepsTheGoodLines) {
  RecordOptions options;
  options.partial = true;
  auto report = record_all(ledger, {kRegister, kUnknown, kDetain}, options);
  EXPECT_EQ(report.recorded, 2);
  EXPECT_EQ(report.refused, 1);
  ASSERT_EQ(report.errors.size(), 1u);
  EXPECT_EQ(report.errors[0].line, 2);
  EXPECT_TRUE(temp.store().has_person("P-1").value());
}

TEST_F(LedgerTest, StopsCollectingAfterMaxErrors) {
  RecordOptions options;
  options.max_errors = 3;
  std::vector<std::string> lines(10, kUnknown);
  auto report = record_all(ledger, lines, options);
  EXPECT_EQ(report.errors.size(), 3u);
  EXPECT_EQ(report.recorded, 0);
}

TEST_F(LedgerTest, RefusesOverlongLines) {
  RecordOptions options;
  options.max_line_bytes = 100;
  auto report = record_all(ledger, {kRegister}, options);
  ASSERT_EQ(report.errors.size(), 1u);
  EXPECT_EQ(report.errors[0].code, ErrorCode::kPayloadTooLarge);
}

TEST_F(LedgerTest, RefusesATenMegabyteNameAndInvalidUtf8OnImport) {
  std::string huge = kRegister;
  huge.replace(huge.find("José"), 5, std::string(10 << 20, 'x'));
  std::istringstream input(kRegister + "\n" + huge + "\n" + "{\"type\":\"\xC3\x28\"}\n");
  auto report = ledger.record_lines(input, {});
  ASSERT_TRUE(report.ok());
  ASSERT_EQ(report->errors.size(), 2u);
  EXPECT_EQ(report->errors[0].line, 2);
  EXPECT_EQ(report->errors[0].code, ErrorCode::kPayloadTooLarge);
  EXPECT_EQ(report->errors[1].line, 3);
  EXPECT_EQ(report->errors[1].code, ErrorCode::kInvalidJson);
  EXPECT_NE(report->errors[1].message.find("UTF-8"), std::string::npos);
  EXPECT_EQ(temp.store().counts()->events, 0);
}

TEST_F(LedgerTest, FindsNamesIgnoringCaseAndAccents) {
  record_all(ledger, {kRegister});
  Ledger::Search search;
  search.text = "JOSE nunez";
  EXPECT_EQ(ledger.find_persons(search)->documents.size(), 1u);
  EXPECT_NE(ledger.find_persons(search)->documents[0].find("\"age\":"), std::string::npos);
  search.text = "josé maría";
  EXPECT_EQ(ledger.find_persons(search)->documents.size(), 0u);
  search.text = "";
  search.nationality = "HND";
  EXPECT_EQ(ledger.find_persons(search)->documents.size(), 1u);
  search.nationality = "hnd";
  EXPECT_EQ(ledger.find_persons(search).error().field, "nationality");
  search.nationality = "";
  search.limit = 0;
  EXPECT_EQ(ledger.find_persons(search).error().field, "limit");
}

TEST_F(LedgerTest, FindsANameWrittenInArabicByItsLatinSpellings) {
  record_all(
      ledger,
      {R"({"type":"person.registered","occurred_at":"2026-05-01T08:00:00Z","person_id":"P-A","name_original":"محمد عبد الرحمن"})",
       R"({"type":"person.registered","occurred_at":"2026-05-01T08:00:00Z","person_id":"P-B","given_name":"Abd al-Rahman","family_name":"Osman"})",
       R"({"type":"person.registered","occurred_at":"2026-05-01T08:00:00Z","person_id":"P-C","given_name":"Ahmed","family_name":"Hassan"})"});
  auto found = [&](const std::string& text) {
    Ledger::Search search;
    search.text = text;
    std::string ids;
    const auto page = ledger.find_persons(search);
    for (const std::string& document : page->documents) {
      for (const char* id : {"P-A", "P-B", "P-C"}) {
        if (document.find(std::string("\"person_id\":\"") + id + "\"") != std::string::npos)
          ids += id;
      }
    }
    return ids;
  };
  EXPECT_EQ(found("Mohamed"), "P-A");
  EXPECT_EQ(found("muhammad abdelrahman"), "P-A");
  EXPECT_EQ(found("Mohammed Abdul Rahman"), "");  // "abdul" has a consonant the name lacks
  EXPECT_EQ(found("abdelrahman"), "P-AP-B");      // across the words of both spellings
  EXPECT_EQ(found("moham"), "P-A");               // typed so far
  EXPECT_EQ(found("Hasan"), "P-C");
  EXPECT_EQ(found("Mahdi"), "");
}

TEST_F(LedgerTest, ReadsJsonLinesSkippingBlanksAndComments) {
  std::istringstream input("# demo\n" + kRegister + "\n\n" + kDetain + "\r\n");
  auto report = ledger.record_lines(input, {});
  ASSERT_TRUE(report.ok());
  EXPECT_EQ(report->recorded, 2);
  std::istringstream bad("# demo\n" + kDetain + "\n\n{\"type\":1}\n");
  report = ledger.record_lines(bad, {});
  ASSERT_EQ(report->errors.size(), 1u);
  EXPECT_EQ(report->errors[0].line, 4);
}

TEST_F(LedgerTest, ExportRestoresToTheSameLog) {
  record_all(ledger, {kRegister, kDetain});
  std::ostringstream first;
  ASSERT_TRUE(ledger.export_lines(first).ok());

  TempStore other;
  Ledger restored(other.store(), clock);
  std::istringstream input(first.str());
  RecordOptions options;
  options.accept_provenance = true;
  auto report = restored.record_lines(input, options);
  ASSERT_TRUE(report.ok());
  ASSERT_TRUE(report->errors.empty()) << report->errors[0].describe();
  std::ostringstream second;
  ASSERT_TRUE(restored.export_lines(second).ok());
  EXPECT_EQ(first.str(), second.str());
  EXPECT_EQ(*temp.store().dump_projections(), *other.store().dump_projections());
}

TEST_F(LedgerTest, ReportsHowMuchOfAFileWasRead) {
  const std::string text = kRegister + "\n" + kDetain + "\n";
  std::istringstream input(text);
  RecordOptions options;
  options.progress_every = 1;
  std::vector<std::int64_t> bytes;
  options.progress = [&](std::int64_t, std::int64_t b) { bytes.push_back(b); };
  ASSERT_TRUE(ledger.record_lines(input, options).ok());
  ASSERT_FALSE(bytes.empty());
  EXPECT_EQ(bytes.front(), static_cast<std::int64_t>(kRegister.size() + 1));
  EXPECT_EQ(bytes.back(), static_cast<std::int64_t>(text.size()));
}

TEST_F(LedgerTest, ReportsProgress) {
  RecordOptions options;
  options.progress_every = 1;
  std::vector<std::int64_t> calls;
  options.progress = [&](std::int64_t n, std::int64_t) { calls.push_back(n); };
  record_all(ledger, {kRegister, kDetain}, options);
  EXPECT_EQ(calls, (std::vector<std::int64_t>{1, 2, 2}));
}

}  // namespace
}  // namespace haven::ledger
