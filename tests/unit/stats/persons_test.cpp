#include "haven/stats/persons.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>

#include <array>

#include "haven/stats/disclosure.h"
#include "haven/stats/writers.h"

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

// A projection written out in full, for the fields the helper above fixes.
std::string document(const std::string& fields) {
  return R"({"person_id":"P","registered_at":"2026-03-01T10:00:00Z")" +
         (fields.empty() ? "" : "," + fields) + "}";
}

// The count at these codes (a dimension left out is its total).
std::uint64_t at(const Table& table, const std::map<std::string, std::string>& codes) {
  const auto& dims = table.dimensions();
  std::vector<std::uint32_t> positions(dims.size());
  for (std::size_t d = 0; d < dims.size(); ++d) {
    positions[d] = table.total_position(d);
    const auto wanted = codes.find(dims[d].id);
    if (wanted == codes.end()) continue;
    const auto found = std::find(dims[d].codes.begin(), dims[d].codes.end(), wanted->second);
    if (found == dims[d].codes.end()) throw std::runtime_error("no code " + wanted->second);
    positions[d] = static_cast<std::uint32_t>(found - dims[d].codes.begin());
  }
  return table.values()[table.cell(positions)];
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

TEST(PeriodStatistics, CountsTheRegisteredByCountryOfBirth) {
  PeriodStatistics stats(year_2026());
  ASSERT_TRUE(
      stats.add(document(R"("sex":"F","country_of_birth":"MMR","nationalities":["XXA"])")).ok());
  ASSERT_TRUE(stats.add(document(R"("sex":"M","country_of_birth":"MMR")")).ok());
  ASSERT_TRUE(stats.add(document(R"("sex":"M","country_of_birth":"BGD")")).ok());
  ASSERT_TRUE(stats.add(document(R"("sex":"M","country_of_birth":7)")).ok());  // read as unknown
  const auto table = stats.table("registered_by_birth_country");
  ASSERT_TRUE(table.ok());
  const Dimension& birth = table->dimensions()[2];
  EXPECT_EQ(birth.id, "C_BIRTH");
  EXPECT_EQ(birth.codes, std::vector<std::string>({"BGD", "MMR", "_U"}));
  EXPECT_EQ(birth.labels[1], "Myanmar");
  EXPECT_EQ(at(*table, {{"C_BIRTH", "MMR"}}), 2u);
  EXPECT_EQ(at(*table, {{"C_BIRTH", "MMR"}, {"SEX", "F"}}), 1u);
  EXPECT_EQ(at(*table, {}), 4u);
}

TEST(PeriodStatistics, CountsTheRegisteredByAgency) {
  PeriodStatistics stats(year_2026());
  const auto add = [&](const std::string& fields) {
    ASSERT_TRUE(stats.add(document(fields)).ok());
  };
  add(R"("sex":"F","birth_date":"2015","registering_agency":"Questura di Agrigento")");
  add(R"("sex":"M","birth_date":"1990","registering_agency":"Questura di Agrigento")");
  add(R"("sex":"M","birth_date":"1990","registering_agency":"UNHCR")");
  add(R"("sex":"F","birth_date":"1990")");                         // not recorded
  add(R"("sex":"M","birth_date":"1990","registering_agency":7)");  // read as not recorded
  const auto table = stats.table("registered_by_agency");
  ASSERT_TRUE(table.ok());
  ASSERT_EQ(table->dimensions().size(), 3u);
  EXPECT_EQ(table->dimensions()[1].id, "AGE");
  const Dimension& agency = table->dimensions()[2];
  EXPECT_EQ(agency.id, "AGENCY");
  EXPECT_EQ(agency.codes, std::vector<std::string>({"QUESTURA_DI_AGRIGENTO", "UNHCR", "_U"}));
  EXPECT_EQ(agency.labels,
            std::vector<std::string>({"Questura di Agrigento", "UNHCR", "Not recorded"}));
  EXPECT_EQ(at(*table, {{"AGENCY", "QUESTURA_DI_AGRIGENTO"}}), 2u);
  EXPECT_EQ(at(*table, {{"AGENCY", "QUESTURA_DI_AGRIGENTO"}, {"AGE", "Y0T17"}}), 1u);
  EXPECT_EQ(at(*table, {{"AGENCY", "UNHCR"}, {"SEX", "M"}, {"AGE", "Y_GE18"}}), 1u);
  EXPECT_EQ(at(*table, {{"AGENCY", "_U"}}), 2u);
  EXPECT_EQ(at(*table, {{"AGENCY", "_U"}, {"SEX", "F"}}), 1u);
  EXPECT_EQ(at(*table, {}), 5u);
}

TEST(PeriodStatistics, ReadsTheRoleOfTheCountryInTheJourney) {
  PeriodStatistics stats(year_2026());
  const auto add = [&](const std::string& fields) {
    ASSERT_TRUE(stats.add(document(fields)).ok());
  };
  add(R"("nationalities":["ITA"],"location":{"country":"ITA"},"migration_status":"irregular")");
  add(R"("nationalities":["SYR"],"location":{"country":"ITA"},"migration_status":"irregular")");
  add(R"("nationalities":["SYR"],"location":{"country":"ITA"},"migration_status":"unknown")");
  add(R"("nationalities":["SYR"],"location":{"country":"ITA"},"migration_status":"asylum_seeker")");
  // Returned in May: counted where they were returned to.
  add(R"("nationalities":["TUN"],"location":{"country":"ITA"},"migration_status":"irregular",)"
      R"("returns":[{"destination":"TUN","planned_at":null,"completed_at":"2026-05-01T00:00:00Z"}])");
  // A return after the period does not count yet.
  add(R"("nationalities":["TUN"],"location":{"country":"ITA"},"migration_status":"irregular",)"
      R"("returns":[{"destination":"TUN","completed_at":"2027-05-01T00:00:00Z"}])");
  add(R"("nationalities":["TUN"],"returns":"none")");  // nowhere recorded, and a broken list
  const auto table = stats.table("registered_by_route_role");
  ASSERT_TRUE(table.ok());
  const Dimension& role = table->dimensions()[2];
  EXPECT_EQ(role.id, "ROUTE_ROLE");
  EXPECT_TRUE(role.sensitive);
  EXPECT_EQ(at(*table, {{"ROUTE_ROLE", "ORIGIN"}}), 1u);
  EXPECT_EQ(at(*table, {{"ROUTE_ROLE", "TRANSIT"}}), 3u);
  EXPECT_EQ(at(*table, {{"ROUTE_ROLE", "DESTINATION"}}), 1u);
  EXPECT_EQ(at(*table, {{"ROUTE_ROLE", "RETURN"}, {"REF_AREA", "788"}}), 1u);  // Tunisia
  EXPECT_EQ(at(*table, {{"ROUTE_ROLE", "_U"}}), 1u);
  EXPECT_EQ(at(*table, {{"REF_AREA", "380"}}), 5u);
  EXPECT_EQ(at(*table, {}), 7u);
}

TEST(PeriodStatistics, CountsTheRegisteredByPlace) {
  PeriodStatistics stats(year_2026());
  for (const char* fields : {R"("location":{"country":"ITA","place":"Lampedusa"})",
                             R"("location":{"country":"ITA","place":"Lampedusa"})",
                             R"("location":{"country":"MEX","place":"Ciudad Juárez"})",
                             R"("location":{"country":"ITA"})", R"("location":"Rome")"}) {
    ASSERT_TRUE(stats.add(document(fields)).ok());
  }
  const auto table = stats.table("registered_by_place");
  ASSERT_TRUE(table.ok());
  const Dimension& place = table->dimensions()[2];
  EXPECT_EQ(place.codes,
            std::vector<std::string>({"ITA", "ITA_LAMPEDUSA", "MEX_CIUDAD_JU_REZ", "_U"}));
  EXPECT_EQ(place.labels[1], "Lampedusa (Italy)");
  EXPECT_EQ(place.labels[0], "Italy (place not recorded)");
  EXPECT_EQ(at(*table, {{"PLACE", "ITA_LAMPEDUSA"}}), 2u);
}

TEST(PeriodStatistics, CountsVulnerabilitiesIdentifiedInThePeriod) {
  PeriodStatistics stats(year_2026());
  // Two identified in 2026: counted under each.
  ASSERT_TRUE(stats
                  .add(document(R"("sex":"F","vulnerabilities":["trafficking_victim","pregnant"],)"
                                R"("vulnerabilities_identified_at":{)"
                                R"("trafficking_victim":"2026-04-01T00:00:00Z",)"
                                R"("pregnant":"2026-03-01T10:00:00Z"})"))
                  .ok());
  // Identified in 2025: not this period's.
  ASSERT_TRUE(
      stats
          .add(document(R"("sex":"F","vulnerabilities":["pregnant"],)"
                        R"("vulnerabilities_identified_at":{"pregnant":"2025-12-01T00:00:00Z"})"))
          .ok());
  // An older projection without dates: counted when the person was registered.
  ASSERT_TRUE(stats.add(document(R"("sex":"M","vulnerabilities":["pregnant",3])")).ok());
  const auto table = stats.table("vulnerabilities_identified");
  ASSERT_TRUE(table.ok());
  const Dimension& vulnerability = table->dimensions()[2];
  EXPECT_TRUE(vulnerability.sensitive);
  EXPECT_EQ(vulnerability.codes, std::vector<std::string>({"pregnant", "trafficking_victim"}));
  EXPECT_EQ(at(*table, {{"VULNERABILITY", "pregnant"}}), 2u);
  EXPECT_EQ(at(*table, {{"SEX", "F"}}), 2u);  // identifications, not persons
  EXPECT_EQ(at(*table, {}), 3u);
}

TEST(PeriodStatistics, CountsVictimsOfTraffickingByFormOfExploitation) {
  PeriodStatistics stats(year_2026());
  const auto victim = [](const std::string& id, const std::string& sex, const std::string& also) {
    return document(R"("person_id":")" + id + R"(","sex":")" + sex +
                    R"(","birth_date":"2000","vulnerabilities":["trafficking_victim")" + also +
                    "]");
  };
  ASSERT_TRUE(stats.add(victim("V1", "F", R"(,"forced_labour")")).ok());  // FL
  ASSERT_TRUE(stats.add(victim("V2", "F", "")).ok());                     // SX, by incident
  ASSERT_TRUE(stats.add(victim("V3", "M", R"(,"debt_bondage")")).ok());   // MULT, and incident
  ASSERT_TRUE(stats.add(victim("V4", "M", "")).ok());                     // _U
  ASSERT_TRUE(stats.add(document(R"("person_id":"N1","vulnerabilities":["forced_labour"])")).ok());
  ASSERT_TRUE(stats
                  .add_incident(R"({"category":"sexual_exploitation",)"
                                R"("reported_at":"2026-03-01T00:00:00Z","victims":["V2","V3"]})")
                  .ok());
  const auto table = stats.table("trafficking_victims");
  ASSERT_TRUE(table.ok());
  const Dimension& form = table->dimensions()[2];
  EXPECT_EQ(form.id, "EXPLOITATION");
  EXPECT_TRUE(form.sensitive);
  EXPECT_EQ(at(*table, {{"EXPLOITATION", "FL"}}), 1u);
  EXPECT_EQ(at(*table, {{"EXPLOITATION", "SX"}, {"SEX", "F"}}), 1u);
  EXPECT_EQ(at(*table, {{"EXPLOITATION", "MULT"}}), 1u);
  EXPECT_EQ(at(*table, {{"EXPLOITATION", "_U"}, {"SEX", "M"}}), 1u);
  EXPECT_EQ(at(*table, {{"AGE", "Y_GE18"}}), 4u);
  const auto all = stats.indicators();
  EXPECT_EQ(*find(all, "trafficking_victims_identified").value, 4.0);  // not N1
  EXPECT_EQ(*find(all, "trafficking_victims_sexual_exploitation").value, 1.0);
  EXPECT_EQ(*find(all, "trafficking_victims_form_not_recorded").value, 1.0);
  EXPECT_NE(find(all, "trafficking_victims_identified").paragraph.find("op.8"), std::string::npos);
}

