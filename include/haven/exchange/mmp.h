#pragma once
// Incident data exchange with IOM's Missing Migrants Project (MMP), the source of SDG
// indicator 10.7.3 (deaths and disappearances during migration). One row of an MMP export
// is one `incident.reported` event: `death_in_transit` when anyone is known dead, else
// `disappearance`; the MMP Incident ID is kept as the external reference and makes the
// Haven incident id (`MMP-<Incident ID>`), so a file imported twice records each incident once.
//
// Every column goes both ways: an import followed by an export gives back the rows that were
// valid, byte for byte, in the same columns and order (docs/exchange.md lists what the format
// leaves free and how Haven writes it). Functions here are pure and thread-safe.

#include <iosfwd>
#include <nlohmann/json.hpp>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "haven/core/result.h"

namespace haven::exchange {

// The columns of an MMP export, in their order; a file whose header differs is refused.
std::span<const std::string_view> mmp_columns();

// One data row of an MMP file, as read: cells in column order and the line it starts on.
struct MmpRow {
  int line = 0;
  std::vector<std::string> cells;
};

// An MMP file read as CSV: the header checked, the rows not yet validated. Not CSV, or a
// header other than mmp_columns(), is kInvalidDocument (line 1) naming what differs.
Result<std::vector<MmpRow>> read_mmp_csv(std::istream& in);

// The Haven incident id of an MMP Incident ID.
std::string mmp_incident_key(std::string_view mmp_incident_id);

// One row as an incident.reported event (JSON, `occurred_at` included), or every problem the
// row has: each an Error with the row's line and the MMP column in `field`, kInvalidField.
struct MmpIncident {
  nlohmann::json event;
  std::vector<Error> problems;
};
MmpIncident incident_from_mmp(const MmpRow& row);

// The MMP column an event field is read from (`dead` → "Number Dead"), for errors the
// ledger reports after the mapping; the field itself when no column gives it.
std::string mmp_column_of(std::string_view event_field);

// An incident document (the incident projection, or an incident.reported body) as an MMP
// row, cells in column order. Incidents recorded in Haven rather than imported get their
// Haven id as Main and Incident ID and "Unknown" where MMP asks for a value Haven lacks.
std::vector<std::string> mmp_row_from_incident(const nlohmann::json& incident);

// True for the incidents an MMP export carries: deaths in transit and disappearances.
bool is_mmp_incident(const nlohmann::json& incident);

// Writes the header and `rows` as an MMP export writes them: a cell quoted only when it holds
// a space, a comma, a quote or a line break; lines joined by "\n" with none after the last.
void write_mmp_csv(std::ostream& out, const std::vector<std::vector<std::string>>& rows);

}  // namespace haven::exchange
