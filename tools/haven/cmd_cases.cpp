// haven case show / haven cases list: protection cases and the work lists built on them.
// Cases are opened and moved on by recording events (`haven import`, POST /api/v1/events).

#include <iomanip>
#include <iostream>
#include <nlohmann/json.hpp>

#include "commands.h"
#include "haven/casework/queue.h"
#include "haven/casework/registry.h"
#include "haven/rules/risk.h"
#include "profile_choice.h"
#include "shown.h"

namespace haven::cli {
namespace {

using nlohmann::json;

void print_case(const json& c) {
  auto row = [](const char* label, const std::string& value) {
    if (!value.empty()) std::cout << std::left << std::setw(14) << label << value << "\n";
  };
  row("Case", text(c, "case_id"));
  row("Person", text(c, "person_id"));
  row("Agency", text(c, "agency"));
  row("Caseworker", c["caseworker"].is_null() ? "(unassigned)" : text(c, "caseworker"));
  row("Status", text(c, "status"));
  row("Opened", text(c["opened"], "at"));
  std::string computed;
  for (const auto& reason : c["computed_risk"]["reasons"]) {
    computed += (computed.empty() ? "" : ", ") + reason.get<std::string>();
  }
  computed = text(c["computed_risk"], "level") + (computed.empty() ? "" : " (" + computed + ")");
  if (c["risk"].is_object()) {
    row("Risk", text(c["risk"], "level") + " (" + text(c["risk"], "reason") + ")");
    row("Computed risk", computed);
  } else {
    row("Risk", computed + ", computed");
  }
  std::cout << "\nPlan (" << c["plan"].size() << " actions)\n";
  for (const auto& a : c["plan"]) {
    std::cout << "  " << std::left << std::setw(12) << text(a, "due") << std::setw(13)
              << text(a, "status") << text(a, "action_id") << ": " << text(a, "action")
              << (a.contains("responsible") ? " (" + text(a, "responsible") + ")" : "") << "\n";
  }
  std::cout << "\nNotes (" << c["notes"].size() << ")\n";
  for (const auto& n : c["notes"]) {
    std::cout << "  " << text(n, "at") << " " << text(n, "by") << ": " << text(n, "note") << "\n";
  }
  if (c["closure"].is_object()) {
    const auto& closure = c["closure"];
    std::cout << "\nClosure: requested " << text(closure, "requested_at");
    if (closure.contains("approved_by")) {
      std::cout << ", approved by " << text(closure, "approved_by");
    }
    if (closure.contains("closed_at")) std::cout << ", closed " << text(closure, "closed_at");
    std::cout << "\n";
  }
}

// Adds to each case the risk Haven computes under the installation's profile (read once).
Status add_computed_risk(Session& session, std::vector<std::string>& documents) {
  auto profile = chosen_profile(session, "");
  if (!profile) return profile.error();
  for (auto& document : documents) {
    auto shown = rules::with_computed_risk(*session.store, *profile, document, session.clock.now());
    if (!shown) return shown.error();
    document = std::move(*shown);
  }
  return Status::Ok();
}

struct ListFlags {
  ledger::Ledger::CaseSearch search;
  bool overdue = false;
};

}  // namespace

void add_case_commands(CLI::App& app, const GlobalOptions& global, int& exit) {
  auto* one = app.add_subcommand("case", "Look at one protection case")->require_subcommand(1);
  auto case_id = std::make_shared<std::string>();
  auto* show = one->add_subcommand("show", "Show a case: caseworker, status, risk, plan, notes");
  show->add_option("id", *case_id, "The case's id")->required();
  show->callback([&global, &exit, case_id] {
    auto session = open_session(global, false);
    if (!session) {
      exit = report_error(session.error());
      return;
    }
    auto found = found_or_report((*session)->ledger->protection_case(*case_id),
                                 "no case '" + *case_id + "'", exit);
    if (!found) return;
    if (!logged_read(**session, global, "/api/v1/cases/" + *case_id, "", exit)) return;
    std::vector<std::string> shown = {std::move(*found)};
    if (auto ok = add_computed_risk(**session, shown); !ok) {
      exit = report_error(ok.error());
      return;
    }
    if (global.format == "json") {
      std::cout << shown.front() << "\n";
      return;
    }
    print_case(json::parse(shown.front()));
  });

  auto* many = app.add_subcommand("cases", "Work lists of protection cases")->require_subcommand(1);
  auto flags = std::make_shared<ListFlags>();
  auto* list = many->add_subcommand(
      "list", "Cases matching every filter given, the earliest open plan action first");
  list->footer(
      "Examples:\n"
      "  haven cases list --caseworker 'Amal Haddad'   my cases\n"
      "  haven cases list --unassigned                 cases waiting for a caseworker\n"
      "  haven cases list --overdue                    cases with a plan action overdue\n"
      "  haven cases list --risk high --status active\n\n"
      "Cases are opened and moved on by recording events: case.opened, case.assigned,\n"
      "case.activated, case.risk_set, case.action_planned, case.action_updated,\n"
      "case.note_added, case.closure_requested, case.closure_approved (by a supervisor),\n"
      "case.closed and case.reopened.");
  list->add_option("--caseworker", flags->search.caseworker, "Only this caseworker's cases");
  list->add_flag("--unassigned", flags->search.unassigned, "Only cases nobody is assigned to");
  list->add_option("--status", flags->search.status,
                   "open, active, closure_requested, closed or reopened");
  list->add_option("--risk", flags->search.risk,
                   "Only cases a caseworker set at this level: low, medium, high, critical");
  list->add_option("--person", flags->search.person_id, "Only this person's cases");
  list->add_option("--due-before", flags->search.due_before,
                   "Only cases with a plan action to do due before this date (YYYY-MM-DD)");
  list->add_flag("--overdue", flags->overdue, "Only cases with a plan action overdue today");
  list->add_option("--limit", flags->search.limit, "At most this many (1-1000)")
      ->capture_default_str();
  list->callback([&global, &exit, flags] {
    auto session = open_session(global, false);
    if (!session) {
      exit = report_error(session.error());
      return;
    }
    auto search = flags->search;
    if (flags->overdue) {
      if (!search.due_before.empty()) {
        exit = report_error(
            Fail(ErrorCode::kBadRequest, "--overdue", "cannot be combined with --due-before"));
        return;
      }
      search.due_before = format_rfc3339((*session)->clock.now()).substr(0, 10);
    }
    auto cases = (*session)->ledger->find_cases(search);
    if (!cases) {
      // The ledger names API parameters; the flags are spelt with dashes.
      Error error = cases.error();
      if (!error.field.empty()) {
        std::string flag = error.field == "due_before" ? "due-before" : error.field;
        error.field = "--" + flag;
      }
      exit = report_error(error);
      return;
    }
    if (auto ok = add_computed_risk(**session, *cases); !ok) {
      exit = report_error(ok.error());
      return;
    }
    if (global.format == "json") {
      std::cout << "[";
      for (std::size_t i = 0; i < cases->size(); ++i) std::cout << (i ? "," : "") << (*cases)[i];
      std::cout << "]\n";
      return;
    }
    std::cout << cases->size() << " case" << (cases->size() == 1 ? "" : "s")
              << " (risk* computed from vulnerabilities and open alerts)\n";
    for (const auto& document : *cases) {
      const json c = json::parse(document);
      std::cout << "  " << std::left << std::setw(14) << text(c, "case_id") << std::setw(14)
                << text(c, "person_id") << std::setw(19) << text(c, "status") << std::setw(10)
                << (c["risk"].is_object() ? text(c["risk"], "level")
                                          : text(c["computed_risk"], "level") + "*")
                << std::setw(12)
                << (c["next_action_due"].is_null() ? "-" : text(c, "next_action_due"))
                << (c["caseworker"].is_null() ? "(unassigned)" : text(c, "caseworker")) << "\n";
    }
  });
}

void add_queue_command(CLI::App& app, const GlobalOptions& global, int& exit) {
  auto caseworker = std::make_shared<std::string>();
  auto* cmd = app.add_subcommand(
      "queue", "A caseworker's queue: what is owed on their cases, the most urgent first");
  cmd->footer(
      "Lists the open actions of each case plan and the legal deadlines open on each case's\n"
      "person (unanswered referrals, consular notices, reviews, help for victims), overdue\n"
      "first, then by due time. Closed cases owe nothing.\n\n"
      "Example:\n  haven queue --caseworker 'Lucía Gómez'");
  cmd->add_option("--caseworker", *caseworker, "Whose queue")->required();
  cmd->callback([&global, &exit, caseworker] {
    auto session = open_session(global, false);
    if (!session) {
      exit = report_error(session.error());
      return;
    }
    auto profile = chosen_profile(**session, "");
    if (!profile) {
      exit = report_error(profile.error());
      return;
    }
    const Timestamp now = (*session)->clock.now();
    // Tracing leads need the registry, which the command line reads from the store.
    auto registry = casework::Registry::Open(*(*session)->store);
    if (!registry) {
      exit = report_error(registry.error());
      return;
    }
    auto items =
        casework::caseworker_queue(*(*session)->store, *profile, *caseworker, now, registry->get());
    if (!items) {
      exit = report_error(items.error());
      return;
    }
    if (global.format == "json") {
      std::cout << casework::queue_json(*caseworker, now, *items) << "\n";
      return;
    }
    std::cout << items->size() << " item" << (items->size() == 1 ? "" : "s") << " for "
              << *caseworker << " as of " << format_rfc3339(now) << "\n";
    for (const auto& item : *items) {
      std::cout << "  " << std::left << std::setw(8) << rules::status_name(item.status)
                << std::setw(12) << format_rfc3339(item.due_at).substr(0, 10) << std::setw(13)
                << item.case_id << item.ref << ": " << item.what << "\n";
    }
  });
}

}  // namespace haven::cli
