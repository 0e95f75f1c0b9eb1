// The clock of a detention going on, for the person's view: since when and where the person
// is held, the next review owed, the maximum and the consular deadline. The dates are those
// of the rules' own obligations (what the alerts are made of), so the clock and the alerts
// never disagree; the legal numbers are the profile's.

#include <algorithm>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "haven/rules/current.h"
#include "haven/rules/profile.h"
#include "http/routes.h"

namespace haven::http {
namespace {

using nlohmann::json;
using nlohmann::ordered_json;

ordered_json moment_or_null(const std::optional<Timestamp>& at) {
  return at ? ordered_json(format_rfc3339(*at)) : ordered_json(nullptr);
}

// The episode's part of the obligations' subjects (`detention:` and its first event's id):
// that of its maximum or of its first review, both opened when it started. Empty when none
// is found.
std::string episode_key(const std::vector<rules::Alert>& alerts, Timestamp started) {
  for (const rules::Alert& alert : alerts) {
    if (alert.opened_at != started) continue;
    if (alert.rule == "detention.max_exceeded") return alert.subject;
    if (alert.rule == "detention.review_overdue" && alert.subject.ends_with(" review:1")) {
      return alert.subject.substr(0, alert.subject.find(' '));
    }
  }
  return "";
}

// The deadlines of the episode `key` names, as its obligations have them.
struct Deadlines {
  // The earliest review still owed: in the past when it is overdue.
  std::optional<Timestamp> next_review;
  // When the maximum runs out, an extension on an allowed ground and earlier time held for
  // the same removal counted; unset when the profile sets no maximum.
  std::optional<Timestamp> max_at;
  // When the person must have been told of consular rights, and when they were; unset when
  // nothing is owed (a national of the detaining State).
  std::optional<Timestamp> rights_due;
  std::optional<Timestamp> rights_given;
};

Deadlines deadlines_of(const std::vector<rules::Alert>& alerts, const std::string& key) {
  Deadlines out;
  if (key.empty()) return out;
  for (const rules::Alert& alert : alerts) {
    if (alert.rule == "detention.review_overdue") {
      if (!alert.subject.starts_with(key + " ") || alert.closed_at) continue;
      if (!out.next_review || alert.due_at < *out.next_review) out.next_review = alert.due_at;
    } else if (alert.subject != key) {
      continue;
    } else if (alert.rule == "detention.max_exceeded") {
      out.max_at = alert.due_at;
    } else if (alert.rule == "consular.rights_not_informed") {
      out.rights_due = alert.due_at;
      if (alert.closed_at && alert.closure == rules::Closure::kMet) {
        out.rights_given = alert.closed_at;
      }
    }
  }
  return out;
}

// The detention a person's document says is going on; unset when none is.
struct OpenEpisode {
  Timestamp started;
  std::string facility;
};

std::optional<OpenEpisode> open_episode(const json& person) {
  if (!person.is_object() || !person.value("in_detention", false)) return std::nullopt;
  const json episodes = person.value("detention_episodes", json::array());
  if (episodes.empty() || !episodes.back().value("open", false)) return std::nullopt;
  auto started = parse_rfc3339(episodes.back().value("started_at", ""));
  if (!started) return std::nullopt;
  return OpenEpisode{*started, episodes.back().value("facility", "")};
}

}  // namespace

Result<std::string> detention_clock_of(Api& api, const std::string& person_id,
                                       const std::string& shown,
                                       const std::vector<std::string>& merged,
                                       const access::Viewer& viewer) {
  if (!viewer.sees_part("detention")) return std::string();
  const json person = json::parse(shown, nullptr, false);
  // A registration merged into another: its detention is on the clock of the one kept.
  if (!person.is_object() || !person.value("merged_into", json()).is_null()) return std::string();
  auto episode = open_episode(person);
  for (const std::string& document : merged) {
    auto other = open_episode(json::parse(document, nullptr, false));
    if (other && (!episode || episode->started < other->started)) episode = std::move(other);
  }
  if (!episode) return std::string();
  const Timestamp started = episode->started;

  const Timestamp now = api.ledger.clock().now();
  const rules::Profile& profile = profile_of(api);
  rules::AlertQuery query;
  query.as_of = now;
  query.person_id = person_id;
  query.all = true;  // the met ones too: the reviews held, the rights given
  auto alerts = rules::current_alerts(api.ledger.store(), profile, query, now);
  if (!alerts) return alerts.error();
  const Deadlines deadlines = deadlines_of(*alerts, episode_key(*alerts, started));

  const std::string& facility = episode->facility;
  ordered_json clock = {
      {"held_since", format_rfc3339(started)},
      {"facility", facility.empty() ? ordered_json(nullptr) : ordered_json(facility)},
      {"hours_held", std::max<std::int64_t>(0, (now.micros - started.micros) / kMicrosPerHour)},
      {"next_review_due", moment_or_null(deadlines.next_review)},
      {"max_days", profile.detention.max ? ordered_json(*profile.detention.max / kMicrosPerDay)
                                         : ordered_json(nullptr)},
      {"max_at", moment_or_null(deadlines.max_at)}};
  // Every view with the detention part has the consular one today; should one not, its
  // deadlines are left out rather than shown as nothing owed.
  if (viewer.sees_part("consular")) {
    clock["consular_rights_due"] = moment_or_null(deadlines.rights_due);
    clock["consular_rights_given_at"] = moment_or_null(deadlines.rights_given);
  }
  return clock.dump(-1, ' ', false, ordered_json::error_handler_t::replace);
}

}  // namespace haven::http
