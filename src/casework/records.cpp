#include "haven/casework/records.h"

#include <algorithm>
#include <array>
#include <nlohmann/json.hpp>

#include "haven/core/codes.h"
#include "haven/domain/vocabulary.h"
#include "haven/store/store.h"

namespace haven::casework {
namespace {

using nlohmann::json;

constexpr std::array<std::string_view, 6> kStages = {"reported",     "reported_to_authorities",
                                                     "investigated", "prosecuted",
                                                     "convicted",    "closed_without_action"};
constexpr std::array<std::string_view, 5> kReferralStatuses = {"made", "accepted", "declined",
                                                               "completed", "withdrawn"};
constexpr std::array<std::string_view, 3> kRequestStatuses = {"open", "matched", "reunified"};

template <typename List>
bool listed(const List& values, const std::string& value) {
  return std::find(values.begin(), values.end(), value) != values.end();
}

}  // namespace

Result<std::vector<std::string>> find_incidents(store::Store& store, const IncidentFilter& filter) {
  if (!filter.category.empty() && !listed(domain::incident_categories(), filter.category)) {
    return Fail(ErrorCode::kBadRequest, "category",
                "'" + filter.category + "' is not an incident category (DESIGN.md)");
  }
  if (!filter.stage.empty() && !listed(kStages, filter.stage)) {
    return Fail(ErrorCode::kBadRequest, "stage",
                "must be reported, reported_to_authorities, investigated, prosecuted, convicted "
                "or closed_without_action");
  }
  if (!filter.country.empty() && !is_country_code(filter.country)) {
    return Fail(ErrorCode::kBadRequest, "country",
                "'" + filter.country + "' is not an ISO 3166-1 alpha-3 country code");
  }
  auto all = store.all_incidents();
  if (!all) return all.error();
  std::vector<std::string> out;
  for (auto& text : *all) {
    if (static_cast<int>(out.size()) >= filter.limit) break;
    const json doc = json::parse(text, nullptr, false);
    if (!filter.category.empty() && doc.value("category", "") != filter.category) continue;
    if (!filter.stage.empty() && doc.value("stage", "") != filter.stage) continue;
    if (!filter.country.empty() &&
        doc.value("location", json::object()).value("country", "") != filter.country) {
      continue;
    }
    if (!filter.route.empty() && doc.value("route", "") != filter.route) continue;
    if (!filter.victim.empty() && !listed(doc.value("victims", json::array()), filter.victim)) {
      continue;
    }
    out.push_back(std::move(text));
  }
  return out;
}

Result<std::vector<std::string>> find_referrals(store::Store& store,
                                                const store::ReferralQuery& query) {
  if (!query.status.empty() && !listed(kReferralStatuses, query.status)) {
    return Fail(ErrorCode::kBadRequest, "status",
                "must be made (awaiting an answer), accepted, declined, completed or withdrawn");
  }
  return store.find_referrals(query);
}

Result<std::vector<std::string>> find_tracing_requests(store::Store& store,
                                                       const std::string& status, int limit) {
  if (!status.empty() && !listed(kRequestStatuses, status)) {
    return Fail(ErrorCode::kBadRequest, "status", "must be open, matched or reunified");
  }
  auto all = store.all_tracing_requests();
  if (!all) return all.error();
  std::vector<std::string> out;
  for (auto& text : *all) {
    if (static_cast<int>(out.size()) >= limit) break;
    if (!status.empty() && json::parse(text, nullptr, false).value("status", "") != status) {
      continue;
    }
    out.push_back(std::move(text));
  }
  return out;
}

}  // namespace haven::casework
