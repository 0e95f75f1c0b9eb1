// haven retention apply: anonymise the persons whose retention period has passed
// (rights/retention.h), as the installation's profile sets it.

#include <iostream>

#include "commands.h"
#include "haven/rights/retention.h"
#include "profile_choice.h"
#include "progress.h"

namespace haven::cli {
namespace {

struct RetentionFlags {
  std::string as_of;
  bool dry_run = false;
  std::string profile;
};

int apply(const GlobalOptions& global, const RetentionFlags& flags) {
  auto session = open_session(global, false);
  if (!session) return report_error(session.error());
  Session& s = **session;
  auto profile = chosen_profile(s, flags.profile);
  if (!profile) return report_error(profile.error());
  Timestamp now = s.clock.now();
  if (!flags.as_of.empty()) {
    auto parsed = parse_moment(flags.as_of);
    if (!parsed)
      return report_error(Error{parsed.error().code, "--as-of", parsed.error().message, 0});
    now = *parsed;
  }
  std::optional<Progress> progress;
  auto report = rights::apply_retention(*s.ledger, profile->retention, now, flags.dry_run,
                                        progress_reporter(progress, "Checking", "persons"));
  if (progress) progress->finish();
  if (!report) return report_error(report.error());
  // Each person anonymised is logged under their record, so that their trail says when
  // and under which policy it happened.
  const std::string policy = "profile " + profile->name + ": " +
                             std::to_string(*profile->retention.anonymise_after / kMicrosPerDay) +
                             " days after the work ended";
  if (!flags.dry_run) {
    for (const std::string& person_id : report->anonymised) {
      if (auto ok = log_cli_action(s, global, "retention_applied", "/api/v1/persons/" + person_id,
                                   "retention", policy);
          !ok) {
        return report_error(ok.error());
      }
    }
  }
  if (global.format == "json") {
    std::cout << "{\"dry_run\":" << (flags.dry_run ? "true" : "false")
              << ",\"persons_checked\":" << report->persons_checked
              << ",\"events_rewritten\":" << report->events_rewritten << ",\"anonymised\":[";
    for (std::size_t i = 0; i < report->anonymised.size(); ++i) {
      std::cout << (i > 0 ? "," : "") << "\"" << report->anonymised[i] << "\"";
    }
    std::cout << "]}\n";
    return 0;
  }
  std::cout << (flags.dry_run ? "Would anonymise " : "Anonymised ")
            << with_commas(static_cast<std::int64_t>(report->anonymised.size())) << " of "
            << with_commas(report->persons_checked) << " persons ("
            << with_commas(report->events_rewritten) << " events) as of " << format_rfc3339(now)
            << " under the " << policy << ".\n";
  for (const std::string& person_id : report->anonymised) std::cout << "  " << person_id << "\n";
  return 0;
}

}  // namespace

void add_retention_commands(CLI::App& app, const GlobalOptions& global, int& exit) {
  auto* cmd = app.add_subcommand("retention", "Anonymise records whose retention period is over")
                  ->require_subcommand(1);
  auto flags = std::make_shared<RetentionFlags>();
  auto* apply_cmd = cmd->add_subcommand(
      "apply", "Remove what identifies persons whose protection work ended long enough ago");
  apply_cmd->add_option("--as-of", flags->as_of, "Count the period back from this moment")
      ->capture_default_str();
  apply_cmd->add_flag("--dry-run", flags->dry_run, "List who would be anonymised; change nothing");
  apply_cmd->add_option("--profile", flags->profile,
                        "Use this profile's [retention] instead of the installation's");
  apply_cmd->footer(
      "A person is anonymised when every case of theirs is closed, they are not detained, and\n"
      "their last case closing and their last event both lie retention.anonymise_after_days\n"
      "(the profile's [retention]) in the past. Their names, the name in their own script,\n"
      "free-text notes and reasons, places (all but the country) and birth day and month are\n"
      "removed from every event about them, their cases and their referrals; dates, codes and\n"
      "counts stay for statistics. It cannot be undone. Each person anonymised is written to\n"
      "the audit log (action `retention_applied`).\n\nExamples:\n"
      "  haven retention apply --dry-run\n"
      "  haven retention apply");
  apply_cmd->callback([&global, &exit, flags] { exit = apply(global, *flags); });
}

}  // namespace haven::cli
