// An incident written back as an MMP row. An incident imported from MMP gives back its cells
// as they were read; one recorded in Haven is written with MMP's own words for what is not
// known ("Unknown", "Mixed or unknown"), since MMP leaves those columns blank never.

#include <array>
#include <utility>

#include "exchange/mmp_format.h"
#include "haven/core/codes.h"
#include "haven/exchange/mmp.h"

namespace haven::exchange {
namespace {

using nlohmann::json;

std::string text_of(const json& doc, const char* field, const std::string& otherwise = {}) {
  const auto it = doc.find(field);
  return it != doc.end() && it->is_string() ? it->get<std::string>() : otherwise;
}

std::string count_of(const json& doc, const char* field) {
  const auto it = doc.find(field);
  return it != doc.end() && it->is_number_integer() ? std::to_string(it->get<std::int64_t>())
                                                    : std::string();
}

// The country names of an incident recorded in Haven, which keeps codes only.
std::string origin_names(const json& doc) {
  std::string names;
  const auto it = doc.find("origin_countries");
  if (it == doc.end() || !it->is_array()) return names;
  for (const json& code : *it) {
    if (!code.is_string()) continue;
    const std::string_view name = country_name(code.get<std::string>());
    names +=
        (names.empty() ? "" : ", ") + std::string(name.empty() ? code.get<std::string>() : name);
  }
  return names;
}

void write_when(const json& doc, std::vector<std::string>& row) {
  // occurred_at of an event, reported_at of the projection: the same instant.
  std::string at = text_of(doc, "occurred_at", text_of(doc, "reported_at"));
  std::string date = text_of(doc, "date");
  if (date.size() != 10) date = at.substr(0, 10);
  const std::string time = at.size() >= 16 ? at.substr(11, 5) : "12:00";
  row[static_cast<int>(Column::kDate)] = format_mmp_date(date, time);
  if (date.size() == 10) {
    row[static_cast<int>(Column::kYear)] = date.substr(0, 4);
    row[static_cast<int>(Column::kMonth)] = std::string(month_name(std::stoi(date.substr(5, 2))));
  }
}

std::string coordinates_of(const json& doc) {
  const auto location = doc.find("location");
  if (location == doc.end() || !location->is_object()) return {};
  const auto latitude = location->find("latitude");
  const auto longitude = location->find("longitude");
  if (latitude == location->end() || longitude == location->end() || !latitude->is_number() ||
      !longitude->is_number()) {
    return {};
  }
  return format_degrees(latitude->get<double>()) + ", " + format_degrees(longitude->get<double>());
}

std::string place_of(const json& doc) {
  std::string place = text_of(doc, "place_description");
  if (!place.empty()) return place;
  const auto location = doc.find("location");
  if (location == doc.end() || !location->is_object()) return {};
  place = text_of(*location, "place");
  const std::string country(country_name(text_of(*location, "country")));
  if (!country.empty()) place += (place.empty() ? "" : ", ") + country;
  return place;
}

}  // namespace

bool is_mmp_incident(const json& incident) {
  const std::string category = text_of(incident, "category");
  return category == "death_in_transit" || category == "disappearance";
}

std::vector<std::string> mmp_row_from_incident(const json& doc) {
  std::vector<std::string> row(mmp_columns().size());
  auto set = [&](Column column, std::string value) {
    row[static_cast<int>(column)] = std::move(value);
  };
  const std::string haven_id = text_of(doc, "incident_id");
  const std::string incident_id = text_of(doc, "mmp_incident_id", haven_id);
  const bool from_mmp = doc.contains("mmp_incident_id");
  // What MMP never leaves blank, for an incident that did not come from MMP.
  auto or_unknown = [&](std::string value, const char* unknown) {
    return value.empty() && !from_mmp ? std::string(unknown) : value;
  };
  set(Column::kMainId, text_of(doc, "mmp_main_id", incident_id));
  set(Column::kIncidentId, incident_id);
  set(Column::kRegion, text_of(doc, "region"));
  write_when(doc, row);
  set(Column::kDead, count_of(doc, "dead"));
  set(Column::kMissing, count_of(doc, "missing"));
  set(Column::kSurvivors, count_of(doc, "survivors"));
  set(Column::kFemales, count_of(doc, "females"));
  set(Column::kMales, count_of(doc, "males"));
  set(Column::kChildren, count_of(doc, "children"));
  set(Column::kRegionOfOrigin, or_unknown(text_of(doc, "origin_region"), "Unknown"));
  set(Column::kCause, or_unknown(text_of(doc, "cause_of_death"), "Mixed or unknown"));
  set(Column::kCountryOfOrigin, or_unknown(text_of(doc, "origin", origin_names(doc)), "Unknown"));
  set(Column::kLocation, place_of(doc));
  set(Column::kSource, text_of(doc, "source"));
  set(Column::kCoordinates, coordinates_of(doc));
  set(Column::kRoute, text_of(doc, "route_name", text_of(doc, "route")));
  set(Column::kUrl, text_of(doc, "source_urls"));
  set(Column::kUnsdGrouping, text_of(doc, "unsd_region"));
  set(Column::kQuality, count_of(doc, "source_quality"));
  return row;
}

std::string mmp_column_of(std::string_view event_field) {
  static constexpr std::array<std::pair<std::string_view, Column>, 23> kFrom = {{
      {"incident_id", Column::kIncidentId},
      {"mmp_incident_id", Column::kIncidentId},
      {"mmp_main_id", Column::kMainId},
      {"region", Column::kRegion},
      {"date", Column::kDate},
      {"occurred_at", Column::kDate},
      {"dead", Column::kDead},
      {"missing", Column::kMissing},
      {"survivors", Column::kSurvivors},
      {"females", Column::kFemales},
      {"males", Column::kMales},
      {"children", Column::kChildren},
      {"origin_region", Column::kRegionOfOrigin},
      {"cause_of_death", Column::kCause},
      {"origin", Column::kCountryOfOrigin},
      {"origin_countries", Column::kCountryOfOrigin},
      {"place_description", Column::kLocation},
      {"source", Column::kSource},
      {"location", Column::kCoordinates},
      {"route", Column::kRoute},
      {"route_name", Column::kRoute},
      {"source_urls", Column::kUrl},
      {"unsd_region", Column::kUnsdGrouping},
  }};
  const std::string_view base = event_field.substr(0, event_field.find_first_of(".["));
  if (base == "source_quality") return std::string(column_name(Column::kQuality));
  for (const auto& [field, column] : kFrom) {
    if (field == base) return std::string(column_name(column));
  }
  return std::string(event_field);
}

}  // namespace haven::exchange
