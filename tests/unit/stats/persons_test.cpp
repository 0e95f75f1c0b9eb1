#include "haven/stats/persons.h"

#include <gtest/gtest.h>

#include <array>

namespace haven::stats {
namespace {

Period year_2026() { return *parse_period("2026"); }

// A person's projection with the fields statistics read.
std::string person(const std::string& id, const std::string& sex, const std::string& birth,
                   const std::string& nationality, const std::string& registered,
                   const std::string& episodes = "[]", const std::string& extra = "") {
  return R"({"person_id":")" + id + R"(","sex":")" + sex + R"(","birth_date":")" + birth +
         R"(","nationalities":[")" + nationality + R"("],"migration_status":"irregular",)" +
         R"("location":{"country":"ITA"},"registered_at":")" + registered +
         R"(","detention_episodes":)" + episodes + extra + "}";
}

const Indicator& find(const std::vector<Indicator>& all, const std::string& id) {
  for (const Indicator& i : all) {
    if (i.id == id) return i;
  }
  throw std::runtime_error("no indicator " + id);
}

TEST(Period, ReadsAYearAQuarterAndAMonth) {
  const Period year = year_2026();
  EXPECT_EQ(format_rfc3339(year.begin), "2026-01-01T00:00:00Z");
  EXPECT_EQ(format_rfc3339(year.end), "2027-01-01T00:00:00Z");
  const Period q4 = *parse_period("2026-Q4");
  EXPECT_EQ(format_rfc3339(q4.begin), "2026-10-01T00:00:00Z");
  EXPECT_EQ(format_rfc3339(q4.end), "2027-01-01T00:00:00Z");
  const Period may = *parse_period("2026-05");
  EXPECT_EQ(format_rfc3339(may.end), "2026-06-01T00:00:00Z");
  for (const char* bad : {"", "26", "2026-13", "2026-Q5", "2026/05", "1850", "2026-5"}) {
    const auto got = parse_period(bad);
    ASSERT_FALSE(got.ok()) << bad;
    EXPECT_EQ(got.error().field, "period");
  }
}

TEST(PeriodStatistics, CountsTheRegisteredByAgeAtThePeriodsEndWithMargins) {
  PeriodStatistics stats(year_2026());
  ASSERT_TRUE(stats.add(person("P1", "F", "2010-06-01", "SYR", "2026-02-01T10:00:00Z")).ok());
  ASSERT_TRUE(stats.add(person("P2", "M", "1990", "SYR", "2026-03-01T10:00:00Z")).ok());
  ASSERT_TRUE(stats.add(person("P3", "M", "1985-01-01", "AFG", "2025-12-31T23:00:00Z")).ok());
  const auto table = stats.table("registered");
  ASSERT_TRUE(table.ok());
  // P3 registered before the period: not counted.
  const auto& dims = table->dimensions();
  ASSERT_EQ(dims.size(), 5u);
  EXPECT_EQ(dims[2].codes, std::vector<std::string>({"SYR"}));
  EXPECT_EQ(dims[4].codes, std::vector<std::string>({"380"}));  // Italy as M49
  EXPECT_TRUE(dims[3].sensitive);
  std::vector<std::uint32_t> all(dims.size());
  for (std::size_t d = 0; d < dims.size(); ++d) all[d] = table->total_position(d);
  EXPECT_EQ(table->values()[table->cell(all)], 2u);
  std::vector<std::uint32_t> girl = all;
  girl[0] = 0;  // F
  girl[1] = 0;  // Y0T17
  EXPECT_EQ(table->values()[table->cell(girl)], 1u);
}

TEST(PeriodStatistics, LeavesOutARegistrationMergedIntoAnother) {
  PeriodStatistics stats(year_2026());
  ASSERT_TRUE(stats.add(person("P1", "F", "1990", "SYR", "2026-02-01T10:00:00Z")).ok());
  ASSERT_TRUE(stats
                  .add(person("P2", "F", "1990", "SYR", "2026-02-02T10:00:00Z", "[]",
                              R"(,"merged_into":"P1")"))
                  .ok());
  EXPECT_EQ(*find(stats.indicators(), "persons_registered").value, 1.0);
}

