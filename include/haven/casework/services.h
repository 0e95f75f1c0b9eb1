#pragma once
// The services directory: providers found by the help they give, the languages they work in
// and where they are, for a caseworker choosing where to refer a person.

#include <string>
#include <vector>

#include "haven/core/result.h"

namespace haven::store {
class Store;
}

namespace haven::casework {

struct ProviderFilter {
  // A referral service (medical, legal, …); empty for any.
  std::string service;
  // An ISO 639 code the provider works in; empty for any.
  std::string language;
  // ISO 3166-1 alpha-3 of the provider's location; empty for any.
  std::string country;
};

// Provider documents matching `filter`, by id. Bad filter values are kBadRequest naming
// the parameter (`service`, `language`, `country`).
Result<std::vector<std::string>> find_providers(store::Store& store, const ProviderFilter& filter);

}  // namespace haven::casework
