// haven stats: what a statistical office, the Special Rapporteur or IOM would publish for a
// reference period (stats/persons.h): the indicators, each with the operative paragraph of
// resolution 66/172 it informs, or one table with every margin.

#include <fstream>
#include <iomanip>
#include <iostream>
#include <limits>
#include <memory>
#include <optional>
#include <sstream>

#include "commands.h"
#include "haven/core/text.h"
#include "haven/stats/disclosure.h"
#include "haven/stats/persons.h"
#include "haven/stats/writers.h"
#include "profile_choice.h"
#include "progress.h"

namespace haven::cli {
namespace {

struct StatsFlags {
  std::string period;
  std::string table;
  std::string format;  // text for the indicators, csv for a table, unless asked
  std::string output;
  std::string profile;  // the installation's when empty
  stats::Protection protection;
  unsigned round = 0;  // 3 or 5: rounded instead of suppressed
  bool list = false;
  bool exact = false;  // the audit finds every interval exactly
};

// Persons read from the store at a time (then every incident and tracing request).
constexpr int kPage = 1000;

// The legal numbers the indicators measure against, from the jurisdiction profile.
stats::LegalLimits limits_of(const rules::Profile& profile) {
  const auto days = [](std::int64_t micros) {
    return static_cast<double>(micros) / static_cast<double>(kMicrosPerDay);
  };
  stats::LegalLimits limits;
  limits.source = "profile " + profile.name;
  if (profile.detention.max) limits.detention_max_days = days(*profile.detention.max);
  if (profile.detention.extension) {
    limits.detention_extension_days = days(*profile.detention.extension);
  }
  limits.extension_grounds = profile.detention.extension_grounds;
  limits.mandatory_notification = profile.consular.mandatory;
  return limits;
}

Result<stats::PeriodStatistics> read_records(Session& session, const stats::Period& period,
                                             const std::string& profile_name) {
  auto profile = chosen_profile(session, profile_name);
  if (!profile) return profile.error();
  stats::PeriodStatistics statistics(period, limits_of(*profile));
  auto counts = session.store->counts();
  if (!counts) return counts.error();
  Progress progress("Reading persons", counts->persons, "persons");
  store::PersonQuery query;
  query.limit = kPage;
  std::int64_t read = 0;
  for (;;) {
    auto page = session.store->find_persons(query);
    if (!page) return page.error();
    for (const std::string& document : page->documents) {
      if (auto added = statistics.add(document); !added) return added.error();
      ++read;
    }
    progress.update(read, read);
    if (page->next_after <= 0) break;
    query.after = page->next_after;
  }
  progress.finish();
  auto incidents = session.store->all_incidents();
  if (!incidents) return incidents.error();
  for (const std::string& document : *incidents) {
    if (auto added = statistics.add_incident(document); !added) return added.error();
  }
  auto requests = session.store->all_tracing_requests();
  if (!requests) return requests.error();
  for (const std::string& document : *requests) {
    if (auto added = statistics.add_tracing_request(document); !added) return added.error();
  }
  return statistics;
}

// One row a cell: each dimension's code and label, then the count (empty when suppressed)
// and why it is not published.
void write_csv(const stats::Table& table, std::ostream& out) {
  const auto& dimensions = table.dimensions();
  for (const auto& d : dimensions) out << d.id << ',' << d.id << "_LABEL,";
  out << "OBS_VALUE,STATUS\n";
  std::vector<std::uint32_t> at(dimensions.size());
  for (std::size_t cell = 0; cell < table.size(); ++cell) {
    table.positions(cell, at);
    for (std::size_t d = 0; d < dimensions.size(); ++d) {
      const bool total = at[d] == table.total_position(d);
      out << csv_field(total ? dimensions[d].total : dimensions[d].codes[at[d]]) << ','
          << csv_field(total ? "Total" : dimensions[d].labels[at[d]]) << ',';
    }
    switch (table.status()[cell]) {
      case stats::CellStatus::kFree:
        out << table.values()[cell] << ",\n";
        break;
      case stats::CellStatus::kPrimary:
        out << ",suppressed (too few persons or a group all alike)\n";
        break;
      case stats::CellStatus::kSecondary:
        out << ",suppressed (would give another away)\n";
        break;
    }
  }
}

// The table as it may be published: suppressed (or rounded, when asked).
Result<stats::Table> protect(stats::Table table, const StatsFlags& flags) {
  if (flags.round != 0) return stats::round_to_base(table, flags.round);
  if (auto ok = stats::mark_primary(table, flags.protection); !ok) return ok.error();
  if (auto ok = stats::suppress_secondary(table, flags.protection); !ok) return ok.error();
  return table;
}

Status write_table(const stats::Table& table, const StatsFlags& flags, const std::string& now) {
  stats::Dataflow flow;
  flow.time_period = flags.period;
  stats::MessageHeader header;
  header.prepared = now;
  const std::string& format = flags.format.empty() ? std::string("csv") : flags.format;
  if (format == "xlsx") {
    stats::WorkbookNotes notes;
    notes.source = "Haven: persons registered with the agencies using it";
    notes.period = flags.period;
    notes.disclosure_rule = flags.round != 0
                                ? "counts rounded to a multiple of " + std::to_string(flags.round)
                                : "cells under " + std::to_string(flags.protection.threshold) +
                                      " persons suppressed, and enough others to protect them";
    return stats::write_xlsx(flags.output, std::span<const stats::Table>(&table, 1), notes);
  }
  std::ostringstream text;
  if (format == "csv" || format == "text") write_csv(table, text);
  if (format == "sdmx-csv") text << stats::sdmx_csv(table, flow, stats::SdmxCsvVersion::kVersion1);
  if (format == "sdmx-csv2") text << stats::sdmx_csv(table, flow, stats::SdmxCsvVersion::kVersion2);
  if (format == "sdmx-ml") text << stats::sdmx_ml_generic(table, flow, header);
  if (format == "sdmx-json") text << stats::sdmx_json(table, flow, header);
  if (format == "sdmx-structure") {
    text << stats::sdmx_structure(std::span<const stats::Table>(&table, 1), flow, header);
  }
  if (format == "hxl") text << stats::hxl_csv(table);
  if (flags.output.empty()) {
    std::cout << text.str();
    return Status::Ok();
  }
  std::ofstream file(flags.output, std::ios::binary | std::ios::trunc);
  if (!(file << text.str())) {
    return Fail(ErrorCode::kInvalidField, "output", flags.output + ": cannot be written");
  }
  return Status::Ok();
}

void write_indicators(const std::vector<stats::Indicator>& indicators, const std::string& format,
                      std::ostream& out) {
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
  for (const auto& i : indicators) {
    std::ostringstream value;
    if (i.value) {
      value << std::fixed
            << std::setprecision(i.unit == "share"                       ? 3
                                 : i.unit == "days" || i.unit == "hours" ? 1
                                                                         : 0)
            << *i.value;
    } else {
      value << "—";
    }
    out << std::left << std::setw(44) << i.id << std::right << std::setw(10) << value.str() << ' '
        << std::left << std::setw(9) << i.unit << " of " << std::setw(6) << i.base << ' '
        << i.paragraph << '\n';
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
  if (flags.round != 0 && flags.round != 3 && flags.round != 5) {
    return Fail(ErrorCode::kInvalidField, "round", "round to a multiple of 3 or of 5");
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
  return stats::validate(flags.protection);
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
  auto statistics = read_records(*session, *period, flags.profile);
  if (!statistics) {
    exit = report_error(statistics.error());
    return std::nullopt;
  }
  return std::move(*statistics);
}

int run(const GlobalOptions& global, const StatsFlags& flags) {
  if (flags.list) {
    for (const auto& t : stats::PeriodStatistics::tables()) {
      std::cout << std::left << std::setw(20) << t.name << ' ' << t.description << " ("
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
    write_indicators(statistics->indicators(), flags.format, std::cout);
    return 0;
  }
  auto table = statistics->table(flags.table);
  if (!table) return report_error(table.error());
  auto safe = protect(std::move(*table), flags);
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
  if (flags.round != 0) {
    return report_error(Error{ErrorCode::kInvalidField, "round",
                              "a rounded table hides no cell: the audit proves suppression", 0});
  }
  int exit = 0;
  std::unique_ptr<Session> session;
  auto statistics = counted(global, flags, session, exit);
  if (!statistics) return exit;
  bool passed = true;
  for (const auto& info : stats::PeriodStatistics::tables()) {
    if (!flags.table.empty() && info.name != flags.table) continue;
    auto table = statistics->table(info.name);
    if (!table) return report_error(table.error());
    auto safe = protect(std::move(*table), flags);
    if (!safe) return report_error(safe.error());
    auto report = stats::audit(*safe, flags.protection, {.exact = flags.exact});
    if (!report) return report_error(report.error());
    double narrowest = std::numeric_limits<double>::infinity();
    for (const auto& hidden : report->hidden) narrowest = std::min(narrowest, hidden.width());
    std::cout << std::left << std::setw(20) << info.name << ' ' << std::setw(7) << safe->size()
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
    c->add_option("--threshold", flags->protection.threshold,
                  "Cells of fewer persons than this are suppressed (k, default 5)");
    c->add_option("--interval", flags->protection.interval,
                  "The least width, in persons, of what anyone can infer of a suppressed cell "
                  "(default 1)");
    c->add_option("--round", flags->round,
                  "Round every count to a multiple of 3 or 5 (totals kept additive) instead of "
                  "suppressing");
  };
  common(cmd);
  cmd->add_option("--table", flags->table, "A table (see --list) instead of the indicators");
  cmd->add_option("--format", flags->format,
                  "Output: text (the indicators' default), csv (a table's default), sdmx-csv, "
                  "sdmx-csv2, sdmx-ml, sdmx-json, sdmx-structure, hxl or xlsx")
      ->check(CLI::IsMember({"text", "csv", "sdmx-csv", "sdmx-csv2", "sdmx-ml", "sdmx-json",
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
