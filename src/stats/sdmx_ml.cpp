// SDMX-ML 2.1 GenericData: the flat form, every dimension at the observation, so that each
// cell is one Obs whose ObsKey names all its codes. The header refers to the data structure
// definition that sdmx_structure() writes, which holds the code lists to check them against.
#include <string>

#include "haven/core/text.h"
#include "haven/stats/writers.h"
#include "stats/cells.h"

namespace haven::stats {

namespace {

void value(std::string& out, std::string_view id, std::string_view value) {
  out += "<generic:Value id=\"";
  out += xml_escape(id);
  out += "\" value=\"";
  out += xml_escape(value);
  out += "\"/>";
}

}  // namespace

std::string sdmx_ml_generic(const Table& table, const Dataflow& flow, const MessageHeader& header) {
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<message:GenericData"
      " xmlns:message=\"http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message\""
      " xmlns:generic=\"http://www.sdmx.org/resources/sdmxml/schemas/v2_1/data/generic\""
      " xmlns:common=\"http://www.sdmx.org/resources/sdmxml/schemas/v2_1/common\">\n" +
      detail::message_header_start(header) + "<message:Structure structureID=\"" +
      xml_escape(flow.structure) +
      "\" dimensionAtObservation=\"AllDimensions\">\n<common:Structure><Ref agencyID=\"" +
      xml_escape(flow.agency) + "\" id=\"" + xml_escape(flow.structure) + "\" version=\"" +
      xml_escape(flow.version) + "\"/></common:Structure>\n</message:Structure>\n" +
      "</message:Header>\n<message:DataSet structureRef=\"" + xml_escape(flow.structure) +
      "\" action=\"Information\">\n";

  for (std::size_t cell = 0; cell < table.size(); ++cell) {
    out += "<generic:Obs><generic:ObsKey>";
    for (std::size_t d = 0; d < table.dimensions().size(); ++d) {
      value(out, table.dimensions()[d].id, detail::code_at(table, cell, d));
    }
    if (!flow.time_period.empty()) value(out, "TIME_PERIOD", flow.time_period);
    out += "</generic:ObsKey>";
    const CellStatus status = table.status()[cell];
    // A suppressed cell has no ObsValue at all: the schema allows it, and an empty or zero
    // value would read as a count.
    if (detail::published(status)) {
      out += "<generic:ObsValue value=\"" + std::to_string(table.values()[cell]) + "\"/>";
    }
    out += "<generic:Attributes>";
    value(out, "OBS_STATUS", detail::obs_status(status));
    value(out, "CONF_STATUS", detail::conf_status(status));
    out += "</generic:Attributes></generic:Obs>\n";
  }
  out += "</message:DataSet>\n</message:GenericData>\n";
  return out;
}

}  // namespace haven::stats
