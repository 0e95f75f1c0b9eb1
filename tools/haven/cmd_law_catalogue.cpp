// haven law show | list | coverage: the built-in catalogue of the law Haven cites.

#include <iomanip>
#include <iostream>

#include "commands.h"
#include "haven/law/catalogue_json.h"
#include "haven/rules/implementations.h"

namespace haven::cli {
namespace {

int run_show(const GlobalOptions& global, const std::string& id) {
  auto found = law::Catalogue::builtin().find(id);
  if (!found) return report_error(found.error());
  if (global.format == "json") {
    std::cout << law::cited_provision_json(*found) << "\n";
    return 0;
  }
  std::cout << found->id << "  (" << found->kind;
  if (!found->action.empty()) std::cout << ", " << found->action;
  if (!found->force.empty()) std::cout << ": " << found->force;
  std::cout << ")\n" << found->instrument_title << "\n\n";
  if (!found->text.empty()) std::cout << found->text << "\n";
  if (!found->summary.empty()) {
    std::cout << found->summary << "\n(Haven's summary; the treaty text is not shipped.)\n";
  }
  return 0;
}

int run_list(const GlobalOptions& global) {
  auto entries = law::Catalogue::builtin().instruments();
  if (global.format == "json") {
    std::cout << law::instruments_json(entries) << "\n";
    return 0;
  }
  std::cout << std::left << std::setw(16) << "ID" << std::setw(12) << "ADOPTED" << std::setw(11)
            << "CITABLE"
            << "TITLE\n";
  for (const auto& e : entries) {
    std::string title = e.title.size() > 70 ? e.title.substr(0, 69) + "…" : e.title;
    std::cout << std::setw(16) << e.id << std::setw(12) << e.adopted << std::setw(11)
              << e.provisions << title << "\n";
  }
  std::cout << "\nShow one with: haven law show \"A/RES/66/172 op.4(g)\"\n";
  return 0;
}

int run_coverage(const GlobalOptions& global) {
  const auto* resolution = law::Catalogue::builtin().resolution("A/RES/66/172");
  if (resolution == nullptr) {
    return report_error(Error{ErrorCode::kInternal, "", "the catalogue has no 66/172", 0});
  }
  auto rows = law::coverage(*resolution, rules::implementations());
  if (global.format == "json") {
    std::cout << law::coverage_json(resolution->id, rows) << "\n";
    return 0;
  }
  int served = 0;
  std::size_t width = 0;
  for (const auto& row : rows) width = std::max(width, row.action.size() + row.force.size() + 4);
  std::cout << "Coverage of " << resolution->id << " (" << resolution->title
            << "): what in Haven serves each operative provision\n\n";
  for (const auto& row : rows) {
    auto short_id = row.id.substr(resolution->id.size() + 1);
    std::cout << std::left << std::setw(9) << short_id << std::setw(static_cast<int>(width))
              << (row.action + (row.force.empty() ? "" : " [" + row.force + "]"));
    if (row.served_by.empty()) {
      std::cout << (row.served_through_points ? "through its sub-paragraphs\n" : "not yet\n");
      continue;
    }
    ++served;
    std::string by;
    for (const auto& implementation : row.served_by) {
      by += (by.empty() ? "" : ", ") + implementation.kind + " " + implementation.name;
    }
    std::cout << by << "\n";
  }
  std::cout << "\n"
            << served << " of " << rows.size()
            << " operative provisions are served. Read one with: haven law show \""
            << resolution->id << " op.4(g)\"\n";
  return 0;
}

}  // namespace

void add_law_catalogue_commands(CLI::App& law, const GlobalOptions& global, int& exit) {
  auto id = std::make_shared<std::string>();
  auto* show = law.add_subcommand("show",
                                  "Print a provision by its citation id. Examples:\n"
                                  "  haven law show \"A/RES/66/172 op.4(g)\"\n"
                                  "  haven law show \"A/RES/66/172 pp.3\"\n"
                                  "  haven law show \"VCCR art.36(1)(b)\"");
  show->add_option("id", *id, "Citation id")->required();
  show->callback([id, &global, &exit] { exit = run_show(global, *id); });

  law.add_subcommand("list", "List the resolutions and treaties in the catalogue")
      ->callback([&global, &exit] { exit = run_list(global); });
  law.add_subcommand("coverage",
                     "For every operative paragraph and sub-paragraph of resolution 66/172, "
                     "what in Haven serves it, or `not yet`")
      ->callback([&global, &exit] { exit = run_coverage(global); });
}

}  // namespace haven::cli
