// How often an Arabic-script name and its Latin spelling get the same phonetic key
// (linkage/names.h), on ../shared/data/names/ar2en-train.txt. Every fifth line is held back:
// the key's rules were tuned looking at the other lines only, and the held-back figure is
// the one to quote. Usage: bench_names_eval FILE [--show-misses N]
#include <algorithm>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "haven/linkage/compare.h"
#include "haven/linkage/names.h"

namespace {

std::string joined_keys(const haven::linkage::NormalisedName& name) {
  std::string out;
  for (const auto& part : name.parts) out += part.key;
  return out;
}

// Every held-back Arabic-script name against every held-back Latin spelling: scored by the
// Jaro-Winkler similarity of their keys, how many true spellings are found at a threshold
// where 99% of what is found is right? Single names, without dates or anything else, so
// this is the hardest case the engine meets.
void report_precision_recall(const std::vector<std::string>& arabic,
                             const std::vector<std::string>& latin) {
  std::vector<std::pair<double, bool>> scored;
  for (std::size_t i = 0; i < arabic.size(); ++i) {
    for (std::size_t j = 0; j < latin.size(); ++j) {
      const double score = haven::linkage::jaro_winkler(arabic[i], latin[j]);
      if (score >= 0.8) scored.emplace_back(score, i == j);
    }
  }
  std::sort(scored.begin(), scored.end(),
            [](const auto& x, const auto& y) { return x.first > y.first; });
  std::size_t exact = 0, exact_right = 0;
  for (const auto& [score, is_right] : scored) {
    if (score < 1.0) break;
    ++exact;
    exact_right += is_right;
  }
  std::cout << "held back, identical keys: " << exact << " pairs, " << exact_right << " right\n";
  std::size_t found = 0, right = 0, best_right = 0;
  double best_threshold = 1.0;
  for (std::size_t k = 0; k < scored.size(); ++k) {
    ++found;
    right += scored[k].second;
    const bool boundary = k + 1 == scored.size() || scored[k + 1].first < scored[k].first;
    if (boundary && static_cast<double>(right) >= 0.99 * static_cast<double>(found) &&
        right > best_right) {
      best_right = right;
      best_threshold = scored[k].first;
    }
  }
  std::cout << "held back, every Arabic-script name against every Latin one (" << arabic.size()
            << " x " << latin.size() << "): recall "
            << 100.0 * static_cast<double>(best_right) / static_cast<double>(arabic.size())
            << "% at precision >= 99% (key similarity >= " << best_threshold << ")\n";
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
  std::vector<std::string> held_arabic, held_latin;
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    const auto tab = line.find('\t');
    if (tab == std::string::npos) continue;
    const auto arabic = haven::linkage::normalise_name(line.substr(0, tab));
    const auto latin = haven::linkage::normalise_name(line.substr(tab + 1));
    const std::string a = joined_keys(arabic), b = joined_keys(latin);
    Tally& t = n % 5 == 0 ? held : tuned;
    if (n % 5 == 0) {
      held_arabic.push_back(a);
      held_latin.push_back(b);
    }
    ++t.pairs;
    if (a == b) ++t.same_key;
    if (haven::linkage::jaro_winkler(a, b) >= 0.85) ++t.close_key;
    if (n % 5 != 0 && a != b && show-- > 0) {
      std::cout << "miss: " << line.substr(0, tab) << " " << a << " | " << line.substr(tab + 1)
                << " " << b << "\n";
    }
  }
  report_precision_recall(held_arabic, held_latin);
  for (const auto& [label, t] : {std::pair{"tuned on", tuned}, std::pair{"held back", held}}) {
    std::cout << label << ": " << t.pairs << " pairs, same key " << t.same_key << " ("
              << 100.0 * t.same_key / t.pairs << "%), keys within Jaro-Winkler 0.85 " << t.close_key
              << " (" << 100.0 * t.close_key / t.pairs << "%)\n";
  }
  return 0;
}