TEST(PeriodStatistics, MeasuresDetentionAndConsularRights) {
  PeriodStatistics stats(year_2026());
  // Held from 1 December to the year's end and beyond, told of consular rights after 6 hours.
  ASSERT_TRUE(
      stats
          .add(person("P1", "M", "2009", "SYR", "2026-02-01T10:00:00Z",
                      R"([{"started_at":"2026-12-01T00:00:00Z"}])",
                      R"(,"consular":{"foreign_national_identified_at":"2026-12-01T00:00:00Z",)"
                      R"("rights_informed":[{"at":"2026-12-01T06:00:00Z"}],)"
                      R"("notification_requested":true})"))
          .ok());
  // Held ten days in March, never told.
  ASSERT_TRUE(
      stats
          .add(
              person("P2", "M", "1980", "AFG", "2026-02-01T10:00:00Z",
                     R"([{"started_at":"2026-03-01T00:00:00Z","ended_at":"2026-03-11T00:00:00Z"}])",
                     R"(,"consular":{"foreign_national_identified_at":"2026-03-01T00:00:00Z"})"))
          .ok());
  const auto all = stats.indicators();
  EXPECT_EQ(*find(all, "detained_at_end").value, 1.0);
  EXPECT_EQ(*find(all, "children_detained_at_end").value, 1.0);  // born 2009: 17 at the end
  EXPECT_EQ(*find(all, "entered_detention").value, 2.0);
  EXPECT_EQ(*find(all, "consular_rights_told_share").value, 0.5);
  EXPECT_EQ(*find(all, "consular_rights_told_hours_median").value, 6.0);
  EXPECT_EQ(*find(all, "consular_notice_sent_when_requested_share").value, 0.0);
  // Ten days (ended) and 31 so far (going on at the end): the median is the lower, by rank.
  EXPECT_EQ(*find(all, "detention_days_median").value, 10.0);
  EXPECT_EQ(*find(all, "detention_days_p90").value, 31.0);
  EXPECT_NE(find(all, "consular_rights_told_share").paragraph.find("op.4(g)"), std::string::npos);
  const auto held = stats.table("detained_at_end");
  ASSERT_TRUE(held.ok());
  EXPECT_EQ(held->dimensions()[2].codes, std::vector<std::string>({"SYR"}));
}

TEST(PeriodStatistics, CountsImpunityDeathsInTransitAndFamiliesReunified) {
  PeriodStatistics stats(year_2026());
  ASSERT_TRUE(
      stats
          .add_incident(
              R"({"category":"extortion","reported_at":"2026-03-01T00:00:00Z",)"
              R"("stages":[{"stage":"reported_to_authorities","at":"2026-03-02T00:00:00Z"},)"
              R"({"stage":"prosecuted","at":"2026-09-01T00:00:00Z"}]})")
          .ok());
  ASSERT_TRUE(
      stats
          .add_incident(R"({"category":"extortion","reported_at":"2026-04-01T00:00:00Z",)"
                        R"("stages":[{"stage":"investigated","at":"2027-02-01T00:00:00Z"}]})")
          .ok());
  ASSERT_TRUE(
      stats
          .add_incident(R"({"category":"death_in_transit","reported_at":"2026-05-01T12:00:00Z",)"
                        R"("dead":7,"missing":3})")
          .ok());
  ASSERT_TRUE(
      stats
          .add_incident(R"({"category":"disappearance","reported_at":"2025-05-01T12:00:00Z",)"
                        R"("missing":40})")
          .ok());
  ASSERT_TRUE(
      stats
          .add_tracing_request(R"({"requested_at":"2026-02-01T00:00:00Z","status":"reunified",)"
                               R"("reunified":{"at":"2026-06-01T00:00:00Z"}})")
          .ok());
  ASSERT_TRUE(
      stats.add_tracing_request(R"({"requested_at":"2026-02-02T00:00:00Z","status":"open"})").ok());
  const auto all = stats.indicators();
  EXPECT_EQ(*find(all, "incidents_reported").value, 2.0);  // deaths counted apart
  EXPECT_EQ(*find(all, "incidents_extortion").value, 2.0);
  EXPECT_EQ(*find(all, "incidents_to_authorities_share").value, 0.5);
  // Prosecuted implies investigated; the other's investigation came after the period.
  EXPECT_EQ(*find(all, "incidents_investigated_share").value, 0.5);
  EXPECT_EQ(*find(all, "incidents_prosecuted_share").value, 0.5);
  EXPECT_EQ(*find(all, "incidents_convicted_share").value, 0.0);
  EXPECT_EQ(*find(all, "dead_in_transit").value, 7.0);
  EXPECT_EQ(*find(all, "missing_in_transit").value, 3.0);  // the 2025 disappearance is not 2026's
  EXPECT_EQ(*find(all, "tracing_requests").value, 2.0);
  EXPECT_EQ(*find(all, "tracing_requests_resolved_share").value, 0.5);
  EXPECT_EQ(*find(all, "families_reunified").value, 1.0);
  EXPECT_NE(find(all, "incidents_convicted_share").paragraph.find("op.5(b)"), std::string::npos);
  EXPECT_FALSE(stats.add_incident("[]").ok());
  EXPECT_FALSE(stats.add_tracing_request("nope").ok());
}

TEST(PeriodStatistics, SaysSoWhenThereIsNothingToMeasure) {
  PeriodStatistics stats(year_2026());
  const auto all = stats.indicators();
  EXPECT_FALSE(find(all, "detention_days_median").value.has_value());
  EXPECT_EQ(*find(all, "persons_registered").value, 0.0);
}

TEST(PeriodStatistics, RefusesAnUnknownTableAndABrokenDocument) {
  PeriodStatistics stats(year_2026());
  const auto table = stats.table("everyone");
  ASSERT_FALSE(table.ok());
  EXPECT_EQ(table.error().field, "table");
  EXPECT_NE(table.error().message.find("registered"), std::string::npos);
  EXPECT_FALSE(stats.add("not json").ok());
}

}  // namespace
}  // namespace haven::stats
