// Commands about the database as a whole: init, export, rebuild.

#include <fstream>
#include <iostream>

#include "commands.h"
#include "profile_choice.h"

namespace haven::cli {

void add_init_command(CLI::App& app, const GlobalOptions& global, int& exit) {
  auto* cmd = app.add_subcommand("init", "Create the database (does nothing if it exists)");
  auto profile = std::make_shared<std::string>();
  std::string names;
  for (auto name : rules::builtin_profile_names())
    names += (names.empty() ? "" : ", ") + std::string(name);
  cmd->add_option("--profile", *profile,
                  "Fix the jurisdiction profile the legal deadlines follow: a built-in name\n(" +
                      names +
                      ")\nor a TOML file. Without it an existing choice stays; a new database\n"
                      "follows international.");
  cmd->callback([&global, &exit, profile] {
    auto session = open_session(global, true);
    if (!session) {
      exit = report_error(session.error());
      return;
    }
    auto version = (*session)->store->schema_version();
    if (!version) {
      exit = report_error(version.error());
      return;
    }
    std::cout << "Database " << global.db << " is ready (schema version " << *version << ").\n";
    if (!profile->empty()) {
      auto fixed = fix_profile(**session, *profile);
      if (!fixed) {
        exit = report_error(fixed.error());
        return;
      }
      std::cout << "Legal deadlines follow the profile " << fixed->name << ".\n";
    }
  });
}

void add_export_command(CLI::App& app, const GlobalOptions& global, int& exit) {
  auto* cmd = app.add_subcommand("export", "Write every event as JSON Lines");
  cmd->footer(
      "Events come in recording order; `haven import --restore` reads them back to the\n"
      "same log, so an export is a complete backup.");
  auto output_flag = std::make_shared<std::string>("-");
  cmd->add_option("--output,-o", *output_flag, "File to write, or - for standard output")
      ->capture_default_str();
  cmd->require_subcommand(0, 1);  // `haven export mmp` (cmd_mmp.cpp) writes another format
  cmd->callback([&global, &exit, output_flag, cmd] {
    if (cmd->got_subcommand("mmp")) return;
    const std::string& output = *output_flag;
    auto session = open_session(global, false);
    if (!session) {
      exit = report_error(session.error());
      return;
    }
    std::ofstream file;
    if (output != "-") {
      file.open(output);
      if (!file) {
        exit = report_error(Fail(ErrorCode::kIo, "output", "cannot write '" + output + "'"));
        return;
      }
    }
    // Every event of every person leaves the database: logged before the first is written.
    if (auto ok = log_cli_action(**session, global, "export", "/api/v1/events", "", "to " + output);
        !ok) {
      exit = report_error(ok.error());
      return;
    }
    std::ostream& out = output == "-" ? std::cout : file;
    if (auto ok = (*session)->ledger->export_lines(out); !ok) exit = report_error(ok.error());
  });
}

void add_rebuild_command(CLI::App& app, const GlobalOptions& global, int& exit) {
  auto* cmd = app.add_subcommand("rebuild", "Fold every projection again from the event log");
  cmd->callback([&] {
    auto session = open_session(global, false);
    if (!session) {
      exit = report_error(session.error());
      return;
    }
    if (auto ok = (*session)->ledger->rebuild(); !ok) {
      exit = report_error(ok.error());
      return;
    }
    auto counts = (*session)->store->counts();
    if (counts) {
      std::cerr << "Rebuilt " << with_commas(counts->persons) << " persons, "
                << with_commas(counts->incidents) << " incidents and "
                << with_commas(counts->tracing_requests) << " tracing requests from "
                << with_commas(counts->events) << " events.\n";
    }
  });
}

}  // namespace haven::cli
