// Detention rules (A/RES/66/172 op.4(a)-(d), op.5(e)). Every clock runs from the episode's
// first start: transfers and new orders do not reset it (history.cpp), and time in
// detention before a release counts toward the maximum when the person is detained again
// for the same removal.
#include <algorithm>

#include "rules/evaluation.h"

namespace haven::rules {
namespace {

std::string days(std::int64_t micros) { return std::to_string(micros / kMicrosPerDay) + " days"; }

std::string hours(std::int64_t micros) {
  return std::to_string(micros / kMicrosPerHour) + " hours";
}

Obligation for_episode(const PersonContext& person, const Episode& episode, const char* rule,
                       Timestamp due, std::string detail) {
  auto o = open_obligation(person, rule, "detention:" + episode.first_event_id, episode.start, due,
                           std::move(detail));
  if (episode.end) {
    o.closed_at = episode.end;
    o.closure = Closure::kEnded;
  }
  return o;
}

void met_by(Obligation& o, const Fact* fact) {
  if (fact == nullptr) return;
  o.closed_at = std::max(fact->at, o.opened_at);
  o.closure = Closure::kMet;
}

// The offset of the k-th review (0-based): the schedule's entries, then its last entry
// again and again.
std::int64_t review_offset(const std::vector<std::int64_t>& schedule, std::size_t k) {
  if (k < schedule.size()) return schedule[k];
  return schedule.back() * static_cast<std::int64_t>(k - schedule.size() + 2);
}

void reviews(const PersonContext& person, const Episode& episode, std::vector<Obligation>& out) {
  const auto& schedule = person.limits.review_schedule;
  if (schedule.empty()) return;
  std::vector<const Fact*> done;
  for (const auto& fact : person.facts) {
    if (fact.type != "detention.reviewed" || fact.at < episode.start) continue;
    if (episode.end && *episode.end < fact.at) break;
    done.push_back(&fact);
  }
  Timestamp last = episode.end.value_or(person.horizon);
  for (std::size_t k = 0;; ++k) {
    Timestamp due{episode.start.micros + review_offset(schedule, k)};
    // Reviews due after release are not owed; for a detention still going on, the next one
    // ahead of the horizon is listed so that it shows as due.
    if (episode.end && *episode.end < due) break;
    auto o = for_episode(person, episode, "detention.review_overdue", due,
                         "review " + std::to_string(k + 1) + " of the detention");
    // The next review is owed once the previous one fell due.
    if (k > 0) o.opened_at = Timestamp{episode.start.micros + review_offset(schedule, k - 1)};
    o.subject += " review:" + std::to_string(k + 1);
    // Each review satisfies the next one owed, and only that one.
    met_by(o, k < done.size() ? done[k] : nullptr);
    // For a detention still going on, the one ahead of the horizon stands for the rest.
    o.open_ended = !episode.end && last < due;
    out.push_back(std::move(o));
    if (last < due) break;
  }
}

void maximum(const PersonContext& person, const Episode& episode, Timestamp run_start,
             std::vector<Obligation>& out) {
  const auto& limits = person.limits;
  if (!limits.max) return;
  std::int64_t limit = *limits.max;
  Timestamp base_due{episode.start.micros + limit - episode.detained_before};
  std::string detail = "release before " + days(limit) + " in detention";
  const Fact* extension =
      first_fact(person.facts, "detention.extended", run_start, episode.end, [&](const Fact& f) {
        for (const auto& ground : f.list("grounds")) {
          if (std::find(limits.extension_grounds.begin(), limits.extension_grounds.end(), ground) !=
              limits.extension_grounds.end()) {
            return true;
          }
        }
        return false;
      });
  // An extension counts only when decided before the first limit ran out.
  if (extension != nullptr && limits.extension && extension->at <= base_due) {
    limit += *limits.extension;
    detail = "release before " + days(limit) + " in detention (extended on " +
             extension->list("grounds").front() + ")";
  }
  Timestamp due{episode.start.micros + limit - episode.detained_before};
  out.push_back(
      for_episode(person, episode, "detention.max_exceeded", std::max(due, episode.start), detail));
}

void child(const PersonContext& person, const Episode& episode, std::vector<Obligation>& out) {
  const auto& limits = person.limits;
  if (!identity_at(person, episode.start).is_child(episode.start, limits.adult_age)) return;
  auto o = for_episode(
      person, episode, "detention.child_detained",
      Timestamp{episode.start.micros + (limits.child_detention_prohibited ? 0 : limits.child_max)},
      limits.child_detention_prohibited
          ? "release the child: the profile prohibits detaining children"
          : "release the child within " + hours(limits.child_max));
  // An assessment during the detention that finds an adult ends the benefit of the doubt.
  const Fact* assessed =
      first_fact(person.facts, "age.assessed", episode.start, episode.end, [&](const Fact& f) {
        return !identity_at(person, f.at).is_child(episode.start, limits.adult_age);
      });
  if (assessed != nullptr && (!o.closed_at || assessed->at < *o.closed_at)) {
    o.closed_at = assessed->at;
    o.closure = Closure::kNotApplicable;
  }
  out.push_back(std::move(o));
}

void alternative(const PersonContext& person, const Episode& episode,
                 std::vector<Obligation>& out) {
  if (!person.limits.alternative) return;
  auto o = for_episode(person, episode, "detention.no_alternative_considered",
                       Timestamp{episode.start.micros + *person.limits.alternative},
                       "consider an alternative to detention");
  met_by(o, first_fact(person.facts, "alternative.considered", episode.start, episode.end,
                       [](const Fact&) { return true; }));
  out.push_back(std::move(o));
}

}  // namespace

void add_detention_obligations(const PersonContext& person, std::vector<Obligation>& out) {
  Timestamp run_start{};
  for (const auto& episode : person.episodes) {
    if (episode.detained_before == 0) run_start = episode.start;
    reviews(person, episode, out);
    maximum(person, episode, run_start, out);
    child(person, episode, out);
    alternative(person, episode, out);
  }
}

}  // namespace haven::rules
