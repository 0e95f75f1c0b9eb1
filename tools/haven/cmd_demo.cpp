// haven demo: realistic, reproducible histories, written to a file or recorded directly.

#include <unistd.h>
#include <cstdio>

#include <filesystem>
#include <fstream>
#include <iostream>

#include "commands.h"
#include "haven/demo/generator.h"
#include "progress.h"

namespace haven::cli {
namespace {

struct DemoFlags {
  int persons = 500;
  std::uint64_t seed = 66172;
  std::string output;
};

}  // namespace

void add_demo_command(CLI::App& app, const GlobalOptions& global, int& exit) {
  auto flags = std::make_shared<DemoFlags>();
  auto* cmd = app.add_subcommand("demo", "Record realistic, reproducible demo histories");
  cmd->footer(
      "Persons from five migration corridors (Central America-Mexico-United States, Central\n"
      "Mediterranean, Eastern Mediterranean-Western Balkans, Horn of Africa-Yemen-Gulf, Bay of\n"
      "Bengal) with names in their own scripts, detentions, consular notices, referrals,\n"
      "incidents and tracing requests. The same seed gives the same data.");
  cmd->add_option("--persons", flags->persons, "How many persons")->capture_default_str();
  cmd->add_option("--seed", flags->seed, "Same seed, same data")->capture_default_str();
  cmd->add_option("--output,-o", flags->output,
                  "Write JSON Lines to this file (- for standard output) instead of recording");
  cmd->callback([&global, &exit, flags] {
    SystemClock clock;
    demo::DemoOptions options;
    options.persons = flags->persons;
    options.seed = flags->seed;
    options.now = clock.now();
    Progress progress("Generating", 0);
    auto on_progress = [&](std::int64_t persons) { progress.update(persons, -1); };
    if (!flags->output.empty()) {
      std::ofstream file;
      if (flags->output != "-") file.open(flags->output);
      std::ostream& out = flags->output == "-" ? std::cout : file;
      auto summary = demo::write_demo(options, out, on_progress);
      progress.finish();
      if (!summary) exit = report_error(summary.error());
      return;
    }
    auto session = open_session(global, false);
    if (!session) {
      exit = report_error(session.error());
      return;
    }
    // Generated to a temporary file, then imported like any other file: the demo goes
    // through exactly the checks real data does.
    const auto path = std::filesystem::temp_directory_path() /
                      ("haven-demo-" + std::to_string(::getpid()) + ".jsonl");
    {
      std::ofstream file(path);
      auto summary = demo::write_demo(options, file, on_progress);
      progress.finish();
      if (!summary) {
        exit = report_error(summary.error());
        return;
      }
    }
    std::ifstream input(path);
    Progress importing("Recording", file_size(path.string()));
    ledger::RecordOptions record;
    record.actor = "demo";
    record.progress = [&](std::int64_t lines, std::int64_t bytes) {
      importing.update(lines, bytes);
    };
    auto report = (*session)->ledger->record_lines(input, record);
    importing.finish();
    std::filesystem::remove(path);
    if (!report) {
      exit = report_error(report.error());
      return;
    }
    if (!report->errors.empty()) {
      exit = report_error(report->errors.front());
      return;
    }
    std::cout << "Recorded " << with_commas(report->recorded) << " demo events for "
              << with_commas(flags->persons) << " persons in " << global.db << ".\n";
  });
}

}  // namespace haven::cli
