#pragma once
// Retention (issue 6): once a person's protection work is over and the profile's retention
// period has passed, what identifies them is removed from every event about them, their
// cases and their referrals (domain/anonymise.h), and the projections are folded again.
// Dates, codes and counts stay, so statistics keep their history.

#include <functional>
#include <string>
#include <vector>

#include "haven/core/result.h"
#include "haven/core/time.h"
#include "haven/ledger/ledger.h"
#include "haven/rules/profile.h"

namespace haven::rights {

struct RetentionReport {
  std::int64_t persons_checked = 0;
  // Persons anonymised now (or, for a dry run, who would be), by id.
  std::vector<std::string> anonymised;
  std::int64_t events_rewritten = 0;
};

// A person is due when they have at least one case, every case of theirs is closed, they
// are not in detention, and both their last case closing and their last event lie at least
// `policy.anonymise_after` before `now`. A person already anonymised is not counted again.
// With `dry_run`, nothing is written. `progress(done, total)` is called as persons are
// checked. Fails (kBadRequest) when the policy sets no period.
Result<RetentionReport> apply_retention(
    ledger::Ledger& ledger, const rules::RetentionPolicy& policy, Timestamp now, bool dry_run,
    const std::function<void(std::int64_t, std::int64_t)>& progress = {});

}  // namespace haven::rights
