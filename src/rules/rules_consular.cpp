// Consular rules (VCCR art. 36(1)(b); A/RES/66/172 op.4(g)). The clock starts when
// detention starts, or earlier at the moment there were grounds to think the person foreign
// (the ICJ in Avena: not when nationality is confirmed). A national of the detaining State
// is owed nothing; a dual national is owed a notice for each foreign nationality; a
// mandatory notice never reaches a State the person seeks asylum from unless they ask.
#include <algorithm>

#include "rules/evaluation.h"

namespace haven::rules {
namespace {

bool is_stateless_code(const std::string& code) {
  return code == "XXA" || code == "XXB" || code == "XXC" || code == "XXX";
}

std::vector<std::string> foreign_nationalities(const Identity& identity,
                                               const std::string& detaining_state) {
  std::vector<std::string> out;
  for (const auto& n : identity.nationalities) {
    if (n != detaining_state && !is_stateless_code(n)) out.push_back(n);
  }
  return out;
}

bool contains(const std::vector<std::string>& list, const std::string& value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

// Opens an obligation due `within` after `opened`.
Obligation open(const PersonContext& person, std::string rule, std::string subject,
                Timestamp opened, std::int64_t within, std::string detail) {
  return open_obligation(person, std::move(rule), std::move(subject), opened,
                         Timestamp{opened.micros + within}, std::move(detail));
}

// Closes `o` by the first fact that meets it, else by the end of the episode.
void close(Obligation& o, const Fact* met, const Episode& episode) {
  if (met != nullptr) {
    o.closed_at = std::max(met->at, o.opened_at);
    o.closure = Closure::kMet;
  } else if (episode.end) {
    o.closed_at = *episode.end;
    o.closure = Closure::kEnded;
  }
}

void notices_for(const PersonContext& person, const Episode& episode, Timestamp clock,
                 const std::string& detaining_state, std::vector<Obligation>& out) {
  const auto& facts = person.facts;
  const auto& limits = person.limits;
  const Fact* request = first_fact(facts, "consular.notification_requested", clock, episode.end,
                                   [](const Fact& f) { return f.flag("requested"); });
  const auto& identity = identity_at(person, clock);
  for (const auto& state : foreign_nationalities(identity, detaining_state)) {
    bool mandatory = contains(limits.mandatory, state);
    bool protected_from = identity.seeks_asylum();
    if (request == nullptr && (!mandatory || protected_from)) continue;
    Timestamp opened = mandatory && !protected_from ? clock : request->at;
    auto o =
        open(person, "consular.notification_pending", "consulate:" + state, opened, limits.notice,
             std::string("notify the consulate of ") + state +
                 (mandatory && request == nullptr ? " (mandatory notification)"
                                                  : " (the person asked)"));
    const Fact* notified = first_fact(facts, "consular.notified", clock, episode.end,
                                      [&](const Fact& f) { return f.text("consulate") == state; });
    // Withdrawing the request ends an on-request duty that was not yet met.
    const Fact* withdrawn =
        request == nullptr || mandatory
            ? nullptr
            : first_fact(facts, "consular.notification_requested", request->at, episode.end,
                         [](const Fact& f) { return !f.flag("requested"); });
    if (withdrawn != nullptr && (notified == nullptr || withdrawn->at < notified->at)) {
      o.closed_at = withdrawn->at;
      o.closure = Closure::kNotApplicable;
    } else {
      close(o, notified, episode);
    }
    out.push_back(std::move(o));
  }
}

void endangering_notices(const PersonContext& person, std::vector<Obligation>& out) {
  bool asked = false;
  for (const auto& fact : person.facts) {
    if (fact.type == "consular.notification_requested") asked = fact.flag("requested");
    if (fact.type != "consular.notified" || asked) continue;
    const auto& identity = identity_at(person, fact.at);
    auto state = fact.text("consulate");
    if (!identity.seeks_asylum() || !contains(identity.nationalities, state)) continue;
    auto o = open(person, "consular.notification_endangers", "consulate:" + state, fact.at, 0,
                  "the consulate of " + state +
                      " was notified unasked although the person seeks asylum from it");
    o.closed_at = fact.at;
    o.closure = Closure::kFailed;
    out.push_back(std::move(o));
  }
}

}  // namespace

void add_consular_obligations(const PersonContext& person, std::vector<Obligation>& out) {
  const auto& facts = person.facts;
  std::optional<Timestamp> previous_end;
  for (const auto& episode : person.episodes) {
    auto detaining_state = episode.country.empty() ? person.limits.country : episode.country;
    // Grounds to think the person foreign (Avena): found out during the detention, the
    // clock starts then; found out at the arrest that led to it (within the time allowed
    // for informing, before the order), it starts at the arrest. An identification long
    // before, at registration say, starts nothing until the person is detained.
    const Timestamp arrest_window{episode.start.micros - person.limits.rights};
    const Fact* identified =
        first_fact(facts, "foreign_national.identified",
                   std::max(previous_end.value_or(arrest_window), arrest_window), episode.end,
                   [](const Fact&) { return true; });
    const Fact* known_before = first_fact(facts, "foreign_national.identified",
                                          previous_end.value_or(Timestamp{INT64_MIN}),
                                          episode.start, [](const Fact&) { return true; });
    previous_end = episode.end;
    Timestamp clock = episode.start;
    const auto& at_start = identity_at(person, episode.start);
    bool foreign =
        !foreign_nationalities(at_start, detaining_state).empty() || known_before != nullptr;
    if (identified != nullptr && (identified->at < clock || !foreign)) {
      clock = identified->at;
      foreign = true;
    }
    if (!foreign) continue;
    auto rights =
        open(person, "consular.rights_not_informed", "detention:" + episode.first_event_id, clock,
             person.limits.rights, "tell the person of the right to have the consulate informed");
    close(rights,
          first_fact(facts, "consular.rights_informed", clock, episode.end,
                     [](const Fact&) { return true; }),
          episode);
    out.push_back(std::move(rights));
    notices_for(person, episode, clock, detaining_state, out);
  }
  endangering_notices(person, out);
}

}  // namespace haven::rules
