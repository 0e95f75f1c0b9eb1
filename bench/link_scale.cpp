// Linking at scale (issue 8): demo persons (haven demo's own identities: names from the
// route's naming tradition with the spellings registrars use, estimated ages, missing
// nationalities) registered a second time at another desk — another spelling, sometimes the
// name in the person's own script, given and family names swapped, a birth date
// remembered differently — and linked with haven::linkage.
//   bench_link_scale files N   N persons against their N second registrations
//   bench_link_scale dedupe N  N registrations, of which a twentieth repeat another
//   bench_link_scale query N   N persons in an Index, then 10,000 registrations checked
//   bench_link_scale csv N DIR writes the files pair as DIR/left.csv and DIR/right.csv (names
//                              as Haven read them, in Latin letters), for timing `haven link
//                              files` itself
// Prints wall time, peak memory, pairs compared per second, the share of true pairs that
// blocking kept and precision and recall of the decisions.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <unordered_set>

#include "demo/identity.h"
#include "haven/linkage/index.h"
#include "haven/linkage/link.h"

#include "measure.h"

namespace {

using haven::bench::Clock;
using haven::bench::peak_mib;
using haven::bench::seconds_since;
using haven::demo::Identity;
using haven::linkage::Record;

const haven::demo::Window kWindow{1'700'000'000, 1'790'000'000, {2026, 9, 20}};

Identity identity(std::int64_t index) {
  haven::demo::Random random = haven::demo::person_random(66172, index);
  return haven::demo::make_identity(random, index, kWindow);
}

Record record_of(const std::string& id, const std::string& given, const std::string& family,
                 const std::string& birth, bool estimated, char sex, std::string_view nationality) {
  Record r;
  r.id = id;
  r.given = haven::linkage::normalise_name(given);
  r.family = haven::linkage::normalise_name(family);
  if (auto date = haven::linkage::parse_birth_date(birth)) r.birth = *date;
  r.birth.estimated = estimated;
  if (sex == 'F' || sex == 'M' || sex == 'X') r.sex = std::string(1, sex);
  r.nationality = std::string(nationality);
  return r;
}

Record first_registration(const Identity& p) {
  return record_of(p.person_id, p.given_name, p.family_name, p.birth_date, p.birth_estimated, p.sex,
                   p.nationality);
}

// The same person at another desk.
Record second_registration(const Identity& p, const std::string& id) {
  haven::demo::Random random = haven::demo::person_random(20111219, p.index);
  std::string given = haven::demo::spell(p.given, random.percent(50), random);
  std::string family = haven::demo::spell(p.family, random.percent(50), random);
  const bool original = !p.name_original.empty() && random.percent(30);
  if (random.percent(5)) std::swap(given, family);
  haven::linkage::PartialDate birth;
  if (auto date = haven::linkage::parse_birth_date(p.birth_date)) birth = *date;
  bool estimated = p.birth_estimated;
  const int noise = static_cast<int>(random.below(100));
  if (noise < 5 && birth.day != 0 && birth.day <= 12) {
    std::swap(birth.day, birth.month);
  } else if (noise < 15) {
    birth = {birth.year + (random.percent(50) ? 1 : -1), 0, 0, true};
    estimated = true;
  } else if (noise < 20) {
    birth = {birth.year, 0, 0, true};
  } else if (noise < 23) {
    birth = {};
  }
  Record r = record_of(id, given, family, "", estimated, p.sex,
                       random.percent(90) ? p.nationality : std::string_view());
  if (original) {
    // Only the name in the person's own script, as Haven reads it (casework's
    // linkage_record): its first part stands for the given name.
    const haven::linkage::NormalisedName whole = haven::linkage::normalise_name(p.name_original);
    r.given.parts.assign(whole.parts.begin(), whole.parts.begin() + 1);
    r.family.parts.assign(whole.parts.begin() + 1, whole.parts.end());
  }
  r.birth = birth;
  r.birth.estimated = estimated;
  return r;
}

struct Truth {
  std::size_t pairs = 0;
  std::size_t kept = 0;
  std::size_t matched = 0, matched_right = 0;  // decisions "match"
  std::size_t flagged = 0, flagged_right = 0;  // "match" or "review"
};

void print(const char* what, std::size_t n, double wall, const haven::linkage::LinkReport& report,
           const Truth& t) {
  std::printf(
      "%s %zu: %.1f s, peak %.0f MiB; %zu candidate pairs, %zu compared (%.2f M/s); blocking "
      "kept %.2f%% of %zu true pairs; match: precision %.4f recall %.4f; match+review: "
      "precision %.4f recall %.4f\n",
      what, n, wall, peak_mib(), report.candidate_pairs, report.compared,
      static_cast<double>(report.compared) / wall / 1e6,
      100.0 * static_cast<double>(t.kept) / static_cast<double>(t.pairs), t.pairs,
      static_cast<double>(t.matched_right) / std::max<double>(1, static_cast<double>(t.matched)),
      static_cast<double>(t.matched_right) / static_cast<double>(t.pairs),
      static_cast<double>(t.flagged_right) / std::max<double>(1, static_cast<double>(t.flagged)),
      static_cast<double>(t.flagged_right) / static_cast<double>(t.pairs));
}

void score(const haven::linkage::LinkReport& report, const std::vector<std::uint32_t>& left_person,
           const std::vector<std::uint32_t>& right_person, Truth& t) {
  for (const auto& pair : report.pairs) {
    const bool right = left_person[pair.left] == right_person[pair.right];
    ++t.flagged;
    t.flagged_right += right;
    if (pair.decision == haven::linkage::Decision::kMatch) {
      ++t.matched;
      t.matched_right += right;
    }
  }
}

// One line per stage, with the time it started.
void finish(const char* what, std::size_t n, std::size_t true_pairs, std::size_t kept, double wall,
            const haven::linkage::LinkReport& report, const std::vector<std::uint32_t>& person) {
  Truth t;
  t.pairs = true_pairs;
  t.kept = kept;
  score(report, person, person, t);
  print(what, n, wall, report, t);
  for (const auto& pass : report.passes) {
    std::printf("  pass %-28s %13zu candidates %12zu compared %7zu blocks skipped\n",
                pass.pass.c_str(), pass.candidates, pass.compared, pass.blocks_skipped);
  }
  std::printf("  EM learnt from %zu pairs%s; prior share of matches %.3g\n", report.learnt_from,
              report.model_from_data ? " (m kept as data used: EM's implausible)" : "",
              report.model.match_share);
  // m as EM learnt it here, in data/linkage/agreement.txt's form.
  for (std::size_t f = 0; f < report.model.fields.size(); ++f) {
    std::printf("  m %s", report.model.fields[f].field.c_str());
    for (double m : report.model.m[f]) std::printf(" %.4f", m);
    std::printf("\n");
  }
}

void progress(const char* stage, std::size_t done, std::size_t of) {
  static const auto start = Clock::now();
  static std::string last;
  if (last != stage) {
    last = stage;
    std::fprintf(stderr, "%7.2f s  %s (%zu of %zu)\n", seconds_since(start), stage, done, of);
  }
}

int files(std::size_t n) {
  std::vector<Record> left, right;
  std::vector<std::uint32_t> person(n);
  left.reserve(n);
  right.reserve(n);
  for (std::size_t i = 0; i < n; ++i) {
    const Identity p = identity(static_cast<std::int64_t>(i));
    left.push_back(first_registration(p));
    right.push_back(second_registration(p, "B" + std::to_string(i)));
    person[i] = static_cast<std::uint32_t>(i);
  }
  std::fprintf(stderr, "generated; peak %.0f MiB\n", peak_mib());
  haven::linkage::LinkOptions options;
  std::atomic<std::size_t> kept{0};
  std::vector<char> was_kept(n, 0);
  options.on_candidate = [&](std::size_t a, std::size_t b) {
    if (a == b) {
      ++kept;
      was_kept[a] = 1;
    }
  };
  const auto start = Clock::now();
  const auto report = haven::linkage::link(left, &right, options, progress);
  const double wall = seconds_since(start);
  if (std::getenv("SHOW_LOST") != nullptr) {
    std::size_t shown = 0;
    for (std::size_t i = 0; i < n && shown < 40; ++i) {
      if (was_kept[i]) continue;
      ++shown;
      const Identity p = identity(static_cast<std::int64_t>(i));
      const auto name = [](const haven::linkage::NormalisedName& x) {
        std::string out;
        for (const auto& part : x.parts) out += part.latin + "/" + part.key + " ";
        return out;
      };
      std::fprintf(stderr, "LOST %s | %s | %d-%d-%d  ||  %s | %s | %d-%d-%d\n",
                   name(left[i].given).c_str(), name(left[i].family).c_str(), left[i].birth.year,
                   left[i].birth.month, left[i].birth.day, name(right[i].given).c_str(),
                   name(right[i].family).c_str(), right[i].birth.year, right[i].birth.month,
                   right[i].birth.day);
    }
  }
  finish("files", n, n, kept, wall, report, person);
  return 0;
}

std::string csv_of(const Record& r) {
  const auto name = [](const haven::linkage::NormalisedName& x) {
    std::string out;
    for (const auto& part : x.parts) out += (out.empty() ? "" : " ") + part.latin;
    return out;
  };
  std::string birth;
  if (r.birth.year != 0) birth = std::to_string(r.birth.year);
  if (r.birth.month != 0)
    birth += (r.birth.month < 10 ? "-0" : "-") + std::to_string(r.birth.month);
  if (r.birth.day != 0) birth += (r.birth.day < 10 ? "-0" : "-") + std::to_string(r.birth.day);
  return r.id + "," + name(r.given) + "," + name(r.family) + "," + birth + "," + r.sex + "," +
         r.nationality + "\n";
}

int csv(std::size_t n, const std::string& dir) {
  FILE* left = std::fopen((dir + "/left.csv").c_str(), "w");
  FILE* right = std::fopen((dir + "/right.csv").c_str(), "w");
  if (left == nullptr || right == nullptr) {
    std::fprintf(stderr, "cannot write to %s\n", dir.c_str());
    return 1;
  }
  for (FILE* f : {left, right}) std::fputs("id,given,family,born,sex,nationality\n", f);
  for (std::size_t i = 0; i < n; ++i) {
    const Identity p = identity(static_cast<std::int64_t>(i));
    std::fputs(csv_of(first_registration(p)).c_str(), left);
    std::fputs(csv_of(second_registration(p, "B" + std::to_string(i))).c_str(), right);
  }
  std::fclose(left);
  std::fclose(right);
  return 0;
}

int dedupe(std::size_t n) {
  // Every twentieth registration repeats an earlier person.
  std::vector<Record> records;
  std::vector<std::uint32_t> person;
  records.reserve(n);
  std::size_t repeats = 0;
  for (std::size_t i = 0; records.size() < n; ++i) {
    const Identity p = identity(static_cast<std::int64_t>(i));
    records.push_back(first_registration(p));
    person.push_back(static_cast<std::uint32_t>(i));
    if (i % 19 == 7 && records.size() < n) {
      records.push_back(second_registration(p, "R" + std::to_string(i)));
      person.push_back(static_cast<std::uint32_t>(i));
      ++repeats;
    }
  }
  std::fprintf(stderr, "generated; peak %.0f MiB\n", peak_mib());
  haven::linkage::LinkOptions options;
  std::atomic<std::size_t> kept{0};
  options.on_candidate = [&](std::size_t a, std::size_t b) { kept += person[a] == person[b]; };
  const auto start = Clock::now();
  const auto report = haven::linkage::link(records, nullptr, options, progress);
  finish("dedupe", n, repeats, kept, seconds_since(start), report, person);
  return 0;
}

int query(std::size_t n) {
  haven::linkage::Index index;
  const auto start = Clock::now();
  for (std::size_t i = 0; i < n; ++i) {
    index.put(first_registration(identity(static_cast<std::int64_t>(i))));
    if ((i + 1) % 100'000 == 0) progress("indexing", i + 1, n);
  }
  std::fprintf(stderr, "\n");
  const double build = seconds_since(start);
  std::vector<double> times;
  std::size_t found = 0;
  constexpr std::size_t kQueries = 10'000;
  for (std::size_t q = 0; q < kQueries; ++q) {
    const std::size_t i = (q * 7919) % n;  // spread over the registry
    const Record r = second_registration(identity(static_cast<std::int64_t>(i)), "new");
    const auto t0 = Clock::now();
    const auto suggestions = index.query(r);
    times.push_back(seconds_since(t0) * 1000.0);
    for (const auto& s : suggestions) found += s.id == haven::demo::person_id_for(i);
  }
  std::sort(times.begin(), times.end());
  std::printf(
      "query: %zu persons indexed in %.1f s, peak %.0f MiB; %zu checks: p50 %.2f ms, p99 %.2f "
      "ms, max %.2f ms; the person was among the suggestions %.2f%% of the time\n",
      n, build, peak_mib(), kQueries, times[kQueries / 2], times[kQueries * 99 / 100], times.back(),
      100.0 * static_cast<double>(found) / kQueries);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  const std::string mode = argc > 1 ? argv[1] : "files";
  const std::size_t n = argc > 2 ? std::stoul(argv[2]) : 100'000;
  if (mode == "files") return files(n);
  if (mode == "dedupe") return dedupe(n);
  if (mode == "query") return query(n);
  if (mode == "csv" && argc > 3) return csv(n, argv[3]);
  std::fprintf(stderr, "usage: bench_link_scale files|dedupe|query [N] | csv N DIR\n");
  return 2;
}
