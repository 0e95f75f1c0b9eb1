#pragma once
// Records to link, read from partners' CSV files (haven link file|files): which column holds
// which field is named by the user, e.g. id=rec_id,given_name=first,family_name=surname.

#include <functional>
#include <istream>
#include <map>
#include <string>
#include <vector>

#include "haven/core/result.h"
#include "haven/linkage/compare.h"
#include "haven/linkage/names.h"

namespace haven::linkage {

struct Record {
  std::string id;
  NormalisedName given;   // or the first part of a full name
  NormalisedName family;  // or the rest of it
  PartialDate birth;      // year 0 when unknown
  std::string sex;        // F, M, X; empty when unknown
  std::string nationality;
  std::string document;  // an identity document's number, as written (spaces removed)
};

// Field → column name. Fields: id, given_name, family_name, full_name, birth_date, sex,
// nationality, document; any subset, but id and some name are required.
using Columns = std::map<std::string, std::string>;

// Reads "id=COL,given_name=COL,…"; an unknown field, a repeated one or a missing '=' is an
// error naming field `columns`.
Result<Columns> parse_columns(std::string_view spec);

struct RecordsRead {
  std::vector<Record> records;
  // Birth dates that are not dates (a typing slip in a partner's file is data to link, not
  // a reason to refuse the file): each is read as unknown and listed, line and all.
  std::vector<Error> unreadable_dates;
};

// Reads a CSV file with a header row (RFC 4180 quoting; spaces around fields trimmed). A
// missing column, a record without an id or a file that is not CSV is an error naming the
// file, the line and the field; nothing is returned then. `progress` is called with the
// bytes read so far.
Result<RecordsRead> read_records(std::istream& in, const std::string& file, const Columns& columns,
                                 const std::function<void(std::size_t)>& progress = {});

}  // namespace haven::linkage
