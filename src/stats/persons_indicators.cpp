// The period's indicators from persons: registration, detention and its length against the
// law's maximum, consular notice, alternatives, referrals by service, and persons identified
// in a vulnerable situation — each naming the operative paragraph of resolution 66/172 it
// informs. Legal numbers come from LegalLimits (the installation's profile), never from here.

#include <algorithm>
#include <cmath>
#include <set>
#include <sstream>

#include "stats/person_facts.h"

namespace haven::stats {
namespace {

std::optional<double> number(std::uint64_t n) { return static_cast<double>(n); }

// "60" for 60.0, "7.5" for 7.5: a limit as its profile wrote it.
std::string days_text(double days) {
  std::ostringstream out;
  out << days;
  return out.str();
}

bool contains(const std::vector<std::string>& list, const std::string& value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

// The longest this episode may lawfully last, in days: the maximum, and the extension when one
// was ordered on grounds the law allows it for. Unset when the law sets no maximum.
std::optional<double> lawful_days(const Episode& e, const LegalLimits& limits) {
  if (!limits.detention_max_days) return std::nullopt;
  double days = *limits.detention_max_days;
  const bool extended = std::any_of(
      e.extensions.begin(), e.extensions.end(),
      [&](const std::string& grounds) { return contains(limits.extension_grounds, grounds); });
  if (extended && limits.detention_extension_days) days += *limits.detention_extension_days;
  return days;
}

}  // namespace

// Persons held at the end and entries; the length of episodes that ended in the period, and
// so far of those going on at its end, with the share longer than the law allows (op.4(a):
// "review detention periods in order to avoid excessive detention"); alternatives.
void PeriodStatistics::Impl::detention_indicators(std::vector<Indicator>& out) const {
  const std::string r = kResolution;
  std::uint64_t held = 0, entries = 0, children_held = 0, over = 0, alternatives = 0;
  std::vector<double> days;
  for (const Facts& p : persons) {
    const bool at_end = held_at_end(p, period);
    held += at_end;
    children_held += at_end && p.age == "Y0T17";
    for (const Episode& e : p.episodes) {
      entries += within(period, e.start);
      const bool ended_in = e.end && within(period, *e.end);
      const bool going_on = e.start < period.end && (!e.end || period.end <= *e.end);
      if (!ended_in && !going_on) continue;
      const double length = days_between(e.start, ended_in ? *e.end : period.end);
      days.push_back(length);
      const auto lawful = lawful_days(e, limits);
      over += lawful && length > *lawful;
    }
    alternatives += std::any_of(p.alternatives.begin(), p.alternatives.end(),
                                [&](Timestamp at) { return within(period, at); });
  }
  const std::string maximum =
      limits.detention_max_days
          ? " (" + days_text(*limits.detention_max_days) + " days, " + limits.source + ")"
          : " (" + (limits.source.empty() ? std::string("no profile") : limits.source) +
                " sets no maximum)";
  out.push_back({"detained_at_end", "Persons in detention at the end of the period", r + "op.4(a)",
                 "persons", number(held), held});
  out.push_back({"entered_detention", "Persons who entered detention", r + "op.4(a)", "persons",
                 number(entries), entries});
  out.push_back({"children_detained_at_end", "Children in detention at the end of the period",
                 r + "op.4(a), op.5(e)", "persons", number(children_held), children_held});
  out.push_back({"detention_days_median", "Length of detention, median", r + "op.4(a), op.4(c)",
                 "days", quantile(days, 0.5), days.size()});
  out.push_back({"detention_days_p90", "Length of detention, 90th percentile",
                 r + "op.4(a), op.4(c)", "days", quantile(days, 0.9), days.size()});
  out.push_back({"detention_over_max_share",
                 "Episodes of detention longer than the law's maximum" + maximum,
                 r + "op.4(a), op.4(c)", "share",
                 limits.detention_max_days ? share(over, days.size()) : std::nullopt,
                 limits.detention_max_days ? days.size() : 0});
  out.push_back({"alternatives_to_detention", "Persons placed in an alternative to detention",
                 r + "op.4(a), op.4(d)", "persons", number(alternatives), alternatives});
}

// VCCR art. 36(1)(b): told of consular rights, and the consulate notified when the person asked
// or — for a State on the profile's mandatory list (bilateral treaties) — whatever they
// wished. A mandatory notice is not owed to a State the person seeks asylum from (it must not
// learn they sought protection), nor when the person is in their own country.
void PeriodStatistics::Impl::consular_indicators(std::vector<Indicator>& out) const {
  const std::string r = kResolution;
  std::uint64_t foreign_detained = 0, told = 0, requested = 0, requested_sent = 0, mandatory = 0,
                mandatory_sent = 0;
  std::vector<double> hours_to_tell;
  static const std::set<std::string> kSeeksAsylum = {"asylum_seeker", "refugee",
                                                     "subsidiary_protection"};
  for (const Facts& p : persons) {
    for (const Episode& e : p.episodes) {
      if (!within(period, e.start) || !p.foreign_national) continue;
      ++foreign_detained;
      if (p.rights_informed && *p.rights_informed >= e.start) {
        ++told;
        hours_to_tell.push_back(days_between(e.start, *p.rights_informed) * 24.0);
      }
    }
    if (!entered(p, period)) continue;
    if (p.notice_requested.value_or(false)) {
      ++requested;
      requested_sent += !p.consulates_notified.empty();
    }
    if (kSeeksAsylum.contains(p.status)) continue;
    for (const std::string& state : p.nationalities) {
      if (state == p.area || !contains(limits.mandatory_notification, state)) continue;
      ++mandatory;
      mandatory_sent += contains(p.consulates_notified, state);
    }
  }
  out.push_back({"consular_rights_told_share",
                 "Foreign nationals detained in the period who were told of their consular rights",
                 r + "op.4(g)", "share", share(told, foreign_detained), foreign_detained});
  out.push_back({"consular_rights_told_hours_median",
                 "Hours from detention to being told of consular rights, median", r + "op.4(g)",
                 "hours", quantile(hours_to_tell, 0.5), hours_to_tell.size()});
  out.push_back({"consular_notice_sent_when_requested_share",
                 "Consular notices sent, of those requested by persons detained in the period",
                 r + "op.4(g)", "share", share(requested_sent, requested), requested});
  out.push_back({"consular_notice_sent_when_mandatory_share",
                 "Consular notices sent, of those mandatory for persons detained in the period "
                 "(States on the mandatory list of " +
                     (limits.source.empty() ? std::string("no profile") : limits.source) + ")",
                 r + "op.4(g)", "share", share(mandatory_sent, mandatory), mandatory});
}

// Referrals made in the period, how many were completed and how fast: all of them, then each
// service (op.7: medical, psychosocial and legal assistance among them).
void PeriodStatistics::Impl::referral_indicators(std::vector<Indicator>& out) const {
  const std::string r = kResolution;
  struct Tally {
    std::uint64_t made = 0;
    std::uint64_t completed = 0;
    std::vector<double> days;
  };
  Tally all;
  std::map<std::string, Tally> by_service;
  for (const Facts& p : persons) {
    for (const Referral& referral : p.referrals) {
      if (!within(period, referral.made)) continue;
      for (Tally* t : {&all, &by_service[referral.service]}) {
        ++t->made;
        if (!referral.completed) continue;
        ++t->completed;
        t->days.push_back(days_between(referral.made, *referral.completed));
      }
    }
  }
  const auto add = [&](const std::string& suffix, const std::string& what, const Tally& t) {
    out.push_back({"referrals" + suffix + "_made", "Referrals made" + what, r + "op.5, op.7",
                   "referrals", number(t.made), t.made});
    out.push_back({"referrals" + suffix + "_completed_share",
                   "Referrals made in the period and completed" + what, r + "op.5, op.7", "share",
                   share(t.completed, t.made), t.made});
    out.push_back({"referrals" + suffix + "_days_to_complete_median",
                   "Days from referral to completion, median" + what, r + "op.5, op.7", "days",
                   quantile(t.days, 0.5), t.days.size()});
  };
  // The totals keep the ids they were first published under.
  out.push_back({"referrals_made", "Referrals to services made", r + "op.5, op.7", "referrals",
                 number(all.made), all.made});
  out.push_back({"referrals_completed_share", "Referrals made in the period and completed",
                 r + "op.5, op.7", "share", share(all.completed, all.made), all.made});
  out.push_back({"referral_days_to_complete_median", "Days from referral to completion, median",
                 r + "op.5, op.7", "days", quantile(all.days, 0.5), all.days.size()});
  for (const auto& [service, tally] : by_service) {
    add("_" + (service.empty() ? std::string("unknown") : service),
        ": " + (service.empty() ? std::string("service not recorded") : service), tally);
  }
}

// Persons identified in the period in each vulnerable situation (screenings' findings), and
// victims of trafficking by form of exploitation (SDG 16.2.2's breakdown; the table
// trafficking_victims adds sex and age).
void PeriodStatistics::Impl::victim_indicators(std::vector<Indicator>& out) const {
  const std::string r = kResolution;
  std::map<std::string, std::uint64_t> identified;  // code → persons
  for (const Facts& p : persons) {
    std::set<std::string> forms;
    for (const auto& [code, at] : p.reasons) {
      if (within(period, at)) forms.insert(code);
    }
    for (const std::string& form : forms) ++identified[form];
  }
  // Forms of exploitation (op.8 names them) inform the paragraphs on trafficking and its
  // victims; other vulnerable situations the paragraph on them as a whole.
  static const std::set<std::string> kExploitation = {"forced_labour",   "debt_bondage",
                                                      "trafficking",     "sexual_exploitation",
                                                      "forced_marriage", "child_labour"};
  for (const auto& [form, n] : identified) {
    const bool exploitation = kExploitation.contains(form);
    out.push_back({"identified_" + form, "Persons identified in the period: " + form,
                   r + (exploitation ? "op.5(i), op.7" : "op.5"), "persons", number(n), n});
  }
  const std::vector<Victim> victims = trafficking_victims();
  std::map<std::string, std::uint64_t> by_form = {{"SX", 0}, {"FL", 0}, {"MULT", 0}, {"_U", 0}};
  for (const Victim& v : victims) ++by_form[v.form];
  const std::string paragraphs = r + "op.5(i), op.7, op.8";
  out.push_back({"trafficking_victims_identified",
                 "Victims of trafficking identified (SDG 16.2.2, a count: no population base)",
                 paragraphs, "persons", number(victims.size()), victims.size()});
  static constexpr std::pair<const char*, const char*> kForms[] = {
      {"SX", "sexual_exploitation"},
      {"FL", "forced_labour"},
      {"MULT", "sexual_exploitation_and_forced_labour"},
      {"_U", "form_not_recorded"}};
  for (const auto& [code, id] : kForms) {
    const std::uint64_t n = by_form[code];
    out.push_back({std::string("trafficking_victims_") + id,
                   std::string("Victims of trafficking identified: ") + id, paragraphs, "persons",
                   number(n), n});
  }
}

std::vector<Indicator> PeriodStatistics::indicators() const {
  const Impl& impl = *impl_;
  const std::uint64_t registered = std::count_if(
      impl.persons.begin(), impl.persons.end(),
      [&](const Facts& p) { return p.registered && within(impl.period, *p.registered); });
  std::vector<Indicator> out = {{"persons_registered", "Persons registered",
                                 std::string(kResolution) + "op.9(d)", "persons",
                                 number(registered), registered}};
  impl.detention_indicators(out);
  impl.consular_indicators(out);
  impl.referral_indicators(out);
  impl.incident_indicators(out);
  impl.tracing_indicators(out);
  impl.victim_indicators(out);
  return out;
}

}  // namespace haven::stats
