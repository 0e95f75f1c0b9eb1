#include "haven/rules/evaluate.h"

#include <algorithm>

#include "haven/rules/catalogue.h"
#include "haven/rules/profile.h"
#include "haven/store/store.h"
#include "rules/evaluation.h"
#include "rules/parallel.h"

namespace haven::rules {

const Identity& identity_at(const PersonContext& person, Timestamp when) {
  static const Identity kNobody;
  auto after = std::upper_bound(person.facts.begin(), person.facts.end(), when,
                                [](Timestamp t, const Fact& fact) { return t < fact.at; });
  if (after == person.facts.begin()) return kNobody;
  return person.identities[static_cast<std::size_t>(after - person.facts.begin()) - 1];
}

Obligation open_obligation(const PersonContext& person, std::string rule, std::string subject,
                           Timestamp opened, Timestamp due, std::string detail) {
  Obligation o;
  o.rule = std::move(rule);
  o.person_id = person.person_id;
  o.subject = std::move(subject);
  o.opened_at = opened;
  o.due_at = due;
  o.detail = std::move(detail);
  return o;
}

std::vector<Obligation> person_obligations(const std::string& person_id,
                                           std::span<const domain::Event> events,
                                           const Profile& profile, Timestamp horizon) {
  const Limits limits = limits_of(profile);
  PersonContext person{person_id, facts_of(events, person_id), {}, {}, limits, horizon};
  // Each rule asks who the person was at some moment; fold once, look up by time.
  Identity identity;
  person.identities.reserve(person.facts.size());
  for (const auto& fact : person.facts) {
    identity.apply(fact);
    person.identities.push_back(identity);
  }
  person.episodes = detention_episodes(person.facts);
  std::vector<Obligation> out;
  add_consular_obligations(person, out);
  add_detention_obligations(person, out);
  add_protection_obligations(person, out);
  return out;
}

Result<PersonObligations> merged_person_obligations(const std::string& person_id,
                                                    const domain::EventsOf& events_of,
                                                    const Profile& profile, Timestamp horizon) {
  auto history = domain::merged_history(person_id, events_of);
  if (!history) return history.error();
  PersonObligations out;
  out.merged_into = std::move(history->state.into);
  if (out.merged_into.empty()) {
    out.obligations = person_obligations(person_id, history->events, profile, horizon);
  }
  return out;
}

std::vector<Obligation> incident_obligations(std::span<const domain::Event> events,
                                             const Profile& profile) {
  const Limits limits = limits_of(profile);
  std::vector<Obligation> out;
  auto facts = facts_of(events);
  const Fact* reported = nullptr;
  for (const auto& fact : facts) {
    if (fact.type == "incident.reported") reported = &fact;
  }
  if (reported == nullptr) return out;
  Obligation o;
  o.rule = "incident.impunity";
  auto victims = reported->list("victims");
  o.person_id = victims.empty() ? std::string{} : victims.front();
  o.subject = reported->subject;
  o.opened_at = reported->at;
  o.due_at = Timestamp{reported->at.micros + limits.investigation};
  o.detail = "the " + reported->text("category") + " reaches investigation";
  for (const auto& fact : facts) {
    if (fact.type != "incident.progressed" || fact.at < reported->at) continue;
    auto stage = fact.text("stage");
    if (stage == "investigated" || stage == "prosecuted" || stage == "convicted") {
      o.closed_at = fact.at;
      o.closure = Closure::kMet;
      break;
    }
    if (stage == "closed_without_action") {
      o.closed_at = fact.at;
      o.closure = Closure::kFailed;
      o.detail = "the case was closed without investigation";
      break;
    }
  }
  out.push_back(std::move(o));
  return out;
}

std::optional<AlertStatus> wanted_status(const Obligation& o, const AlertQuery& query) {
  if (!query.rule.empty() && o.rule != query.rule) return std::nullopt;
  if (!query.person_id.empty() && o.person_id != query.person_id) return std::nullopt;
  auto status = status_at(o, query.as_of);
  if (!status) return std::nullopt;
  if (query.status ? *status != *query.status : (*status == AlertStatus::kOk && !query.all)) {
    return std::nullopt;
  }
  return status;
}

std::optional<Alert> alert_of(const Obligation& o, const AlertQuery& query) {
  auto status = wanted_status(o, query);
  if (!status) return std::nullopt;
  const auto* spec = find_rule(o.rule);
  Alert alert{o.rule,      *status,
              o.person_id, o.subject,
              o.opened_at, o.due_at,
              o.closed_at, spec != nullptr ? spec->cites : std::span<const std::string_view>{},
              o.detail,    o.closure};
  // What had not happened by then is not part of the answer.
  if (alert.closed_at && query.as_of < *alert.closed_at) alert.closed_at.reset();
  return alert;
}

void select_alerts(const std::vector<Obligation>& obligations, const AlertQuery& query,
                   std::vector<Alert>& out) {
  for (const auto& o : obligations) {
    if (auto alert = alert_of(o, query)) out.push_back(std::move(*alert));
  }
}

std::vector<Alert> join_alerts(std::vector<std::vector<Alert>>& parts) {
  std::vector<Alert> alerts;
  for (auto& part : parts) {
    alerts.insert(alerts.end(), std::make_move_iterator(part.begin()),
                  std::make_move_iterator(part.end()));
  }
  // A total order, so the answer does not depend on which thread found what.
  std::sort(alerts.begin(), alerts.end(), [](const Alert& a, const Alert& b) {
    return std::tie(a.due_at, a.person_id, a.rule, a.subject) <
           std::tie(b.due_at, b.person_id, b.rule, b.subject);
  });
  return alerts;
}

namespace {

std::vector<domain::Event> known(std::vector<domain::Event> events, const AlertQuery& query) {
  if (!query.known_at) return events;
  std::erase_if(events, [&](const domain::Event& e) { return *query.known_at < e.recorded_at; });
  return events;
}

}  // namespace

Result<std::vector<Alert>> evaluate_store(store::Store& store, const Profile& profile,
                                          const AlertQuery& query,
                                          const EvaluationProgress& progress) {
  auto persons = query.person_id.empty()
                     ? store.person_ids_with_events()
                     : Result<std::vector<std::string>>(std::vector<std::string>{query.person_id});
  if (!persons.ok()) return persons.error();
  auto incidents = store.subjects_with_events("incident:");
  if (!incidents.ok()) return incidents.error();
  const auto total = static_cast<std::int64_t>(persons->size() + incidents->size());

  SharedProgress report(progress, total);
  std::vector<std::vector<Alert>> found(kWorkers);
  auto ok = for_each_on_workers(persons->size(), [&](std::size_t i, std::size_t worker) {
    auto found_here =
        merged_person_obligations((*persons)[i],
                                  [&](const std::string& id) -> Result<std::vector<domain::Event>> {
                                    auto events = store.events_of_person(id);
                                    if (!events) return events.error();
                                    return known(std::move(*events), query);
                                  },
                                  profile, query.as_of);
    if (!found_here) return Status(found_here.error());
    select_alerts(found_here->obligations, query, found[worker]);
    report.step();
    return Status::Ok();
  });
  if (!ok) return ok.error();
  ok = for_each_on_workers(incidents->size(), [&](std::size_t i, std::size_t worker) {
    auto events = store.events_of_subject((*incidents)[i]);
    if (!events.ok()) return Status(events.error());
    select_alerts(incident_obligations(known(std::move(*events), query), profile), query,
                  found[worker]);
    report.step();
    return Status::Ok();
  });
  if (!ok) return ok.error();
  return join_alerts(found);
}

}  // namespace haven::rules
