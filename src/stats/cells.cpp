#include "stats/cells.h"

#include "haven/core/text.h"

namespace haven::stats::detail {

const std::string& code_at(const Table& table, std::size_t cell, std::size_t d) {
  const Dimension& dimension = table.dimensions()[d];
  const std::uint32_t at = table.position(cell, d);
  return at == table.total_position(d) ? dimension.total : dimension.codes[at];
}

std::string_view label_at(const Table& table, std::size_t cell, std::size_t d) {
  const Dimension& dimension = table.dimensions()[d];
  const std::uint32_t at = table.position(cell, d);
  if (at == table.total_position(d)) return "Total";
  // A dimension built without labels still reads: its code stands for the label.
  return at < dimension.labels.size() ? dimension.labels[at] : dimension.codes[at];
}

std::string_view obs_status(CellStatus status) { return published(status) ? "A" : "Q"; }

std::string_view obs_status_name(CellStatus status) {
  return published(status) ? "Normal value" : "Missing value; suppressed";
}

std::string_view conf_status(CellStatus status) {
  switch (status) {
    case CellStatus::kFree:
      return "F";
    case CellStatus::kPrimary:
      return "C";
    case CellStatus::kSecondary:
      return "D";
  }
  return "C";  // unreachable; a cell of unknown status is never published
}

std::string_view conf_status_name(CellStatus status) {
  switch (status) {
    case CellStatus::kFree:
      return "Free";
    case CellStatus::kPrimary:
      return "Confidential statistical information";
    case CellStatus::kSecondary:
      return "Secondary confidentiality set by the sender, not for publication";
  }
  return "Confidential statistical information";
}

std::string_view withheld_because(CellStatus status) {
  switch (status) {
    case CellStatus::kFree:
      return "";
    case CellStatus::kPrimary:
      return "confidential, could identify persons";
    case CellStatus::kSecondary:
      return "confidential, would reveal another cell";
  }
  return "confidential";
}

std::string message_header_start(const MessageHeader& header) {
  return "<message:Header>\n<message:ID>" + xml_escape(header.id) +
         "</message:ID>\n<message:Test>" + (header.test ? "true" : "false") +
         "</message:Test>\n<message:Prepared>" + xml_escape(header.prepared) +
         "</message:Prepared>\n<message:Sender id=\"" + xml_escape(header.sender) + "\"/>\n";
}

}  // namespace haven::stats::detail