TEST(PeriodStatistics, CountsEntriesToDetentionByAuthorityAndPlace) {
  PeriodStatistics stats(year_2026());
  const std::string held =
      R"("location":{"country":"ITA"},"detention_episodes":[{"started_at":"2026-04-01T00:00:00Z",)"
      R"("authority":"Questura di Agrigento","facility":"CPR Roma",)"
      R"("placements":[{"facility":"Hotspot Lampedusa"},{"facility":"CPR Roma"}]}])";
  ASSERT_TRUE(stats.add(document(held)).ok());
  ASSERT_TRUE(stats.add(document(held)).ok());
  ASSERT_TRUE(stats
                  .add(document(R"("detention_episodes":[{"started_at":"2026-05-01T00:00:00Z"},)"
                                R"({"started_at":"2026-06-01T00:00:00Z","authority":"X"}])"))
                  .ok());
  ASSERT_TRUE(stats.add(document(R"("detention_episodes":[{"started_at":"2025-05-01T00:00:00Z"}])"))
                  .ok());  // entered before the period
  const auto table = stats.table("entered_detention_by_place");
  ASSERT_TRUE(table.ok());
  EXPECT_EQ(table->dimensions()[2].id, "AGENCY");
  EXPECT_EQ(table->dimensions()[2].codes,
            std::vector<std::string>({"QUESTURA_DI_AGRIGENTO", "_U"}));
  EXPECT_EQ(table->dimensions()[2].labels[0], "Questura di Agrigento");
  // Where first held, not where they were moved to.
  EXPECT_EQ(at(*table, {{"PLACE", "ITA_HOTSPOT_LAMPEDUSA"}}), 2u);
  EXPECT_EQ(at(*table, {{"AGENCY", "_U"}, {"PLACE", "_U"}}), 1u);  // the first entry of 2026
  EXPECT_EQ(at(*table, {}), 3u);
}

