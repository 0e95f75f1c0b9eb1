// The v1 rule catalogue. Ids are an API contract; the cited ids must resolve in the law
// catalogue (tests/unit/rules/catalogue_test.cpp checks them).
#include "haven/rules/catalogue.h"

#include <array>

namespace haven::rules {
namespace {

using Cites = std::string_view;

constexpr std::array<Cites, 2> kConsular = {"VCCR art.36(1)(b)", "A/RES/66/172 op.4(g)"};
constexpr std::array<Cites, 3> kEndangers = {"VCCR art.36(1)(b)", "A/RES/66/172 op.4(g)", "CSR"};
constexpr std::array<Cites, 2> kReview = {"A/RES/66/172 op.4(a)", "EU-RD art.15(3)"};
constexpr std::array<Cites, 3> kMaximum = {"A/RES/66/172 op.4(a)", "A/RES/66/172 op.4(c)",
                                           "EU-RD art.15(5)"};
constexpr std::array<Cites, 4> kChildDetained = {"A/RES/66/172 op.5(e)", "CRC art.3(1)",
                                                 "CRC art.37(b)", "JGC-4-23 para.5"};
constexpr std::array<Cites, 2> kAlternative = {"A/RES/66/172 op.4(a)", "A/RES/66/172 op.4(d)"};
constexpr std::array<Cites, 1> kGuardian = {"A/RES/66/172 op.5(e)"};
constexpr std::array<Cites, 3> kBestInterests = {"A/RES/66/172 op.5(e)", "A/RES/66/172 op.5(h)",
                                                 "CRC art.3(1)"};
constexpr std::array<Cites, 3> kVictim = {"A/RES/66/172 op.7", "A/RES/66/172 op.5(a)",
                                          "TIP-Protocol art.6"};
constexpr std::array<Cites, 2> kReturn = {"A/RES/66/172 op.5(h)", "A/RES/66/172 op.4(f)"};
constexpr std::array<Cites, 3> kImpunity = {"A/RES/66/172 op.5(b)", "A/RES/66/172 op.4(e)",
                                            "A/RES/66/172 op.3(a)"};
constexpr std::array<Cites, 1> kReferral = {"A/RES/66/172 op.7"};

constexpr std::array kRules = {
    RuleSpec{"consular.rights_not_informed",
             "a foreign national deprived of liberty is told of the right to consular contact "
             "within consular.rights_hours",
             kConsular},
    RuleSpec{"consular.notification_pending",
             "the consulate is notified within consular.notice_hours when the person asks, or "
             "when the sending State is on the profile's mandatory list",
             kConsular},
    RuleSpec{"consular.notification_endangers",
             "the consulate of a State the person seeks asylum from is never notified unasked",
             kEndangers},
    RuleSpec{"detention.review_overdue", "detention is reviewed on detention.review_schedule",
             kReview},
    RuleSpec{"detention.max_exceeded",
             "detention stays within detention.max_days, plus an extension on an allowed ground",
             kMaximum},
    RuleSpec{"detention.child_detained",
             "a child is not held in immigration detention, or only where the profile allows "
             "it, for at most children.max_hours",
             kChildDetained},
    RuleSpec{"detention.no_alternative_considered",
             "an alternative to detention is considered within detention.alternative_hours",
             kAlternative},
    RuleSpec{"child.no_guardian",
             "an unaccompanied or separated child gets a guardian within children.guardian_hours",
             kGuardian},
    RuleSpec{"child.no_best_interests",
             "a best-interests assessment precedes the return or transfer of a child",
             kBestInterests},
    RuleSpec{"victim.no_assistance",
             "a victim of trafficking, kidnapping, torture or sexual violence is referred to "
             "medical, psychosocial and legal help within protection.victim_referral_days",
             kVictim},
    RuleSpec{"return.vulnerable_unassessed",
             "the return of a person in a vulnerable situation follows a vulnerability "
             "assessment",
             kReturn},
    RuleSpec{"incident.impunity",
             "an incident against migrants reaches investigation within "
             "protection.investigation_days",
             kImpunity},
    RuleSpec{"referral.unanswered",
             "a referral is accepted or declined within protection.referral_response_days",
             kReferral},
};

}  // namespace

std::span<const RuleSpec> rule_catalogue() { return kRules; }

const RuleSpec* find_rule(std::string_view id) {
  for (const auto& rule : kRules) {
    if (rule.id == id) return &rule;
  }
  return nullptr;
}

}  // namespace haven::rules
