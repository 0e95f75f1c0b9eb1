#pragma once
// Candidates for a family tracing request: registered persons the record-linkage engine
// (casework::Registry, issue 8) finds may be the one a relative seeks, for a caseworker to
// confirm or reject (tracing.match_confirmed / tracing.match_rejected); and the other open
// requests that answer this one (two relatives searching for each other).

#include <functional>
#include <map>
#include <nlohmann/json_fwd.hpp>
#include <span>
#include <string>
#include <vector>

#include "haven/core/result.h"
#include "haven/linkage/records.h"

namespace haven::store {
class Store;
}

namespace haven::casework {

class Registry;

struct Candidate {
  std::string person_id;
  // The engine's probability that this is the person sought (0 when only a decision keeps
  // the candidate on the list), its level (`match` or `review`; empty then) and why.
  double probability = 0;
  std::string level;
  std::string explanation;
  // A caseworker's decision already recorded: `confirmed`, `rejected`, or empty.
  std::string decision;
};

// The registered persons who may be the one request `request_id` seeks, most likely first,
// at most `limit`, followed by those a caseworker already decided on that the engine no
// longer suggests. kNotFound when there is no such request.
Result<std::vector<Candidate>> tracing_candidates(store::Store& store, const Registry& registry,
                                                  const std::string& request_id, int limit);

// Who made a tracing request (its document), as the engine compares persons: the registered
// person its `requester` names, or that name.
Result<linkage::Record> requester_record(store::Store& store, const nlohmann::json& request);

// Another open request that answers this one: it seeks the person who made this one
// (`seeks_requester`), or was made by the person this one seeks (`made_by_sought`).
struct MutualRequest {
  std::string request_id;
  std::string relation;
  double probability = 0;
  std::string explanation;
};

// The open requests that answer request `request_id`, most likely first. kNotFound when
// there is no such request.
Result<std::vector<MutualRequest>> mutual_requests(store::Store& store, const Registry& registry,
                                                   const std::string& request_id);

// An open tracing request that concerns a registered person and waits on a caseworker: the
// person may be the one it seeks (`sought`), or made it and it has candidates no one has
// decided on yet (`requester`).
struct TracingLead {
  std::string request_id;
  std::string role;
  // The most likely undecided candidate: the person themself when `sought`.
  std::string candidate_id;
  double probability = 0;
};

// The leads of each of `person_ids`, most likely first, by person id: what the engine finds
// now, so a registration made since the request shows up without anyone asking.
Result<std::map<std::string, std::vector<TracingLead>>> tracing_leads(
    store::Store& store, const Registry& registry, std::span<const std::string> person_ids);

// A person's document as the caller may see it, or empty when it is not theirs to see.
using ShownPerson = std::function<std::string(const std::string& document)>;

// `{"request_id", "candidates": [{person_id, probability, level, explanation, decision,
// person: {given_name, family_name, name_original, sex, birth_date, nationalities}}],
// "mutual_requests": [{request_id, relation, probability, explanation, requester}]}`;
// candidates `shown` leaves empty are left out.
Result<std::string> candidates_json(store::Store& store, const std::string& request_id,
                                    const std::vector<Candidate>& candidates,
                                    const std::vector<MutualRequest>& mutual,
                                    const ShownPerson& shown);

}  // namespace haven::casework
