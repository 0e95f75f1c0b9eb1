#pragma once
// The rule catalogue (DESIGN.md, "Rules (v1 catalogue)") as data: each rule's stable id,
// the obligation it watches, and the provisions it cites (ids the law catalogue resolves).

#include <span>
#include <string_view>

namespace haven::rules {

struct RuleSpec {
  // Stable id, part of the API: `consular.rights_not_informed`.
  std::string_view id;
  // The obligation, in a sentence.
  std::string_view obligation;
  // Citation ids (`VCCR art.36(1)(b)`, `A/RES/66/172 op.4(g)`).
  std::span<const std::string_view> cites;
};

// Every rule, in the catalogue's order.
std::span<const RuleSpec> rule_catalogue();
// A rule by id, or null.
const RuleSpec* find_rule(std::string_view id);

}  // namespace haven::rules
