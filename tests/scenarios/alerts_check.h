#pragma once
// `== expect alerts …` in scenario files: the rules evaluated over the store must give
// exactly the alerts listed.

#include "haven/store/store.h"
#include "support/scenario.h"

namespace haven::testing {

void check_alerts(store::Store& store, const std::string& profile, const Expectation& e);

}  // namespace haven::testing
