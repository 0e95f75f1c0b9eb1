#pragma once
// Duplicate registrations across the whole registry: every person not merged into another,
// compared by the record-linkage engine (haven/linkage). The pairs at or above the review
// threshold are for a person to look at and, when they are one person, to join with
// `person.merged` (domain/merges.h), which `person.unmerged` undoes.

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "haven/core/result.h"
#include "haven/linkage/link.h"

namespace haven::store {
class Store;
}

namespace haven::casework {

struct DuplicatePair {
  // The earlier registration (by `registered_at`, then id) and the later one.
  std::string left_id;
  std::string right_id;
  double probability = 0.0;
  linkage::Decision decision = linkage::Decision::kReview;
  // Which fields agreed and their weights (linkage::explain); empty unless asked for.
  std::string explanation;
};

struct RegistryDuplicates {
  std::size_t persons = 0;                 // registrations compared (those not merged)
  std::size_t candidate_pairs = 0;         // pairs blocking proposed
  std::size_t compared = 0;                // pairs compared field by field
  std::size_t blocks_skipped = 0;          // blocks too large to say anything
  std::vector<linkage::PassCount> passes;  // what each blocking pass did
  std::vector<DuplicatePair> pairs;        // best first
};

// Called with the stage (`reading`, then the engine's `preparing`, `learning` and `comparing`), the
// work done and the work there is.
using DuplicatesProgress = std::function<void(const char* stage, std::size_t done, std::size_t of)>;

// The pairs of registrations `options` finds likely to be one person; with `explain`, each
// says why. Reads every person document once; holds one record per person in memory.
Result<RegistryDuplicates> registry_duplicates(store::Store& store,
                                               const linkage::LinkOptions& options, bool explain,
                                               const DuplicatesProgress& progress = {});

// The pairs of a link report, by id (`right` null when `left` was deduplicated: then the
// earlier record of each pair is on the left).
std::vector<DuplicatePair> pairs_of(const linkage::LinkReport& report,
                                    const std::vector<linkage::Record>& left,
                                    const std::vector<linkage::Record>* right, bool explain);

}  // namespace haven::casework
