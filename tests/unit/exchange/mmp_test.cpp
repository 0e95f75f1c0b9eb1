#include <gtest/gtest.h>

#include <sstream>

#include "haven/exchange/mmp.h"

namespace haven::exchange {
namespace {

using nlohmann::json;

// The first row of the real export (tests/data/mmp), on line 2.
MmpRow good_row() {
  return MmpRow{2,
                {"2026.MMP0001",
                 "2026.MMP0001",
                 "Western Asia",
                 "Thu, 01/01/2026 - 12:00",
                 "2026",
                 "January",
                 "1",
                 "0",
                 "",
                 "",
                 "1",
                 "",
                 "Western Asia",
                 "Harsh environmental conditions / lack of adequate shelter, food, water",
                 "Iraq",
                 "In the snow 5km away from Ortasu/Roboski village, Şırnak, Türkiye",
                 "964media, Rudaw",
                 "37.34265178, 42.99259985",
                 "Türkiye-Europe land route",
                 "https://perma.cc/C936-8SNV, https://perma.cc/Z83T-X4LD",
                 "Western Asia",
                 "3"}};
}

int index_of(std::string_view column) {
  const auto columns = mmp_columns();
  for (std::size_t i = 0; i < columns.size(); ++i) {
    if (columns[i] == column) return static_cast<int>(i);
  }
  ADD_FAILURE() << "no column " << column;
  return 0;
}

// The problems of the good row with one cell changed.
std::vector<Error> problems_with(std::string_view column, std::string value) {
  MmpRow row = good_row();
  row.cells[index_of(column)] = std::move(value);
  return incident_from_mmp(row).problems;
}

// One problem, on the row's line and in `column`, whose reason contains `reason`.
void expect_problem(const std::vector<Error>& problems, std::string_view column,
                    std::string_view reason) {
  ASSERT_EQ(problems.size(), 1u) << (problems.empty() ? "none" : problems[1].describe());
  EXPECT_EQ(problems[0].line, 2);
  EXPECT_EQ(problems[0].field, column);
  EXPECT_NE(problems[0].message.find(reason), std::string::npos) << problems[0].message;
}

TEST(MmpRow, MapsEveryColumnToTheIncident) {
  const MmpIncident incident = incident_from_mmp(good_row());
  ASSERT_TRUE(incident.problems.empty()) << incident.problems[0].describe();
  const json& e = incident.event;
  EXPECT_EQ(e["type"], "incident.reported");
  EXPECT_EQ(e["incident_id"], "MMP-2026.MMP0001");
  EXPECT_EQ(e["mmp_incident_id"], "2026.MMP0001");
  EXPECT_EQ(e["category"], "death_in_transit");
  EXPECT_EQ(e["date"], "2026-01-01");
  EXPECT_EQ(e["occurred_at"], "2026-01-01T12:00:00Z");
  EXPECT_EQ(e["dead"], 1);
  EXPECT_EQ(e["missing"], 0);
  EXPECT_FALSE(e.contains("survivors"));  // blank: not known, not 0
  EXPECT_EQ(e["males"], 1);
  EXPECT_EQ(e["origin_countries"], json::array({"IRQ"}));
  EXPECT_EQ(e["route"], "turkiye_europe_land_route");
  EXPECT_EQ(e["route_name"], "Türkiye-Europe land route");
  EXPECT_DOUBLE_EQ(e["location"]["latitude"].get<double>(), 37.34265178);
  EXPECT_EQ(e["source_quality"], 3);
}

TEST(MmpRow, MissingOnlyIsADisappearance) {
  MmpRow row = good_row();
  row.cells[index_of("Number Dead")] = "";
  row.cells[index_of("Minimum Estimated Number of Missing")] = "4";
  const MmpIncident incident = incident_from_mmp(row);
  ASSERT_TRUE(incident.problems.empty());
  EXPECT_EQ(incident.event["category"], "disappearance");
  EXPECT_FALSE(incident.event.contains("dead"));
}

TEST(MmpRow, ReadsUnNamesAndSeveralCountries) {
  MmpRow row = good_row();
  row.cells[index_of("Country of Origin")] =
      "Democratic Republic of the Congo, Venezuela (Bolivarian Republic of), Korea, Republic of";
  const MmpIncident incident = incident_from_mmp(row);
  ASSERT_TRUE(incident.problems.empty()) << incident.problems[0].describe();
  EXPECT_EQ(incident.event["origin_countries"], json::array({"COD", "VEN", "KOR"}));
  EXPECT_TRUE(problems_with("Country of Origin", "Mixed/Unknown").empty());
}

TEST(MmpRow, RefusesBadDates) {
  expect_problem(problems_with("Incident Date", "2026-01-01"), "Incident Date",
                 "not a date as MMP writes it");
  expect_problem(problems_with("Incident Date", "Mon, 02/30/2026 - 12:00"), "Incident Date",
                 "not a date in the calendar");
  expect_problem(problems_with("Incident Date", "Fri, 01/01/2026 - 12:00"), "Incident Date",
                 "wrong weekday: that day is a Thu");
  expect_problem(problems_with("Year", "2025"), "Year", "not the year");
  expect_problem(problems_with("Reported Month", "February"), "Reported Month",
                 "not the month of the incident date 2026-01-01 (January)");
}

TEST(MmpRow, RefusesCountsThatAreNotCounts) {
  expect_problem(problems_with("Number of Survivors", "-1"), "Number of Survivors",
                 "cannot be negative");
  expect_problem(problems_with("Number Dead", "two"), "Number Dead", "not a whole number");
  expect_problem(problems_with("Number Dead", "1.5"), "Number Dead", "not a whole number");
}

TEST(MmpRow, RefusesNumbersThatDoNotAddUp) {
  MmpRow row = good_row();
  row.cells[index_of("Number Dead")] = "0";
  expect_problem(incident_from_mmp(row).problems, "Number Dead", "at least one dead or missing");
  expect_problem(problems_with("Number of Females", "1"), "Number of Females",
                 "females and males (2) outnumber the dead and missing (1)");
  expect_problem(problems_with("Number of Children", "3"), "Number of Children",
                 "children (3) outnumber");
}

TEST(MmpRow, RefusesUnknownCodesAndShapes) {
  expect_problem(problems_with("Cause of Death", "Drowning, Hypothermia"), "Cause of Death",
                 "'Hypothermia' is not one of MMP's causes");
  EXPECT_TRUE(problems_with("Cause of Death", "Drowning, Violence").empty());
  expect_problem(problems_with("Country of Origin", "Atlantis"), "Country of Origin",
                 "'Atlantis' is not a country");
  expect_problem(problems_with("Coordinates", "37.3"), "Coordinates", "latitude, longitude");
  expect_problem(problems_with("Coordinates", "97.3, 10"), "Coordinates",
                 "latitude 97.3 is out of range");
  expect_problem(problems_with("Coordinates", "7.3, -190"), "Coordinates",
                 "longitude -190 is out of range");
  expect_problem(problems_with("Source Quality", "6"), "Source Quality", "from 1 to 5");
  expect_problem(problems_with("URL", "perma.cc/C936"), "URL", "not a web address");
  expect_problem(problems_with("Incident ID", "2026.MMP0002"), "Incident ID",
                 "does not belong to its Main ID");
  expect_problem(problems_with("Incident ID", "2026 MMP0001"), "Incident ID", "is not an id");
}

TEST(MmpRow, ReportsEveryProblemOfARow) {
  MmpRow row = good_row();
  row.cells[index_of("Year")] = "2025";
  row.cells[index_of("Number of Survivors")] = "-3";
  row.cells[index_of("Source Quality")] = "0";
  EXPECT_EQ(incident_from_mmp(row).problems.size(), 3u);
  row.cells.pop_back();
  const auto problems = incident_from_mmp(row).problems;
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_NE(problems[0].message.find("21 cells, not 22"), std::string::npos);
}

TEST(MmpRow, NamesTheColumnOfAnEventField) {
  EXPECT_EQ(mmp_column_of("dead"), "Number Dead");
  EXPECT_EQ(mmp_column_of("location.latitude"), "Coordinates");
  EXPECT_EQ(mmp_column_of("origin_countries[1]"), "Country of Origin");
  EXPECT_EQ(mmp_column_of("source_quality"), "Source Quality");
  EXPECT_EQ(mmp_column_of("perpetrator"), "perpetrator");
}

TEST(MmpExport, GivesBackTheRowItRead) {
  const MmpRow row = good_row();
  json doc = incident_from_mmp(row).event;
  EXPECT_EQ(mmp_row_from_incident(doc), row.cells);
  // As the projection holds it: occurred_at becomes reported_at.
  doc["reported_at"] = doc["occurred_at"];
  doc.erase("occurred_at");
  EXPECT_EQ(mmp_row_from_incident(doc), row.cells);
}

TEST(MmpExport, WritesAnIncidentRecordedInHaven) {
  const json doc = {{"incident_id", "INC-7"},
                    {"category", "disappearance"},
                    {"reported_at", "2026-03-10T09:30:00+01:00"},
                    {"missing", 12},
                    {"origin_countries", {"ERI", "SDN"}},
                    {"location", {{"country", "LBY"}, {"place", "Zuwara"}}},
                    {"route", "central_mediterranean"}};
  ASSERT_TRUE(is_mmp_incident(doc));
  const auto row = mmp_row_from_incident(doc);
  EXPECT_EQ(row[0], "INC-7");
  EXPECT_EQ(row[1], "INC-7");
  EXPECT_EQ(row[3], "Tue, 03/10/2026 - 09:30");
  EXPECT_EQ(row[5], "March");
  EXPECT_EQ(row[6], "");
  EXPECT_EQ(row[7], "12");
  EXPECT_EQ(row[12], "Unknown");
  EXPECT_EQ(row[13], "Mixed or unknown");
  EXPECT_EQ(row[14], "Eritrea, Sudan");
  EXPECT_EQ(row[15], "Zuwara, Libya");
  EXPECT_EQ(row[18], "central_mediterranean");
  EXPECT_FALSE(is_mmp_incident(json{{"category", "extortion"}}));
}

TEST(MmpCsv, QuotesAsMmpDoes) {
  std::ostringstream out;
  std::vector<std::string> row(mmp_columns().size());
  row[0] = "2026.MMP0001";
  row[2] = "Western Asia";
  row[15] = "the \"Golden\" beach";
  write_mmp_csv(out, {row});
  const std::string text = out.str();
  EXPECT_TRUE(text.starts_with("\"Main ID\",\"Incident ID\",Region,"));
  EXPECT_NE(text.find("\n2026.MMP0001,,\"Western Asia\","), std::string::npos);
  EXPECT_NE(text.find(",\"the \"\"Golden\"\" beach\","), std::string::npos);
  EXPECT_FALSE(text.ends_with("\n"));  // as MMP's exports end
}

TEST(MmpCsv, ReadsRowsWithTheirLines) {
  std::ostringstream out;
  write_mmp_csv(out, {good_row().cells, good_row().cells});
  std::istringstream in(out.str());
  auto rows = read_mmp_csv(in);
  ASSERT_TRUE(rows) << rows.error().describe();
  ASSERT_EQ(rows->size(), 2u);
  EXPECT_EQ((*rows)[1].line, 3);
  EXPECT_EQ((*rows)[1].cells, good_row().cells);
}

TEST(MmpCsv, RefusesAnotherHeader) {
  std::istringstream in("\"Main ID\",\"Incident Id\",Region\n");
  auto rows = read_mmp_csv(in);
  ASSERT_FALSE(rows);
  EXPECT_EQ(rows.error().line, 1);
  EXPECT_NE(rows.error().message.find("column 2 is 'Incident Id', not 'Incident ID'"),
            std::string::npos);
  std::istringstream empty("");
  EXPECT_FALSE(read_mmp_csv(empty));
}

}  // namespace
}  // namespace haven::exchange
