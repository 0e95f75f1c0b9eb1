#pragma once
// The treaties and other instruments Haven's rules and resolutions cite, as data
// (src/law/instruments.cpp): ids, titles, the names under which resolutions mention them,
// and the provisions Haven's rules enforce. Immutable; safe to share across threads.

#include <span>
#include <string_view>

namespace haven::law {

// A provision of an instrument that Haven cites (`VCCR art.36(1)(b)`).
struct InstrumentProvision {
  // Citation id: the instrument id, a space, then the article (`CRC art.37(b)`).
  std::string_view id;
  // What the provision requires, in a line. The text itself ships only where noted.
  std::string_view summary;
};

// A treaty or other instrument named in resolutions or cited by rules.
struct Instrument {
  // Short citation id: `VCCR`, `CRC`, `ICRMW`.
  std::string_view id;
  // Full title as the United Nations prints it.
  std::string_view title;
  // Date of adoption, `YYYY-MM-DD`.
  std::string_view adopted;
  // The names under which a resolution's text mentions it, each matched exactly.
  std::span<const std::string_view> names;
  std::span<const InstrumentProvision> provisions;
};

// Every instrument Haven knows, in a stable order.
std::span<const Instrument> known_instruments();

}  // namespace haven::law
