#include <gtest/gtest.h>

#include <set>

#include "haven/domain/vocabulary.h"

namespace haven::domain {
namespace {

TEST(Vocabulary, HasEveryTypeOfDesignOnce) {
  std::set<std::string_view> types;
  for (const auto& spec : event_types()) EXPECT_TRUE(types.insert(spec.type).second) << spec.type;
  for (const char* type : {"person.registered",
                           "person.updated",
                           "child.unaccompanied",
                           "guardian.appointed",
                           "best_interests.assessed",
                           "detention.started",
                           "detention.reviewed",
                           "detention.ended",
                           "alternative.started",
                           "alternative.ended",
                           "consular.rights_informed",
                           "consular.notification_requested",
                           "consular.notified",
                           "consular.visited",
                           "referral.made",
                           "referral.accepted",
                           "referral.completed",
                           "referral.declined",
                           "return.planned",
                           "return.completed",
                           "vulnerability.assessed",
                           "incident.reported",
                           "incident.progressed",
                           "tracing.requested",
                           "family.reunified",
                           "detention.extended",
                           "alternative.considered",
                           "age.disputed",
                           "age.assessed",
                           "foreign_national.identified",
                           "person.merged",
                           "person.unmerged",
                           "event.voided"}) {
    EXPECT_TRUE(types.count(type)) << type;
  }
}

TEST(Vocabulary, EveryFieldIsDescribedAndChoicesAreListed) {
  for (const auto& spec : event_types()) {
    for (const auto& field : spec.fields) {
      EXPECT_FALSE(field.description.empty()) << spec.type << "." << field.name;
      const bool needs_choices =
          field.kind == FieldKind::kChoice || field.kind == FieldKind::kChoiceList;
      EXPECT_EQ(needs_choices, !field.choices.empty()) << spec.type << "." << field.name;
    }
  }
  EXPECT_EQ(vulnerability_codes().size(), 16u);
  EXPECT_EQ(incident_categories().size(), 18u);
}

}  // namespace
}  // namespace haven::domain
