// haven link file|files|dedupe: find the same person in partners' lists (linkage/link.h),
// across scripts and spellings, without labelled examples; file and files need no database,
// dedupe reads the registry.

#include <cstdio>
#include <fstream>
#include <functional>
#include <iostream>
#include <memory>
#include <optional>

#include "commands.h"
#include "haven/casework/duplicates.h"
#include "haven/core/text.h"
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

Status check_thresholds(const LinkFlags& flags) {
  if (flags.review > 0.0 && flags.review <= flags.match && flags.match <= 1.0) return Status::Ok();
  return Fail(ErrorCode::kInvalidField, "review",
              "thresholds must satisfy 0 < --review <= --match <= 1");
}

linkage::LinkOptions options_of(const LinkFlags& flags) {
  linkage::LinkOptions options;
  options.match = flags.match;
  options.review = flags.review;
  return options;
}

// The engine's stages as progress bars: one per stage, started when it reports first.
class StageBars {
 public:
  void operator()(const char* now, std::size_t done, std::size_t of) {
    if (stage_ != now) {
      if (bar_) bar_->finish();
      stage_ = now;
      // Reading counts persons; the engine counts blocks: preparing them, learning from a
      // share of them (EM), then comparing every candidate pair in them.
      const char* title = stage_ == "reading"     ? "Reading"
                          : stage_ == "learning"  ? "Learning"
                          : stage_ == "comparing" ? "Comparing"
                                                  : "Blocking";
      bar_.emplace(title, static_cast<std::int64_t>(of),
                   stage_ == "reading" ? "persons" : "blocks");
    }
    bar_->update(static_cast<std::int64_t>(done), static_cast<std::int64_t>(done));
  }
  void finish() {
    if (bar_) bar_->finish();
  }

 private:
  std::optional<Progress> bar_;
  std::string stage_;
};

// Writes the pairs as CSV (to `flags.output`, or standard output), then a summary to stderr;
// `all` is how many pairs there were to compare.
int write_pairs(const LinkFlags& flags, const std::vector<casework::DuplicatePair>& pairs,
                std::size_t candidates, std::size_t compared, std::size_t skipped,
                const std::vector<linkage::PassCount>& passes, double all) {
  std::ofstream file;
  if (!flags.output.empty()) {
    file.open(flags.output, std::ios::binary | std::ios::trunc);
    if (!file)
      return report_error(
          Error{ErrorCode::kInvalidField, "output", flags.output + ": cannot be written", 0});
  }
  std::ostream& out = flags.output.empty() ? std::cout : file;
  out << "left_id,right_id,score,decision" << (flags.explain ? ",explanation" : "") << "\n";
  std::size_t matches = 0;
  for (const auto& pair : pairs) {
    const bool match = pair.decision == linkage::Decision::kMatch;
    matches += match;
    char score[16];
    std::snprintf(score, sizeof score, "%.4f", pair.probability);
    out << csv_field(pair.left_id) << ',' << csv_field(pair.right_id) << ',' << score << ','
        << (match ? "match" : "review");
    if (flags.explain) out << ',' << csv_field(pair.explanation);
    out << '\n';
  }
  std::cerr << "Blocking proposed " << with_commas(static_cast<std::int64_t>(candidates))
            << " candidate pairs ("
            << (all > 0 ? 100.0 * static_cast<double>(candidates) / all : 0.0)
            << "% of all pairs); compared " << with_commas(static_cast<std::int64_t>(compared))
            << "; " << matches << " matches and " << pairs.size() - matches << " for review."
            << (skipped ? " " + std::to_string(skipped) +
                              " blocks too large to say anything were skipped."
                        : std::string())
            << "\n";
  for (const auto& pass : passes) {
    if (pass.candidates == 0) continue;
    std::cerr << "  " << pass.pass << ": " << with_commas(static_cast<std::int64_t>(pass.compared))
              << " compared of " << with_commas(static_cast<std::int64_t>(pass.candidates))
              << " candidates"
              << (pass.blocks_skipped
                      ? ", " + std::to_string(pass.blocks_skipped) + " blocks skipped"
                      : std::string())
              << "\n";
  }
  return 0;
}

// Pairs among n records (deduplicating), or between n and m.
double all_pairs(std::size_t n, std::optional<std::size_t> m) {
  if (m) return static_cast<double>(n) * static_cast<double>(*m);
  return static_cast<double>(n) * static_cast<double>(n - (n > 0)) / 2.0;
}

