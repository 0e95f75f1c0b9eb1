#pragma once
// Linking records (issue 8): blocking passes choose candidate pairs, each pair is compared
// field by field into a pattern of agreement levels, Fellegi-Sunter weights are estimated
// from the candidates themselves (EM), and each pair at or above the review threshold is
// returned with its decision and explanation.

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "haven/linkage/records.h"
#include "haven/linkage/scoring.h"

namespace haven::linkage {

enum class Decision { kMatch, kReview };

struct LinkOptions {
  // Probabilities of being the same person: at or above `match` a pair is a match; between
  // `review` and `match` a person should look at it. Below `review` it is not reported.
  double match = 0.95;
  double review = 0.5;
  // A blocking key shared by more records than this (on either side) says too little for
  // what comparing all its pairs costs (a common given name in a birth year): such blocks
  // are skipped and counted; the other passes still bring their pairs together. 0 chooses
  // by size: 5,000 for small files, falling to 300 at a million records, so that the work
  // grows with the records and not with their square.
  std::size_t largest_block = 0;
  // Pairs drawn at random to learn how often each field agrees by chance (u).
  std::size_t random_pairs = 200'000;
  // Called with every candidate pair (for measuring what blocking kept), from the worker
  // threads, concurrently.
  std::function<void(std::size_t left, std::size_t right)> on_candidate;
  // Worker threads comparing pairs; 0 for one per core.
  unsigned threads = 0;
};

struct LinkedPair {
  std::size_t left = 0;   // index into the left records
  std::size_t right = 0;  // index into the right records (the same list when deduplicating)
  double probability = 0.0;
  Weight weight;    // the total and each field's part: the explanation
  Pattern pattern;  // the level each field agreed at
  Decision decision = Decision::kReview;
};

// What one blocking pass did.
struct PassCount {
  std::string pass;                // "names + birth year"
  std::size_t candidates = 0;      // pairs its blocks hold (some also in other passes')
  std::size_t compared = 0;        // pairs compared here (each pair in its first pass only)
  std::size_t blocks_skipped = 0;  // blocks larger than largest_block
};

struct LinkReport {
  std::size_t candidate_pairs = 0;  // pairs the blocking passes proposed (with repeats)
  std::size_t compared = 0;         // distinct pairs compared field by field
  std::size_t blocks_skipped = 0;   // blocks larger than largest_block
  std::vector<PassCount> passes;    // in the order pairs are compared
  // Pairs EM learnt m and the share from: all compared pairs, or a random share of their
  // blocks when there are more than ten million.
  std::size_t learnt_from = 0;
  Model model;
  // True when EM's m was implausible (names more often different than the same among
  // "matches") and the m kept as data (agreement_model) was used.
  bool model_from_data = false;
  std::vector<LinkedPair> pairs;  // best first
};

// The fields compared and their levels, in pattern order.
std::vector<FieldLevels> compared_fields();

// Links `left` to `right`; with `right` null, finds duplicates within `left`.
LinkReport link(
    const std::vector<Record>& left, const std::vector<Record>* right, const LinkOptions& options,
    const std::function<void(const char* stage, std::size_t done, std::size_t of)>& progress = {});

// One line of explanation: "family_name exact +8.1, birth_date one year apart -0.4, …".
std::string explain(const Model& model, const LinkedPair& pair);

}  // namespace haven::linkage
