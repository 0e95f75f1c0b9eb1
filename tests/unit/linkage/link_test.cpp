#include <gtest/gtest.h>

#include <mutex>
#include <set>
#include <sstream>

#include "haven/linkage/link.h"

namespace haven::linkage {
namespace {

Result<RecordsRead> read(const std::string& csv, const std::string& spec) {
  std::istringstream in(csv);
  auto columns = parse_columns(spec);
  if (!columns) return columns.error();
  return read_records(in, "partners.csv", *columns);
}

TEST(ParseColumns, NamesTheFieldThatIsWrong) {
  EXPECT_TRUE(parse_columns("id=rec,given_name=first,family_name=last").ok());
  EXPECT_EQ(parse_columns("id=rec,surname=last").error().field, "columns");
  EXPECT_NE(parse_columns("id=rec,surname=last").error().message.find("'surname' is not a field"),
            std::string::npos);
  EXPECT_NE(parse_columns("id=rec,full_name").error().message.find("FIELD=COLUMN"),
            std::string::npos);
  EXPECT_NE(parse_columns("id=a,id=b,full_name=n").error().message.find("twice"),
            std::string::npos);
  EXPECT_NE(parse_columns("given_name=first").error().message.find("ids"), std::string::npos);
  EXPECT_NE(parse_columns("id=rec,sex=s").error().message.find("names"), std::string::npos);
}

TEST(ReadRecords, ReadsQuotedCsvAndListsDatesItCannotRead) {
  const auto got = read(
      "ref,name,born,sex\n"
      "A1,\"Abd al-Rahman, Mohamed\",1990-03-04,male\n"
      "A2,محمد عبد الرحمن,19900230,F\n",
      "id=ref,full_name=name,birth_date=born,sex=sex");
  ASSERT_TRUE(got.ok()) << got.error().describe();
  ASSERT_EQ(got->records.size(), 2u);
  EXPECT_EQ(got->records[0].birth.year, 1990);
  EXPECT_EQ(got->records[0].sex, "M");
  EXPECT_EQ(got->records[1].birth.year, 0);
  ASSERT_EQ(got->unreadable_dates.size(), 1u);
  EXPECT_EQ(got->unreadable_dates[0].line, 3);
  EXPECT_EQ(got->unreadable_dates[0].field, "birth_date");
}

TEST(ReadRecords, RefusesAMissingColumnOrIdWithTheLine) {
  const auto missing = read("ref,name\nA1,Ali\n", "id=ref,full_name=nom");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().field, "full_name");
  EXPECT_NE(missing.error().message.find("no column 'nom'"), std::string::npos);
  const auto no_id = read("ref,name\nA1,Ali\n,Omar\n", "id=ref,full_name=name");
  ASSERT_FALSE(no_id.ok());
  EXPECT_EQ(no_id.error().line, 3);
  EXPECT_FALSE(read("", "id=ref,full_name=name").ok());
}

TEST(Link, FindsTheSamePersonWrittenInTwoScriptsAndExplainsWhy) {
  std::string csv =
      "id,given,family,born,sex\n"
      "L1,Mohamed,Abdelrahman,1990-03-04,M\n"
      "L2,محمد,عبد الرحمن,1990-04-03,M\n"
      "L3,Fatima,Haddad,1985-01-01,F\n";
  // Enough different people for EM to learn what a non-match looks like.
  const char* given[] = {"Omar", "Aisha", "Yusuf", "Maryam", "Hassan", "Layla", "Karim", "Samira"};
  const char* family[] = {"Nasser", "Saleh", "Khalil", "Mansour",
                          "Haddad", "Aziz",  "Farah",  "Said"};
  for (int i = 0; i < 64; ++i) {
    csv += "X" + std::to_string(i) + "," + given[i % 8] + "," + family[(i / 8) % 8] + "," +
           std::to_string(1960 + i % 40) + "-0" + std::to_string(1 + i % 9) + "-1" +
           std::to_string(i % 9) + "," + (i % 2 ? "F" : "M") + "\n";
  }
  const auto got = read(csv, "id=id,given_name=given,family_name=family,birth_date=born,sex=sex");
  ASSERT_TRUE(got.ok()) << got.error().describe();
  const auto report = link(got->records, nullptr, LinkOptions{});
  ASSERT_FALSE(report.pairs.empty());
  const LinkedPair& best = report.pairs.front();
  EXPECT_EQ(got->records[best.left].id, "L1");
  EXPECT_EQ(got->records[best.right].id, "L2");
  EXPECT_GT(report.candidate_pairs, 0u);
  EXPECT_LT(report.candidate_pairs, 67u * 66u / 2u);
  const std::string why = explain(report.model, best);
  EXPECT_NE(why.find("family_name same sound"), std::string::npos) << why;
  EXPECT_NE(why.find("birth_date day and month swapped"), std::string::npos) << why;
}

TEST(Link, ARareNameAgreeingWeighsMoreThanACommonOne) {
  std::string csv =
      "id,given,family,born\n"
      "R1,Zakaria,Haddad,1990-01-01\nR2,Zakaria,Haddad,1990-01-01\n"
      "C1,Mohamed,Nasser,1990-01-01\nC2,Mohamed,Nasser,1990-01-01\n";
  const char* family[] = {"Saleh", "Khalil", "Mansour", "Aziz", "Farah", "Said", "Osman", "Ali"};
  for (int i = 0; i < 40; ++i) {
    csv += "M" + std::to_string(i) + ",Mohamed," + family[i % 8] + "," + std::to_string(1950 + i) +
           "-02-02\n";
  }
  std::istringstream in(csv);
  const auto got = read_records(
      in, "t.csv", *parse_columns("id=id,given_name=given,family_name=family,birth_date=born"));
  ASSERT_TRUE(got.ok());
  LinkOptions options;
  options.review = 1e-9;
  const auto report = link(got->records, nullptr, options);
  double rare = 0, common = 0;
  for (const auto& pair : report.pairs) {
    const std::string ids = got->records[pair.left].id + got->records[pair.right].id;
    if (ids == "R1R2") rare = pair.weight.by_field[0];
    if (ids == "C1C2") common = pair.weight.by_field[0];
  }
  EXPECT_GT(rare, common + 1.0) << "rare " << rare << " common " << common;
}

// Sixty-four different persons around the pair a test is about, so that EM and the chances
// of agreement have something to learn from.
std::string crowd() {
  std::string csv;
  const char* given[] = {"Omar", "Aisha", "Yusuf", "Maryam", "Hassan", "Layla", "Karim", "Samira"};
  const char* family[] = {"Nasser", "Saleh", "Khalil", "Mansour",
                          "Haddad", "Aziz",  "Farah",  "Said"};
  for (int i = 0; i < 64; ++i) {
    csv += "X" + std::to_string(i) + "," + given[i % 8] + "," + family[(i / 8) % 8] + "," +
           std::to_string(1960 + i % 40) + "," + (i % 2 ? "F" : "M") + "\n";
  }
  return csv;
}

// The pairs link() compared, as "left right" ids.
std::set<std::string> compared(const std::vector<Record>& records, LinkReport* report = nullptr) {
  std::set<std::string> out;
  std::mutex mutex;
  LinkOptions options;
  options.on_candidate = [&](std::size_t a, std::size_t b) {
    const std::lock_guard lock(mutex);
    out.insert(records[a].id + " " + records[b].id);
  };
  LinkReport got = link(records, nullptr, options);
  if (report != nullptr) *report = std::move(got);
  return out;
}

TEST(Link, ReportsWhatEachBlockingPassCompared) {
  const auto got = read("id,given,family,born,sex\n" + crowd() +
                            "A1,Tesfay,Gebremedhin,1990,M\nA2,Tesfaye,Gebremedhin,1991,M\n",
                        "id=id,given_name=given,family_name=family,birth_date=born,sex=sex");
  ASSERT_TRUE(got.ok());
  LinkReport report;
  const auto pairs = compared(got->records, &report);
  EXPECT_TRUE(pairs.contains("A1 A2"));
  ASSERT_FALSE(report.passes.empty());
  std::size_t total = 0;
  for (const PassCount& pass : report.passes) {
    EXPECT_FALSE(pass.pass.empty());
    EXPECT_LE(pass.compared, pass.candidates) << pass.pass;
    total += pass.compared;
  }
  EXPECT_EQ(total, report.compared);
  EXPECT_EQ(report.compared, pairs.size());
  EXPECT_EQ(report.learnt_from, report.compared);  // few pairs: EM learns from all of them
  EXPECT_EQ(report.passes[1].pass, "names + birth year");
  EXPECT_GE(report.passes[1].compared, 1u);
}

TEST(Link, NamesAlikeMeetWhenAYearIsUnknownEstimatedOrMistyped) {
  const auto got = read("id,given,family,born,sex\n" + crowd() +
                            "U1,Tesfay,Gebremedhin,1990,M\nU2,Tesfay,Gebremedhin,,M\n"
                            "E1,Senait,Woldu,1980,F\nE2,Senait,Woldu,1983,F\n"
                            "T1,Mulu,Berhe,1970,F\nT2,Mulu,Berhe,1907,F\n"
                            "S1,Yonas,Tekle,1970,M\nS2,Yonas,Tekle,1995,F\n",
                        "id=id,given_name=given,family_name=family,birth_date=born,sex=sex");
  ASSERT_TRUE(got.ok());
  const auto pairs = compared(got->records);
  EXPECT_TRUE(pairs.contains("U1 U2"));  // no year on one side
  EXPECT_TRUE(pairs.contains("E1 E2"));  // three years apart, as estimated ages are
  EXPECT_TRUE(pairs.contains("T1 T2"));  // a year mistyped
  // Names alike are not enough when both the year and the sex differ.
  EXPECT_FALSE(pairs.contains("S1 S2"));
}

}  // namespace
}  // namespace haven::linkage
