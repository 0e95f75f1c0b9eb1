// haven person merge | unmerge: join two registrations of one person (person.merged), or
// part them again (person.unmerged). A thin front to recording the event, which is what
// `haven import` and POST /api/v1/events do with the same JSON; the ledger checks it.

#include <cstdlib>
#include <iostream>
#include <nlohmann/json.hpp>

#include "commands.h"

namespace haven::cli {
namespace {

struct MergeFlags {
  std::string duplicate;
  std::string kept;
  std::string reason;
  std::string occurred_at;
};

int record_merge(const GlobalOptions& global, const MergeFlags& flags, bool merge) {
  int exit = 0;
  auto session = session_or_report(global, exit);
  if (!session) return exit;
  nlohmann::json event = {
      {"type", merge ? "person.merged" : "person.unmerged"},
      {"occurred_at",
       flags.occurred_at.empty() ? format_rfc3339(session->clock.now()) : flags.occurred_at},
      {"person_id", flags.duplicate},
      {"into", flags.kept}};
  if (!flags.reason.empty()) event["reason"] = flags.reason;
  const std::string line = event.dump();
  ledger::RecordOptions options;
  const char* user = std::getenv("USER");
  options.actor = std::string("cli:") + (user != nullptr ? user : "unknown");
  auto report = session->ledger->record({ledger::InputEvent{line, 0, 0}}, options);
  if (!report) return report_error(report.error());
  if (!report->errors.empty()) return report_error(report->errors.front());
  std::cout << (merge ? "Merged " : "Unmerged ") << flags.duplicate << (merge ? " into " : " from ")
            << flags.kept << " (event " << report->event_ids.front() << ").\n";
  return 0;
}

// What tells `merge` and `unmerge` apart on the command line.
struct Command {
  const char* name;
  const char* description;
  const char* kept_flag;
  const char* kept_help;
  const char* footer;
  bool merge;
};

constexpr Command kCommands[] = {
    {"merge", "Join a duplicate registration to the person kept (person.merged)", "--into",
     "The registration kept",
     "The duplicate's events stay recorded under its id; its alerts, detention clock and\n"
     "timeline are read as the kept person's from then on. `haven link dedupe` lists likely\n"
     "pairs. Refused (nothing written) for an unknown id, the same id twice, a duplicate\n"
     "already merged, or a kept registration that is itself merged.\n\nExample:\n"
     "  haven person merge P-2 --into P-1 --reason \"same passport number\"",
     true},
    {"unmerge", "Undo a merge: the two registrations stand apart again (person.unmerged)", "--from",
     "The registration it was merged into",
     "Refused (nothing written) when the duplicate is not merged into that registration.\n\n"
     "Example:\n"
     "  haven person unmerge P-2 --from P-1 --reason \"different persons: checked documents\"",
     false},
};

}  // namespace

void add_merge_commands(CLI::App& person, const GlobalOptions& global, int& exit) {
  for (const Command& command : kCommands) {
    auto flags = std::make_shared<MergeFlags>();
    auto* cmd = person.add_subcommand(command.name, command.description);
    cmd->add_option("id", flags->duplicate, "The duplicate registration's person id")->required();
    cmd->add_option(command.kept_flag, flags->kept, command.kept_help)->required();
    cmd->add_option("--reason", flags->reason, "Why (kept with the event, in the audit trail)");
    cmd->add_option("--at", flags->occurred_at, "When it was decided (RFC 3339); default now");
    cmd->footer(command.footer);
    const bool merge = command.merge;
    cmd->callback([&global, &exit, flags, merge] { exit = record_merge(global, *flags, merge); });
  }
}

}  // namespace haven::cli