TEST(PeriodStatistics, MeasuresDetentionAgainstTheProfilesMaximum) {
  LegalLimits limits;
  limits.source = "profile test";
  limits.detention_max_days = 60;
  limits.detention_extension_days = 30;
  limits.extension_grounds = {"lack_of_cooperation"};
  PeriodStatistics stats(year_2026(), limits);
  const auto episode = [](const std::string& start, const std::string& end,
                          const std::string& grounds) {
    return R"("detention_episodes":[{"started_at":")" + start + R"(","ended_at":")" + end +
           R"(","extensions":[)" +
           (grounds.empty() ? ""
                            : R"({"at":"2026-02-01T00:00:00Z","grounds":")" + grounds + R"("})") +
           "]}]";
  };
  // 70 days: over 60 without an extension, within 90 with one on allowed grounds, over with
  // one on other grounds; 100 days: over even with the extension; 10 days: within.
  ASSERT_TRUE(
      stats.add(document(episode("2026-01-01T00:00:00Z", "2026-03-12T00:00:00Z", ""))).ok());
  ASSERT_TRUE(stats
                  .add(document(episode("2026-01-01T00:00:00Z", "2026-03-12T00:00:00Z",
                                        "lack_of_cooperation")))
                  .ok());
  ASSERT_TRUE(
      stats.add(document(episode("2026-01-01T00:00:00Z", "2026-03-12T00:00:00Z", "public_order")))
          .ok());
  ASSERT_TRUE(stats
                  .add(document(episode("2026-01-01T00:00:00Z", "2026-04-11T00:00:00Z",
                                        "lack_of_cooperation")))
                  .ok());
  ASSERT_TRUE(
      stats.add(document(episode("2026-01-01T00:00:00Z", "2026-01-11T00:00:00Z", ""))).ok());
  const Indicator over = find(stats.indicators(), "detention_over_max_share");
  EXPECT_EQ(over.base, 5u);
  EXPECT_DOUBLE_EQ(*over.value, 3.0 / 5.0);
  EXPECT_NE(over.name.find("60 days, profile test"), std::string::npos);
  EXPECT_NE(over.paragraph.find("op.4(a)"), std::string::npos);

  // No maximum in law: nothing to measure against, said so.
  PeriodStatistics unlimited(year_2026());
  ASSERT_TRUE(
      unlimited.add(document(episode("2026-01-01T00:00:00Z", "2026-03-12T00:00:00Z", ""))).ok());
  const Indicator none = find(unlimited.indicators(), "detention_over_max_share");
  EXPECT_FALSE(none.value.has_value());
  EXPECT_EQ(none.base, 0u);
}

