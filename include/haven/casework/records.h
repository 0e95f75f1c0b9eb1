#pragma once
// Lists of incidents and tracing requests: the incidents of a category, at a stage of the
// justice track, in a country or on a route (what impunity is measured from), and the tracing
// requests still open, matched or reunified.

#include <string>
#include <vector>

#include "haven/core/result.h"

namespace haven::store {
class Store;
struct ReferralQuery;
}  // namespace haven::store

namespace haven::casework {

struct IncidentFilter {
  std::string category;  // DESIGN.md's incident categories; empty for any
  // reported (never taken further), reported_to_authorities, investigated, prosecuted,
  // convicted or closed_without_action; empty for any.
  std::string stage;
  std::string country;  // ISO 3166-1 alpha-3 of where it happened
  std::string route;    // as recorded (central_mediterranean, …)
  std::string victim;   // a registered person among the victims
  int limit = 50;
};

// Incident documents matching `filter`, by id. Bad values are kBadRequest naming the
// parameter (`category`, `stage`, `country`).
Result<std::vector<std::string>> find_incidents(store::Store& store, const IncidentFilter& filter);

// Referral documents matching `query`, oldest first; a status that is not made, accepted,
// declined, completed or withdrawn is kBadRequest naming `status`.
Result<std::vector<std::string>> find_referrals(store::Store& store,
                                                const store::ReferralQuery& query);

// Tracing request documents with `status` (open, matched, reunified; empty for any), by id,
// at most `limit`. A bad status is kBadRequest naming `status`.
Result<std::vector<std::string>> find_tracing_requests(store::Store& store,
                                                       const std::string& status, int limit);

}  // namespace haven::casework
