#include "haven/casework/tracing.h"

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "haven/core/text.h"
#include "haven/store/store.h"

namespace haven::casework {
namespace {

using nlohmann::json;

// How many persons one name word may bring in as candidates.
constexpr int kPerWord = 500;

std::string folded(const json& object, const char* key) {
  const auto it = object.find(key);
  return it != object.end() && it->is_string() ? fold_for_search(it->get<std::string>())
                                               : std::string();
}

int year_of(const json& object) {
  const auto it = object.find("birth_date");
  if (it == object.end() || !it->is_string() || it->get<std::string>().size() < 4) return 0;
  return std::stoi(it->get<std::string>().substr(0, 4));
}

PersonFacts sought_facts(const json& sought) {
  PersonFacts facts{folded(sought, "given_name"),
                    folded(sought, "family_name"),
                    sought.value("sex", ""),
                    year_of(sought),
                    {}};
  if (sought.contains("nationality")) facts.nationalities.push_back(sought["nationality"]);
  // A name only in its own script stands for the whole name.
  if (facts.given_name.empty() && facts.family_name.empty()) {
    facts.given_name = folded(sought, "name_original");
  }
  return facts;
}

PersonFacts registered_facts(const json& person) {
  PersonFacts facts{folded(person, "given_name"),
                    folded(person, "family_name"),
                    person.value("sex", ""),
                    year_of(person),
                    {}};
  for (const auto& code : person.value("nationalities", json::array())) {
    facts.nationalities.push_back(code);
  }
  if (facts.given_name.empty() && facts.family_name.empty()) {
    facts.given_name = folded(person, "name_original");
  }
  return facts;
}

double similarity(const std::string& a, const std::string& b) {
  if (a.empty() || b.empty()) return -1;  // unknown
  const double longest = static_cast<double>(std::max(a.size(), b.size()));
  return 1.0 - static_cast<double>(edit_distance(a, b)) / longest;
}

std::string two_places(double value) {
  std::ostringstream out;
  out.precision(2);
  out << std::fixed << value;
  return out.str();
}

class SimpleScorer final : public CandidateScorer {
 public:
  Score score(const PersonFacts& sought, const PersonFacts& person) const override {
    Score out;
    double total = 0;
    double weight = 0;
    auto weigh = [&](double w, double agreement, std::string reason) {
      total += w * agreement;
      weight += w;
      out.reasons.push_back(std::move(reason));
    };
    // Names count most; the other facts confirm or weaken.
    for (auto [label, a, b] :
         {std::tuple{"given name", &sought.given_name, &person.given_name},
          std::tuple{"family name", &sought.family_name, &person.family_name}}) {
      const double s = similarity(*a, *b);
      if (s >= 0) weigh(0.35, s, std::string(label) + " " + two_places(s));
    }
    const auto known = [](const std::string& sex) { return sex == "F" || sex == "M"; };
    if (known(sought.sex) && known(person.sex)) {
      const bool same = sought.sex == person.sex;
      weigh(0.1, same ? 1 : 0, same ? "same sex" : "sex differs");
    }
    if (sought.birth_year > 0 && person.birth_year > 0) {
      const int gap = std::abs(sought.birth_year - person.birth_year);
      const double agreement = gap <= 1 ? 1 : gap <= 3 ? 0.5 : 0;
      weigh(0.1, agreement, "born " + std::to_string(gap) + " year(s) apart");
    }
    if (!sought.nationalities.empty() && !person.nationalities.empty()) {
      bool shared = false;
      for (const auto& code : sought.nationalities) {
        shared = shared || std::find(person.nationalities.begin(), person.nationalities.end(),
                                     code) != person.nationalities.end();
      }
      weigh(0.1, shared ? 1 : 0, shared ? "same nationality" : "nationality differs");
    }
    out.value = weight > 0 ? total / weight : 0;
    return out;
  }
};

}  // namespace

std::unique_ptr<CandidateScorer> simple_scorer() { return std::make_unique<SimpleScorer>(); }

Result<std::vector<Candidate>> tracing_candidates(store::Store& store,
                                                  const std::string& request_id,
                                                  const CandidateScorer& scorer, double threshold,
                                                  int limit) {
  auto document = store.tracing_document(request_id);
  if (!document) return document.error();
  if (!*document) {
    return Fail(ErrorCode::kNotFound, "request_id",
                "no tracing request '" + request_id + "' has been made");
  }
  const json request = json::parse(**document);
  const PersonFacts sought = sought_facts(request.value("sought", json::object()));
  std::map<std::string, std::string> decisions;
  for (const auto& match : request.value("matches", json::array())) {
    decisions[match.value("person_id", "")] = match.value("decision", "");
  }
  // Persons sharing at least one word of the names sought; each word alone, so that one
  // misspelt name does not hide the person.
  std::set<std::string> words;
  for (const auto* name : {&sought.given_name, &sought.family_name}) {
    std::istringstream in(*name);
    for (std::string word; in >> word;) words.insert(word);
  }
  std::map<std::string, PersonFacts> seen;
  for (const auto& word : words) {
    store::PersonQuery query;
    query.name_tokens = {word};
    query.limit = kPerWord;
    auto page = store.find_persons(query);
    if (!page) return page.error();
    for (const auto& text : page->documents) {
      const json person = json::parse(text);
      seen.emplace(person.value("person_id", ""), registered_facts(person));
    }
  }
  std::vector<Candidate> out;
  for (const auto& [person_id, facts] : seen) {
    Score score = scorer.score(sought, facts);
    const auto decided = decisions.find(person_id);
    const bool has_decision = decided != decisions.end();
    // A decided candidate is always shown: the caseworker sees what was ruled out and why.
    if (score.value < threshold && !has_decision) continue;
    out.push_back({person_id, std::move(score), has_decision ? decided->second : ""});
  }
  std::stable_sort(out.begin(), out.end(), [](const Candidate& a, const Candidate& b) {
    return a.score.value > b.score.value;
  });
  if (static_cast<int>(out.size()) > limit) out.resize(static_cast<std::size_t>(limit));
  return out;
}

Result<std::string> candidates_json(store::Store& store, const std::string& request_id,
                                    const std::vector<Candidate>& candidates) {
  json list = json::array();
  for (const auto& candidate : candidates) {
    auto person = store.person_document(candidate.person_id);
    if (!person) return person.error();
    json entry = {
        {"person_id", candidate.person_id},
        {"score", std::round(candidate.score.value * 1000) / 1000},
        {"reasons", candidate.score.reasons},
        {"decision", candidate.decision.empty() ? json(nullptr) : json(candidate.decision)}};
    if (*person) {
      const json doc = json::parse(**person);
      json shown = json::object();
      for (const char* key :
           {"given_name", "family_name", "name_original", "sex", "birth_date", "nationalities"}) {
        if (doc.contains(key)) shown[key] = doc[key];
      }
      entry["person"] = std::move(shown);
    }
    list.push_back(std::move(entry));
  }
  return json{{"request_id", request_id}, {"candidates", std::move(list)}}.dump();
}

}  // namespace haven::casework
