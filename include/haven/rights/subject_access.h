#pragma once
// People's rights over their data (issue 6): a subject access request gives a person
// everything Haven holds about them — their record, every event (corrections and voided
// ones too), their cases and referrals, and who has read or written their record — as JSON
// for a program and as a readable HTML page to hand over.

#include <string>

#include "haven/core/result.h"
#include "haven/core/time.h"
#include "haven/ledger/ledger.h"

namespace haven::rights {

// Everything held about `person_id`, as one JSON object; kNotFound when no such person.
Result<std::string> subject_access_json(ledger::Ledger& ledger, const std::string& person_id,
                                        Timestamp now);

// The same as a self-contained HTML page (no script, no outside resources; every value
// escaped), from the text subject_access_json returned.
std::string subject_access_html(const std::string& json_text);

}  // namespace haven::rights
