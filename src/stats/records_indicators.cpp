// The period's indicators from incidents and tracing requests: impunity for crimes against
// migrants, deaths and disappearances in transit, families looking for each other.

#include <algorithm>
#include <array>

#include "stats/person_facts.h"

namespace haven::stats {
namespace {

// Whether an incident had reached `stage` (or a later one) by the end of the period: the
// stages of justice, in order.
bool reached(const Incident& incident, std::string_view stage, const Period& period) {
  static constexpr std::array<std::string_view, 4> kOrder = {
      "reported_to_authorities", "investigated", "prosecuted", "convicted"};
  const auto rank = [](std::string_view s) {
    return std::find(kOrder.begin(), kOrder.end(), s) - kOrder.begin();
  };
  return std::any_of(incident.stages.begin(), incident.stages.end(), [&](const auto& s) {
    return s.second < period.end && rank(s.first) < static_cast<std::ptrdiff_t>(kOrder.size()) &&
           rank(s.first) >= rank(stage);
  });
}

}  // namespace

// Crimes against migrants reported in the period, by category, and how many reached each
// stage of justice by its end (op.5(b): impunity); deaths and disappearances in transit
// (SDG 10.7.3, as the Missing Migrants Project counts them: minimum estimates).
void PeriodStatistics::Impl::incident_indicators(std::vector<Indicator>& out) const {
  const std::string r = kResolution;
  std::uint64_t reported = 0, to_authorities = 0, investigated = 0, prosecuted = 0, convicted = 0,
                dead = 0, missing = 0;
  std::map<std::string, std::uint64_t> by_category;
  for (const Incident& i : incidents) {
    if (!i.reported || !within(period, *i.reported)) continue;
    dead += i.dead;
    missing += i.missing;
    // Deaths and disappearances are counted above; the rest are crimes and violations.
    if (i.category == "death_in_transit" || i.category == "disappearance") continue;
    ++reported;
    ++by_category[i.category];
    to_authorities += reached(i, "reported_to_authorities", period);
    investigated += reached(i, "investigated", period);
    prosecuted += reached(i, "prosecuted", period);
    convicted += reached(i, "convicted", period);
  }
  const auto n = [](std::uint64_t v) { return std::optional<double>(static_cast<double>(v)); };
  out.push_back({"incidents_reported", "Crimes and violations against migrants reported",
                 r + "op.4(e), op.5(b)", "incidents", n(reported), reported});
  for (const auto& [category, count] : by_category) {
    out.push_back({"incidents_" + category, "Incidents reported: " + category,
                   r + "op.4(e), op.5(b)", "incidents", n(count), count});
  }
  out.push_back({"incidents_to_authorities_share",
                 "Incidents reported in the period that reached the authorities", r + "op.5(b)",
                 "share", share(to_authorities, reported), reported});
  out.push_back({"incidents_investigated_share", "Incidents that reached investigation",
                 r + "op.5(b)", "share", share(investigated, reported), reported});
  out.push_back({"incidents_prosecuted_share", "Incidents that reached prosecution", r + "op.5(b)",
                 "share", share(prosecuted, reported), reported});
  out.push_back({"incidents_convicted_share", "Incidents that reached a conviction", r + "op.5(b)",
                 "share", share(convicted, reported), reported});
  out.push_back({"dead_in_transit", "Migrants dead in transit (minimum estimate; SDG 10.7.3)",
                 r + "op.4(e)", "persons", n(dead), dead});
  out.push_back({"missing_in_transit", "Migrants missing in transit (minimum estimate; SDG 10.7.3)",
                 r + "op.4(e)", "persons", n(missing), missing});
}

// Tracing requests made in the period and how many have found the person sought (as the
// requests stand when counted: a request keeps no history of when it was matched);
// families reunified in the period (op.5(c), op.5(e), op.5(h)).
void PeriodStatistics::Impl::tracing_indicators(std::vector<Indicator>& out) const {
  const std::string r = kResolution;
  std::uint64_t made = 0, resolved = 0, reunified = 0;
  for (const Tracing& t : tracing) {
    if (t.reunified && within(period, *t.reunified)) ++reunified;
    if (!t.requested || !within(period, *t.requested)) continue;
    ++made;
    resolved += t.status == "matched" || t.status == "reunified";
  }
  const auto n = [](std::uint64_t v) { return std::optional<double>(static_cast<double>(v)); };
  out.push_back({"tracing_requests", "Family tracing requests made",
                 r + "op.5(c), op.5(e), op.5(h)", "requests", n(made), made});
  out.push_back({"tracing_requests_resolved_share",
                 "Tracing requests made in the period that have found the person sought",
                 r + "op.5(c), op.5(e), op.5(h)", "share", share(resolved, made), made});
  out.push_back({"families_reunified", "Families reunified", r + "op.5(c), op.5(e), op.5(h)",
                 "families", n(reunified), reunified});
}

}  // namespace haven::stats
