// How often an Arabic-script name and its Latin spelling get the same phonetic key
// (linkage/names.h), on ../shared/data/names/ar2en-train.txt. Every fifth line is held back:
// the key's rules were tuned looking at the other lines only, and the held-back figure is
// the one to quote. Usage: bench_names_eval FILE [--show-misses N]
#include <fstream>
#include <iostream>
#include <string>

#include "haven/linkage/compare.h"
#include "haven/linkage/names.h"

namespace {

std::string joined_keys(const haven::linkage::NormalisedName& name) {
  std::string out;
  for (const auto& part : name.parts) out += part.key;
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: bench_names_eval ar2en-train.txt [--show-misses N]\n";
    return 2;
  }
  int show = argc >= 4 ? std::stoi(argv[3]) : 0;
  std::ifstream in(argv[1]);
  if (!in) {
    std::cerr << "bench_names_eval: cannot read " << argv[1] << "\n";
    return 1;
  }
  struct Tally {
    int pairs = 0, same_key = 0, close_key = 0;
  } tuned, held;
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    const auto tab = line.find('\t');
    if (tab == std::string::npos) continue;
    const auto arabic = haven::linkage::normalise_name(line.substr(0, tab));
    const auto latin = haven::linkage::normalise_name(line.substr(tab + 1));
    const std::string a = joined_keys(arabic), b = joined_keys(latin);
    Tally& t = n % 5 == 0 ? held : tuned;
    ++t.pairs;
    if (a == b) ++t.same_key;
    if (haven::linkage::jaro_winkler(a, b) >= 0.85) ++t.close_key;
    if (n % 5 != 0 && a != b && show-- > 0) {
      std::cout << "miss: " << line.substr(0, tab) << " " << a << " | " << line.substr(tab + 1)
                << " " << b << "\n";
    }
  }
  for (const auto& [label, t] : {std::pair{"tuned on", tuned}, std::pair{"held back", held}}) {
    std::cout << label << ": " << t.pairs << " pairs, same key " << t.same_key << " ("
              << 100.0 * t.same_key / t.pairs << "%), keys within Jaro-Winkler 0.85 " << t.close_key
              << " (" << 100.0 * t.close_key / t.pairs << "%)\n";
  }
  return 0;
}
