// HXL-tagged CSV (Humanitarian Exchange Language 1.1). Counts by sex and age are what HXL's
// attributes describe (+f, +m, +children, +adults), so SEX and AGE become columns of
// `#affected +migrants`; the other dimensions stay rows, each as a name and a code column.
// +migrants, +age<a>_<b> and +age<a>plus are custom attributes, as the standard invites for
// what its dictionary lacks ("+children +age3_11").
#include <cctype>
#include <charconv>
#include <string>
#include <vector>

#include "haven/core/text.h"
#include "haven/stats/writers.h"
#include "stats/cells.h"

namespace haven::stats {

namespace {

std::string lower_word(std::string_view text) {
  std::string out;
  for (char c : text) {
    const auto u = static_cast<unsigned char>(c);
    out += std::isalnum(u) ? static_cast<char>(std::tolower(u)) : '_';
  }
  return out;
}

// The hashtag and attributes of a dimension kept as rows.
std::string row_hashtag(const Dimension& dimension) {
  const std::string& id = dimension.id;
  if (id == "REF_AREA") return "#country";
  if (id == "CITIZENSHIP" || id == "NATIONALITY" || id == "COUNTRY_ORIGIN" || id == "ORIGIN") {
    return "#country +origin";
  }
  if (id == "C_BIRTH") return "#country +birth";  // +birth: custom, as +migrants is
  if (id == "PLACE") return "#loc";
  if (id == "AGENCY") return "#org";
  if (id == "ADM1" || id == "REF_AREA_ADM1") return "#adm1";
  if (id == "ADM2" || id == "REF_AREA_ADM2") return "#adm2";
  return "#group +" + lower_word(id);
}

int number(std::string_view text) {
  int value = -1;
  std::from_chars(text.data(), text.data() + text.size(), value);
  return value;
}

std::string sex_attributes(const std::string& code) {
  if (code == "_U") return " +sex_unknown";
  if (code == "F") return " +f";
  if (code == "M") return " +m";
  if (code == "_O") return " +i";  // HXL's +i: neither male nor female
  return " +sex_" + lower_word(code);
}

// SDMX age codes (Y0T17, Y_GE18, Y_LT5) as HXL's loose age groups plus an exact range.
std::string age_attributes(const std::string& code) {
  if (code == "_U") return " +age_unknown";
  int from = -1;
  int to = -1;
  if (code.starts_with("Y_GE")) {
    from = number(std::string_view(code).substr(4));
  } else if (code.starts_with("Y_LT")) {
    from = 0;
    to = number(std::string_view(code).substr(4)) - 1;
  } else if (code.starts_with("Y") && code.find('T') != std::string::npos) {
    const std::size_t t = code.find('T');
    from = number(std::string_view(code).substr(1, t - 1));
    to = number(std::string_view(code).substr(t + 1));
  }
  if (from < 0 || (to < 0 && !code.starts_with("Y_GE"))) return " +age_" + lower_word(code);
  std::string out;
  if (to >= 0 && to < 18) out += " +children";
  if (from >= 18) out += " +adults";
  out += " +age" + std::to_string(from) + (to < 0 ? "plus" : "_" + std::to_string(to));
  return out;
}

struct Column {
  std::string header;
  std::string hashtag;
};

// Walks the combinations of some dimensions' positions, the last fastest, totals included.
bool next(const Table& table, const std::vector<std::size_t>& dims,
          std::vector<std::uint32_t>& positions) {
  for (std::size_t i = dims.size(); i-- > 0;) {
    if (++positions[dims[i]] <= table.total_position(dims[i])) return true;
    positions[dims[i]] = 0;
  }
  return false;
}

}  // namespace

std::string hxl_csv(const Table& table) {
  const auto& dimensions = table.dimensions();
  std::vector<std::size_t> spread;  // SEX and AGE: columns
  std::vector<std::size_t> rows;    // the others
  for (std::size_t d = 0; d < dimensions.size(); ++d) {
    (dimensions[d].id == "SEX" || dimensions[d].id == "AGE" ? spread : rows).push_back(d);
  }

  std::vector<Column> columns;
  for (std::size_t d : rows) {
    const std::string hashtag = row_hashtag(dimensions[d]);
    columns.push_back({dimensions[d].name, hashtag + " +name"});
    columns.push_back({dimensions[d].name + " (code)", hashtag + " +code"});
  }
  // One count column per combination of the spread dimensions' codes and totals; the cells
  // of a row differ only there, so they are found from the row's first cell by offsets.
  std::vector<std::uint32_t> positions(dimensions.size(), 0);
  std::vector<std::size_t> offsets;
  std::vector<std::string> count_headers;
  do {
    std::string header = "Migrants";
    std::string hashtag = "#affected +migrants";
    for (std::size_t d : spread) {
      if (positions[d] == table.total_position(d)) continue;
      const std::string& code = dimensions[d].codes[positions[d]];
      header += ", " + std::string(detail::label_at(table, table.cell(positions), d));
      hashtag += dimensions[d].id == "SEX" ? sex_attributes(code) : age_attributes(code);
    }
    offsets.push_back(table.cell(positions));
    count_headers.push_back(header);
    columns.push_back({header, hashtag});
  } while (next(table, spread, positions));
  columns.push_back({"Withheld", "#meta +status"});

  std::string out;
  for (std::string Column::*row : {&Column::header, &Column::hashtag}) {
    for (std::size_t c = 0; c < columns.size(); ++c) {
      if (c > 0) out += ',';
      out += csv_field(columns[c].*row);
    }
    out += "\r\n";
  }

  std::fill(positions.begin(), positions.end(), 0);
  do {
    const std::size_t first = table.cell(positions);
    std::string line;
    for (std::size_t d : rows) {
      line += csv_field(detail::label_at(table, first, d)) + ",";
      line += csv_field(detail::code_at(table, first, d)) + ",";
    }
    std::string withheld;
    for (std::size_t c = 0; c < offsets.size(); ++c) {
      const std::size_t cell = first + offsets[c];
      const CellStatus status = table.status()[cell];
      if (detail::published(status)) {
        line += std::to_string(table.values()[cell]);
      } else {
        if (!withheld.empty()) withheld += "; ";
        withheld += count_headers[c] + ": " + std::string(detail::withheld_because(status));
      }
      line += ',';
    }
    out += line + csv_field(withheld) + "\r\n";
  } while (next(table, rows, positions));
  return out;
}

}  // namespace haven::stats
