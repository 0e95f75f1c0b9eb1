#include "haven/law/catalogue_json.h"

#include <nlohmann/json.hpp>

namespace haven::law {

using nlohmann::ordered_json;

std::string cited_provision_json(const CitedProvision& p) {
  ordered_json out = {{"id", p.id},
                      {"instrument", p.instrument},
                      {"instrument_title", p.instrument_title},
                      {"kind", p.kind}};
  if (!p.action.empty()) out["action"] = p.action;
  if (!p.force.empty()) out["force"] = p.force;
  if (!p.text.empty()) out["text"] = p.text;
  if (!p.summary.empty()) out["summary"] = p.summary;
  return out.dump();
}

std::string instruments_json(std::span<const CatalogueEntry> entries) {
  ordered_json list = ordered_json::array();
  for (const auto& e : entries) {
    list.push_back({{"id", e.id},
                    {"title", e.title},
                    {"kind", e.kind},
                    {"adopted", e.adopted},
                    {"provisions", e.provisions},
                    {"has_text", e.has_text}});
  }
  return ordered_json{{"instruments", std::move(list)}}.dump();
}

std::string coverage_json(std::string_view resolution_id, std::span<const CoverageRow> rows) {
  ordered_json list = ordered_json::array();
  int served = 0;
  for (const auto& row : rows) {
    ordered_json by = ordered_json::array();
    for (const auto& implementation : row.served_by) {
      by.push_back({{"kind", implementation.kind}, {"name", implementation.name}});
    }
    if (!row.served_by.empty()) ++served;
    list.push_back({{"id", row.id},
                    {"action", row.action},
                    {"force", row.force},
                    {"excerpt", row.excerpt},
                    {"served_by", std::move(by)},
                    {"served_through_points", row.served_through_points}});
  }
  return ordered_json{{"resolution", resolution_id},
                      {"served", served},
                      {"total", rows.size()},
                      {"rows", std::move(list)}}
      .dump();
}

}  // namespace haven::law
