// haven import: JSON Lines events into the log, all or nothing unless --partial.

#include <chrono>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>

#include "commands.h"
#include "progress.h"

namespace haven::cli {
namespace {

struct ImportFlags {
  std::string file;
  bool partial = false;
  bool restore = false;
  std::string actor = "import";
};

void print_report(const ledger::RecordReport& report, const GlobalOptions& global,
                  const ImportFlags& flags) {
  if (global.format == "json") {
    nlohmann::json out = {{"recorded", report.recorded}, {"refused", report.refused}};
    out["errors"] = nlohmann::json::array();
    for (const auto& e : report.errors) {
      out["errors"].push_back({{"line", e.line},
                               {"field", e.field},
                               {"code", std::string(code_name(e.code))},
                               {"message", e.message}});
    }
    std::cout << out.dump() << "\n";
    return;
  }
  if (report.errors.empty()) {
    std::cout << "Recorded " << with_commas(report.recorded) << " events from " << flags.file
              << ".\n";
    return;
  }
  if (flags.partial) {
    std::cerr << "Recorded " << with_commas(report.recorded) << " events; refused "
              << with_commas(report.refused) << " lines of " << flags.file << ":\n";
  } else {
    std::cerr << "Nothing was recorded: " << flags.file << " has problems (fix them and import "
              << "again, or keep the good lines with --partial):\n";
  }
  for (const auto& e : report.errors) std::cerr << "  " << e.describe() << "\n";
  if (static_cast<std::int64_t>(report.errors.size()) < report.refused && flags.partial) {
    std::cerr << "  … and "
              << with_commas(report.refused - static_cast<std::int64_t>(report.errors.size()))
              << " more.\n";
  }
}

}  // namespace

void add_import_command(CLI::App& app, const GlobalOptions& global, int& exit) {
  auto flags = std::make_shared<ImportFlags>();
  auto* cmd = app.add_subcommand("import", "Record events from a JSON Lines file");
  cmd->footer(
      "One event per line; blank lines and lines starting with # are skipped. The whole file\n"
      "is refused if any line is wrong, and every problem is listed with its line and field.\n"
      "Example line:\n"
      R"(  {"type":"person.registered","occurred_at":"2026-03-01T10:00:00+01:00","person_id":"P-1","given_name":"Amina"})"
      "\nA Missing Migrants Project CSV: haven import mmp FILE.csv (see haven import mmp --help)."
      "\nExit status: 0 all recorded, 1 some lines refused, 3 no database, 4 storage error.");
  // Not required: `haven import mmp FILE` (cmd_mmp.cpp) reads another format.
  cmd->add_option("file", flags->file, "JSON Lines file, or - for standard input");
  cmd->require_subcommand(0, 1);
  cmd->add_flag("--partial", flags->partial, "Keep the good lines and report the bad ones");
  cmd->add_flag("--restore", flags->restore,
                "Keep the id, recorded_at and actor of each line (reading a `haven export`)");
  cmd->add_option("--actor", flags->actor, "Who is recording (stored with each event)")
      ->capture_default_str();
  cmd->callback([&global, &exit, flags, cmd] {
    if (cmd->got_subcommand("mmp")) return;
    if (flags->file.empty()) {
      exit = report_error(Fail(ErrorCode::kBadRequest, "file",
                               "name a JSON Lines file (or `haven import mmp FILE.csv`)"));
      return;
    }
    auto session = open_session(global, false);
    if (!session) {
      exit = report_error(session.error());
      return;
    }
    std::ifstream file;
    if (flags->file != "-") {
      file.open(flags->file, std::ios::binary);
      if (!file) {
        exit = report_error(Fail(ErrorCode::kIo, "file", "cannot read '" + flags->file + "'"));
        return;
      }
    }
    std::istream& input = flags->file == "-" ? std::cin : file;
    Progress progress("Importing " + flags->file, flags->file == "-" ? 0 : file_size(flags->file));
    ledger::RecordOptions options;
    options.actor = flags->actor;
    options.partial = flags->partial;
    options.accept_provenance = flags->restore;
    options.progress = [&](std::int64_t lines, std::int64_t bytes) {
      progress.update(lines, bytes);
    };
    auto report = (*session)->ledger->record_lines(input, options);
    progress.finish();
    if (!report) {
      exit = report_error(report.error());
      return;
    }
    print_report(*report, global, *flags);
    exit = report->refused > 0 ? 1 : 0;
  });
}

}  // namespace haven::cli
