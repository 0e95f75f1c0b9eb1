// haven alerts: legal deadlines as of any moment, from the kept obligations (rules/current.h),
// or from the whole log for --known-at and another --profile.

#include <iomanip>
#include <iostream>

#include "commands.h"
#include "haven/rules/alerts_json.h"
#include "haven/rules/catalogue.h"
#include "haven/rules/current.h"
#include "haven/rules/evaluate.h"
#include "profile_choice.h"
#include "progress.h"

namespace haven::cli {
namespace {

struct AlertsCommand {
  std::string as_of;
  std::string known_at;
  std::string rule;
  std::string person;
  std::string status;
  bool all = false;
  bool summary = false;
  std::string profile;
};

// `fallback` when the flag was not given; the flag is named when the text is bad.
Result<Timestamp> read_time(const std::string& text, const char* flag, Timestamp fallback) {
  if (text.empty()) return fallback;
  auto t = parse_moment(text);
  if (!t) return Error{t.error().code, flag, t.error().message, 0};
  return t;
}

void print_counts(const GlobalOptions& global, const rules::AlertQuery& query,
                  const rules::Profile& profile, const std::vector<rules::AlertCount>& counts) {
  if (global.format == "json") {
    std::cout << rules::alert_counts_json(counts) << "\n";
    return;
  }
  std::int64_t total = 0;
  for (const auto& c : counts) total += c.count;
  std::cout << total << " alert" << (total == 1 ? "" : "s") << " as of "
            << format_rfc3339(query.as_of) << " under the profile " << profile.name << "\n\n";
  for (const auto& c : counts) {
    std::cout << std::right << std::setw(10) << c.count << "  " << std::left << std::setw(8)
              << rules::status_name(c.status) << c.rule << "\n";
  }
}

int run(const GlobalOptions& global, const AlertsCommand& command) {
  auto session = open_session(global, false);
  if (!session) return report_error(session.error());
  auto profile = chosen_profile(**session, command.profile);
  if (!profile) return report_error(profile.error());
  rules::AlertQuery query;
  auto as_of = read_time(command.as_of, "--as-of", (*session)->clock.now());
  if (!as_of) return report_error(as_of.error());
  query.as_of = *as_of;
  if (!command.known_at.empty()) {
    auto known = read_time(command.known_at, "--known-at", *as_of);
    if (!known) return report_error(known.error());
    query.known_at = *known;
  }
  if (!command.rule.empty() && rules::find_rule(command.rule) == nullptr) {
    return report_error(Error{ErrorCode::kBadRequest, "--rule",
                              "no rule '" + command.rule + "' (see haven alerts --help)", 0});
  }
  query.rule = command.rule;
  if (!command.person.empty()) {
    auto exists = (*session)->store->has_person(command.person);
    if (!exists) return report_error(exists.error());
    if (!*exists) {
      return report_error(
          Error{ErrorCode::kNotFound, "--person", "no person '" + command.person + "'", 0});
    }
    query.person_id = command.person;
  }
  if (!command.status.empty()) query.status = rules::parse_status(command.status);
  query.all = command.all;
  std::optional<Progress> progress;
  auto report = progress_reporter(progress, "Evaluating the rules", "persons and incidents");
  auto& store = *(*session)->store;
  const Timestamp now = (*session)->clock.now();
  if (command.summary) {
    Result<std::vector<rules::AlertCount>> counts = std::vector<rules::AlertCount>{};
    if (command.profile.empty()) {
      counts = rules::count_current_alerts(store, *profile, query, now, report);
    } else if (auto alerts = rules::evaluate_store(store, *profile, query, report); alerts) {
      counts = rules::count_alerts(*alerts);
    } else {
      counts = alerts.error();
    }
    if (progress) progress->finish();
    if (!counts) return report_error(counts.error());
    print_counts(global, query, *profile, *counts);
    return 0;
  }
  // The kept obligations answer for the installation's profile; another one is a question
  // for the log (as is --known-at, which current_alerts hands to it).
  auto alerts = command.profile.empty() ? rules::current_alerts(store, *profile, query, now, report)
                                        : rules::evaluate_store(store, *profile, query, report);
  if (progress) progress->finish();
  if (!alerts) return report_error(alerts.error());

  if (global.format == "json") {
    rules::write_alerts_json(std::cout, *alerts);
    std::cout << "\n";
    return 0;
  }
  std::cout << alerts->size() << " alert" << (alerts->size() == 1 ? "" : "s") << " as of "
            << format_rfc3339(query.as_of) << " under the profile " << profile->name << "\n";
  for (const auto& a : *alerts) {
    std::cout << "\n"
              << std::left << std::setw(8) << rules::status_name(a.status) << a.rule << "  "
              << (a.person_id.empty() ? a.subject : a.person_id) << "\n"
              << "        " << a.detail << "; due " << format_rfc3339(a.due_at) << "\n"
              << "        cites:";
    const char* separator = " ";
    for (auto id : a.cites) {
      std::cout << separator << id;
      separator = "; ";
    }
    std::cout << "\n";
  }
  return 0;
}

}  // namespace

void add_alerts_command(CLI::App& app, const GlobalOptions& global, int& exit) {
  auto command = std::make_shared<AlertsCommand>();
  auto* cmd = app.add_subcommand(
      "alerts",
      "Legal deadlines due, overdue or breached, as of any moment, each citing its provisions");
  std::string rules_list;
  for (const auto& rule : rules::rule_catalogue()) {
    rules_list += "  " + std::string(rule.id) + ": " + std::string(rule.obligation) + "\n";
  }
  cmd->footer(
      "Examples:\n"
      "  haven alerts                          open alerts now\n"
      "  haven alerts --as-of 2026-03-01       what was due or overdue at the end of 1 March\n"
      "  haven alerts --as-of 2026-03-01 --known-at 2026-03-01\n"
      "                                        what could be seen then (facts recorded late "
      "left out)\n"
      "  haven alerts --rule consular.rights_not_informed --status overdue\n"
      "  haven alerts --summary                how many of each rule and status\n\n"
      "Statuses: due (deadline ahead), overdue (deadline passed), breach (met late or a limit\n"
      "crossed; stays on record), ok (with --all).\n\nRules:\n" +
      rules_list);
  cmd->add_option("--as-of", command->as_of, "Date or RFC 3339 time (default: now)");
  cmd->add_option("--known-at", command->known_at,
                  "Judge with only the facts recorded by this time");
  cmd->add_option("--rule", command->rule, "Only this rule");
  cmd->add_option("--person", command->person, "Only this person's alerts");
  cmd->add_option("--status", command->status, "Only this status")
      ->check(CLI::IsMember({"ok", "due", "overdue", "breach"}));
  cmd->add_flag("--all", command->all, "Include obligations met in time (ok)");
  cmd->add_flag("--summary", command->summary,
                "Count the alerts by rule and status instead of listing them");
  cmd->add_option("--profile", command->profile,
                  "A built-in profile or a TOML file, instead of the installation's");
  cmd->callback([command, &global, &exit] { exit = run(global, *command); });
}

}  // namespace haven::cli
