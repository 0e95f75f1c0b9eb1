// SDMX-ML 2.1 Structure message: what a receiver needs to check Haven's data messages. Code
// lists are built from the tables themselves, so that every code a data message uses is in
// them; their ids follow the SDG global structure where Haven shares its concepts (SEX: F,
// M, _T; AGE: Y0T17, Y_GE18, Y0T4; REF_AREA: M49), which the tables' dimensions carry.
// The status code lists hold the subsets of SDMX's cross-domain CL_OBS_STATUS and
// CL_CONF_STATUS that Haven uses, with SDMX's ids and names (see stats/cells.h).
#include <map>
#include <string>
#include <vector>

#include "haven/core/text.h"
#include "haven/stats/writers.h"
#include "stats/cells.h"

namespace haven::stats {

namespace {

constexpr const char* kConcepts = "CS_HAVEN";

struct Codelist {
  std::string id;  // the dimension's
  std::string name;
  std::vector<std::pair<std::string, std::string>> codes;  // id, name
  std::string total;
};

std::string name(std::string_view text) {
  return "<common:Name xml:lang=\"en\">" + xml_escape(text) + "</common:Name>";
}

std::string maintainable(std::string_view element, std::string_view id, const Dataflow& flow) {
  return "<structure:" + std::string(element) + " id=\"" + xml_escape(id) + "\" agencyID=\"" +
         xml_escape(flow.agency) + "\" version=\"" + xml_escape(flow.version) + "\">";
}

std::string ref(std::string_view id, const Dataflow& flow) {
  return "<Ref agencyID=\"" + xml_escape(flow.agency) + "\" id=\"" + xml_escape(id) +
         "\" version=\"" + xml_escape(flow.version) + "\"/>";
}

std::string concept_identity(std::string_view id, const Dataflow& flow) {
  return "<structure:ConceptIdentity><Ref agencyID=\"" + xml_escape(flow.agency) +
         "\" maintainableParentID=\"" + kConcepts + "\" maintainableParentVersion=\"" +
         xml_escape(flow.version) + "\" id=\"" + xml_escape(id) +
         "\"/></structure:ConceptIdentity>";
}

std::string enumeration(std::string_view codelist, const Dataflow& flow) {
  return "<structure:LocalRepresentation><structure:Enumeration>" + ref(codelist, flow) +
         "</structure:Enumeration></structure:LocalRepresentation>";
}

// Every dimension of the tables, in the order it first appears, with the union of its codes.
std::vector<Codelist> codelists(std::span<const Table> tables) {
  std::vector<Codelist> lists;
  std::map<std::string, std::size_t> index;
  for (const Table& table : tables) {
    for (const Dimension& dimension : table.dimensions()) {
      auto [at, added] = index.emplace(dimension.id, lists.size());
      if (added) lists.push_back({dimension.id, dimension.name, {}, dimension.total});
      Codelist& list = lists[at->second];
      for (std::size_t i = 0; i < dimension.codes.size(); ++i) {
        const std::string& code = dimension.codes[i];
        bool known = false;
        for (const auto& [id, label] : list.codes) known = known || id == code;
        if (!known) {
          list.codes.emplace_back(code, i < dimension.labels.size() ? dimension.labels[i] : code);
        }
      }
    }
  }
  return lists;
}

void codelist(std::string& out, const std::string& id, const std::string& title,
              const std::vector<std::pair<std::string, std::string>>& codes, const Dataflow& flow) {
  out += maintainable("Codelist", id, flow) + name(title);
  for (const auto& [code, label] : codes) {
    out += "<structure:Code id=\"" + xml_escape(code) + "\">" + name(label) + "</structure:Code>";
  }
  out += "</structure:Codelist>\n";
}

void attribute(std::string& out, std::string_view id, const Dataflow& flow) {
  out += "<structure:Attribute id=\"" + std::string(id) + "\" assignmentStatus=\"Mandatory\">" +
         concept_identity(id, flow) + enumeration("CL_" + std::string(id), flow) +
         "<structure:AttributeRelationship><structure:PrimaryMeasure><Ref id=\"OBS_VALUE\"/>"
         "</structure:PrimaryMeasure></structure:AttributeRelationship></structure:Attribute>";
}

}  // namespace

std::string sdmx_structure(std::span<const Table> tables, const Dataflow& flow,
                           const MessageHeader& header) {
  const std::vector<Codelist> lists = codelists(tables);
  const bool timed = !flow.time_period.empty();
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<message:Structure"
      " xmlns:message=\"http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message\""
      " xmlns:structure=\"http://www.sdmx.org/resources/sdmxml/schemas/v2_1/structure\""
      " xmlns:common=\"http://www.sdmx.org/resources/sdmxml/schemas/v2_1/common\">\n" +
      detail::message_header_start(header) + "</message:Header>\n<message:Structures>\n";

  out += "<structure:Dataflows>" + maintainable("Dataflow", flow.id, flow) + name(flow.name) +
         "<structure:Structure><Ref agencyID=\"" + xml_escape(flow.agency) + "\" id=\"" +
         xml_escape(flow.structure) + "\" version=\"" + xml_escape(flow.version) +
         "\" package=\"datastructure\" class=\"DataStructure\"/></structure:Structure>"
         "</structure:Dataflow></structure:Dataflows>\n";

  out += "<structure:Codelists>\n";
  for (const Codelist& list : lists) {
    auto codes = list.codes;
    codes.emplace_back(list.total, "Total");
    codelist(out, "CL_" + list.id, list.name, codes, flow);
  }
  const CellStatus statuses[] = {CellStatus::kFree, CellStatus::kPrimary, CellStatus::kSecondary};
  std::vector<std::pair<std::string, std::string>> obs;
  std::vector<std::pair<std::string, std::string>> conf;
  for (CellStatus s : {CellStatus::kFree, CellStatus::kPrimary}) {
    obs.emplace_back(detail::obs_status(s), detail::obs_status_name(s));
  }
  for (CellStatus s : statuses) {
    conf.emplace_back(detail::conf_status(s), detail::conf_status_name(s));
  }
  codelist(out, "CL_OBS_STATUS", "Observation status", obs, flow);
  codelist(out, "CL_CONF_STATUS", "Confidentiality status", conf, flow);
  out += "</structure:Codelists>\n";

  std::vector<std::pair<std::string, std::string>> concepts;
  for (const Codelist& list : lists) concepts.emplace_back(list.id, list.name);
  if (timed) concepts.emplace_back("TIME_PERIOD", "Time period");
  concepts.emplace_back("OBS_VALUE", "Number of persons");
  concepts.emplace_back("OBS_STATUS", "Observation status");
  concepts.emplace_back("CONF_STATUS", "Confidentiality status");
  out += "<structure:Concepts>" + maintainable("ConceptScheme", kConcepts, flow) +
         name("Haven's statistical concepts");
  for (const auto& [id, title] : concepts) {
    out +=
        "<structure:Concept id=\"" + xml_escape(id) + "\">" + name(title) + "</structure:Concept>";
  }
  out += "</structure:ConceptScheme></structure:Concepts>\n";

  out += "<structure:DataStructures>" + maintainable("DataStructure", flow.structure, flow) +
         name(flow.name) +
         "<structure:DataStructureComponents>\n"
         "<structure:DimensionList id=\"DimensionDescriptor\">";
  std::size_t position = 0;
  for (const Codelist& list : lists) {
    out += "<structure:Dimension id=\"" + xml_escape(list.id) + "\" position=\"" +
           std::to_string(++position) + "\">" + concept_identity(list.id, flow) +
           enumeration("CL_" + list.id, flow) + "</structure:Dimension>";
  }
  if (timed) {
    out += "<structure:TimeDimension id=\"TIME_PERIOD\" position=\"" + std::to_string(++position) +
           "\">" + concept_identity("TIME_PERIOD", flow) +
           "<structure:LocalRepresentation><structure:TextFormat "
           "textType=\"ObservationalTimePeriod\"/></structure:LocalRepresentation>"
           "</structure:TimeDimension>";
  }
  out += "</structure:DimensionList>\n<structure:AttributeList id=\"AttributeDescriptor\">";
  attribute(out, "OBS_STATUS", flow);
  attribute(out, "CONF_STATUS", flow);
  out +=
      "</structure:AttributeList>\n<structure:MeasureList id=\"MeasureDescriptor\">"
      "<structure:PrimaryMeasure id=\"OBS_VALUE\">" +
      concept_identity("OBS_VALUE", flow) +
      "</structure:PrimaryMeasure></structure:MeasureList>\n"
      "</structure:DataStructureComponents></structure:DataStructure>"
      "</structure:DataStructures>\n</message:Structures>\n</message:Structure>\n";
  return out;
}

}  // namespace haven::stats
