// Quality of Haven's unsupervised linkage on the FEBRL data sets (../shared/data/febrl/):
// duplicates found within each file, against the truth that rec-N-org and rec-N-dup-k are
// one person. Precision, recall and F1 of the pairs decided "match" (and of match + review),
// with the identity-number column and without it, and the share of true pairs blocking kept.
// Usage: bench_febrl_eval dataset1.csv [dataset2.csv …]
#include <atomic>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <map>

#include "haven/linkage/link.h"

namespace {

using haven::linkage::Record;

// "rec-123-dup-0" → "123": the person the record stands for.
std::string person_of(const std::string& id) {
  const auto first = id.find('-');
  const auto second = id.find('-', first + 1);
  return id.substr(first + 1, second - first - 1);
}

struct Quality {
  double precision = 0, recall = 0, f1 = 0;
};

Quality quality(std::size_t found, std::size_t right, std::size_t truth) {
  Quality q;
  q.precision = found ? static_cast<double>(right) / found : 0.0;
  q.recall = truth ? static_cast<double>(right) / truth : 0.0;
  q.f1 = q.precision + q.recall > 0 ? 2 * q.precision * q.recall / (q.precision + q.recall) : 0;
  return q;
}

void evaluate(const char* file, bool with_document) {
  std::ifstream in(file);
  std::string columns =
      "id=rec_id,given_name=given_name,family_name=surname,birth_date=date_of_birth";
  if (with_document) columns += ",document=soc_sec_id";
  auto read = haven::linkage::read_records(in, file, *haven::linkage::parse_columns(columns));
  if (!read) {
    std::fprintf(stderr, "%s\n", read.error().describe().c_str());
    return;
  }
  const std::vector<Record>& records = read->records;
  std::size_t truth = 0;
  std::map<std::string, std::size_t> per_person;
  for (const Record& r : records) truth += per_person[person_of(r.id)]++;
  haven::linkage::LinkOptions options;
  std::atomic<std::size_t> kept{0};
  options.on_candidate = [&](std::size_t a, std::size_t b) {
    kept += person_of(records[a].id) == person_of(records[b].id);
  };
  const auto start = std::chrono::steady_clock::now();
  const auto report = haven::linkage::link(records, nullptr, options);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::size_t matches = 0, matches_right = 0, all = 0, all_right = 0;
  for (const auto& pair : report.pairs) {
    const bool right = person_of(records[pair.left].id) == person_of(records[pair.right].id);
    ++all;
    all_right += right;
    if (pair.decision == haven::linkage::Decision::kMatch) {
      ++matches;
      matches_right += right;
    }
  }
  const Quality m = quality(matches, matches_right, truth);
  const Quality r = quality(all, all_right, truth);
  const std::size_t n = records.size();
  std::printf(
      "%s %s: %zu records, %zu true pairs; blocking kept %zu of them (%.2f%%) in %zu "
      "candidates (%.3f%% of all pairs), %zu unreadable dates, %.2f s\n"
      "  match:          precision %.4f recall %.4f F1 %.4f\n"
      "  match + review: precision %.4f recall %.4f F1 %.4f\n",
      file, with_document ? "with the id number" : "without the id number", n, truth, kept.load(),
      100.0 * static_cast<double>(kept) / truth, report.compared,
      100.0 * report.compared / (n * (n - 1) / 2.0), read->unreadable_dates.size(), seconds,
      m.precision, m.recall, m.f1, r.precision, r.recall, r.f1);
}

}  // namespace

int main(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    evaluate(argv[i], true);
    evaluate(argv[i], false);
  }
  return argc > 1 ? 0 : 2;
}