TEST(PeriodStatistics, MeasuresMandatoryConsularNotices) {
  LegalLimits limits;
  limits.source = "profile united-states";
  limits.mandatory_notification = {"NGA", "GHA"};
  PeriodStatistics stats(year_2026(), limits);
  const auto detained = [](const std::string& nationalities, const std::string& status,
                           const std::string& notified) {
    return document(R"("nationalities":)" + nationalities + R"(,"migration_status":")" + status +
                    R"(","location":{"country":"USA"},)"
                    R"("detention_episodes":[{"started_at":"2026-03-01T00:00:00Z"}],)"
                    R"("consular":{"notifications":[)" +
                    (notified.empty()
                         ? ""
                         : R"({"at":"2026-03-02T00:00:00Z","consulate":")" + notified + R"("})") +
                    "]}");
  };
  ASSERT_TRUE(stats.add(detained(R"(["NGA"])", "irregular", "NGA")).ok());   // sent
  ASSERT_TRUE(stats.add(detained(R"(["GHA"])", "irregular", "")).ok());      // not sent
  ASSERT_TRUE(stats.add(detained(R"(["NGA"])", "asylum_seeker", "")).ok());  // must not be sent
  ASSERT_TRUE(stats.add(detained(R"(["SYR"])", "irregular", "")).ok());      // on request only
  ASSERT_TRUE(stats.add(detained(R"(["USA","GHA"])", "regular", "")).ok());  // …and a national
  // Dual: owed to Ghana (the detaining State's own nationality owes nothing), not sent.
  const Indicator mandatory = find(stats.indicators(), "consular_notice_sent_when_mandatory_share");
  EXPECT_EQ(mandatory.base, 3u);
  EXPECT_DOUBLE_EQ(*mandatory.value, 1.0 / 3.0);
  EXPECT_NE(mandatory.name.find("united-states"), std::string::npos);
  EXPECT_FALSE(
      find(PeriodStatistics(year_2026()).indicators(), "consular_notice_sent_when_mandatory_share")
          .value.has_value());
}

