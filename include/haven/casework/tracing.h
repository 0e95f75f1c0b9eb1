#pragma once
// Candidates for a family tracing request: registered persons who may be the one a relative
// seeks, scored by name, sex, age and nationality, for a caseworker to confirm or reject
// (tracing.match_confirmed / tracing.match_rejected). The scorer is an interface: the
// record-linkage engine (issue 8) replaces the simple one here.

#include <memory>
#include <string>
#include <vector>

#include "haven/core/result.h"

namespace haven::store {
class Store;
}

namespace haven::casework {

// What a tracing request knows of the person sought, or a registration of a person, as the
// scorer compares them. Names are folded for search (any script, no diacritics, lower case).
struct PersonFacts {
  std::string given_name;
  std::string family_name;
  std::string sex;     // F, M, X, U or empty
  int birth_year = 0;  // 0 when unknown
  std::vector<std::string> nationalities;
};

struct Score {
  // 0 (nothing alike) to 1 (everything known agrees).
  double value = 0;
  // What agreed or disagreed, for the caseworker: "family name 0.93", "sex differs".
  std::vector<std::string> reasons;
};

class CandidateScorer {
 public:
  virtual ~CandidateScorer() = default;
  virtual Score score(const PersonFacts& sought, const PersonFacts& registered) const = 0;
};

// Name similarity (edit distance over the folded names) weighed with sex, birth year within
// a few years (ages are often guessed) and nationality. A field unknown on either side
// counts neither for nor against.
std::unique_ptr<CandidateScorer> simple_scorer();

struct Candidate {
  std::string person_id;
  Score score;
  // A caseworker's decision already recorded: `confirmed`, `rejected`, or empty.
  std::string decision;
};

// The registered persons that may be the one request `request_id` seeks, best first, those
// scoring at least `threshold`, at most `limit`. kNotFound when there is no such request.
Result<std::vector<Candidate>> tracing_candidates(store::Store& store,
                                                  const std::string& request_id,
                                                  const CandidateScorer& scorer, double threshold,
                                                  int limit);

// `{"request_id", "candidates": [{person_id, score, reasons, decision, person}]}`.
Result<std::string> candidates_json(store::Store& store, const std::string& request_id,
                                    const std::vector<Candidate>& candidates);

}  // namespace haven::casework
