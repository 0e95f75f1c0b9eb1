// haven stats: what a statistical office, the Special Rapporteur or IOM would publish for a
// reference period (stats/persons.h): the indicators, each with the operative paragraph of
// resolution 66/172 it informs, or one table with every margin.

#include <iomanip>
#include <iostream>
#include <memory>
#include <sstream>

#include "commands.h"
#include "haven/stats/persons.h"
#include "progress.h"

namespace haven::cli {
namespace {

struct StatsFlags {
  std::string period;
  std::string table;
  std::string format;  // text for the indicators, csv for a table, unless asked
  bool list = false;
};

// Persons read from the store at a time.
constexpr int kPage = 1000;

Result<stats::PersonStatistics> read_persons(Session& session, const stats::Period& period) {
  stats::PersonStatistics statistics(period);
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
  return statistics;
}

std::string csv_field(const std::string& text) {
  if (text.find_first_of(",\"\n") == std::string::npos) return text;
  std::string out = "\"";
  for (char c : text) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

// One row a cell: each dimension's code and label, then the count.
void write_csv(const stats::Table& table, std::ostream& out) {
  const auto& dimensions = table.dimensions();
  for (const auto& d : dimensions) out << d.id << ',' << d.id << "_LABEL,";
  out << "OBS_VALUE\n";
  std::vector<std::uint32_t> at(dimensions.size());
  for (std::size_t cell = 0; cell < table.size(); ++cell) {
    table.positions(cell, at);
    for (std::size_t d = 0; d < dimensions.size(); ++d) {
      const bool total = at[d] == table.total_position(d);
      out << csv_field(total ? dimensions[d].total : dimensions[d].codes[at[d]]) << ','
          << csv_field(total ? "Total" : dimensions[d].labels[at[d]]) << ',';
    }
    out << table.values()[cell] << '\n';
  }
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
            << std::setprecision(i.unit == "share"                              ? 3
                                 : i.unit == "persons" || i.unit == "referrals" ? 0
                                                                                : 1)
            << *i.value;
    } else {
      value << "—";
    }
    out << std::left << std::setw(44) << i.id << std::right << std::setw(10) << value.str() << ' '
        << std::left << std::setw(9) << i.unit << " of " << std::setw(6) << i.base << ' '
        << i.paragraph << '\n';
  }
}

int run(const GlobalOptions& global, const StatsFlags& flags) {
  if (flags.list) {
    for (const auto& t : stats::PersonStatistics::tables()) {
      std::cout << std::left << std::setw(20) << t.name << ' ' << t.description << " ("
                << t.paragraph << ")\n";
    }
    return 0;
  }
  if (flags.period.empty()) {
    return report_error(Error{ErrorCode::kInvalidField, "period",
                              "name the reference period: --period 2026 (or 2026-Q3, 2026-05)", 0});
  }
  auto period = stats::parse_period(flags.period);
  if (!period) return report_error(period.error());
  if (!flags.table.empty()) {
    // The name is checked before anyone's records are read.
    bool known = false;
    for (const auto& t : stats::PersonStatistics::tables()) known = known || t.name == flags.table;
    if (!known) return report_error(stats::PersonStatistics(*period).table(flags.table).error());
  }
  int exit = 0;
  auto session = session_or_report(global, exit);
  if (!session) return exit;
  // Everyone's records are read to count them: the read is on the audit log.
  if (!logged_read(*session, global, "/api/v1/stats", "haven stats " + flags.period, exit)) {
    return exit;
  }
  auto statistics = read_persons(*session, *period);
  if (!statistics) return report_error(statistics.error());
  if (flags.table.empty()) {
    write_indicators(statistics->indicators(), flags.format, std::cout);
    return 0;
  }
  auto table = statistics->table(flags.table);
  if (!table) return report_error(table.error());
  write_csv(*table, std::cout);
  return 0;
}

constexpr const char* kFooter =
    "Without --table, prints the indicators of the period, each with the operative paragraph\n"
    "of resolution 66/172 it informs; with --table, the table with every margin as CSV.\n\n"
    "Examples:\n"
    "  haven stats --period 2026\n"
    "  haven stats --period 2026-Q3 --table detained_at_end > detained.csv\n"
    "  haven stats --list\n";

}  // namespace

void add_stats_command(CLI::App& app, const GlobalOptions& global, int& exit) {
  auto flags = std::make_shared<StatsFlags>();
  auto* cmd = app.add_subcommand("stats", "Statistics safe to publish: indicators and tables");
  cmd->add_option("--period", flags->period, "Reference period: YYYY, YYYY-Qn or YYYY-MM (UTC)");
  cmd->add_option("--table", flags->table, "A table (see --list) instead of the indicators");
  cmd->add_option("--as", flags->format,
                  "Output: text or csv (text for the indicators, csv for a table)")
      ->check(CLI::IsMember({"csv", "text"}));
  cmd->add_flag("--list", flags->list, "List the tables there are");
  cmd->footer(kFooter);
  cmd->callback([&global, &exit, flags] { exit = run(global, *flags); });
}

}  // namespace haven::cli
