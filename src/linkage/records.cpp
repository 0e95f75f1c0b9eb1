#include "haven/linkage/records.h"

#include <csv.h>
#include <array>

#include "haven/core/text.h"

namespace haven::linkage {
namespace {

constexpr std::array<std::string_view, 8> kFields = {
    "id", "given_name", "family_name", "full_name", "birth_date", "sex", "nationality", "document"};

Error columns_error(const std::string& message) {
  return Error{ErrorCode::kInvalidField, "columns", message, 0};
}

std::string trimmed(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  const auto last = text.find_last_not_of(" \t\r\n");
  return std::string(text.substr(first, last - first + 1));
}

// Rows as libcsv hands them over, field by field; the header first.
struct Rows {
  std::vector<std::string> row;
  std::vector<std::vector<std::string>> done;
};

void on_field(void* field, std::size_t length, void* data) {
  static_cast<Rows*>(data)->row.push_back(trimmed({static_cast<const char*>(field), length}));
}

void on_row_end(int /*terminator*/, void* data) {
  auto* rows = static_cast<Rows*>(data);
  rows->done.push_back(std::move(rows->row));
  rows->row.clear();
}

// The sex as Haven codes it; anything it cannot read is unknown, not an error, since
// partners' files write it many ways.
std::string sex_code(const std::string& text) {
  if (text.empty()) return {};
  const char c = static_cast<char>(text[0] | 0x20);
  if (c == 'f' || c == 'w') return "F";  // female, femme, weiblich
  if (c == 'm' || c == 'h') return "M";  // male, masculin, hombre
  if (c == 'x') return "X";
  return {};
}

std::string without_spaces(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c != ' ' && c != '-') out += c;
  }
  return out;
}

// A full name in one column: the last part is taken as the family name, as most of the
// world writes it; comparisons also look at the name's parts as a set.
void split_full_name(const std::string& full, Record& record) {
  NormalisedName all = normalise_name(full);
  if (all.parts.empty()) return;
  record.family.parts.push_back(all.parts.back());
  all.parts.pop_back();
  record.given = std::move(all);
}

}  // namespace

Result<Columns> parse_columns(std::string_view spec) {
  Columns columns;
  std::size_t start = 0;
  while (start <= spec.size()) {
    std::size_t end = spec.find(',', start);
    if (end == std::string_view::npos) end = spec.size();
    const std::string_view item = spec.substr(start, end - start);
    start = end + 1;
    if (item.empty()) continue;
    const auto equals = item.find('=');
    if (equals == std::string_view::npos || equals == 0 || equals + 1 == item.size()) {
      return columns_error("'" + std::string(item) + "' is not FIELD=COLUMN");
    }
    const std::string field(item.substr(0, equals));
    bool known = false;
    for (std::string_view f : kFields) known = known || f == field;
    if (!known) {
      return columns_error("'" + field +
                           "' is not a field: use id, given_name, family_name, full_name, "
                           "birth_date, sex, nationality or document");
    }
    if (!columns.emplace(field, std::string(item.substr(equals + 1))).second) {
      return columns_error("'" + field + "' is given twice");
    }
  }
  if (!columns.contains("id")) return columns_error("name the column of the records' ids: id=COL");
  if (!columns.contains("given_name") && !columns.contains("family_name") &&
      !columns.contains("full_name")) {
    return columns_error("name a column of names: given_name=, family_name= or full_name=");
  }
  return columns;
}

Result<RecordsRead> read_records(std::istream& in, const std::string& file, const Columns& columns,
                                 const std::function<void(std::size_t)>& progress) {
  csv_parser parser{};
  if (csv_init(&parser, CSV_APPEND_NULL) != 0) {
    return Error{ErrorCode::kInternal, "", "the CSV reader could not start", 0};
  }
  Rows rows;
  RecordsRead read;
  std::vector<Record>& records = read.records;
  std::map<std::string, std::size_t> at;  // field → column index, once the header is read
  std::size_t line = 0;
  std::size_t bytes = 0;
  std::array<char, 1 << 16> buffer{};
  auto fail = [&](const std::string& field, const std::string& message) {
    csv_free(&parser);
    return Error{ErrorCode::kInvalidField, field, file + ": " + message, static_cast<int>(line)};
  };
  auto take = [&]() -> Status {
    for (auto& row : rows.done) {
      ++line;
      if (line == 1) {
        for (const auto& [field, column] : columns) {
          std::size_t i = 0;
          while (i < row.size() && row[i] != column) ++i;
          if (i == row.size()) return fail(field, "no column '" + column + "' in the header");
          at[field] = i;
        }
        continue;
      }
      if (row.size() == 1 && row[0].empty()) continue;  // a blank line
      auto cell = [&](const char* field) -> std::string {
        const auto it = at.find(field);
        return it == at.end() || it->second >= row.size() ? std::string() : row[it->second];
      };
      Record record;
      record.id = cell("id");
      if (record.id.empty()) return fail("id", "a record without an id");
      record.given = normalise_name(cell("given_name"));
      record.family = normalise_name(cell("family_name"));
      if (record.given.parts.empty() && record.family.parts.empty()) {
        split_full_name(cell("full_name"), record);
      }
      if (const std::string birth = cell("birth_date"); !birth.empty()) {
        auto date = parse_birth_date(birth);
        if (date) {
          record.birth = *date;
        } else {
          read.unreadable_dates.push_back(Error{ErrorCode::kInvalidField, "birth_date",
                                                file + ": " + date.error().message,
                                                static_cast<int>(line)});
        }
      }
      record.sex = sex_code(cell("sex"));
      record.nationality = cell("nationality");
      record.document = without_spaces(cell("document"));
      records.push_back(std::move(record));
    }
    rows.done.clear();
    return Status::Ok();
  };
  while (in) {
    in.read(buffer.data(), buffer.size());
    const auto got = static_cast<std::size_t>(in.gcount());
    if (got == 0) break;
    if (csv_parse(&parser, buffer.data(), got, on_field, on_row_end, &rows) != got) {
      const std::string why = csv_strerror(csv_error(&parser));
      return fail("", "not readable as CSV (" + why + ")");
    }
    bytes += got;
    if (auto ok = take(); !ok) return ok.error();
    if (progress) progress(bytes);
  }
  csv_fini(&parser, on_field, on_row_end, &rows);
  if (auto ok = take(); !ok) return ok.error();
  csv_free(&parser);
  if (line == 0) return Error{ErrorCode::kInvalidDocument, "", file + ": the file is empty", 0};
  return read;
}

}  // namespace haven::linkage
