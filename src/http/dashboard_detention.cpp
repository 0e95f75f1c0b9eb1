// The dashboard's detention section: who was held at a moment, where and for how long, from
// the persons' detention episodes (the projection); which of them were children and who was
// held past the maximum, from the detention rules' obligations, so that the dashboard counts
// what the alerts say (a disputed age is a child's, an extension moves the maximum).

#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "haven/rules/current.h"
#include "haven/rules/profile.h"
#include "http/dashboard.h"

namespace haven::http {
namespace {

using nlohmann::json;
using nlohmann::ordered_json;

// Persons read from the store at a time.
constexpr int kPage = 1000;

// How long people have been held, in whole days: each band's name and its last day.
struct Band {
  const char* name;
  std::int64_t last_day;
};
constexpr std::array<Band, 5> kBands = {Band{"under_2_days", 1}, Band{"2_to_7_days", 7},
                                        Band{"8_to_30_days", 30}, Band{"31_to_90_days", 90},
                                        Band{"over_90_days", INT64_MAX}};

// One person held at the moment asked about.
struct Held {
  std::string person_id;
  std::string facility;
  Timestamp since;
};

std::optional<Timestamp> moment(const json& value) {
  if (!value.is_string()) return std::nullopt;
  auto at = parse_rfc3339(value.get<std::string>());
  if (!at) return std::nullopt;
  return *at;
}

// Where the person was at `at` during `episode`: the placement begun last by then, which
// while in transfer is the one they left.
std::string facility_at(const json& episode, Timestamp at) {
  std::string facility = episode.value("facility", "");
  const json placements = episode.value("placements", json::array());
  for (const json& placement : placements) {
    auto from = moment(placement.value("from", json()));
    if (!from || at < *from) break;
    facility = placement.value("facility", facility);
  }
  return facility;
}

// The person's episode going on at `at`, if one was.
std::optional<Held> held_at(const json& person, Timestamp at) {
  const json episodes = person.value("detention_episodes", json::array());
  for (const json& episode : episodes) {
    auto started = moment(episode.value("started_at", json()));
    if (!started || at < *started) continue;
    auto ended = moment(episode.value("ended_at", json()));
    if (ended && *ended <= at) continue;
    return Held{person.value("person_id", ""), facility_at(episode, at), *started};
  }
  return std::nullopt;
}

// Everyone in `viewer`'s scope held at `query.as_of`, longest held first.
Result<std::vector<Held>> held_persons(Api& api, const access::Viewer& viewer,
                                       const DashboardQuery& query) {
  ledger::Ledger::Search search;
  // The projection is of now: who is held now is who it says is detained; a moment past
  // needs everyone's episodes.
  if (query.now <= query.as_of) search.in_detention = true;
  search.limit = kPage;
  std::vector<Held> out;
  for (;;) {
    auto page = api.ledger.find_persons(search);
    if (!page) return page.error();
    for (const std::string& document : page->documents) {
      if (document.find("\"detention_episodes\":[]") != std::string::npos) continue;
      const json person =
          json::parse(viewer.sees_whole() ? document : viewer.shown(document), nullptr, false);
      if (!person.is_object()) continue;  // out of scope (shown empty)
      auto held = held_at(person, query.as_of);
      if (!held) continue;
      // A duplicate joined to another registration is held as the person kept.
      if (const json into = person.value("merged_into", json()); into.is_string()) {
        held->person_id = into.get<std::string>();
      }
      out.push_back(std::move(*held));
    }
    if (page->next_after <= 0) break;
    search.after = page->next_after;
  }
  std::sort(out.begin(), out.end(), [](const Held& a, const Held& b) {
    return std::tie(a.since, a.person_id) < std::tie(b.since, b.person_id);
  });
  // Held under two joined registrations: once, since the earlier start.
  std::set<std::string> listed;
  std::erase_if(out, [&](const Held& held) { return !listed.insert(held.person_id).second; });
  return out;
}

// The persons with an obligation of `rule` still open at `query.as_of` (overdue only, when
// `overdue`).
Result<std::set<std::string>> open_for(Api& api, const char* rule, const DashboardQuery& query,
                                       bool overdue) {
  rules::AlertQuery alerts_query;
  alerts_query.as_of = query.as_of;
  alerts_query.rule = rule;
  auto alerts = rules::current_alerts(api.ledger.store(), profile_of(api), alerts_query, query.now);
  if (!alerts) return alerts.error();
  std::set<std::string> out;
  for (const rules::Alert& alert : *alerts) {
    if (alert.closed_at || (overdue && alert.status != rules::AlertStatus::kOverdue)) continue;
    out.insert(alert.person_id);
  }
  return out;
}

struct Facility {
  std::string name;
  std::int64_t held = 0;
  std::int64_t children = 0;
  std::array<std::int64_t, kBands.size()> lengths{};
  std::int64_t over_max = 0;
};

}  // namespace

Result<ordered_json> detention_section(Api& api, const access::Viewer& viewer,
                                       const DashboardQuery& query) {
  auto held = held_persons(api, viewer, query);
  if (!held) return held.error();
  auto children = open_for(api, "detention.child_detained", query, false);
  if (!children) return children.error();
  auto over_max = open_for(api, "detention.max_exceeded", query, true);
  if (!over_max) return over_max.error();

  std::map<std::string, Facility> facilities;
  ordered_json children_held = ordered_json::array();
  for (const Held& person : *held) {
    Facility& facility = facilities[person.facility];
    facility.name = person.facility;
    ++facility.held;
    const std::int64_t days = (query.as_of.micros - person.since.micros) / kMicrosPerDay;
    std::size_t band = 0;
    while (kBands[band].last_day < days) ++band;
    ++facility.lengths[band];
    if (over_max->contains(person.person_id)) ++facility.over_max;
    if (children->contains(person.person_id)) {
      ++facility.children;
      children_held.push_back({{"person_id", person.person_id},
                               {"facility", person.facility},
                               {"held_since", format_rfc3339(person.since)},
                               {"days", days}});
    }
  }
  std::vector<Facility> largest;
  for (auto& [name, facility] : facilities) largest.push_back(std::move(facility));
  std::stable_sort(largest.begin(), largest.end(),
                   [](const Facility& a, const Facility& b) { return a.held > b.held; });
  ordered_json by_facility = ordered_json::array();
  for (const Facility& facility : largest) {
    ordered_json lengths = ordered_json::object();
    for (std::size_t i = 0; i < kBands.size(); ++i) lengths[kBands[i].name] = facility.lengths[i];
    by_facility.push_back({{"facility", facility.name},
                           {"held", facility.held},
                           {"children", facility.children},
                           {"lengths", std::move(lengths)},
                           {"over_max", facility.over_max}});
  }
  const auto& max = profile_of(api).detention.max;
  return ordered_json{
      {"held_now", static_cast<std::int64_t>(held->size())},
      {"max_days", max ? ordered_json(*max / kMicrosPerDay) : ordered_json(nullptr)},
      {"by_facility", std::move(by_facility)},
      {"children", std::move(children_held)}};
}

}  // namespace haven::http
