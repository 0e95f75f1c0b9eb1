#include "haven/casework/services.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "haven/core/codes.h"
#include "haven/domain/vocabulary.h"
#include "haven/store/store.h"

namespace haven::casework {
namespace {

using nlohmann::json;

bool lists(const json& doc, const char* key, const std::string& value) {
  const auto it = doc.find(key);
  return it != doc.end() && it->is_array() && std::find(it->begin(), it->end(), value) != it->end();
}

}  // namespace

Result<std::vector<std::string>> find_providers(store::Store& store, const ProviderFilter& filter) {
  const auto services = domain::referral_services();
  if (!filter.service.empty() &&
      std::find(services.begin(), services.end(), filter.service) == services.end()) {
    return Fail(ErrorCode::kBadRequest, "service",
                "'" + filter.service + "' is not a service (medical, psychosocial, legal, …)");
  }
  if (!filter.language.empty() && !is_language_code(filter.language)) {
    return Fail(ErrorCode::kBadRequest, "language",
                "'" + filter.language + "' is not an ISO 639 language code");
  }
  if (!filter.country.empty() && !is_country_code(filter.country)) {
    return Fail(ErrorCode::kBadRequest, "country",
                "'" + filter.country + "' is not an ISO 3166-1 alpha-3 country code");
  }
  auto all = store.all_providers();
  if (!all) return all.error();
  std::vector<std::string> out;
  for (auto& text : *all) {
    const json doc = json::parse(text, nullptr, false);
    if (!filter.service.empty() && !lists(doc, "services", filter.service)) continue;
    if (!filter.language.empty() && !lists(doc, "languages", filter.language)) continue;
    if (!filter.country.empty() &&
        doc.value("location", json::object()).value("country", "") != filter.country) {
      continue;
    }
    out.push_back(std::move(text));
  }
  return out;
}

}  // namespace haven::casework
