// Reading the records into a period's statistics: persons page by page, so that a million
// of them never sit in memory as documents at once, then incidents and tracing requests
// (far fewer) in one go each.

#include "haven/report/statistics.h"

namespace haven::report {
namespace {

// Persons read from the store at a time.
constexpr int kPage = 1000;

}  // namespace

stats::LegalLimits limits_of(const rules::Profile& profile) {
  const auto days = [](std::int64_t micros) {
    return static_cast<double>(micros) / static_cast<double>(kMicrosPerDay);
  };
  stats::LegalLimits limits;
  limits.source = "profile " + profile.name;
  if (profile.detention.max) limits.detention_max_days = days(*profile.detention.max);
  if (profile.detention.extension) {
    limits.detention_extension_days = days(*profile.detention.extension);
  }
  limits.extension_grounds = profile.detention.extension_grounds;
  limits.mandatory_notification = profile.consular.mandatory;
  return limits;
}

Result<stats::PeriodStatistics> period_statistics(store::Store& store, const stats::Period& period,
                                                  const stats::LegalLimits& limits,
                                                  const ReadProgress& progress) {
  stats::PeriodStatistics statistics(period, limits);
  auto counts = store.counts();
  if (!counts) return counts.error();
  store::PersonQuery query;
  query.limit = kPage;
  std::int64_t read = 0;
  for (;;) {
    auto page = store.find_persons(query);
    if (!page) return page.error();
    for (const std::string& document : page->documents) {
      if (auto added = statistics.add(document); !added) return added.error();
      ++read;
    }
    if (progress) progress(read, counts->persons);
    if (page->next_after <= 0) break;
    query.after = page->next_after;
  }
  auto incidents = store.all_incidents();
  if (!incidents) return incidents.error();
  for (const std::string& document : *incidents) {
    if (auto added = statistics.add_incident(document); !added) return added.error();
  }
  auto requests = store.all_tracing_requests();
  if (!requests) return requests.error();
  for (const std::string& document : *requests) {
    if (auto added = statistics.add_tracing_request(document); !added) return added.error();
  }
  return statistics;
}

}  // namespace haven::report
