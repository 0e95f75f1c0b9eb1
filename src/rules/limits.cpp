// The profile's numbers as the rules read them.
#include "haven/rules/profile.h"
#include "rules/evaluation.h"

namespace haven::rules {

Limits limits_of(const Profile& profile) {
  Limits limits;
  limits.rights = profile.consular.rights;
  limits.notice = profile.consular.notice;
  limits.mandatory = profile.consular.mandatory;
  limits.review_schedule = profile.detention.review_schedule;
  limits.max = profile.detention.max;
  limits.extension = profile.detention.extension;
  limits.extension_grounds = profile.detention.extension_grounds;
  limits.alternative = profile.detention.alternative;
  limits.adult_age = profile.children.adult_age;
  limits.child_detention_prohibited = profile.children.detention == ChildDetention::kProhibited;
  limits.child_max = profile.children.max;
  limits.guardian = profile.children.guardian;
  limits.victim_referral = profile.protection.victim_referral;
  limits.referral_response = profile.protection.referral_response;
  limits.investigation = profile.protection.investigation;
  limits.country = profile.country;
  return limits;
}

}  // namespace haven::rules
