// haven link file|files: find the same person in partners' lists (linkage/link.h), across
// scripts and spellings, without labelled examples. Needs no database.

#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>

#include "commands.h"
#include "haven/linkage/link.h"
#include "progress.h"

namespace haven::cli {
namespace {

struct LinkFlags {
  std::vector<std::string> files;
  std::string columns;
  std::string output;
  double match = 0.95;
  double review = 0.5;
  bool explain = false;
};

Result<linkage::RecordsRead> read_file(const std::string& path, const linkage::Columns& columns) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{ErrorCode::kNotFound, "", path + ": cannot be read", 0};
  Progress progress("Reading " + path, file_size(path), "bytes");
  auto read = linkage::read_records(in, path, columns, [&](std::size_t bytes) {
    progress.update(static_cast<std::int64_t>(bytes), static_cast<std::int64_t>(bytes));
  });
  progress.finish();
  if (!read) return read.error();
  for (std::size_t i = 0; i < read->unreadable_dates.size() && i < 5; ++i) {
    std::cerr << "note: " << read->unreadable_dates[i].describe() << " (read as unknown)\n";
  }
  if (read->unreadable_dates.size() > 5) {
    std::cerr << "note: " << read->unreadable_dates.size() - 5
              << " more birth dates could not be read in " << path << "\n";
  }
  return read;
}

// CSV's quoting, for ids that hold a comma or a quote.
std::string csv_field(const std::string& text) {
  if (text.find_first_of(",\"\n") == std::string::npos) return text;
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

int run(const LinkFlags& flags) {
  if (!(flags.review > 0.0 && flags.review <= flags.match && flags.match <= 1.0)) {
    return report_error(Error{ErrorCode::kInvalidField, "review",
                              "thresholds must satisfy 0 < --review <= --match <= 1", 0});
  }
  auto columns = linkage::parse_columns(flags.columns);
  if (!columns) return report_error(columns.error());
  auto left = read_file(flags.files[0], *columns);
  if (!left) return report_error(left.error());
  std::optional<linkage::RecordsRead> right;
  if (flags.files.size() == 2) {
    auto read = read_file(flags.files[1], *columns);
    if (!read) return report_error(read.error());
    right = std::move(*read);
  }
  linkage::LinkOptions options;
  options.match = flags.match;
  options.review = flags.review;
  std::optional<Progress> progress;
  std::string stage;
  const auto report = linkage::link(
      left->records, right ? &right->records : nullptr, options,
      [&](const char* now, std::size_t done, std::size_t of) {
        if (stage != now) {
          if (progress) progress->finish();
          stage = now;
          progress.emplace(std::string(now == std::string("blocking") ? "Blocking" : "Comparing"),
                           static_cast<std::int64_t>(of),
                           now == std::string("blocking") ? "blocks" : "pairs");
        }
        progress->update(static_cast<std::int64_t>(done), static_cast<std::int64_t>(done));
      });
  if (progress) progress->finish();
  std::ofstream file;
  if (!flags.output.empty()) {
    file.open(flags.output, std::ios::binary | std::ios::trunc);
    if (!file)
      return report_error(
          Error{ErrorCode::kInvalidField, "output", flags.output + ": cannot be written", 0});
  }
  std::ostream& out = flags.output.empty() ? std::cout : file;
  const auto& others = right ? right->records : left->records;
  out << "left_id,right_id,score,decision" << (flags.explain ? ",explanation" : "") << "\n";
  std::size_t matches = 0;
  for (const auto& pair : report.pairs) {
    const bool match = pair.decision == linkage::Decision::kMatch;
    matches += match;
    char score[16];
    std::snprintf(score, sizeof score, "%.4f", pair.probability);
    out << csv_field(left->records[pair.left].id) << ',' << csv_field(others[pair.right].id) << ','
        << score << ',' << (match ? "match" : "review");
    if (flags.explain) out << ',' << csv_field(linkage::explain(report.model, pair));
    out << '\n';
  }
  const std::size_t n = left->records.size();
  const double all = right ? static_cast<double>(n) * static_cast<double>(others.size())
                           : static_cast<double>(n) * static_cast<double>(n - (n > 0)) / 2.0;
  std::cerr << "Blocking proposed "
            << with_commas(static_cast<std::int64_t>(report.candidate_pairs))
            << " candidate pairs ("
            << (all > 0 ? 100.0 * static_cast<double>(report.candidate_pairs) / all : 0.0)
            << "% of all pairs); compared "
            << with_commas(static_cast<std::int64_t>(report.compared)) << "; " << matches
            << " matches and " << report.pairs.size() - matches << " for review."
            << (report.blocks_skipped ? " " + std::to_string(report.blocks_skipped) +
                                            " blocks too large to say anything were skipped."
                                      : std::string())
            << "\n";
  return 0;
}

constexpr const char* kFooter =

    "Names in any script are transliterated and compared by spelling and by sound; birth\n"
    "dates as YYYY, YYYY-MM, YYYY-MM-DD or YYYYMMDD, forgiving swapped day and month and one\n"
    "typing slip. Weights are learnt from the files themselves (Fellegi-Sunter, EM). The\n"
    "output is CSV: left_id,right_id,score,decision, one row per pair at or above --review;\n"
    "decision is match or review.\n\nExamples:\n"
    "  haven link file shelter.csv --columns id=ref,full_name=name,birth_date=dob\n"
    "  haven link files mine.csv theirs.csv --columns id=id,given_name=first,family_name=last "
    "-o pairs.csv";

void add_options(CLI::App* cmd, LinkFlags& flags) {
  cmd->add_option(
         "--columns", flags.columns,
         "Which column holds what: id=COL,given_name=COL,family_name=COL,full_name=COL,"
         "birth_date=COL,sex=COL,nationality=COL,document=COL (any subset with id and a name)")
      ->required();
  cmd->add_option("-o,--output", flags.output, "Write the pairs here instead of standard output");
  cmd->add_option("--match", flags.match, "Probability from which a pair is a match")
      ->capture_default_str();
  cmd->add_option("--review", flags.review, "Probability from which a pair is shown for review")
      ->capture_default_str();
  cmd->add_flag("--explain", flags.explain,
                "Add a column saying which fields agreed and their weights");
}

}  // namespace

void add_link_commands(CLI::App& app, int& exit) {
  auto* cmd =
      app.add_subcommand("link", "Find the same person in lists, across scripts and spellings")
          ->require_subcommand(1);
  auto flags = std::make_shared<LinkFlags>();
  auto* one = cmd->add_subcommand("file", "Find duplicates within one CSV file");
  one->add_option("file", flags->files, "The CSV file (with a header row)")
      ->required()
      ->expected(1);
  add_options(one, *flags);
  one->callback([&exit, flags] { exit = run(*flags); });
  auto* two = cmd->add_subcommand("files", "Find the persons of one CSV file in another");
  two->add_option("files", flags->files, "The two CSV files (each with a header row)")
      ->required()
      ->expected(2);
  add_options(two, *flags);
  two->callback([&exit, flags] { exit = run(*flags); });
  for (CLI::App* sub : {cmd, one, two}) sub->footer(kFooter);
}

}  // namespace haven::cli
