// Protection rules: guardians and best interests for children (op.5(e), op.5(h)), help for
// victims (op.7, op.5(a)), assessments before return (op.5(h), op.4(f)) and answers to
// referrals (op.7).
#include <array>
#include <limits>

#include "rules/evaluation.h"

namespace haven::rules {
namespace {

// Victims owed medical, psychosocial and legal help (op.7).
constexpr std::array<std::string_view, 4> kVictimCodes = {"trafficking_victim", "kidnapping_victim",
                                                          "torture_survivor", "sgbv_survivor"};
constexpr std::array<std::string_view, 3> kVictimServices = {"medical", "psychosocial", "legal"};
constexpr Timestamp kNoDeadline{std::numeric_limits<std::int64_t>::max()};

auto any_fact = [](const Fact&) { return true; };

// The first fact of `type` before `until` (at any time before, not only after the opening).
const Fact* earlier_or_later(const std::vector<Fact>& facts, std::string_view type,
                             std::optional<Timestamp> until) {
  return first_fact(facts, type, Timestamp{std::numeric_limits<std::int64_t>::min()}, until,
                    any_fact);
}

void guardian(const PersonContext& person, std::vector<Obligation>& out) {
  const Fact* found = first_fact(person.facts, "child.unaccompanied",
                                 Timestamp{std::numeric_limits<std::int64_t>::min()}, {}, any_fact);
  if (found == nullptr) return;
  auto o = open_obligation(person, "child.no_guardian", "", found->at,
                           Timestamp{found->at.micros + person.limits.guardian},
                           "appoint a guardian for the unaccompanied child");
  if (const Fact* appointed = earlier_or_later(person.facts, "guardian.appointed", {})) {
    o.closed_at = std::max(appointed->at, o.opened_at);
    o.closure = Closure::kMet;
  }
  const Fact* adult = first_fact(person.facts, "age.assessed", found->at, {}, [&](const Fact& f) {
    return !identity_at(person, f.at).is_child(f.at, person.limits.adult_age);
  });
  if (adult != nullptr && (!o.closed_at || adult->at < *o.closed_at)) {
    o.closed_at = adult->at;
    o.closure = Closure::kNotApplicable;
  }
  out.push_back(std::move(o));
}

// The earliest fact of any of `types` before `until`.
const Fact* first_assessment(const std::vector<Fact>& facts,
                             std::span<const std::string_view> types,
                             std::optional<Timestamp> until) {
  const Fact* first = nullptr;
  for (auto type : types) {
    const Fact* found = earlier_or_later(facts, type, until);
    if (found != nullptr && (first == nullptr || found->at < first->at)) first = found;
  }
  return first;
}

// What counts as each assessment before a return: a screening is a vulnerability assessment.
constexpr std::array<std::string_view, 1> kBestInterests = {"best_interests.assessed"};
constexpr std::array<std::string_view, 2> kVulnerabilityAssessments = {"vulnerability.assessed",
                                                                       "screening.recorded"};

// A return (planned or carried out) that must follow an assessment: best interests for a
// child, vulnerability for a person in a vulnerable situation.
void assessed_before_return(const PersonContext& person, const char* rule,
                            std::span<const std::string_view> assessments,
                            bool (*applies)(const Identity&, Timestamp, int), const char* detail,
                            std::vector<Obligation>& out) {
  const Fact* planned = nullptr;
  for (const auto& fact : person.facts) {
    if (fact.type != "return.planned" && fact.type != "return.completed") continue;
    if (planned == nullptr) planned = &fact;
    if (fact.type != "return.completed") continue;
    const auto& identity = identity_at(person, planned->at);
    if (applies(identity, planned->at, person.limits.adult_age)) {
      auto o = open_obligation(person, rule, "return:" + planned->event_id, planned->at, fact.at,
                               detail);
      const Fact* done = first_assessment(person.facts, assessments, fact.at);
      o.closed_at = done != nullptr ? std::max(done->at, o.opened_at) : fact.at;
      o.closure = done != nullptr ? Closure::kMet : Closure::kFailed;
      out.push_back(std::move(o));
    }
    planned = nullptr;
  }
  if (planned == nullptr) return;  // no return pending
  const auto& identity = identity_at(person, planned->at);
  if (!applies(identity, planned->at, person.limits.adult_age)) return;
  auto o = open_obligation(person, rule, "return:" + planned->event_id, planned->at, kNoDeadline,
                           detail);
  if (const Fact* done = first_assessment(person.facts, assessments, {})) {
    o.closed_at = std::max(done->at, o.opened_at);
    o.closure = Closure::kMet;
  }
  out.push_back(std::move(o));
}

bool is_child(const Identity& identity, Timestamp when, int adult_age) {
  return identity.is_child(when, adult_age);
}

bool is_vulnerable(const Identity& identity, Timestamp, int) {
  return !identity.vulnerabilities.empty() || identity.unaccompanied;
}

void victim(const PersonContext& person, std::vector<Obligation>& out) {
  Identity identity;
  for (const auto& fact : person.facts) {
    identity.apply(fact);
    bool victim = false;
    for (auto code : kVictimCodes) victim = victim || identity.has_vulnerability(code);
    if (!victim) continue;
    for (auto service : kVictimServices) {
      auto o = open_obligation(person, "victim.no_assistance", "service:" + std::string(service),
                               fact.at, Timestamp{fact.at.micros + person.limits.victim_referral},
                               "refer the victim to " + std::string(service) + " assistance");
      const Fact* referral = first_fact(
          person.facts, "referral.made", Timestamp{std::numeric_limits<std::int64_t>::min()}, {},
          [&](const Fact& f) { return f.text("service") == service; });
      if (referral != nullptr) {
        o.closed_at = std::max(referral->at, o.opened_at);
        o.closure = Closure::kMet;
      }
      out.push_back(std::move(o));
    }
    return;
  }
}

void referrals(const PersonContext& person, std::vector<Obligation>& out) {
  for (const auto& fact : person.facts) {
    if (fact.type != "referral.made") continue;
    auto o = open_obligation(
        person, "referral.unanswered", fact.subject, fact.at,
        Timestamp{fact.at.micros + person.limits.referral_response},
        "the " + fact.text("service") + " provider accepts or declines the referral");
    const Fact* answer = nullptr;
    for (const auto& later : person.facts) {
      if (later.subject != fact.subject || later.at < fact.at) continue;
      if (later.type == "referral.accepted" || later.type == "referral.declined" ||
          later.type == "referral.completed" || later.type == "referral.consent_withdrawn") {
        answer = &later;
        break;
      }
    }
    if (answer != nullptr) {
      o.closed_at = answer->at;
      // Consent withdrawn before an answer: the provider is no longer asked anything.
      o.closure = answer->type == "referral.consent_withdrawn" ? Closure::kEnded : Closure::kMet;
    }
    out.push_back(std::move(o));
  }
}

}  // namespace

void add_protection_obligations(const PersonContext& person, std::vector<Obligation>& out) {
  guardian(person, out);
  assessed_before_return(person, "child.no_best_interests", kBestInterests, is_child,
                         "assess the child's best interests before the return", out);
  assessed_before_return(person, "return.vulnerable_unassessed", kVulnerabilityAssessments,
                         is_vulnerable, "assess vulnerabilities before the return", out);
  victim(person, out);
  referrals(person, out);
}

}  // namespace haven::rules
