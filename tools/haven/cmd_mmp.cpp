// haven import mmp | export mmp: deaths and disappearances exchanged with IOM's Missing
// Migrants Project in its CSV (exchange/mmp.h).

#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>

#include "commands.h"
#include "haven/exchange/mmp_import.h"
#include "progress.h"

namespace haven::cli {
namespace {

struct MmpImportFlags {
  std::string file;
  bool check = false;
  std::string actor = "import";
};

void print_report(const exchange::MmpImportReport& report, const GlobalOptions& global,
                  const MmpImportFlags& flags) {
  if (global.format == "json") {
    nlohmann::json out = {{"rows", report.rows},
                          {"valid", report.valid},
                          {"recorded", report.recorded},
                          {"already_recorded", report.already_recorded},
                          {"refused_lines", report.refused_lines}};
    out["errors"] = nlohmann::json::array();
    for (const auto& e : report.problems) {
      out["errors"].push_back({{"line", e.line},
                               {"column", e.field},
                               {"code", std::string(code_name(e.code))},
                               {"message", e.message}});
    }
    std::cout << out.dump() << "\n";
    return;
  }
  std::ostream& out = report.problems.empty() ? std::cout : std::cerr;
  out << flags.file << ": " << with_commas(report.rows) << " rows, " << with_commas(report.valid)
      << " valid";
  if (flags.check) {
    out << " (checked only: nothing was recorded).\n";
  } else {
    out << "; recorded " << with_commas(report.recorded) << " incidents";
    if (report.already_recorded > 0) {
      out << ", " << with_commas(report.already_recorded) << " already recorded";
    }
    out << ".\n";
  }
  if (report.problems.empty()) return;
  out << "Refused " << report.refused_lines.size() << " rows:\n";
  for (const auto& e : report.problems) out << "  " << e.describe() << "\n";
}

void add_import_mmp(CLI::App& import, const GlobalOptions& global, int& exit) {
  auto flags = std::make_shared<MmpImportFlags>();
  auto* cmd = import.add_subcommand(
      "mmp", "Record deaths and disappearances from a Missing Migrants Project CSV export");
  cmd->footer(
      "Every row is checked first; each refused row is listed with its line, column and\n"
      "reason, and the valid rows are recorded (an incident is one event: never half a row).\n"
      "Incidents are keyed by their MMP Incident ID, so importing a file again adds only\n"
      "what is new.\n"
      "Exit status: 0 every row valid, 1 some rows refused, 3 no database, 4 storage error.");
  cmd->add_option("file", flags->file, "The MMP CSV file")->required();
  cmd->add_flag("--check", flags->check, "Check every row and report; record nothing");
  cmd->add_option("--actor", flags->actor, "Who is recording (stored with each event)")
      ->capture_default_str();
  cmd->callback([&global, &exit, flags] {
    std::ifstream file(flags->file, std::ios::binary);
    if (!file) {
      exit = report_error(Fail(ErrorCode::kIo, "file", "cannot read '" + flags->file + "'"));
      return;
    }
    auto session = session_or_report(global, exit);
    if (!session) return;
    std::optional<Progress> progress;
    exchange::MmpImportOptions options;
    options.check_only = flags->check;
    options.actor = flags->actor;
    options.progress = progress_reporter(progress, "Importing " + flags->file, "incidents");
    auto report = exchange::import_mmp(*session->ledger, file, options);
    if (progress) progress->finish();
    if (!report) {
      Error error = report.error();
      error.message = flags->file + ": " + error.message;
      exit = report_error(error);
      return;
    }
    print_report(*report, global, *flags);
    exit = report->problems.empty() ? 0 : 1;
  });
}

void add_export_mmp(CLI::App& export_command, const GlobalOptions& global, int& exit) {
  auto* cmd = export_command.add_subcommand(
      "mmp", "Write deaths and disappearances as a Missing Migrants Project CSV");
  cmd->footer(
      "The columns and their order are MMP's own, so that what `haven import mmp` read comes\n"
      "back as it was; incidents recorded in Haven are written in the same columns.");
  auto output = std::make_shared<std::string>("-");
  cmd->add_option("--output,-o", *output, "File to write, or - for standard output")
      ->capture_default_str();
  cmd->callback([&global, &exit, output] {
    auto session = session_or_report(global, exit);
    if (!session) return;
    std::ofstream file;
    if (*output != "-") {
      file.open(*output, std::ios::binary);
      if (!file) {
        exit = report_error(Fail(ErrorCode::kIo, "output", "cannot write '" + *output + "'"));
        return;
      }
    }
    if (auto ok = log_cli_action(*session, global, "export", "/api/v1/incidents", "",
                                 "MMP CSV to " + *output);
        !ok) {
      exit = report_error(ok.error());
      return;
    }
    auto written = exchange::export_mmp(*session->store, *output == "-" ? std::cout : file);
    if (!written) {
      exit = report_error(written.error());
      return;
    }
    if (*output != "-") {
      std::cerr << "Wrote " << with_commas(*written) << " incidents to " << *output << ".\n";
    }
  });
}

}  // namespace

void add_mmp_commands(CLI::App& import, CLI::App& export_command, const GlobalOptions& global,
                      int& exit) {
  add_import_mmp(import, global, exit);
  add_export_mmp(export_command, global, exit);
}

}  // namespace haven::cli
