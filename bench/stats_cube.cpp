// The cube alone (issue 9), to set Haven beside DuckDB and PostgreSQL counting the same
// persons (bench/stats_compare runs all three).
//   bench_stats_cube count [persons=10000000] [runs=5]
//     counts the persons of stats_persons.h into the five-way table with every margin, runs
//     times; prints each wall time, the median, the non-empty cells (what SQL's GROUP BY
//     CUBE returns: it has no row for an empty combination) and peak memory.
//   bench_stats_cube csv FILE [persons=10000000]
//     writes the same persons as CSV, a header of kPersonColumns and one row a person, each
//     code its position in its code list.
#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "haven/stats/table.h"

#include "measure.h"
#include "stats_persons.h"

namespace {

using haven::bench::Clock;
using haven::bench::peak_mib;
using haven::bench::seconds_since;
using haven::stats::Table;
using haven::stats::Units;

Units the_persons(std::size_t count) {
  const Clock::time_point start = Clock::now();
  Units units =
      haven::bench::persons(count, haven::bench::person_weights(), haven::bench::kPersonSeed);
  std::printf("%zu persons generated in %.2f s\n", count, seconds_since(start));
  return units;
}

int count_cube(std::size_t count, std::size_t runs) {
  const Units units = the_persons(count);
  // The generator's peak: the persons' columns and what drawing them took, before any cube.
  std::printf("peak memory before counting %.0f MiB\n", peak_mib());
  std::vector<double> seconds;
  std::size_t cells = 0;
  std::size_t non_empty = 0;
  for (std::size_t run = 0; run < runs; ++run) {
    const Clock::time_point start = Clock::now();
    const Table table =
        haven::stats::count("P5", "Persons", haven::bench::person_dimensions(), units);
    seconds.push_back(seconds_since(start));
    std::printf("  cube %zu: %.3f s\n", run + 1, seconds.back());
    cells = table.size();
    non_empty = table.size() - std::count(table.values().begin(), table.values().end(), 0U);
  }
  std::vector<double> sorted = seconds;
  std::sort(sorted.begin(), sorted.end());
  std::printf("cube: median %.3f s, best %.3f s of %zu runs; %zu cells, %zu non-empty\n",
              sorted[sorted.size() / 2], sorted.front(), runs, cells, non_empty);
  std::printf("peak memory %.0f MiB\n", peak_mib());
  return 0;
}

int write_csv(const char* path, std::size_t count) {
  const Units units = the_persons(count);
  std::FILE* file = std::fopen(path, "wb");
  if (file == nullptr) {
    std::fprintf(stderr, "cannot write %s: %s\n", path, std::strerror(errno));
    return 1;
  }
  const Clock::time_point start = Clock::now();
  // Rows are formatted into one buffer and written in large pieces: stdio a field at a
  // time would take longer than counting the cube.
  std::string buffer = std::string(haven::bench::kPersonColumns) + "\n";
  buffer.reserve(1 << 20);
  char digits[8];
  for (std::size_t unit = 0; unit < units.count; ++unit) {
    for (std::size_t column = 0; column < units.columns.size(); ++column) {
      const auto end = std::to_chars(digits, digits + sizeof digits, units.columns[column][unit]);
      buffer.append(digits, end.ptr);
      buffer.push_back(column + 1 < units.columns.size() ? ',' : '\n');
    }
    if (buffer.size() > (1 << 20) - 64) {
      std::fwrite(buffer.data(), 1, buffer.size(), file);
      buffer.clear();
    }
  }
  std::fwrite(buffer.data(), 1, buffer.size(), file);
  if (std::fclose(file) != 0) {
    std::fprintf(stderr, "cannot write %s: %s\n", path, std::strerror(errno));
    return 1;
  }
  std::printf("%s written in %.2f s\n", path, seconds_since(start));
  return 0;
}

std::size_t argument(int argc, char** argv, int index, std::size_t absent) {
  return argc > index ? std::strtoull(argv[index], nullptr, 10) : absent;
}

}  // namespace

int main(int argc, char** argv) {
  const std::string mode = argc > 1 ? argv[1] : "";
  if (mode == "count")
    return count_cube(argument(argc, argv, 2, 10'000'000),
                      std::max<std::size_t>(1, argument(argc, argv, 3, 5)));
  if (mode == "csv" && argc > 2) return write_csv(argv[2], argument(argc, argv, 3, 10'000'000));
  std::fprintf(stderr,
               "usage: bench_stats_cube count [persons] [runs]\n"
               "       bench_stats_cube csv FILE [persons]\n");
  return 2;
}
