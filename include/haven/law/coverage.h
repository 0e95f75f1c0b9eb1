#pragma once
// The coverage table of a resolution: for every operative paragraph and sub-paragraph, what
// in Haven serves it (an event type that records it, a rule that enforces it, a statistic
// that measures it) or nothing yet. The callers gather the implementations from the modules
// that own them; this module only matches them to provisions.

#include <span>
#include <string>
#include <vector>

#include "haven/law/resolution.h"

namespace haven::law {

// Something in Haven that serves a provision.
struct Implementation {
  // Citation id of the provision served (`A/RES/66/172 op.4(g)`).
  std::string provision;
  // `event`, `rule`, `statistic` or `report`.
  std::string kind;
  // What it is called in Haven: `consular.rights_informed`.
  std::string name;
};

struct CoverageRow {
  std::string id;
  std::string action;
  std::string force;
  // The first words of the provision, to recognise it in a table.
  std::string excerpt;
  // Empty when nothing in Haven serves the provision itself yet.
  std::vector<Implementation> served_by;
  // For a paragraph with sub-paragraphs: whether something serves one of them.
  bool served_through_points = false;
};

// One row per operative paragraph and per sub-paragraph, in the resolution's order.
std::vector<CoverageRow> coverage(const Resolution& resolution,
                                  std::span<const Implementation> implementations);

}  // namespace haven::law
