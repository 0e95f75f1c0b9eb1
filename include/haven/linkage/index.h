#pragma once
// The registry kept ready for one question at a time (issue 8): who among the registered
// persons may be this one? Asked while a person is being registered (possible duplicates)
// and when a tracing request is made or a person registered (the relative sought). Records
// are put and removed as persons are registered, updated and merged; a query compares the
// record only with those sharing a blocking key, so it costs the same over 1,000 or
// 1,000,000 persons.
//
// Scoring is link()'s: Fellegi–Sunter weights with term frequencies. A single query cannot
// learn m by EM, so m comes from data/linkage/agreement.txt (a prior, its source written
// there) and u from pairs of the index's own records drawn at random, weighed against the
// prior u kept there too (a small registry knows little of chance), relearnt as the index
// grows by half. Safe to query from many threads while one thread writes.

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "haven/linkage/link.h"
#include "haven/linkage/records.h"
#include "haven/linkage/scoring.h"

namespace haven::linkage {

struct Suggestion {
  std::string id;  // the record found
  double probability = 0.0;
  Decision decision = Decision::kReview;
  // "family_name same +9.1, birth_date same year +3.0, …" (see explain()).
  std::string explanation;
};

struct QueryOptions {
  double match = 0.95;
  double review = 0.5;
  std::size_t limit = 10;
};

// m, the prior u and the share of duplicates as kept in data/linkage/agreement.txt: the
// levels of each field as link() compares them.
Model agreement_model();

class Index {
 public:
  Index();
  ~Index();
  Index(const Index&) = delete;
  Index& operator=(const Index&) = delete;

  // Adds the record, or replaces the one with the same id.
  void put(const Record& record);
  // Forgets the record with this id (a merged duplicate); nothing when there is none.
  void remove(std::string_view id);
  std::size_t size() const;

  // The records that may be the same person as `record`, most likely first, those at or
  // above options.review, at most options.limit. A record with the same id as `record` is
  // never returned (a person is not their own duplicate).
  std::vector<Suggestion> query(const Record& record, const QueryOptions& options = {}) const;

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace haven::linkage
