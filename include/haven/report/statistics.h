#pragma once
// The statistics of a reference period counted from what the store holds: every person's
// projection (a page at a time), every incident and every tracing request. The one reading
// of the records into stats::PeriodStatistics, used by `haven stats` and by the HTTP API's
// /api/v1/stats routes; what may then be published of it is stats/publication.h's to say.
//
// The stats module stays a pure library of counts (it knows no store); this is where the
// records it counts come from.

#include <cstdint>
#include <functional>

#include "haven/core/result.h"
#include "haven/rules/profile.h"
#include "haven/stats/persons.h"
#include "haven/store/store.h"

namespace haven::report {

// Called after each page of persons with how many have been read and how many the store
// holds (for a progress display); may be empty.
using ReadProgress = std::function<void(std::int64_t read, std::int64_t total)>;

// The legal numbers the indicators measure against (detention maximum and extension,
// mandatory consular notification), from a jurisdiction profile.
stats::LegalLimits limits_of(const rules::Profile& profile);

// Counts every record in the store into the statistics of `period`, measured against
// `limits`. Fails with the store's
// error, or with the stats module's for a projection it cannot read. Reads through the
// store's read connections; safe to call while others write.
Result<stats::PeriodStatistics> period_statistics(store::Store& store, const stats::Period& period,
                                                  const stats::LegalLimits& limits,
                                                  const ReadProgress& progress = {});

}  // namespace haven::report
