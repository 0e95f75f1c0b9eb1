// XLSX workbooks through libxlsxwriter. Spreadsheet readers expect the notes first, then one
// sheet per table as statistical offices lay them out: a title, a header row, the labels of
// each cell's codes and its count. A withheld count is the letter "x", the usual flag of
// confidential cells in published tables, never a number.
#include <xlsxwriter.h>

#include <algorithm>
#include <cctype>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "haven/stats/writers.h"
#include "stats/cells.h"

namespace haven::stats {

namespace {

constexpr const char* kNotesSheet = "Notes";
constexpr const char* kWithheldFlag = "x";

// Excel's rules for sheet names: at most 31 characters, none of []:*?/\ .
std::string sheet_name(const std::string& id) {
  std::string name = id.empty() ? "Table" : id;
  for (char& c : name) {
    if (std::string_view("[]:*?/\\").find(c) != std::string_view::npos) c = '_';
  }
  if (name.size() > 31) name.resize(31);
  if (name.front() == '\'') name.front() = '_';
  if (name.back() == '\'') name.back() = '_';
  return name;
}

std::string folded(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

struct Formats {
  lxw_format* title;
  lxw_format* bold;
  lxw_format* flag;
};

void write_notes(lxw_worksheet* sheet, const WorkbookNotes& notes, const Formats& formats) {
  worksheet_set_column(sheet, 0, 0, 22, nullptr);
  worksheet_set_column(sheet, 1, 1, 90, nullptr);
  worksheet_write_string(sheet, 0, 0, notes.title.c_str(), formats.title);
  const std::pair<const char*, std::string> lines[] = {
      {"Source", notes.source},
      {"Period", notes.period},
      {"Disclosure control", notes.disclosure_rule},
      {"Totals",
       "Every table includes its margins: a row whose code is \"Total\" sums the others."},
      {"Flag x", "Withheld: the count is not published (see the status column)."},
      {"Confidential, could identify persons",
       "Too few persons, or a group all sharing a sensitive characteristic "
       "(SDMX CONF_STATUS C)."},
      {"Confidential, would reveal another cell",
       "Withheld so that published counts and totals do not give away a withheld one "
       "(SDMX CONF_STATUS D)."},
  };
  lxw_row_t row = 2;
  for (const auto& [label, text] : lines) {
    worksheet_write_string(sheet, row, 0, label, formats.bold);
    worksheet_write_string(sheet, row, 1, text.c_str(), nullptr);
    ++row;
  }
}

void write_table(lxw_worksheet* sheet, const Table& table, const Formats& formats) {
  const auto& dimensions = table.dimensions();
  const auto count_column = static_cast<lxw_col_t>(dimensions.size());
  worksheet_write_string(sheet, 0, 0, table.name().c_str(), formats.title);
  for (std::size_t d = 0; d < dimensions.size(); ++d) {
    worksheet_write_string(sheet, 2, static_cast<lxw_col_t>(d), dimensions[d].name.c_str(),
                           formats.bold);
  }
  worksheet_write_string(sheet, 2, count_column, "Count", formats.bold);
  worksheet_write_string(sheet, 2, count_column + 1, "Status", formats.bold);
  worksheet_set_column(sheet, 0, count_column, 18, nullptr);
  worksheet_set_column(sheet, count_column + 1, count_column + 1, 40, nullptr);
  worksheet_freeze_panes(sheet, 3, 0);

  for (std::size_t cell = 0; cell < table.size(); ++cell) {
    const auto row = static_cast<lxw_row_t>(cell + 3);
    for (std::size_t d = 0; d < dimensions.size(); ++d) {
      const std::string label(detail::label_at(table, cell, d));
      worksheet_write_string(sheet, row, static_cast<lxw_col_t>(d), label.c_str(), nullptr);
    }
    const CellStatus status = table.status()[cell];
    if (detail::published(status)) {
      worksheet_write_number(sheet, row, count_column, static_cast<double>(table.values()[cell]),
                             nullptr);
    } else {
      const std::string why(detail::withheld_because(status));
      worksheet_write_string(sheet, row, count_column, kWithheldFlag, formats.flag);
      worksheet_write_string(sheet, row, count_column + 1, why.c_str(), nullptr);
    }
  }
}

}  // namespace

Status write_xlsx(const std::string& path, std::span<const Table> tables,
                  const WorkbookNotes& notes) {
  // Names are checked before anything is written, so a refused workbook leaves no file.
  std::vector<std::string> names;
  std::set<std::string> taken{folded(kNotesSheet)};
  for (const Table& table : tables) {
    names.push_back(sheet_name(table.id()));
    if (!taken.insert(folded(names.back())).second) {
      return Fail(ErrorCode::kInvalidField, "tables",
                  "two sheets would be named " + names.back() + ": give the tables other ids");
    }
  }

  lxw_workbook* workbook = workbook_new(path.c_str());
  if (workbook == nullptr) {
    return Fail(ErrorCode::kIo, path, "cannot create the workbook " + path);
  }
  Formats formats{workbook_add_format(workbook), workbook_add_format(workbook),
                  workbook_add_format(workbook)};
  format_set_bold(formats.title);
  format_set_font_size(formats.title, 14);
  format_set_bold(formats.bold);
  format_set_align(formats.flag, LXW_ALIGN_RIGHT);

  write_notes(workbook_add_worksheet(workbook, kNotesSheet), notes, formats);
  for (std::size_t t = 0; t < tables.size(); ++t) {
    write_table(workbook_add_worksheet(workbook, names[t].c_str()), tables[t], formats);
  }
  // libxlsxwriter writes the file only now, and frees the workbook whatever happens.
  const lxw_error closed = workbook_close(workbook);
  if (closed != LXW_NO_ERROR) {
    return Fail(ErrorCode::kIo, path,
                "cannot write the workbook " + path + ": " + lxw_strerror(closed));
  }
  return Status::Ok();
}

}  // namespace haven::stats