int run(const LinkFlags& flags) {
  if (auto ok = check_thresholds(flags); !ok) return report_error(ok.error());
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
  StageBars bars;
  const auto* others = right ? &right->records : nullptr;
  const auto report = linkage::link(left->records, others, options_of(flags), std::ref(bars));
  bars.finish();
  return write_pairs(flags, casework::pairs_of(report, left->records, others, flags.explain),
                     report.candidate_pairs, report.compared, report.blocks_skipped, report.passes,
                     all_pairs(left->records.size(),
                               others ? std::optional<std::size_t>(others->size()) : std::nullopt));
}

int run_dedupe(const GlobalOptions& global, const LinkFlags& flags) {
  if (auto ok = check_thresholds(flags); !ok) return report_error(ok.error());
  int exit = 0;
  auto session = session_or_report(global, exit);
  if (!session) return exit;
  // Every registration is read: the read is on the audit log, as a search of them all is.
  if (!logged_read(*session, global, "/api/v1/duplicates", "haven link dedupe", exit)) return exit;
  StageBars bars;
  auto found = casework::registry_duplicates(*session->store, options_of(flags), flags.explain,
                                             std::ref(bars));
  bars.finish();
  if (!found) return report_error(found.error());
  return write_pairs(flags, found->pairs, found->candidate_pairs, found->compared,
                     found->blocks_skipped, found->passes, all_pairs(found->persons, std::nullopt));
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

constexpr const char* kDedupeFooter =
    "Compares every registration not merged into another (names in any script, birth date,\n"
    "sex, first nationality) and writes the likely pairs as CSV: left_id,right_id,score,\n"
    "decision. The read is written to the audit log. To join a pair once a person has\n"
    "checked it, record person.merged (undone by person.unmerged):\n"
    "  haven person merge P-2 --into P-1 --reason \"same passport\"\n"
    "  haven person unmerge P-2 --from P-1 --reason \"different mothers' names\"\n"
    "or the same events through haven import or POST /api/v1/events:\n"
    R"(  {"type":"person.merged","occurred_at":"...","person_id":"P-2","into":"P-1"})"
    "\n\nExamples:\n"
    "  haven link dedupe -o pairs.csv\n"
    "  haven link dedupe --review 0.8 --explain";

void add_columns(CLI::App* cmd, LinkFlags& flags) {
  cmd->add_option(
         "--columns", flags.columns,
         "Which column holds what: id=COL,given_name=COL,family_name=COL,full_name=COL,"
         "birth_date=COL,sex=COL,nationality=COL,document=COL (any subset with id and a name)")
      ->required();
}

void add_options(CLI::App* cmd, LinkFlags& flags) {
  cmd->add_option("-o,--output", flags.output, "Write the pairs here instead of standard output");
  cmd->add_option("--match", flags.match, "Probability from which a pair is a match")
      ->capture_default_str();
  cmd->add_option("--review", flags.review, "Probability from which a pair is shown for review")
      ->capture_default_str();
  cmd->add_flag("--explain", flags.explain,
                "Add a column saying which fields agreed and their weights");
}

}  // namespace

void add_link_commands(CLI::App& app, const GlobalOptions& global, int& exit) {
  auto* cmd =
      app.add_subcommand("link", "Find the same person in lists, across scripts and spellings")
          ->require_subcommand(1);
  auto flags = std::make_shared<LinkFlags>();
  auto* one = cmd->add_subcommand("file", "Find duplicates within one CSV file");
  one->add_option("file", flags->files, "The CSV file (with a header row)")
      ->required()
      ->expected(1);
  add_columns(one, *flags);
  add_options(one, *flags);
  one->callback([&exit, flags] { exit = run(*flags); });
  auto* two = cmd->add_subcommand("files", "Find the persons of one CSV file in another");
  two->add_option("files", flags->files, "The two CSV files (each with a header row)")
      ->required()
      ->expected(2);
  add_columns(two, *flags);
  add_options(two, *flags);
  two->callback([&exit, flags] { exit = run(*flags); });
  for (CLI::App* sub : {cmd, one, two}) sub->footer(kFooter);
  auto* dedupe = cmd->add_subcommand(
      "dedupe", "Find likely duplicate registrations in the whole registry, for review");
  add_options(dedupe, *flags);
  dedupe->footer(kDedupeFooter);
  dedupe->callback([&global, &exit, flags] { exit = run_dedupe(global, *flags); });
}

}  // namespace haven::cli
