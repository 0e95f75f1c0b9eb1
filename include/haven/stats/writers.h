#pragma once
// Writers of published tables (issue 9): the formats statistical offices and humanitarian
// partners read. SDMX-CSV 1.0 and 2.0, SDMX-ML 2.1 generic data, SDMX-JSON 1.0, the
// structure (DSD) those messages refer to, HXL-tagged CSV and XLSX workbooks.
//
// Every writer publishes every cell of a table, margins included (their code is the
// dimension's total, "_T"). A suppressed cell (CellStatus kPrimary or kSecondary) is written
// without a value and flagged, never with a made-up one. The writers are pure functions of
// their arguments (no clock: the caller says when the message was prepared) and are safe to
// call from several threads at once.

#include <span>
#include <string>

#include "haven/core/result.h"
#include "haven/stats/table.h"

namespace haven::stats {

// Haven's dataflow as SDMX names it; observations are keyed by the table's dimensions.
struct Dataflow {
  // The maintenance agency of the dataflow and of its structure.
  std::string agency = "HAVEN";
  // The dataflow's id.
  std::string id = "DF_MIGRANTS";
  // The dataflow's and its structure's version.
  std::string version = "1.0";
  // The data structure definition's id.
  std::string structure = "DSD_MIGRANTS";
  // The dataflow's name, in English.
  std::string name = "Migrants in contact with protection services";
  // The reference period ("2024", "2024-Q3"): when not empty, every observation has a
  // TIME_PERIOD dimension with this value, after the table's dimensions.
  std::string time_period;
};

// What an SDMX message says of itself.
struct MessageHeader {
  // The message's id (an SDMX IDType: letters, digits, _ @ $ -).
  std::string id = "HAVEN_STATS";
  // True for a test message, not to be published.
  bool test = false;
  // When the message was prepared, an xs:dateTime ("2025-01-31T09:00:00Z"); required by
  // SDMX-ML, taken from the caller's clock.
  std::string prepared = "1970-01-01T00:00:00Z";
  // The sender's id.
  std::string sender = "HAVEN";
};

enum class SdmxCsvVersion {
  kVersion1,  // first column DATAFLOW, "AGENCY:ID(VERSION)"
  kVersion2,  // STRUCTURE, STRUCTURE_ID and ACTION columns (SDMX 3.0)
};

// SDMX-CSV: a header row of concept ids, then one row per cell, RFC 4180 (CRLF, quotes
// only where needed). Columns: the table's dimensions (then TIME_PERIOD), OBS_VALUE,
// OBS_STATUS and CONF_STATUS.
std::string sdmx_csv(const Table& table, const Dataflow& flow, SdmxCsvVersion version);

// SDMX-ML 2.1 GenericData message, every dimension at the observation level (a flat
// message); valid against SDMXMessage.xsd.
std::string sdmx_ml_generic(const Table& table, const Dataflow& flow, const MessageHeader& header);

// SDMX-JSON 1.0 data message: the structure (dimensions and attributes with their values),
// then one data set whose observations are keyed "i:j:k" by each dimension's position, as
// Table::position gives it, and hold [value or null, OBS_STATUS index, CONF_STATUS index].
std::string sdmx_json(const Table& table, const Dataflow& flow, const MessageHeader& header);

// SDMX-ML 2.1 Structure message for the dataflow: code lists (CL_<dimension id>, the codes
// of every table that has the dimension, then its total; CL_OBS_STATUS and CL_CONF_STATUS),
// the concepts, the data structure definition and the dataflow. Dimensions are taken in the
// order they first appear in the tables.
std::string sdmx_structure(std::span<const Table> tables, const Dataflow& flow,
                           const MessageHeader& header);

// HXL-tagged CSV: a row of headers, a row of HXL hashtags, then the data. SEX and AGE are
// spread across columns (`#affected +migrants +f +children`), the other dimensions are rows
// (`#country +code +origin`, `#adm1 +code`, `#group +code +<id>`), a total among them. A
// suppressed count is empty; the row's `#meta +status` column names each one and why
// ("Migrants, Female, 0-17: confidential, could identify persons").
std::string hxl_csv(const Table& table);

// What a workbook's notes sheet says.
struct WorkbookNotes {
  // The workbook's title.
  std::string title = "Migrants in contact with protection services";
  // Where the counts come from.
  std::string source;
  // The reference period.
  std::string period;
  // The disclosure rule applied ("cells under 5 persons suppressed, and enough others to
  // protect them").
  std::string disclosure_rule;
};

// Writes an XLSX workbook: a notes sheet (title, source, period, disclosure rule, the legend
// of flags), then one sheet per table named after its id (its labels, then the count; a
// suppressed count shown as "x" with a status column saying why). Fails with kIo naming the
// path when the file cannot be written, kInvalidField when two tables have the same id.
Status write_xlsx(const std::string& path, std::span<const Table> tables,
                  const WorkbookNotes& notes);

}  // namespace haven::stats
