// A table as it leaves: the policy checked and applied, and every format naming what it is,
// with a withheld cell's value in none of them.
#include "haven/stats/publication.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace haven::stats {
namespace {

// Two by two: one woman aged A, so her cell and enough others to protect it are withheld.
Table small_table() {
  Table table("T", "Persons",
              {Dimension{"SEX", "Sex", {"F", "M"}, {"Female", "Male"}},
               Dimension{"AGE", "Age", {"A", "B"}, {"A", "B"}}});
  const std::uint64_t interior[] = {1, 9, 7, 8};
  std::size_t next = 0;
  for (std::size_t cell = 0; cell < table.size(); ++cell) {
    if (table.interior(cell)) table.values()[cell] = interior[next++];
  }
  table.add_margins();
  return table;
}

TEST(Publication, ThePolicyIsCheckedAndNamesWhatIsWrong) {
  EXPECT_TRUE(validate(Publication{}));
  Publication rounded;
  rounded.round = 4;
  ASSERT_FALSE(validate(rounded));
  EXPECT_EQ(validate(rounded).error().field, "round");
  Publication zero;
  zero.protection.threshold = 0;
  EXPECT_EQ(validate(zero).error().field, "threshold");
  EXPECT_FALSE(protect(small_table(), rounded).ok());
}

TEST(Publication, AWithheldCellIsPublishedWithItsStatusAndNoValue) {
  auto safe = protect(small_table(), Publication{});
  ASSERT_TRUE(safe.ok()) << safe.error().describe();
  auto text = write_table(*safe, TableFormat::kJson, PublishedAs{"2026", "2026-06-01T00:00:00Z"},
                          Publication{});
  ASSERT_TRUE(text.ok());
  const auto body = nlohmann::json::parse(*text);
  EXPECT_EQ(body["period"], "2026");
  ASSERT_EQ(body["cells"].size(), 9u);
  const auto& first = body["cells"][0];
  EXPECT_EQ(first["codes"], nlohmann::json({"F", "A"}));
  EXPECT_TRUE(first["value"].is_null());
  EXPECT_EQ(first["status"], "C");
  int withheld = 0;
  for (const auto& cell : body["cells"]) {
    if (cell["status"] == "F") continue;
    ++withheld;
    EXPECT_TRUE(cell["value"].is_null()) << cell.dump();
  }
  EXPECT_GE(withheld, 4) << "a lone withheld cell would be its total minus the others";

  auto csv = write_table(*safe, TableFormat::kCsv, PublishedAs{}, Publication{});
  ASSERT_TRUE(csv.ok());
  EXPECT_EQ(csv->substr(0, csv->find('\n')), "SEX,SEX_LABEL,AGE,AGE_LABEL,OBS_VALUE,STATUS");
  EXPECT_NE(csv->find("F,Female,A,A,,suppressed (too few persons or a group all alike)\n"),
            std::string::npos)
      << *csv;
}

TEST(Publication, RoundingPublishesEveryCellAsAMultiple) {
  Publication rounded;
  rounded.round = 5;
  auto safe = protect(small_table(), rounded);
  ASSERT_TRUE(safe.ok());
  for (std::size_t cell = 0; cell < safe->size(); ++cell) {
    EXPECT_EQ(safe->status()[cell], CellStatus::kFree);
    EXPECT_EQ(safe->values()[cell] % 5, 0u);
  }
  EXPECT_EQ(disclosure_rule(rounded), "counts rounded to a multiple of 5");
}

TEST(Publication, EveryFormatHasANameAMediaTypeAndAWriter) {
  EXPECT_FALSE(parse_table_format("pdf"));
  EXPECT_FALSE(parse_table_format(""));
  auto safe = protect(small_table(), Publication{});
  ASSERT_TRUE(safe.ok());
  for (std::string_view name : {"csv", "json", "sdmx-csv", "sdmx-csv2", "sdmx-ml", "sdmx-json",
                                "sdmx-structure", "hxl", "xlsx"}) {
    EXPECT_NE(std::string(table_format_names()).find(name), std::string::npos) << name;
    auto format = parse_table_format(name);
    ASSERT_TRUE(format) << name;
    EXPECT_FALSE(media_of(*format).media_type.empty()) << name;
    auto written = write_table(*safe, *format, PublishedAs{"2026"}, Publication{});
    ASSERT_TRUE(written.ok()) << name << ": " << written.error().describe();
    EXPECT_FALSE(written->empty()) << name;
  }
  auto workbook = write_table(*safe, TableFormat::kXlsx, PublishedAs{"2026"}, Publication{});
  ASSERT_TRUE(workbook.ok());
  EXPECT_EQ(workbook->substr(0, 2), "PK");
}

TEST(Publication, IndicatorsReadCountsAsWholeNumbersAndNothingAsNull) {
  std::vector<Indicator> indicators = {
      {"persons_registered", "Persons registered", "A/RES/66/172 op.9(d)", "persons", 9.0, 9},
      {"share_told", "Told", "A/RES/66/172 op.4(g)", "share", 1.0, 3},
      {"median", "Median", "A/RES/66/172 op.4(a)", "days", std::nullopt, 0}};
  const auto body = nlohmann::json::parse(indicators_json("2026", indicators));
  EXPECT_EQ(body["indicators"][0]["value"].dump(), "9");
  EXPECT_EQ(body["indicators"][1]["value"].dump(), "1.0");
  EXPECT_TRUE(body["indicators"][2]["value"].is_null());
}

}  // namespace
}  // namespace haven::stats
