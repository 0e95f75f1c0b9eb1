#pragma once
// A person's returns, planned and carried out, each with the assessments it needs and
// whether they were done: a best-interests assessment for a child (op.5(h), CRC art.3) and a
// vulnerability assessment for a person in a vulnerable situation (op.4(f), op.5). What is
// needed is the rules' call (child.no_best_interests, return.vulnerable_unassessed), so the
// view and the alerts never disagree.

#include <string>

#include "haven/core/result.h"
#include "haven/core/time.h"

namespace haven::store {
class Store;
}
namespace haven::rules {
struct Profile;
}

namespace haven::casework {

// `{"person_id", "returns": [{destination, planned_at, completed_at, assessments: [{kind,
// rule, status: done|missing, done_by, cites}], ready}]}` (done_by: when the rule counts it
// done, at the earliest the return's first step); kNotFound for an unknown person.
// `ready` is true when no assessment is missing.
Result<std::string> returns_json(store::Store& store, const rules::Profile& profile,
                                 const std::string& person_id, Timestamp now);

}  // namespace haven::casework
