#include "haven/rules/implementations.h"

#include "haven/domain/citations.h"
#include "haven/rules/catalogue.h"

namespace haven::rules {

std::vector<law::Implementation> implementations() {
  std::vector<law::Implementation> out;
  for (const auto& rule : rule_catalogue()) {
    for (auto id : rule.cites) out.push_back({std::string(id), "rule", std::string(rule.id)});
  }
  for (const auto& citation : domain::event_citations()) {
    out.push_back({std::string(citation.provision), "event", std::string(citation.event_type)});
  }
  return out;
}

}  // namespace haven::rules
