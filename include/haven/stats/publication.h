#pragma once
// A table as it may leave the installation (issue 9): the disclosure control asked for
// applied, then written in one of the formats statistical offices and partners read. The
// CLI (`haven stats`) and the HTTP API (`GET /api/v1/stats/tables/{name}`) both publish
// through here, so a table is never written with another policy or an unprotected value.
//
// Pure functions of their arguments; safe to call from several threads on different tables.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "haven/core/result.h"
#include "haven/stats/disclosure.h"
#include "haven/stats/persons.h"
#include "haven/stats/table.h"

namespace haven::stats {

// The disclosure policy of one publication.
struct Publication {
  // Suppression: the threshold k and the least interval (disclosure.h).
  Protection protection;
  // 3 or 5: every count rounded to a multiple of it (controlled rounding) instead of
  // suppressed; 0 to suppress.
  unsigned round = 0;
};

// Checks the policy; the Error names `threshold`, `interval` or `round`.
Status validate(const Publication& publication);

// The table as it may be published: primary and secondary suppression, or rounding. Fails
// as validate() does, or as suppress_secondary() when the interval cannot be met.
Result<Table> protect(Table table, const Publication& publication);

// The formats a published table is written in.
enum class TableFormat {
  kCsv,            // one row a cell: codes, labels, count (empty when withheld), status
  kJson,           // {id, name, dimensions, cells: [{codes, value|null, status}]}
  kSdmxCsv,        // SDMX-CSV 1.0
  kSdmxCsv2,       // SDMX-CSV 2.0
  kSdmxMl,         // SDMX-ML 2.1 generic data
  kSdmxJson,       // SDMX-JSON 1.0
  kSdmxStructure,  // SDMX-ML 2.1 structure of the table
  kHxl,            // HXL-tagged CSV
  kXlsx,           // an XLSX workbook (binary)
};

// Reads a format's name (`csv`, `json`, `sdmx-csv`, `sdmx-csv2`, `sdmx-ml`, `sdmx-json`,
// `sdmx-structure`, `hxl`, `xlsx`); nullopt for any other.
std::optional<TableFormat> parse_table_format(std::string_view name);
// Every name parse_table_format reads, comma-separated, for messages and help.
std::string_view table_format_names();

// What a format is sent as: its media type and a file name extension (with its dot).
struct FormatMedia {
  std::string_view media_type;
  std::string_view extension;
};
FormatMedia media_of(TableFormat format);

// What a written table says of itself.
struct PublishedAs {
  // The reference period ("2026"): SDMX's TIME_PERIOD and the workbook's notes.
  std::string period;
  // When it was prepared (RFC 3339, from the caller's clock).
  std::string prepared = "1970-01-01T00:00:00Z";
};

// The table (already protected) in `format`. Withheld cells carry their status and never a
// value. An XLSX workbook goes through a private temporary file (libxlsxwriter writes only
// to files); kIo when that fails.
Result<std::string> write_table(const Table& table, TableFormat format, const PublishedAs& as,
                                const Publication& publication);

// The indicators of a period as JSON: `{"period", "indicators": [{"id", "name",
// "paragraph", "unit", "value" (null when nothing was measured), "base"}]}`. Indicators are
// counts and shares over whole populations, not cells, and are published as they are.
std::string indicators_json(const std::string& period, const std::vector<Indicator>& indicators);

// The tables there are as JSON: `{"tables": [{"name", "description", "paragraph"}]}`.
std::string tables_json(const std::vector<PeriodStatistics::TableInfo>& tables);

// How the disclosure rule of `publication` reads in a workbook's notes.
std::string disclosure_rule(const Publication& publication);

}  // namespace haven::stats
