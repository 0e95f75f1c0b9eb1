#include "haven/casework/linkage_record.h"

#include <nlohmann/json.hpp>

namespace haven::casework {
namespace {

using nlohmann::json;

std::string text_of(const json& object, const char* key) {
  const auto it = object.find(key);
  return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

}  // namespace

linkage::Record linkage_record(const std::string& id, const json& person) {
  linkage::Record record;
  record.id = id;
  if (!person.is_object()) return record;
  record.given = linkage::normalise_name(text_of(person, "given_name"));
  record.family = linkage::normalise_name(text_of(person, "family_name"));
  if (record.given.parts.empty() && record.family.parts.empty()) {
    // Only the name in the person's own script: its first part stands for the given name.
    linkage::NormalisedName whole = linkage::normalise_name(text_of(person, "name_original"));
    if (!whole.parts.empty()) {
      record.given.parts.push_back(whole.parts.front());
      record.family.parts.assign(whole.parts.begin() + 1, whole.parts.end());
    }
  }
  if (auto birth = linkage::parse_birth_date(text_of(person, "birth_date"))) {
    record.birth = *birth;
    const auto estimated = person.find("birth_date_estimated");
    record.birth.estimated =
        estimated != person.end() && estimated->is_boolean() && estimated->get<bool>();
  }
  record.sex = text_of(person, "sex");
  if (record.sex == "U") record.sex.clear();
  const auto nationalities = person.find("nationalities");
  if (nationalities != person.end() && nationalities->is_array() && !nationalities->empty() &&
      nationalities->front().is_string()) {
    record.nationality = nationalities->front().get<std::string>();
  } else {
    record.nationality = text_of(person, "nationality");
  }
  return record;
}

const char* decision_name(linkage::Decision decision) {
  return decision == linkage::Decision::kMatch ? "match" : "review";
}

json compared_facts(const json& person) {
  json facts = json::object();
  for (const char* key :
       {"given_name", "family_name", "name_original", "birth_date", "sex", "nationalities"}) {
    if (const auto found = person.find(key); found != person.end()) facts[key] = *found;
  }
  return facts;
}

}  // namespace haven::casework
