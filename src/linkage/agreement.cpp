// The m probabilities a single query scores with (Index), read from the compiled-in
// data/linkage/agreement.txt.
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>

#include "haven/linkage/index.h"
#include "pairs.h"

namespace haven::linkage {
namespace detail {
std::string_view agreement_text();
}  // namespace detail

namespace {

[[noreturn]] void broken(const std::string& why) {
  // The table is compiled in and tested: a broken one is a build that must not run.
  std::fprintf(stderr, "data/linkage/agreement.txt: %s\n", why.c_str());
  std::abort();
}

}  // namespace

Model agreement_model() {
  Model model;
  model.fields = detail::fields();
  model.m.resize(model.fields.size());
  model.u.resize(model.fields.size());
  std::istringstream in{std::string(detail::agreement_text())};
  std::string line;
  bool have_share = false;
  while (std::getline(in, line)) {
    if (const auto hash = line.find('#'); hash != std::string::npos) line.erase(hash);
    std::istringstream words(line);
    std::string name;
    if (!(words >> name)) continue;
    // "chance FIELD v1 v2 …" is the prior u of a field; "FIELD v1 v2 …" its m.
    const bool chance = name == "chance";
    if (chance && !(words >> name)) broken("a chance line names no field");
    std::vector<double> values;
    double value = 0.0;
    while (words >> value) values.push_back(value);
    if (!words.eof()) broken("line \"" + line + "\": not a number");
    if (name == "duplicate_share") {
      if (values.size() != 1 || values[0] <= 0.0 || values[0] >= 1.0) {
        broken("duplicate_share needs one share between 0 and 1");
      }
      model.match_share = values[0];
      have_share = true;
      continue;
    }
    std::size_t f = 0;
    while (f < model.fields.size() && model.fields[f].field != name) ++f;
    if (f == model.fields.size()) broken("unknown field " + name);
    if (values.size() != model.fields[f].levels.size()) {
      broken(name + " needs " + std::to_string(model.fields[f].levels.size()) + " levels");
    }
    double sum = 0.0;
    for (double v : values) sum += v;
    if (sum <= 0.0) broken(name + ": the levels sum to nothing");
    for (double& v : values) v = std::max(v / sum, 1e-6);
    (chance ? model.u[f] : model.m[f]) = std::move(values);
  }
  for (std::size_t f = 0; f < model.fields.size(); ++f) {
    if (model.m[f].empty()) broken("no line for " + model.fields[f].field);
    if (model.u[f].empty()) broken("no chance line for " + model.fields[f].field);
  }
  if (!have_share) broken("no duplicate_share line");
  return model;
}

}  // namespace haven::linkage
