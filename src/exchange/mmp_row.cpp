// One MMP row read into an incident.reported event, with every reason the row is refused.

#include <algorithm>
#include <charconv>
#include <optional>

#include "exchange/mmp_format.h"
#include "haven/core/codes.h"
#include "haven/core/ids.h"
#include "haven/core/text.h"
#include "haven/exchange/mmp.h"

namespace haven::exchange {
namespace {

using nlohmann::json;

// Collects a row's problems; each names the row's line and the MMP column.
class RowCheck {
 public:
  explicit RowCheck(const MmpRow& row) : row_(row) {}

  const std::string& cell(Column column) const { return row_.cells[static_cast<int>(column)]; }
  void fail(Column column, std::string reason) {
    problems_.push_back(Error{ErrorCode::kInvalidField, std::string(column_name(column)),
                              std::move(reason), row_.line});
  }
  std::vector<Error> take() { return std::move(problems_); }

 private:
  const MmpRow& row_;
  std::vector<Error> problems_;
};

// A count cell: absent when empty (MMP leaves a number blank when it is not known, which is
// not the same as 0), else a whole number of at most ten million.
std::optional<std::int64_t> read_count(RowCheck& check, Column column, bool& bad) {
  const std::string& text = check.cell(column);
  if (text.empty()) return std::nullopt;
  std::int64_t value = 0;
  const char* end = text.data() + text.size();
  const auto [at, ec] = std::from_chars(text.data(), end, value);
  if (ec != std::errc() || at != end) {
    check.fail(column, "'" + text + "' is not a whole number");
  } else if (value < 0) {
    check.fail(column, "a count cannot be negative (" + text + ")");
  } else if (value > 10'000'000) {
    check.fail(column, text + " is implausibly large");
  } else {
    return value;
  }
  bad = true;
  return std::nullopt;
}

void read_date(RowCheck& check, json& event) {
  const std::string& text = check.cell(Column::kDate);
  auto date = parse_mmp_date(text);
  if (!date) {
    check.fail(Column::kDate, date.error().message);
    return;
  }
  event["date"] = date->iso_date;
  event["occurred_at"] = date->iso_date + "T" + date->time + ":00Z";
  if (check.cell(Column::kYear) != date->iso_date.substr(0, 4)) {
    check.fail(Column::kYear, "'" + check.cell(Column::kYear) + "' is not the year of the " +
                                  "incident date " + date->iso_date);
  }
  const std::string_view month = month_name(std::stoi(date->iso_date.substr(5, 2)));
  if (check.cell(Column::kMonth) != month) {
    check.fail(Column::kMonth, "'" + check.cell(Column::kMonth) + "' is not the month of the " +
                                   "incident date " + date->iso_date + " (" + std::string(month) +
                                   ")");
  }
}

void read_ids(RowCheck& check, json& event) {
  const std::string& main_id = check.cell(Column::kMainId);
  const std::string& incident_id = check.cell(Column::kIncidentId);
  if (main_id.empty()) check.fail(Column::kMainId, "the Main ID is empty");
  if (incident_id.empty()) {
    check.fail(Column::kIncidentId, "the Incident ID is empty");
    return;
  }
  if (!is_valid_id(mmp_incident_key(incident_id))) {
    check.fail(Column::kIncidentId,
               "'" + incident_id + "' is not an id (letters, digits, - _ . : / only)");
    return;
  }
  // Several rows of one event (a shipwreck counted where each body was found) share a Main
  // ID and number their Incident IDs after it.
  if (!main_id.empty() && !incident_id.starts_with(main_id)) {
    check.fail(Column::kIncidentId,
               "'" + incident_id + "' does not belong to its Main ID '" + main_id + "'");
  }
  event["incident_id"] = mmp_incident_key(incident_id);
  event["mmp_incident_id"] = incident_id;
  if (!main_id.empty()) event["mmp_main_id"] = main_id;
}

void read_counts(RowCheck& check, json& event) {
  bool bad = false;
  const auto dead = read_count(check, Column::kDead, bad);
  const auto missing = read_count(check, Column::kMissing, bad);
  const auto survivors = read_count(check, Column::kSurvivors, bad);
  const auto females = read_count(check, Column::kFemales, bad);
  const auto males = read_count(check, Column::kMales, bad);
  const auto children = read_count(check, Column::kChildren, bad);
  if (dead) event["dead"] = *dead;
  if (missing) event["missing"] = *missing;
  if (survivors) event["survivors"] = *survivors;
  if (females) event["females"] = *females;
  if (males) event["males"] = *males;
  if (children) event["children"] = *children;
  if (bad) return;  // sums of counts that could not be read say nothing more
  const std::int64_t victims = dead.value_or(0) + missing.value_or(0);
  event["category"] = dead.value_or(0) > 0 ? "death_in_transit" : "disappearance";
  if (victims == 0) {
    check.fail(Column::kDead,
               "an incident counts at least one dead or missing person "
               "(Number Dead and Minimum Estimated Number of Missing are both "
               "empty or 0)");
    return;
  }
  // MMP's breakdowns count among the dead and missing: more than them cannot add up, and a
  // statistics table built on them would have parts larger than its whole.
  const std::int64_t by_sex = females.value_or(0) + males.value_or(0);
  if (by_sex > victims) {
    check.fail(females ? Column::kFemales : Column::kMales,
               "females and males (" + std::to_string(by_sex) + ") outnumber the dead and " +
                   "missing (" + std::to_string(victims) + ")");
  }
  if (children.value_or(0) > victims) {
    check.fail(Column::kChildren, "children (" + std::to_string(*children) +
                                      ") outnumber the dead and missing (" +
                                      std::to_string(victims) + ")");
  }
}

void read_origin(RowCheck& check, json& event) {
  const std::string& text = check.cell(Column::kCountryOfOrigin);
  if (!text.empty()) event["origin"] = text;
  json codes = json::array();
  const std::vector<std::string> names = split_list(text);
  for (std::size_t i = 0; i < names.size(); ++i) {
    std::string name = names[i];
    if (is_unknown_origin(name)) continue;
    std::string_view code = country_code_by_name(name);
    // ISO's names hold a comma ("Korea, Republic of"), as MMP's list separator does.
    if (code.empty() && i + 1 < names.size()) {
      code = country_code_by_name(name + ", " + names[i + 1]);
      if (!code.empty()) name += ", " + names[++i];
    }
    if (code.empty()) {
      check.fail(Column::kCountryOfOrigin,
                 "'" + name + "' is not a country Haven knows (an ISO 3166 or UN M49 name, " +
                     "Mixed or Unknown)");
    } else if (std::find(codes.begin(), codes.end(), code) == codes.end()) {
      codes.push_back(code);
    }
  }
  if (!codes.empty()) event["origin_countries"] = codes;
}

void read_cause(RowCheck& check, json& event) {
  const std::string& text = check.cell(Column::kCause);
  if (text.empty()) return;
  if (auto unknown = unknown_cause(text); !unknown.empty()) {
    check.fail(Column::kCause, "'" + unknown + "' is not one of MMP's causes of death");
  }
  event["cause_of_death"] = text;
}

void read_place(RowCheck& check, json& event) {
  if (const std::string& place = check.cell(Column::kLocation); !place.empty()) {
    event["place_description"] = place;
  }
  const std::string& text = check.cell(Column::kCoordinates);
  if (text.empty()) return;
  auto point = parse_coordinates(text);
  if (!point) {
    check.fail(Column::kCoordinates, point.error().message);
    return;
  }
  event["location"] = {{"latitude", point->latitude}, {"longitude", point->longitude}};
}

void read_source(RowCheck& check, json& event) {
  if (const std::string& source = check.cell(Column::kSource); !source.empty()) {
    event["source"] = source;
  }
  const std::string& urls = check.cell(Column::kUrl);
  for (const std::string& url : split_list(urls)) {
    if (!(url.starts_with("https://") || url.starts_with("http://")) ||
        url.find(' ') != std::string::npos) {
      check.fail(Column::kUrl, "'" + url + "' is not a web address (http:// or https://)");
    }
  }
  if (!urls.empty()) event["source_urls"] = urls;
  const std::string& quality = check.cell(Column::kQuality);
  if (quality.empty()) return;
  if (quality.size() != 1 || quality[0] < '1' || quality[0] > '5') {
    check.fail(Column::kQuality, "'" + quality + "' is not a source quality from 1 to 5");
    return;
  }
  event["source_quality"] = quality[0] - '0';
}

void read_regions(RowCheck& check, json& event) {
  auto keep = [&](Column column, const char* field) {
    if (const std::string& text = check.cell(column); !text.empty()) event[field] = text;
  };
  keep(Column::kRegion, "region");
  keep(Column::kRegionOfOrigin, "origin_region");
  keep(Column::kUnsdGrouping, "unsd_region");
  const std::string& route = check.cell(Column::kRoute);
  if (route.empty()) return;
  event["route_name"] = route;
  const std::string code = route_code(route);
  if (code.empty()) {
    check.fail(Column::kRoute, "'" + route + "' has no letters to name a route by");
  } else {
    event["route"] = code;
  }
}

}  // namespace

std::string mmp_incident_key(std::string_view mmp_incident_id) {
  return "MMP-" + std::string(mmp_incident_id);
}

MmpIncident incident_from_mmp(const MmpRow& row) {
  MmpIncident out;
  if (row.cells.size() != mmp_columns().size()) {
    out.problems.push_back(Error{ErrorCode::kInvalidField, "",
                                 "the row has " + std::to_string(row.cells.size()) +
                                     " cells, not " + std::to_string(mmp_columns().size()),
                                 row.line});
    return out;
  }
  RowCheck check(row);
  json& event = out.event;
  event = json::object();
  event["type"] = "incident.reported";
  read_ids(check, event);
  read_date(check, event);
  read_counts(check, event);
  read_regions(check, event);
  read_origin(check, event);
  read_cause(check, event);
  read_place(check, event);
  read_source(check, event);
  out.problems = check.take();
  return out;
}

}  // namespace haven::exchange
