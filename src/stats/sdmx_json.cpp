// SDMX-JSON 1.0 data message, every dimension at the observation. A dimension's values are
// its codes then its total, in the table's order, so that an observation's key is the
// cell's positions ("0:2:1") and readers find the margins where the table keeps them.
#include <nlohmann/json.hpp>
#include <string>

#include "haven/stats/writers.h"
#include "stats/cells.h"

namespace haven::stats {

namespace {

using nlohmann::json;

json dimension_values(const Dimension& dimension) {
  json values = json::array();
  for (std::size_t i = 0; i < dimension.codes.size(); ++i) {
    values.push_back(
        {{"id", dimension.codes[i]},
         {"name", i < dimension.labels.size() ? dimension.labels[i] : dimension.codes[i]}});
  }
  values.push_back({{"id", dimension.total}, {"name", "Total"}});
  return values;
}

// The attributes' values, indexed from the observations: [0] published, [1..] withheld.
json attributes() {
  const CellStatus statuses[] = {CellStatus::kFree, CellStatus::kPrimary, CellStatus::kSecondary};
  json obs_status = json::array();
  for (CellStatus s : {CellStatus::kFree, CellStatus::kPrimary}) {
    obs_status.push_back({{"id", detail::obs_status(s)}, {"name", detail::obs_status_name(s)}});
  }
  json conf_status = json::array();
  for (CellStatus s : statuses) {
    conf_status.push_back({{"id", detail::conf_status(s)}, {"name", detail::conf_status_name(s)}});
  }
  return {{"dataSet", json::array()},
          {"series", json::array()},
          {"observation",
           {{{"id", "OBS_STATUS"}, {"name", "Observation status"}, {"values", obs_status}},
            {{"id", "CONF_STATUS"}, {"name", "Confidentiality status"}, {"values", conf_status}}}}};
}

int conf_index(CellStatus status) {
  switch (status) {
    case CellStatus::kFree:
      return 0;
    case CellStatus::kPrimary:
      return 1;
    case CellStatus::kSecondary:
      return 2;
  }
  return 1;
}

}  // namespace

std::string sdmx_json(const Table& table, const Dataflow& flow, const MessageHeader& header) {
  json dimensions = json::array();
  for (std::size_t d = 0; d < table.dimensions().size(); ++d) {
    const Dimension& dimension = table.dimensions()[d];
    dimensions.push_back({{"id", dimension.id},
                          {"name", dimension.name},
                          {"keyPosition", d},
                          {"values", dimension_values(dimension)}});
  }
  const bool timed = !flow.time_period.empty();
  if (timed) {
    dimensions.push_back({{"id", "TIME_PERIOD"},
                          {"name", "Time period"},
                          {"keyPosition", table.dimensions().size()},
                          {"role", "time"},
                          {"values", {{{"id", flow.time_period}, {"name", flow.time_period}}}}});
  }

  json observations = json::object();
  std::vector<std::uint32_t> positions(table.dimensions().size());
  for (std::size_t cell = 0; cell < table.size(); ++cell) {
    table.positions(cell, positions);
    std::string key;
    for (std::size_t d = 0; d < positions.size(); ++d) {
      if (d > 0) key += ':';
      key += std::to_string(positions[d]);
    }
    if (timed) key += positions.empty() ? "0" : ":0";
    const CellStatus status = table.status()[cell];
    json value = detail::published(status) ? json(table.values()[cell]) : json(nullptr);
    observations[key] = {value, detail::published(status) ? 0 : 1, conf_index(status)};
  }

  const std::string reference = flow.agency + ":" + flow.id + "(" + flow.version + ")";
  json message = {
      {"meta",
       {{"id", header.id},
        {"test", header.test},
        {"prepared", header.prepared},
        {"sender", {{"id", header.sender}}}}},
      {"data",
       {{"structure",
         {{"links",
           {{{"rel", "dataflow"},
             {"urn", "urn:sdmx:org.sdmx.infomodel.datastructure.Dataflow=" + reference}}}},
          {"name", flow.name},
          {"dimensions",
           {{"dataSet", json::array()}, {"series", json::array()}, {"observation", dimensions}}},
          {"attributes", attributes()}}},
        {"dataSets", {{{"action", "Information"}, {"observations", observations}}}}}}};
  return message.dump();
}

}  // namespace haven::stats
