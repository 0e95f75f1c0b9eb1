// Reading and writing the CSV of an MMP export (libcsv reads; writing is MMP's own quoting).

#include <csv.h>

#include <array>
#include <istream>
#include <ostream>
#include <string>

#include "haven/exchange/mmp.h"

namespace haven::exchange {
namespace {

constexpr std::array<std::string_view, 22> kColumns = {"Main ID",
                                                       "Incident ID",
                                                       "Region",
                                                       "Incident Date",
                                                       "Year",
                                                       "Reported Month",
                                                       "Number Dead",
                                                       "Minimum Estimated Number of Missing",
                                                       "Number of Survivors",
                                                       "Number of Females",
                                                       "Number of Males",
                                                       "Number of Children",
                                                       "Region of Origin",
                                                       "Cause of Death",
                                                       "Country of Origin",
                                                       "Location of death",
                                                       "Information Source",
                                                       "Coordinates",
                                                       "Migration route",
                                                       "URL",
                                                       "UNSD Geographical Grouping",
                                                       "Source Quality"};

// Rows as libcsv hands them over, each with the line it started on. The file is fed one
// line at a time so that a row's line is known even when a quoted cell spans lines.
struct Rows {
  std::vector<std::string> cells;
  std::vector<MmpRow> done;
  int line = 0;       // the line being fed
  int row_start = 0;  // the line the row in progress started on (0: none in progress)
};

void on_cell(void* text, std::size_t length, void* data) {
  auto* rows = static_cast<Rows*>(data);
  if (rows->row_start == 0) rows->row_start = rows->line;
  rows->cells.emplace_back(static_cast<const char*>(text), length);
}

void on_row_end(int /*terminator*/, void* data) {
  auto* rows = static_cast<Rows*>(data);
  rows->done.push_back(
      MmpRow{rows->row_start != 0 ? rows->row_start : rows->line, std::move(rows->cells)});
  rows->cells.clear();
  rows->row_start = 0;
}

Error header_error(const std::string& message) {
  return Error{ErrorCode::kInvalidDocument, "header", message, 1};
}

bool needs_quotes(const std::string& cell) {
  return cell.find_first_of(" ,\"\n\r") != std::string::npos;
}

void write_cell(std::ostream& out, const std::string& cell) {
  if (!needs_quotes(cell)) {
    out << cell;
    return;
  }
  out << '"';
  for (char c : cell) {
    if (c == '"') out << '"';
    out << c;
  }
  out << '"';
}

}  // namespace

std::span<const std::string_view> mmp_columns() { return kColumns; }

Result<std::vector<MmpRow>> read_mmp_csv(std::istream& in) {
  csv_parser parser{};
  if (csv_init(&parser, 0) != 0) return Fail(ErrorCode::kInternal, "", "CSV reader failed");
  Rows rows;
  std::string line;
  while (std::getline(in, line)) {
    ++rows.line;
    if (rows.line == 1 && line.starts_with("\xEF\xBB\xBF")) line.erase(0, 3);  // a BOM
    line += '\n';
    if (csv_parse(&parser, line.data(), line.size(), on_cell, on_row_end, &rows) != line.size()) {
      const std::string why = csv_strerror(csv_error(&parser));
      csv_free(&parser);
      return Error{ErrorCode::kInvalidDocument, "", "not readable as CSV (" + why + ")", rows.line};
    }
  }
  csv_fini(&parser, on_cell, on_row_end, &rows);
  csv_free(&parser);
  if (rows.done.empty()) return header_error("the file is empty");
  const std::vector<std::string>& header = rows.done.front().cells;
  for (std::size_t i = 0; i < kColumns.size() || i < header.size(); ++i) {
    if (i >= header.size()) {
      return header_error("column " + std::to_string(i + 1) + " should be '" +
                          std::string(kColumns[i]) + "' (is this a Missing Migrants export?)");
    }
    if (i >= kColumns.size() || header[i] != kColumns[i]) {
      return header_error("column " + std::to_string(i + 1) + " is '" + header[i] + "'" +
                          (i < kColumns.size() ? ", not '" + std::string(kColumns[i]) + "'"
                                               : ", after the last MMP column"));
    }
  }
  rows.done.erase(rows.done.begin());
  return std::move(rows.done);
}

void write_mmp_csv(std::ostream& out, const std::vector<std::vector<std::string>>& rows) {
  for (std::size_t i = 0; i < kColumns.size(); ++i) {
    if (i > 0) out << ',';
    write_cell(out, std::string(kColumns[i]));
  }
  for (const auto& row : rows) {
    out << '\n';
    for (std::size_t i = 0; i < row.size(); ++i) {
      if (i > 0) out << ',';
      write_cell(out, row[i]);
    }
  }
}

}  // namespace haven::exchange