TEST(PeriodStatistics, CountsReferralsByService) {
  PeriodStatistics stats(year_2026());
  ASSERT_TRUE(stats
                  .add(document(R"("referrals":[)"
                                R"({"service":"medical","made_at":"2026-02-01T00:00:00Z",)"
                                R"("completed_at":"2026-02-05T00:00:00Z"},)"
                                R"({"service":"medical","made_at":"2026-03-01T00:00:00Z"},)"
                                R"({"service":"legal","made_at":"2026-03-01T00:00:00Z",)"
                                R"("completed_at":"2026-03-11T00:00:00Z"},)"
                                R"({"service":"legal","made_at":"2025-03-01T00:00:00Z"},)"
                                R"("not a referral"])"))
                  .ok());
  const auto all = stats.indicators();
  const std::map<std::string, double> expected = {
      {"referrals_made", 3.0},
      {"referrals_medical_made", 2.0},
      {"referrals_medical_completed_share", 0.5},
      {"referrals_medical_days_to_complete_median", 4.0},
      {"referrals_legal_made", 1.0},
      {"referrals_legal_days_to_complete_median", 10.0}};
  for (const auto& [id, value] : expected) EXPECT_EQ(*find(all, id).value, value) << id;
  EXPECT_NE(find(all, "referrals_legal_made").paragraph.find("op.7"), std::string::npos);
}

// Every table, empty or not, can be protected and written: the CLI lists them all.
TEST(PeriodStatistics, EveryTableIsProtectedAndWritten) {
  PeriodStatistics empty(year_2026());
  PeriodStatistics some(year_2026());
  for (int i = 0; i < 12; ++i) {
    const std::string sex = i % 3 == 0 ? "F" : "M";
    ASSERT_TRUE(some.add(person("P" + std::to_string(i), sex, i % 2 == 0 ? "2012" : "1990",
                                i % 4 == 0 ? "SYR" : "AFG", "2026-02-01T10:00:00Z",
                                R"([{"started_at":"2026-03-01T00:00:00Z","authority":"A"}])",
                                R"(,"vulnerabilities":["trafficking_victim"])"))
                    .ok());
  }
  for (const auto& info : PeriodStatistics::tables()) {
    for (const PeriodStatistics* stats : {&empty, &some}) {
      auto table = stats->table(info.name);
      ASSERT_TRUE(table.ok()) << info.name;
      Protection protection;
      ASSERT_TRUE(mark_primary(*table, protection).ok()) << info.name;
      const Status suppressed = suppress_secondary(*table, protection);
      ASSERT_TRUE(suppressed.ok()) << info.name << ": " << suppressed.error().message;
      EXPECT_FALSE(sdmx_csv(*table, Dataflow{}, SdmxCsvVersion::kVersion1).empty());
      EXPECT_FALSE(hxl_csv(*table).empty());
    }
    EXPECT_FALSE(info.paragraph.empty());
  }
  const auto entries = some.table("entered_detention_by_place");
  EXPECT_EQ(at(*entries, {}), 12u);
}

TEST(PeriodStatistics, ReadsBrokenFieldsAsUnknown) {
  PeriodStatistics stats(year_2026());
  ASSERT_TRUE(
      stats
          .add(
              R"({"sex":1,"nationalities":"SYR","location":[],"registered_at":"2026-01-02T00:00:00Z",)"
              R"("detention_episodes":[1,{"started_at":5}],"consular":"yes",)"
              R"("referrals":{},"vulnerabilities_identified_at":[],"returns":[null]})")
          .ok());
  EXPECT_TRUE(stats.add_incident(R"({"category":3,"stages":[1],"victims":"V"})").ok());
  EXPECT_TRUE(stats.add_tracing_request(R"({"reunified":"yes","status":[]})").ok());
  for (const auto& info : PeriodStatistics::tables()) EXPECT_TRUE(stats.table(info.name).ok());
  const auto registered = stats.table("registered");
  EXPECT_EQ(registered->dimensions()[2].codes, std::vector<std::string>({"_U"}));
  EXPECT_FALSE(stats.indicators().empty());
}

}  // namespace
}  // namespace haven::stats
