// The writers, each read back: SDMX-CSV and HXL parsed with libcsv, SDMX-JSON with
// nlohmann-json, SDMX-ML checked by xmllint against the official schemas (scripts/setup
// installs it), XLSX opened with unzip. Every cell must come back with its count or, when
// withheld, with no count and its flags.
#include "haven/stats/writers.h"

#include "haven/stats/codes.h"

#include <csv.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "support/commands.h"
#include "support/files.h"

namespace haven::stats {
namespace {

using Rows = std::vector<std::vector<std::string>>;

// Persons by country (M49), sex and age; the girls of Mauritania are too few to publish
// and the boys', and the adults' of each sex there, are withheld to protect them.
Table sample() {
  Table table("MIGRANTS_SEX_AGE", "Migrants by country, sex and age",
              {{"REF_AREA", "Country", {"004", "478"}, {"Afghanistan", "Mauritania"}},
               {"SEX", "Sex", {"F", "M"}, {"Female", "Male"}},
               {"AGE", "Age", {"Y0T17", "Y_GE18"}, {"Under 18", "18 and over"}}});
  const std::uint64_t interior[2][2][2] = {{{12, 30}, {15, 41}}, {{2, 9}, {7, 20}}};
  for (std::uint32_t a = 0; a < 2; ++a) {
    for (std::uint32_t s = 0; s < 2; ++s) {
      for (std::uint32_t g = 0; g < 2; ++g) {
        const std::uint32_t p[] = {a, s, g};
        table.values()[table.cell(p)] = interior[a][s][g];
      }
    }
  }
  table.add_margins();
  const auto mark = [&](std::uint32_t a, std::uint32_t s, std::uint32_t g, CellStatus status) {
    const std::uint32_t p[] = {a, s, g};
    table.status()[table.cell(p)] = status;
  };
  mark(1, 0, 0, CellStatus::kPrimary);
  mark(1, 1, 0, CellStatus::kSecondary);
  mark(1, 0, 1, CellStatus::kSecondary);
  mark(1, 1, 1, CellStatus::kSecondary);
  return table;
}

Rows parse_csv(const std::string& text) {
  struct State {
    Rows rows;
    std::vector<std::string> row;
  } state;
  csv_parser parser{};
  EXPECT_EQ(csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI), 0);
  const auto on_field = [](void* field, std::size_t size, void* data) {
    static_cast<State*>(data)->row.emplace_back(static_cast<char*>(field), size);
  };
  const auto on_row = [](int, void* data) {
    auto* s = static_cast<State*>(data);
    s->rows.push_back(std::move(s->row));
    s->row.clear();
  };
  EXPECT_EQ(csv_parse(&parser, text.data(), text.size(), on_field, on_row, &state), text.size());
  EXPECT_EQ(csv_fini(&parser, on_field, on_row, &state), 0);
  csv_free(&parser);
  return state.rows;
}

// The cell of a table whose codes these are (a dimension's total included).
std::size_t cell_of(const Table& table, const std::vector<std::string>& codes) {
  std::vector<std::uint32_t> p;
  for (std::size_t d = 0; d < codes.size(); ++d) {
    const Dimension& dimension = table.dimensions()[d];
    std::uint32_t at = table.total_position(d);
    for (std::uint32_t i = 0; i < dimension.codes.size(); ++i) {
      if (dimension.codes[i] == codes[d]) at = i;
    }
    EXPECT_TRUE(at != table.total_position(d) || codes[d] == dimension.total) << codes[d];
    p.push_back(at);
  }
  return table.cell(p);
}

const std::map<CellStatus, std::pair<std::string, std::string>> kFlags = {
    {CellStatus::kFree, {"A", "F"}},
    {CellStatus::kPrimary, {"Q", "C"}},
    {CellStatus::kSecondary, {"Q", "D"}}};

// Rows of an SDMX-CSV message: dimensions from column `first`, then the value and flags.
void expect_cells(const Table& table, const Rows& rows, std::size_t first, std::size_t extra) {
  ASSERT_EQ(rows.size(), table.size() + 1);
  std::vector<bool> seen(table.size(), false);
  const std::size_t dims = table.dimensions().size();
  for (std::size_t r = 1; r < rows.size(); ++r) {
    const auto& row = rows[r];
    ASSERT_EQ(row.size(), rows[0].size());
    const std::size_t cell = cell_of(table, {row.begin() + first, row.begin() + first + dims});
    EXPECT_FALSE(seen[cell]);
    seen[cell] = true;
    const CellStatus status = table.status()[cell];
    const std::size_t value = first + dims + extra;
    EXPECT_EQ(row[value], status == CellStatus::kFree ? std::to_string(table.values()[cell]) : "");
    EXPECT_EQ(row[value + 1], kFlags.at(status).first);
    EXPECT_EQ(row[value + 2], kFlags.at(status).second);
  }
}

TEST(SdmxCsv, Version1ReadsBackEveryCellAndFlag) {
  const Table table = sample();
  const Rows rows = parse_csv(sdmx_csv(table, Dataflow{}, SdmxCsvVersion::kVersion1));
  ASSERT_FALSE(rows.empty());
  EXPECT_EQ(rows[0], (std::vector<std::string>{"DATAFLOW", "REF_AREA", "SEX", "AGE", "OBS_VALUE",
                                               "OBS_STATUS", "CONF_STATUS"}));
  EXPECT_EQ(rows[1][0], "HAVEN:DF_MIGRANTS(1.0)");
  expect_cells(table, rows, 1, 0);
}

TEST(SdmxCsv, Version2HasStructureActionAndPeriod) {
  const Table table = sample();
  Dataflow flow;
  flow.time_period = "2024";
  const Rows rows = parse_csv(sdmx_csv(table, flow, SdmxCsvVersion::kVersion2));
  ASSERT_FALSE(rows.empty());
  EXPECT_EQ(rows[0], (std::vector<std::string>{"STRUCTURE", "STRUCTURE_ID", "ACTION", "REF_AREA",
                                               "SEX", "AGE", "TIME_PERIOD", "OBS_VALUE",
                                               "OBS_STATUS", "CONF_STATUS"}));
  for (std::size_t r = 1; r < rows.size(); ++r) {
    EXPECT_EQ(rows[r][0], "dataflow");
    EXPECT_EQ(rows[r][1], "HAVEN:DF_MIGRANTS(1.0)");
    EXPECT_EQ(rows[r][2], "I");
    EXPECT_EQ(rows[r][6], "2024");
  }
  expect_cells(table, rows, 3, 1);
}

using haven::testing::occurrences;
using haven::testing::run_command;
using haven::testing::temporary_path;
using Validation = haven::testing::CommandResult;

// Checked by xmllint against the SDMX-ML 2.1 message schema.
Validation validate_sdmx(const std::string& xml, const std::string& name) {
  return haven::testing::validate_xml(
      xml, HAVEN_SOURCE_DIR "/data/stats/sdmx-ml-2.1/SDMXMessage.xsd", "sdmx_" + name);
}

TEST(SdmxMl, GenericDataValidatesAgainstTheSchemas) {
  const Table table = sample();
  Dataflow flow;
  flow.time_period = "2024";
  MessageHeader header;
  header.prepared = "2025-01-31T09:00:00Z";
  const std::string xml = sdmx_ml_generic(table, flow, header);
  const Validation validation = validate_sdmx(xml, "generic");
  EXPECT_EQ(validation.status, 0) << validation.output;
  EXPECT_EQ(occurrences(xml, "<generic:Obs>"), table.size());
  EXPECT_EQ(occurrences(xml, "<generic:ObsValue "), table.size() - 4);  // the withheld have none
  EXPECT_EQ(occurrences(xml, "<generic:Value id=\"CONF_STATUS\" value=\"C\"/>"), 1u);
  EXPECT_EQ(occurrences(xml, "<generic:Value id=\"CONF_STATUS\" value=\"D\"/>"), 3u);
}

TEST(SdmxMl, StructureValidatesAndListsEveryCode) {
  const Table tables[] = {sample()};
  Dataflow flow;
  flow.time_period = "2024";
  const std::string xml = sdmx_structure(tables, flow, MessageHeader{});
  const Validation validation = validate_sdmx(xml, "structure");
  EXPECT_EQ(validation.status, 0) << validation.output;
  for (const char* code : {"004", "478", "F", "M", "Y0T17", "Y_GE18", "_T", "Q", "C", "D"}) {
    EXPECT_NE(xml.find("<structure:Code id=\"" + std::string(code) + "\">"), std::string::npos)
        << code;
  }
  EXPECT_NE(xml.find("<structure:TimeDimension id=\"TIME_PERIOD\""), std::string::npos);
}

TEST(SdmxMl, SdgAlignedDimensionsMakeAValidStructure) {
  const Table tables[] = {
      Table("BY_AGE", "Migrants by country, sex and age",
            {{"REF_AREA", "Country", {"004", "478"}, {"Afghanistan", "Mauritania"}},
             sex_dimension(),
             age_dimension(AgeBands::kFiveYear)}),
      Table("CHILDREN", "Migrants by sex, children and adults",
            {sex_dimension(), age_dimension(AgeBands::kChildrenAndAdults)})};
  const std::string xml = sdmx_structure(tables, Dataflow{}, MessageHeader{});
  const Validation validation = validate_sdmx(xml, "sdg");
  EXPECT_EQ(validation.status, 0) << validation.output;
  // One AGE code list, holding both tables' bands.
  EXPECT_EQ(occurrences(xml, "<structure:Codelist id=\"CL_AGE\""), 1u);
  for (const char* code : {"Y0T4", "Y60T64", "Y_GE65", "Y0T17", "Y_GE18", "_U"}) {
    EXPECT_NE(xml.find("<structure:Code id=\"" + std::string(code) + "\">"), std::string::npos)
        << code;
  }
}

TEST(Hxl, FiveYearBandsCarryExactAges) {
  const Table table("BY_AGE", "Migrants by age", {age_dimension(AgeBands::kFiveYear)});
  const Rows rows = parse_csv(hxl_csv(table));
  ASSERT_EQ(rows.size(), 3u);
  ASSERT_EQ(rows[1].size(), 15u + 2u);  // the bands and unknown, the total, the status
  EXPECT_EQ(rows[1][0], "#affected +migrants +children +age0_4");
  EXPECT_EQ(rows[1][3], "#affected +migrants +age15_19");
  EXPECT_EQ(rows[1][4], "#affected +migrants +adults +age20_24");
  EXPECT_EQ(rows[1][13], "#affected +migrants +adults +age65plus");
  EXPECT_EQ(rows[1][14], "#affected +migrants +age_unknown");
  EXPECT_EQ(rows[1][15], "#affected +migrants");
}

TEST(SdmxJson, ObservationsAreKeyedByPositions) {
  const Table table = sample();
  const auto message = nlohmann::json::parse(sdmx_json(table, Dataflow{}, MessageHeader{}));
  const auto& structure = message["data"]["structure"];
  const auto& dimensions = structure["dimensions"]["observation"];
  ASSERT_EQ(dimensions.size(), 3u);
  EXPECT_EQ(dimensions[1]["id"], "SEX");
  EXPECT_EQ(dimensions[1]["values"][2]["id"], "_T");
  const auto& attributes = structure["attributes"]["observation"];
  const auto& observations = message["data"]["dataSets"][0]["observations"];
  ASSERT_EQ(observations.size(), table.size());
  for (const auto& [key, observation] : observations.items()) {
    std::vector<std::uint32_t> p;
    std::stringstream in(key);
    for (std::string part; std::getline(in, part, ':');) p.push_back(std::stoul(part));
    const std::size_t cell = table.cell(p);
    const CellStatus status = table.status()[cell];
    if (status == CellStatus::kFree) {
      EXPECT_EQ(observation[0], table.values()[cell]) << key;
    } else {
      EXPECT_TRUE(observation[0].is_null()) << key;
    }
    EXPECT_EQ(attributes[0]["values"][observation[1].get<int>()]["id"], kFlags.at(status).first);
    EXPECT_EQ(attributes[1]["values"][observation[2].get<int>()]["id"], kFlags.at(status).second);
  }
}

TEST(Hxl, HashtagsAndCellsReadBack) {
  const Table table = sample();
  const Rows rows = parse_csv(hxl_csv(table));
  ASSERT_EQ(rows.size(), 2u + 3u);  // headers, hashtags, two countries and their total
  const std::vector<std::string> hashtags = {"#country +name",
                                             "#country +code",
                                             "#affected +migrants +f +children +age0_17",
                                             "#affected +migrants +f +adults +age18plus",
                                             "#affected +migrants +f",
                                             "#affected +migrants +m +children +age0_17",
                                             "#affected +migrants +m +adults +age18plus",
                                             "#affected +migrants +m",
                                             "#affected +migrants +children +age0_17",
                                             "#affected +migrants +adults +age18plus",
                                             "#affected +migrants",
                                             "#meta +status"};
  EXPECT_EQ(rows[1], hashtags);
  EXPECT_EQ(rows[0][2], "Migrants, Female, Under 18");
  const std::vector<std::string> sexes = {"F", "M", "_T"};
  const std::vector<std::string> ages = {"Y0T17", "Y_GE18", "_T"};
  for (std::size_t r = 2; r < rows.size(); ++r) {
    for (std::size_t c = 2; c < 11; ++c) {
      const std::size_t cell = cell_of(table, {rows[r][1], sexes[(c - 2) / 3], ages[(c - 2) % 3]});
      const CellStatus status = table.status()[cell];
      EXPECT_EQ(rows[r][c],
                status == CellStatus::kFree ? std::to_string(table.values()[cell]) : "");
      EXPECT_EQ(rows[r][11].find(rows[0][c] + ": ") != std::string::npos,
                status != CellStatus::kFree)
          << rows[r][11];
    }
  }
  EXPECT_EQ(rows[3][1], "478");
  EXPECT_NE(rows[3][11].find("Migrants, Female, Under 18: confidential, could identify persons"),
            std::string::npos);
  EXPECT_EQ(rows[4][0], "Total");
  EXPECT_EQ(rows[4][1], "_T");
}

TEST(Xlsx, WorkbookHasNotesAndOneSheetPerTable) {
  Table other("MIGRANTS_SEX", "Migrants by sex", {{"SEX", "Sex", {"F", "M"}, {"Female", "Male"}}});
  const Table tables[] = {sample(), other};
  const auto path = temporary_path("book.xlsx");
  const Status written = write_xlsx(path.string(), tables, WorkbookNotes{});
  ASSERT_TRUE(written.ok()) << written.error().describe();
  EXPECT_EQ(testing::read_file(path).substr(0, 2), "PK");
  const Validation book = run_command("unzip -p '" + path.string() + "' xl/workbook.xml");
  EXPECT_EQ(book.status, 0) << book.output;
  for (const char* sheet : {"Notes", "MIGRANTS_SEX_AGE", "MIGRANTS_SEX"}) {
    EXPECT_NE(book.output.find("name=\"" + std::string(sheet) + "\""), std::string::npos);
  }
  const Validation strings = run_command("unzip -p '" + path.string() + "' xl/sharedStrings.xml");
  EXPECT_NE(strings.output.find("confidential, could identify persons"), std::string::npos);
  std::filesystem::remove(path);
}

TEST(Xlsx, UnwritablePathIsAnIoErrorNamingIt) {
  const Table tables[] = {sample()};
  const std::string path = "/nonexistent-haven-dir/book.xlsx";
  const Status written = write_xlsx(path, tables, WorkbookNotes{});
  ASSERT_FALSE(written.ok());
  EXPECT_EQ(written.error().code, ErrorCode::kIo);
  EXPECT_EQ(written.error().field, path);
  EXPECT_NE(written.error().message.find(path), std::string::npos);
}

TEST(Xlsx, TablesWithTheSameIdAreRefused) {
  const Table tables[] = {sample(), sample()};
  const auto path = temporary_path("twice.xlsx");
  const Status written = write_xlsx(path.string(), tables, WorkbookNotes{});
  ASSERT_FALSE(written.ok());
  EXPECT_EQ(written.error().code, ErrorCode::kInvalidField);
  EXPECT_FALSE(std::filesystem::exists(path));
}

}  // namespace
}  // namespace haven::stats
