// SDMX-CSV data messages. 1.0 (SDMX 2.1): the first column, DATAFLOW, identifies the
// dataflow as AGENCY:ID(VERSION). 2.0 (SDMX 3.0): STRUCTURE ("dataflow"), STRUCTURE_ID (the
// same reference) and ACTION ("I", information: the receiver appends) come first. Both
// follow RFC 4180, whose line break is CRLF.
#include <string>

#include "haven/core/text.h"
#include "haven/stats/writers.h"
#include "stats/cells.h"

namespace haven::stats {

std::string sdmx_csv(const Table& table, const Dataflow& flow, SdmxCsvVersion version) {
  const std::string reference = flow.agency + ":" + flow.id + "(" + flow.version + ")";
  const bool v2 = version == SdmxCsvVersion::kVersion2;
  std::string out = v2 ? "STRUCTURE,STRUCTURE_ID,ACTION" : "DATAFLOW";
  for (const Dimension& dimension : table.dimensions()) out += "," + csv_field(dimension.id);
  if (!flow.time_period.empty()) out += ",TIME_PERIOD";
  out += ",OBS_VALUE,OBS_STATUS,CONF_STATUS\r\n";

  const std::string prefix = v2 ? "dataflow," + csv_field(reference) + ",I" : csv_field(reference);
  const std::string period = flow.time_period.empty() ? "" : "," + csv_field(flow.time_period);
  for (std::size_t cell = 0; cell < table.size(); ++cell) {
    out += prefix;
    for (std::size_t d = 0; d < table.dimensions().size(); ++d) {
      out += "," + csv_field(detail::code_at(table, cell, d));
    }
    out += period;
    const CellStatus status = table.status()[cell];
    out += ",";
    if (detail::published(status)) out += std::to_string(table.values()[cell]);
    out += ",";
    out += detail::obs_status(status);
    out += ",";
    out += detail::conf_status(status);
    out += "\r\n";
  }
  return out;
}

}  // namespace haven::stats
