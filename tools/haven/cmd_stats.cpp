// haven stats: what a statistical office, the Special Rapporteur or IOM would publish for a
// reference period (stats/persons.h): the indicators, each with the operative paragraph of
// resolution 66/172 it informs, or one table with every margin.

#include <algorithm>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <limits>
#include <memory>
#include <optional>
#include <sstream>

#include "commands.h"
#include "haven/core/text.h"
#include "haven/report/statistics.h"
#include "haven/stats/disclosure.h"
#include "haven/stats/persons.h"
#include "haven/stats/publication.h"
#include "profile_choice.h"
#include "progress.h"

namespace haven::cli {
namespace {

// The width of the longest table name, so that a listing keeps its columns.
int table_name_width() {
  std::size_t width = 0;
  for (const auto& t : stats::PeriodStatistics::tables()) width = std::max(width, t.name.size());
  return static_cast<int>(width);
}

struct StatsFlags {
  std::string period;
  std::string table;
  std::string format;  // text for the indicators, csv for a table, unless asked
  std::string output;
  std::string profile;  // the installation's when empty
  // Suppression (threshold, interval), or rounding to a base of 3 or 5.
  stats::Publication publication;
  bool list = false;
  bool exact = false;  // the audit finds every interval exactly
};

// The table in the format asked for, to the output file or standard output.
Status write_table(const stats::Table& table, const StatsFlags& flags, const std::string& now) {
  // A table asked for as text is written as CSV, its default.
  const std::string name =
      flags.format.empty() || flags.format == "text" ? std::string("csv") : flags.format;
  auto format = stats::parse_table_format(name);
  if (!format) return Fail(ErrorCode::kInvalidField, "format", "no table format '" + name + "'");
  stats::PublishedAs as;
  as.period = flags.period;
  as.prepared = now;
  auto written = stats::write_table(table, *format, as, flags.publication);
  if (!written) return written.error();
  if (flags.output.empty()) {
    std::cout << *written;
    return Status::Ok();
  }
  std::ofstream file(flags.output, std::ios::binary | std::ios::trunc);
  if (!(file << *written)) {
    return Fail(ErrorCode::kInvalidField, "output", flags.output + ": cannot be written");
  }
  return Status::Ok();
}

void write_indicators(const std::vector<stats::Indicator>& indicators, const StatsFlags& flags,
                      std::ostream& out) {
  const std::string& format = flags.format;
  if (format == "json") {
    out << stats::indicators_json(flags.period, indicators) << '\n';
    return;
  }
  if (format == "csv") {
    out << "indicator,name,value,unit,base,paragraph\n";
    for (const auto& i : indicators) {
      std::ostringstream value;
      if (i.value) value << std::setprecision(6) << *i.value;
      out << i.id << ',' << csv_field(i.name) << ',' << value.str() << ',' << i.unit << ','
          << i.base << ',' << csv_field(i.paragraph) << '\n';
    }
    return;
  }
  std::size_t id_width = 0;  // the ids in one column, however long the longest
  for (const auto& i : indicators) id_width = std::max(id_width, i.id.size());
  for (const auto& i : indicators) {
    std::ostringstream value;
    if (i.value) {
      value << std::fixed
            << std::setprecision(i.unit == "share"                       ? 3
                                 : i.unit == "days" || i.unit == "hours" ? 1
                                                                         : 0)
            << *i.value;
    } else {
      value << "—";  // three bytes, one column: the width above allows for it
    }
    out << std::left << std::setw(static_cast<int>(id_width)) << i.id << std::right
        << std::setw(i.value ? 10 : 12) << value.str() << ' ' << std::left << std::setw(9) << i.unit
        << " of " << std::setw(6) << i.base << ' ' << i.paragraph << '\n';
  }
}

Status check_flags(const StatsFlags& flags) {
  if (flags.period.empty()) {
    return Fail(ErrorCode::kInvalidField, "period",
                "name the reference period: --period 2026 (or 2026-Q3, 2026-05)");
  }
  if (flags.format == "xlsx" && flags.output.empty()) {
    return Fail(ErrorCode::kInvalidField, "output", "a workbook needs a file: -o FILE.xlsx");
  }
  if (!flags.table.empty()) {
    bool known = false;
    for (const auto& t : stats::PeriodStatistics::tables()) known = known || t.name == flags.table;
    if (!known) {
      auto period = stats::parse_period(flags.period);
      if (!period) return period.error();
      return stats::PeriodStatistics(*period).table(flags.table).error();
    }
  }
  return stats::validate(flags.publication);
}

// Everyone's records in the period, counted; the read on the audit log. Null with `exit`
// set on failure.
std::optional<stats::PeriodStatistics> counted(const GlobalOptions& global, const StatsFlags& flags,
                                               std::unique_ptr<Session>& session, int& exit) {
  auto period = stats::parse_period(flags.period);
  if (!period) {
    exit = report_error(period.error());
    return std::nullopt;
  }
  session = session_or_report(global, exit);
  if (!session) return std::nullopt;
  if (!logged_read(*session, global, "/api/v1/stats", "haven stats " + flags.period, exit)) {
    return std::nullopt;
  }
  auto profile = chosen_profile(*session, flags.profile);
  if (!profile) {
    exit = report_error(profile.error());
    return std::nullopt;
  }
  std::optional<Progress> progress;
  auto statistics =
      report::period_statistics(*session->store, *period, report::limits_of(*profile),
                                progress_reporter(progress, "Reading persons", "persons"));
  if (progress) progress->finish();
  if (!statistics) {
    exit = report_error(statistics.error());
    return std::nullopt;
  }
  return std::move(*statistics);
}

int run(const GlobalOptions& global, const StatsFlags& flags) {
  if (flags.list) {
    if (flags.format == "json") {
      std::cout << stats::tables_json(stats::PeriodStatistics::tables()) << '\n';
      return 0;
    }
    const int width = table_name_width();
    for (const auto& t : stats::PeriodStatistics::tables()) {
      std::cout << std::left << std::setw(width) << t.name << ' ' << t.description << " ("
                << t.paragraph << ")\n";
    }
    return 0;
  }
  // Every flag is checked before anyone's records are read.
  if (auto ok = check_flags(flags); !ok) return report_error(ok.error());
  int exit = 0;
  std::unique_ptr<Session> session;
  auto statistics = counted(global, flags, session, exit);
  if (!statistics) return exit;
  if (flags.table.empty()) {
    write_indicators(statistics->indicators(), flags, std::cout);
    return 0;
  }
  auto table = statistics->table(flags.table);
  if (!table) return report_error(table.error());
  auto safe = stats::protect(std::move(*table), flags.publication);
  if (!safe) return report_error(safe.error());
  if (auto ok = write_table(*safe, flags, format_rfc3339(session->clock.now())); !ok) {
    return report_error(ok.error());
  }
  return 0;
}

// Audits each table (or the one asked for) as it would be published: the interval an
// attacker could infer of every suppressed cell, against the protection.
int run_audit(const GlobalOptions& global, const StatsFlags& flags) {
  if (auto ok = check_flags(flags); !ok) return report_error(ok.error());
  if (flags.publication.round != 0) {
    return report_error(Error{ErrorCode::kInvalidField, "round",
                              "a rounded table hides no cell: the audit proves suppression", 0});
  }
  int exit = 0;
  std::unique_ptr<Session> session;
  auto statistics = counted(global, flags, session, exit);
  if (!statistics) return exit;
  bool passed = true;
  const int width = table_name_width();
  for (const auto& info : stats::PeriodStatistics::tables()) {
    if (!flags.table.empty() && info.name != flags.table) continue;
    auto table = statistics->table(info.name);
    if (!table) return report_error(table.error());
    auto safe = stats::protect(std::move(*table), flags.publication);
    if (!safe) return report_error(safe.error());
    auto report = stats::audit(*safe, flags.publication.protection, {.exact = flags.exact});
    if (!report) return report_error(report.error());
    double narrowest = std::numeric_limits<double>::infinity();
    for (const auto& hidden : report->hidden) narrowest = std::min(narrowest, hidden.width());
    std::cout << std::left << std::setw(width) << info.name << ' ' << std::setw(7) << safe->size()
              << " cells, " << report->hidden.size() << " suppressed";
    if (!report->hidden.empty()) {
      std::cout << (flags.exact ? ", narrowest interval " : ", every interval at least ")
                << narrowest << " persons" << (flags.exact ? "" : " wide");
    }
    std::cout << (report->passed ? ": passed\n"
                                 : ": FAILED (" + std::to_string(report->too_narrow) +
                                       " cells could be narrowed below the protection)\n");
    passed = passed && report->passed;
  }
  return passed ? 0 : 1;
}

constexpr const char* kFooter =
    "Without --table, prints the indicators of the period, each with the operative paragraph\n"
    "of resolution 66/172 it informs. With --table, the table with every margin, as it may be\n"
    "published: cells of fewer than --threshold persons, and of a group all alike in a\n"
    "sensitive breakdown (migration status, vulnerability, form of exploitation, route\n"
    "role), suppressed, then enough others that no\n"
    "suppressed count can be worked out from the rest; suppressed cells are flagged\n"
    "(SDMX CONF_STATUS C or D), never given a value. `haven stats audit` proves it.\n\n"
    "Examples:\n"
    "  haven stats --period 2026\n"
    "  haven stats --period 2026-Q3 --table detained_at_end > detained.csv\n"
    "  haven stats --period 2026 --table registered --format sdmx-ml -o registered.xml\n"
    "  haven stats --period 2026 --table registered_by_age --format xlsx -o ages.xlsx\n"
    "  haven stats --list\n";

}  // namespace

void add_stats_command(CLI::App& app, const GlobalOptions& global, int& exit) {
  auto flags = std::make_shared<StatsFlags>();
  auto* cmd = app.add_subcommand("stats", "Statistics safe to publish: indicators and tables");
  const auto common = [&](CLI::App* c) {
    c->add_option("--period", flags->period, "Reference period: YYYY, YYYY-Qn or YYYY-MM (UTC)");
    c->add_option("--threshold", flags->publication.protection.threshold,
                  "Cells of fewer persons than this are suppressed (k, default 5)");
    c->add_option("--interval", flags->publication.protection.interval,
                  "The least width, in persons, of what anyone can infer of a suppressed cell "
                  "(default 1)");
    c->add_option("--round", flags->publication.round,
                  "Round every count to a multiple of 3 or 5 (totals kept additive) instead of "
                  "suppressing");
  };
  common(cmd);
  cmd->add_option("--table", flags->table, "A table (see --list) instead of the indicators");
  cmd->add_option("--format", flags->format,
                  "Output: text (the indicators' default), csv (a table's default), json, "
                  "sdmx-csv, sdmx-csv2, sdmx-ml, sdmx-json, sdmx-structure, hxl or xlsx")
      ->check(CLI::IsMember({"text", "csv", "json", "sdmx-csv", "sdmx-csv2", "sdmx-ml", "sdmx-json",
                             "sdmx-structure", "hxl", "xlsx"}));
  cmd->add_option("-o,--output", flags->output, "Write to this file (needed for xlsx)");
  cmd->add_option("--profile", flags->profile,
                  "Measure against this jurisdiction profile's limits (detention maximum, "
                  "mandatory consular notice) instead of the installation's");
  cmd->add_flag("--list", flags->list, "List the tables there are");
  cmd->footer(kFooter);
  cmd->callback([&global, &exit, flags, cmd] {
    if (cmd->get_subcommands().empty()) exit = run(global, *flags);
  });
  auto* audit = cmd->add_subcommand(
      "audit", "Prove what anyone could infer of each suppressed cell of the published tables");
  common(audit);
  audit->add_option("--table", flags->table, "Only this table");
  audit->add_flag("--exact", flags->exact,
                  "Find every suppressed cell's interval exactly (slower: two linear programs a "
                  "cell), not only as far as the proof needs");
  audit->footer(
      "Suppresses each table as `haven stats --table` would, then works as an attacker would\n"
      "from what it publishes (every total the sum of its codes, counts never negative): the\n"
      "least and greatest value each suppressed cell can have. It proves each interval at\n"
      "least --interval wide by two tables that agree with everything published yet differ\n"
      "that much in the cell, solving a linear program only where none is at hand. Fails\n"
      "(exit 1) when any interval is narrower than --interval.\n\n"
      "Examples:\n  haven stats audit --period 2026\n"
      "  haven stats audit --period 2026 --table detained_at_end --exact\n");
  audit->callback([&global, &exit, flags] { exit = run_audit(global, *flags); });
}

}  // namespace haven::cli
