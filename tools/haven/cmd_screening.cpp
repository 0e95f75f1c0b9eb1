// haven forms list | show | add: the vulnerability screening forms an installation uses.
// Screenings themselves are recorded as screening.recorded events (haven import); Haven
// works out their findings from the form.

#include <fstream>
#include <iomanip>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "commands.h"
#include "haven/screening/forms.h"

namespace haven::cli {

void add_forms_commands(CLI::App& app, const GlobalOptions& global, int& exit) {
  auto* cmd = app.add_subcommand("forms", "Vulnerability screening forms")->require_subcommand(1);
  cmd->footer(
      "A screening is recorded as an event naming the form and its answers, e.g.\n"
      "  {\"type\":\"screening.recorded\",\"occurred_at\":\"2026-05-02T10:00:00Z\",\n"
      "   \"person_id\":\"P-1\",\"form\":\"washington_group_short_set\",\n"
      "   \"answers\":{\"seeing\":\"no_difficulty\", …}}\n"
      "and Haven adds the version used and the findings (vulnerability codes and flags, each\n"
      "with its reason). docs/screening.md describes the form format.");

  auto* list = cmd->add_subcommand("list", "The forms this installation can use");
  list->callback([&global, &exit] {
    auto session = session_or_report(global, exit);
    if (!session) return;
    auto forms = screening::list_forms(*session->store);
    if (!forms) {
      exit = report_error(forms.error());
      return;
    }
    if (global.format == "json") {
      nlohmann::json out = nlohmann::json::array();
      for (const auto& f : *forms) {
        out.push_back({{"form", f.form},
                       {"version", f.version},
                       {"title", f.title},
                       {"source", f.source},
                       {"questions", f.questions},
                       {"builtin", f.builtin}});
      }
      std::cout << out.dump() << "\n";
      return;
    }
    for (const auto& f : *forms) {
      std::cout << "  " << std::left << std::setw(32) << f.form << "v" << std::setw(4) << f.version
                << std::setw(10) << (f.builtin ? "built-in" : "added") << f.title << " ("
                << f.questions << " questions)\n";
    }
  });

  auto id = std::make_shared<std::string>();
  auto version = std::make_shared<int>(0);
  auto* show = cmd->add_subcommand("show", "A form's definition, as JSON");
  show->add_option("form", *id, "The form's id")->required();
  show->add_option("--version", *version, "Which version (default: the latest)")
      ->check(CLI::Range(1, 1'000'000));
  show->callback([&global, &exit, id, version] {
    auto session = session_or_report(global, exit);
    if (!session) return;
    auto form = screening::find_form(*session->store, *id, *version);
    if (!form) {
      exit = report_error(form.error());
      return;
    }
    std::cout << nlohmann::json::parse(form->text).dump(global.format == "json" ? -1 : 2) << "\n";
  });

  auto file = std::make_shared<std::string>();
  auto* add = cmd->add_subcommand("add", "Add a form, or a new version of one");
  add->footer(
      "A version never changes once added: to change a form, give it a higher version.\n"
      "Screenings keep the version they used.\n\nExample:\n  haven forms add my_form.json");
  add->add_option("file", *file, "The form definition (JSON)")
      ->required()
      ->check(CLI::ExistingFile);
  add->callback([&global, &exit, file] {
    auto session = session_or_report(global, exit);
    if (!session) return;
    std::ifstream in(*file, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    auto added = screening::add_form(*session->store, text.str());
    if (!added) {
      Error error = added.error();
      error.message = *file + ": " + error.message;
      exit = report_error(error);
      return;
    }
    std::cout << "form " << added->form << " version " << added->version << " (" << added->questions
              << " questions) is ready to use\n";
  });
}

}  // namespace haven::cli
