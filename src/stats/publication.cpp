// One way out for a table: the policy applied, then the format asked for. Shared by the CLI
// and the HTTP API so that both publish the same cells with the same flags.

#include "haven/stats/publication.h"

#include <stdlib.h>
#include <unistd.h>

#include <array>
#include <cmath>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <span>
#include <sstream>

#include "haven/core/text.h"
#include "haven/stats/writers.h"
#include "stats/cells.h"

namespace haven::stats {
namespace {

struct FormatEntry {
  std::string_view name;
  TableFormat format;
  FormatMedia media;
};

constexpr std::array<FormatEntry, 9> kFormats = {{
    {"csv", TableFormat::kCsv, {"text/csv; charset=utf-8", ".csv"}},
    {"json", TableFormat::kJson, {"application/json", ".json"}},
    {"sdmx-csv", TableFormat::kSdmxCsv, {"application/vnd.sdmx.data+csv; version=1.0", ".csv"}},
    {"sdmx-csv2", TableFormat::kSdmxCsv2, {"application/vnd.sdmx.data+csv; version=2.0", ".csv"}},
    {"sdmx-ml",
     TableFormat::kSdmxMl,
     {"application/vnd.sdmx.genericdata+xml; version=2.1", ".xml"}},
    {"sdmx-json", TableFormat::kSdmxJson, {"application/vnd.sdmx.data+json; version=1.0", ".json"}},
    {"sdmx-structure",
     TableFormat::kSdmxStructure,
     {"application/vnd.sdmx.structure+xml; version=2.1", ".xml"}},
    {"hxl", TableFormat::kHxl, {"text/csv; charset=utf-8", ".hxl.csv"}},
    {"xlsx",
     TableFormat::kXlsx,
     {"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx"}},
}};

// One row a cell: each dimension's code and label, then the count (empty when withheld) and
// why it is not published.
std::string csv_of(const Table& table) {
  std::ostringstream out;
  const auto& dimensions = table.dimensions();
  for (const auto& d : dimensions) out << d.id << ',' << d.id << "_LABEL,";
  out << "OBS_VALUE,STATUS\n";
  for (std::size_t cell = 0; cell < table.size(); ++cell) {
    for (std::size_t d = 0; d < dimensions.size(); ++d) {
      out << csv_field(detail::code_at(table, cell, d)) << ','
          << csv_field(detail::label_at(table, cell, d)) << ',';
    }
    switch (table.status()[cell]) {
      case CellStatus::kFree:
        out << table.values()[cell] << ",\n";
        break;
      case CellStatus::kPrimary:
        out << ",suppressed (too few persons or a group all alike)\n";
        break;
      case CellStatus::kSecondary:
        out << ",suppressed (would give another away)\n";
        break;
    }
  }
  return out.str();
}

// Codes by position, so that a client lays out a cube without repeating every label in each
// cell; a withheld cell's value is null and its status (SDMX CONF_STATUS) says why.
std::string json_of(const Table& table, const PublishedAs& as) {
  using nlohmann::ordered_json;
  ordered_json dimensions = ordered_json::array();
  for (const Dimension& d : table.dimensions()) {
    dimensions.push_back({{"id", d.id},
                          {"name", d.name},
                          {"codes", d.codes},
                          {"labels", d.labels},
                          {"total", d.total},
                          {"sensitive", d.sensitive}});
  }
  ordered_json cells = ordered_json::array();
  for (std::size_t cell = 0; cell < table.size(); ++cell) {
    ordered_json codes = ordered_json::array();
    for (std::size_t d = 0; d < table.dimensions().size(); ++d) {
      codes.push_back(detail::code_at(table, cell, d));
    }
    const CellStatus status = table.status()[cell];
    ordered_json value = nullptr;
    if (detail::published(status)) value = table.values()[cell];
    cells.push_back({{"codes", std::move(codes)},
                     {"value", std::move(value)},
                     {"status", detail::conf_status(status)}});
  }
  ordered_json body = {{"id", table.id()},
                       {"name", table.name()},
                       {"period", as.period},
                       {"prepared", as.prepared},
                       {"dimensions", std::move(dimensions)},
                       {"cells", std::move(cells)}};
  return body.dump(-1, ' ', false, ordered_json::error_handler_t::replace);
}

// libxlsxwriter writes only to a file: one made for this workbook alone (mode 0600), read
// back and removed.
Result<std::string> xlsx_of(const Table& table, const PublishedAs& as,
                            const Publication& publication) {
  std::string path = (std::filesystem::temp_directory_path() / "haven-table-XXXXXX").string();
  const int fd = mkstemp(path.data());
  if (fd < 0) return Error{ErrorCode::kIo, "", "cannot make a temporary file for a workbook", 0};
  close(fd);
  WorkbookNotes notes;
  notes.source = "Haven: persons registered with the agencies using it";
  notes.period = as.period;
  notes.disclosure_rule = disclosure_rule(publication);
  Status written = write_xlsx(path, std::span<const Table>(&table, 1), notes);
  std::string bytes;
  if (written) {
    std::ifstream file(path, std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>());
  }
  std::error_code ignored;
  std::filesystem::remove(path, ignored);
  if (!written) return written.error();
  if (bytes.empty()) return Error{ErrorCode::kIo, "", "the workbook could not be read back", 0};
  return bytes;
}

}  // namespace

Status validate(const Publication& publication) {
  if (publication.round != 0 && publication.round != 3 && publication.round != 5) {
    return Error{ErrorCode::kInvalidField, "round", "round to a multiple of 3 or of 5", 0};
  }
  return validate(publication.protection);
}

Result<Table> protect(Table table, const Publication& publication) {
  if (auto ok = validate(publication); !ok) return ok.error();
  if (publication.round != 0) return round_to_base(table, publication.round);
  if (auto ok = mark_primary(table, publication.protection); !ok) return ok.error();
  if (auto ok = suppress_secondary(table, publication.protection); !ok) return ok.error();
  return table;
}

std::optional<TableFormat> parse_table_format(std::string_view name) {
  for (const FormatEntry& entry : kFormats) {
    if (entry.name == name) return entry.format;
  }
  return std::nullopt;
}

std::string_view table_format_names() {
  return "csv, json, sdmx-csv, sdmx-csv2, sdmx-ml, sdmx-json, sdmx-structure, hxl, xlsx";
}

FormatMedia media_of(TableFormat format) {
  for (const FormatEntry& entry : kFormats) {
    if (entry.format == format) return entry.media;
  }
  return kFormats.front().media;
}

std::string indicators_json(const std::string& period, const std::vector<Indicator>& indicators) {
  using nlohmann::ordered_json;
  ordered_json list = ordered_json::array();
  for (const Indicator& i : indicators) {
    ordered_json value = nullptr;
    // A count of persons reads as a whole number (9, not 9.0); shares and lengths as measured.
    if (i.value && i.unit != "share" && std::trunc(*i.value) == *i.value &&
        std::abs(*i.value) < 1e15) {
      value = static_cast<std::int64_t>(*i.value);
    } else if (i.value) {
      value = *i.value;
    }
    list.push_back({{"id", i.id},
                    {"name", i.name},
                    {"paragraph", i.paragraph},
                    {"unit", i.unit},
                    {"value", std::move(value)},
                    {"base", i.base}});
  }
  ordered_json body = {{"period", period}, {"indicators", std::move(list)}};
  return body.dump(-1, ' ', false, ordered_json::error_handler_t::replace);
}

std::string tables_json(const std::vector<PeriodStatistics::TableInfo>& tables) {
  using nlohmann::ordered_json;
  ordered_json list = ordered_json::array();
  for (const auto& t : tables) {
    list.push_back({{"name", t.name}, {"description", t.description}, {"paragraph", t.paragraph}});
  }
  return ordered_json{{"tables", std::move(list)}}.dump(-1, ' ', false,
                                                        ordered_json::error_handler_t::replace);
}

std::string disclosure_rule(const Publication& publication) {
  if (publication.round != 0) {
    return "counts rounded to a multiple of " + std::to_string(publication.round);
  }
  return "cells under " + std::to_string(publication.protection.threshold) +
         " persons suppressed, and enough others to protect them";
}

Result<std::string> write_table(const Table& table, TableFormat format, const PublishedAs& as,
                                const Publication& publication) {
  Dataflow flow;
  flow.time_period = as.period;
  MessageHeader header;
  header.prepared = as.prepared;
  switch (format) {
    case TableFormat::kCsv:
      return csv_of(table);
    case TableFormat::kJson:
      return json_of(table, as);
    case TableFormat::kSdmxCsv:
      return sdmx_csv(table, flow, SdmxCsvVersion::kVersion1);
    case TableFormat::kSdmxCsv2:
      return sdmx_csv(table, flow, SdmxCsvVersion::kVersion2);
    case TableFormat::kSdmxMl:
      return sdmx_ml_generic(table, flow, header);
    case TableFormat::kSdmxJson:
      return sdmx_json(table, flow, header);
    case TableFormat::kSdmxStructure:
      return sdmx_structure(std::span<const Table>(&table, 1), flow, header);
    case TableFormat::kHxl:
      return hxl_csv(table);
    case TableFormat::kXlsx:
      return xlsx_of(table, as, publication);
  }
  return Error{ErrorCode::kInternal, "format", "no writer for this format", 0};
}

}  // namespace haven::stats
