#include "haven/casework/tracing.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <nlohmann/json.hpp>

#include "haven/casework/linkage_record.h"
#include "haven/casework/registry.h"
#include "haven/core/ids.h"
#include "haven/store/store.h"

namespace haven::casework {
namespace {

using nlohmann::json;

// How many open requests one request is compared with for mutual matches.
constexpr std::size_t kMutualLimit = 20;

Result<json> request_document(store::Store& store, const std::string& request_id) {
  auto document = store.tracing_document(request_id);
  if (!document) return document.error();
  if (!*document) {
    return Fail(ErrorCode::kNotFound, "request_id",
                "no tracing request '" + request_id + "' has been made");
  }
  return json::parse(**document);
}

double rounded(double probability) { return std::round(probability * 1000) / 1000; }

}  // namespace

Result<std::vector<Candidate>> tracing_candidates(store::Store& store, const Registry& registry,
                                                  const std::string& request_id, int limit) {
  auto request = request_document(store, request_id);
  if (!request) return request.error();
  std::map<std::string, std::string> decisions;
  for (const auto& match : request->value("matches", json::array())) {
    decisions[match.value("person_id", "")] = match.value("decision", "");
  }
  linkage::QueryOptions options;
  options.limit = static_cast<std::size_t>(std::max(limit, 1));
  const linkage::Record sought =
      linkage_record(request_id, request->value("sought", json::object()));
  std::vector<Candidate> out;
  // The relative who asks is not the one they seek, however alike the two are.
  const std::string asker = request->value("requester", "");
  for (auto& suggestion : registry.persons_like(sought, options)) {
    if (suggestion.id == asker) continue;
    auto decided = decisions.extract(suggestion.id);
    out.push_back({std::move(suggestion.id), suggestion.probability,
                   decision_name(suggestion.decision), std::move(suggestion.explanation),
                   decided ? decided.mapped() : ""});
  }
  // A decided candidate is always shown: the caseworker sees what was ruled out and why.
  for (auto& [person_id, decision] : decisions) {
    out.push_back({person_id, 0, "", "", decision});
  }
  return out;
}

Result<linkage::Record> requester_record(store::Store& store, const json& request) {
  const std::string request_id = request.value("request_id", "");
  const std::string requester = request.value("requester", "");
  if (is_valid_id(requester)) {
    auto person = store.person_document(requester);
    if (!person) return person.error();
    if (*person) return linkage_record(request_id, json::parse(**person));
  }
  return linkage_record(request_id, json{{"name_original", requester}});
}

Result<std::vector<MutualRequest>> mutual_requests(store::Store& store, const Registry& registry,
                                                   const std::string& request_id) {
  auto request = request_document(store, request_id);
  if (!request) return request.error();
  std::vector<MutualRequest> out;
  // Each other request once per relation, as likely as the likelier way found it.
  auto add = [&out, &request_id](std::string other, const char* relation, double probability,
                                 std::string explanation) {
    if (other == request_id) return;
    for (auto& known : out) {
      if (known.request_id != other || known.relation != relation) continue;
      if (probability > known.probability) {
        known.probability = probability;
        known.explanation = std::move(explanation);
      }
      return;
    }
    out.push_back({std::move(other), relation, probability, std::move(explanation)});
  };
  linkage::QueryOptions options;
  options.limit = kMutualLimit;
  // Registered relatives are compared through the registry, which knows chance agreement
  // best: requests whose candidates include the one who asks, and requests made by one of
  // this request's candidates.
  const std::string asker = request->value("requester", "");
  if (is_valid_id(asker)) {
    auto person = store.person_document(asker);
    if (!person) return person.error();
    if (*person) {
      const std::array records = {linkage_record(asker, json::parse(**person))};
      for (const auto& [id, requests] : registry.requests_seeking(records, options)) {
        for (const auto& found : requests) {
          add(found.id, "seeks_requester", found.probability, found.explanation);
        }
      }
    }
  }
  auto candidates = tracing_candidates(store, registry, request_id, kMutualLimit);
  if (!candidates) return candidates.error();
  for (const auto& candidate : *candidates) {
    if (candidate.level.empty() || candidate.decision == "rejected") continue;
    for (const std::string& other : registry.requests_made_by_person(candidate.person_id)) {
      add(other, "made_by_sought", candidate.probability, candidate.explanation);
    }
  }
  // Relatives known only by name are compared among the open requests.
  auto requester = requester_record(store, *request);
  if (!requester) return requester.error();
  for (const auto& found : registry.requests_sought_like(*requester, options)) {
    add(found.id, "seeks_requester", found.probability, found.explanation);
  }
  const linkage::Record sought =
      linkage_record(request_id, request->value("sought", json::object()));
  for (const auto& found : registry.requests_made_by(sought, options)) {
    add(found.id, "made_by_sought", found.probability, found.explanation);
  }
  std::stable_sort(out.begin(), out.end(), [](const MutualRequest& a, const MutualRequest& b) {
    return a.probability > b.probability;
  });
  return out;
}

Result<std::map<std::string, std::vector<TracingLead>>> tracing_leads(
    store::Store& store, const Registry& registry, std::span<const std::string> person_ids) {
  std::map<std::string, std::vector<TracingLead>> out;
  std::vector<linkage::Record> records;
  for (const std::string& person_id : person_ids) {
    out[person_id];
    auto document = store.person_document(person_id);
    if (!document) return document.error();
    if (*document) records.push_back(linkage_record(person_id, json::parse(**document)));
  }
  linkage::QueryOptions options;
  options.limit = kMutualLimit;
  for (const auto& [person_id, requests] : registry.requests_seeking(records, options)) {
    for (const auto& found : requests) {
      auto request = request_document(store, found.id);
      if (!request) return request.error();
      // A candidate already decided on waits on no one.
      bool decided = false;
      for (const auto& match : request->value("matches", json::array())) {
        decided = decided || match.value("person_id", "") == person_id;
      }
      if (!decided) out[person_id].push_back({found.id, "sought", person_id, found.probability});
    }
  }
  for (const std::string& person_id : person_ids) {
    for (const std::string& request_id : registry.requests_made_by_person(person_id)) {
      auto candidates = tracing_candidates(store, registry, request_id, kMutualLimit);
      if (!candidates) return candidates.error();
      // The most likely candidate no one has decided on yet, if any.
      const auto undecided =
          std::find_if(candidates->begin(), candidates->end(),
                       [](const Candidate& c) { return c.decision.empty() && !c.level.empty(); });
      if (undecided != candidates->end()) {
        out[person_id].push_back(
            {request_id, "requester", undecided->person_id, undecided->probability});
      }
    }
  }
  for (auto& [person_id, leads] : out) {
    std::stable_sort(leads.begin(), leads.end(), [](const TracingLead& a, const TracingLead& b) {
      return a.probability > b.probability;
    });
  }
  return out;
}

Result<std::string> candidates_json(store::Store& store, const std::string& request_id,
                                    const std::vector<Candidate>& candidates,
                                    const std::vector<MutualRequest>& mutual,
                                    const ShownPerson& shown) {
  json list = json::array();
  for (const auto& candidate : candidates) {
    auto document = store.person_document(candidate.person_id);
    if (!document) return document.error();
    // A person the caller may not see is not hinted at, not even by id.
    const std::string seen = *document ? shown(**document) : std::string();
    if (seen.empty()) continue;
    const json person = json::parse(seen);
    json entry = {
        {"person_id", candidate.person_id},
        {"probability", rounded(candidate.probability)},
        {"level", candidate.level.empty() ? json(nullptr) : json(candidate.level)},
        {"explanation", candidate.explanation},
        {"decision", candidate.decision.empty() ? json(nullptr) : json(candidate.decision)}};
    entry["person"] = compared_facts(person);
    list.push_back(std::move(entry));
  }
  json answers = json::array();
  for (const auto& other : mutual) {
    auto document = store.tracing_document(other.request_id);
    if (!document) return document.error();
    if (!*document) continue;
    const json request = json::parse(**document);
    answers.push_back({{"request_id", other.request_id},
                       {"relation", other.relation},
                       {"probability", rounded(other.probability)},
                       {"explanation", other.explanation},
                       {"requester", request.value("requester", "")},
                       {"sought", request.value("sought", json::object())}});
  }
  return json{{"request_id", request_id},
              {"candidates", std::move(list)},
              {"mutual_requests", std::move(answers)}}
      .dump();
}

}  // namespace haven::casework
