#pragma once
// Importing and exporting a Missing Migrants Project file through the ledger (haven import
// mmp, haven export mmp). Every row is validated before anything is written; the valid rows
// are then recorded, each incident as one event, so a bad row is never partly written.

#include <cstdint>
#include <functional>
#include <iosfwd>
#include <string>
#include <vector>

#include "haven/core/result.h"
#include "haven/ledger/ledger.h"

namespace haven::exchange {

struct MmpImportOptions {
  // Validate and report only; nothing is written.
  bool check_only = false;
  // Stored as each event's actor.
  std::string actor = "import";
  // Called as rows are recorded with (rows done, rows in all); may be empty.
  std::function<void(std::int64_t, std::int64_t)> progress;
};

struct MmpImportReport {
  // Data rows in the file.
  std::int64_t rows = 0;
  // Rows that passed validation (recorded, or already there, unless check_only).
  std::int64_t valid = 0;
  // Incidents written by this import.
  std::int64_t recorded = 0;
  // Valid rows whose incident an earlier import already recorded (left as they are).
  std::int64_t already_recorded = 0;
  // Every problem of every refused row, in line order: line, MMP column, reason.
  std::vector<Error> problems;
  // Lines of the refused rows.
  std::vector<int> refused_lines;
};

// Reads an MMP CSV from `in` and records its valid rows. A file that is not an MMP export
// (header, CSV) fails as a whole; a failed Result otherwise means the store failed.
Result<MmpImportReport> import_mmp(ledger::Ledger& ledger, std::istream& in,
                                   const MmpImportOptions& options);

// Writes every death in transit and disappearance the store holds as an MMP export, ordered
// by Incident ID; returns how many rows were written.
Result<std::int64_t> export_mmp(store::Store& store, std::ostream& out);

}  // namespace haven::exchange
