// Reading a stored person projection: what changes with the date is added on the way out.

#include "domain/compact_json.h"
#include "haven/domain/age.h"
#include "haven/domain/projection.h"

namespace haven::domain {

Result<std::string> person_document_on(const std::string& stored, CivilDate today) {
  auto person = nlohmann::json::parse(stored, nullptr, false);
  if (!person.is_object()) return Fail(ErrorCode::kStorage, "", "a stored projection is damaged");
  nlohmann::json age = nullptr;
  const auto birth = person.find("birth_date");
  if (birth != person.end() && birth->is_string()) {
    const auto estimated = person.find("birth_date_estimated");
    const bool guessed =
        estimated != person.end() && estimated->is_boolean() && estimated->get<bool>();
    if (auto a = age_on(birth->get_ref<const std::string&>(), guessed, today)) {
      age = {{"years", a->years}, {"estimated", a->estimated}, {"child", a->years < 18}};
    }
  }
  person["age"] = std::move(age);
  return compact(person);
}

}  // namespace haven::domain
