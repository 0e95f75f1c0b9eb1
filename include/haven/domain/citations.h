#pragma once
// Which provisions each event type of the vocabulary records compliance with: the
// `consular.rights_informed` event is how a State shows it met VCCR art.36(1)(b) and
// op.4(g). The law module's coverage table reads this; a test checks that every id resolves
// in the catalogue.

#include <span>
#include <string_view>

namespace haven::domain {

struct EventCitation {
  std::string_view event_type;
  // Citation id (`A/RES/66/172 op.4(g)`, `VCCR art.36(1)(b)`).
  std::string_view provision;
};

// Every event type's citations, in vocabulary order.
std::span<const EventCitation> event_citations();

}  // namespace haven::domain
