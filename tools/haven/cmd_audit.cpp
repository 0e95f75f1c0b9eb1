// haven audit verify | list: check the audit log's chain, and read it.

#include <iomanip>
#include <iostream>
#include <nlohmann/json.hpp>

#include "commands.h"
#include "haven/audit/log.h"

namespace haven::cli {

using nlohmann::json;

namespace {

// Exit code when the chain shows tampering: the log itself is intact enough to read, but
// it is not what Haven wrote.
constexpr int kTampered = 5;

struct ListFlags {
  store::AuditQuery query;
  std::string since;
  std::string until;
};

bool read_moment(const std::string& text, const char* flag, std::int64_t& out, int& exit) {
  if (text.empty()) return true;
  auto moment = parse_moment(text);
  if (!moment) {
    exit = report_error(Error{ErrorCode::kBadRequest, flag, moment.error().message, 0});
    return false;
  }
  out = moment->micros;
  return true;
}

}  // namespace

void add_audit_commands(CLI::App& app, const GlobalOptions& global, int& exit) {
  auto* cmd = app.add_subcommand("audit", "The audit log: who read and wrote what, and when")
                  ->require_subcommand(1);
  cmd->footer(
      "Every sign-in (and failed one), every read of a record and every write through the API "
      "is logged, each entry chained to the one before by a BLAKE2b hash; the chain's head is "
      "also kept in <database>.audit-head.\n\nExamples:\n"
      "  haven audit verify\n"
      "  haven audit list --user lucia.gomez --since 2026-11-01\n"
      "  haven audit list --target /api/v1/persons/P-1");

  auto* verify = cmd->add_subcommand(
      "verify", "Check the chain: finds entries edited, deleted, inserted, moved or cut off");
  verify->callback([&global, &exit] {
    auto session = session_or_report(global, exit);
    if (!session) return;
    audit::Log log(*session->store, session->clock, audit::head_file_for(global.db));
    auto verified = log.verify();
    if (!verified) {
      exit = report_error(verified.error());
      return;
    }
    for (const auto& finding : verified->findings) {
      std::cout << "entry " << finding.seq << ": " << finding.message << "\n";
    }
    if (!verified->intact()) {
      std::cout << "The audit log has been tampered with (" << verified->findings.size()
                << (verified->findings.size() == 1 ? " finding" : " findings") << ").\n";
      exit = kTampered;
      return;
    }
    std::cout << "The audit log is intact: " << with_commas(verified->entries)
              << " entries, chain and head file agree.\n";
  });

  auto flags = std::make_shared<ListFlags>();
  auto* list = cmd->add_subcommand("list", "Entries, oldest first, filtered");
  list->add_option("--user", flags->query.user, "Only this user's entries");
  list->add_option("--action", flags->query.action,
                   "Only this action (sign_in, sign_in_failed, read, write, denied, …)");
  list->add_option("--target", flags->query.target, "Only targets starting with this");
  list->add_option("--since", flags->since, "From this date or time (RFC 3339)");
  list->add_option("--until", flags->until, "Before this date or time (RFC 3339)");
  list->add_option("--limit", flags->query.limit, "At most this many entries (0: all)")
      ->check(CLI::NonNegativeNumber);
  list->callback([&global, &exit, flags] {
    if (!read_moment(flags->since, "since", flags->query.since, exit) ||
        !read_moment(flags->until, "until", flags->query.until, exit)) {
      return;
    }
    auto session = session_or_report(global, exit);
    if (!session) return;
    const bool as_json = global.format == "json";
    auto listed =
        session->store->for_each_audit(flags->query, [as_json](const store::AuditRow& row) {
          if (as_json) {
            std::cout << json{{"seq", row.seq},         {"at", format_rfc3339(Timestamp{row.at})},
                              {"user", row.user},       {"action", row.action},
                              {"target", row.target},   {"address", row.address},
                              {"purpose", row.purpose}, {"detail", row.detail},
                              {"status", row.status},   {"opened", row.opened}}
                             .dump(-1, ' ', false, json::error_handler_t::replace)
                      << "\n";
            return true;
          }
          // What was searched for or written, cut to a line's worth.
          std::string detail = row.opened ? row.detail : "(its sealed fields do not open)";
          if (detail.size() > 60) {
            std::size_t end = 57;  // not inside a UTF-8 sequence
            while (end > 0 && (static_cast<unsigned char>(detail[end]) & 0xC0) == 0x80) --end;
            detail = detail.substr(0, end) + "...";
          }
          std::cout << std::setw(6) << row.seq << "  " << format_rfc3339(Timestamp{row.at}) << "  "
                    << std::left << std::setw(20) << row.user << std::setw(18) << row.action
                    << std::right << row.status << "  " << row.target
                    << (row.purpose.empty() ? "" : "  (" + row.purpose + ")") << "  from "
                    << row.address << (detail.empty() ? "" : "  " + detail) << "\n";
          return true;
        });
    if (!listed) exit = report_error(listed.error());
  });
}

}  // namespace haven::cli
