#pragma once
// What every writer needs of a cell: its code and label in each dimension, and how SDMX
// flags what may be published of it. Private to the stats module.

#include <string>
#include <string_view>

#include "haven/stats/table.h"
#include "haven/stats/writers.h"

namespace haven::stats::detail {

// The cell's code in dimension d: one of its codes, or its total.
const std::string& code_at(const Table& table, std::size_t cell, std::size_t d);
// The cell's label in dimension d; "Total" for the total.
std::string_view label_at(const Table& table, std::size_t cell, std::size_t d);
inline bool published(CellStatus status) { return status == CellStatus::kFree; }

// SDMX cross-domain code lists, as the SDMX Global Registry publishes them:
// CL_OBS_STATUS 2.2 ("A" normal value; "Q" missing value, suppressed: "used, for example,
// when data are suppressed due to statistical confidentiality considerations") and
// CL_CONF_STATUS 1.2 ("F" free; "C" confidential statistical information; "D" secondary
// confidentiality set by the sender, not for publication). CL_CONF_STATUS also has "A",
// primary confidentiality due to small counts, but a kPrimary cell may be one for another
// reason (a group all of one sensitive code), so the general "C" is the one that is true of
// every kPrimary cell.
std::string_view obs_status(CellStatus status);
std::string_view obs_status_name(CellStatus status);
std::string_view conf_status(CellStatus status);
std::string_view conf_status_name(CellStatus status);
// Why a cell is not published, in words ("confidential, could identify persons"); empty if it is.
std::string_view withheld_because(CellStatus status);

// The start of an SDMX-ML message's header, the same in data and structure messages: its
// id, whether it is a test, when it was prepared and who sends it (up to the Sender
// element; the caller closes the header).
std::string message_header_start(const MessageHeader& header);

}  // namespace haven::stats::detail
