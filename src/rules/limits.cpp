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

std::string fingerprint(const Limits& limits) {
  std::string out = "rules " + std::to_string(kRulesRevision);
  auto number = [&](const char* key, std::optional<std::int64_t> value) {
    out += std::string(" ") + key + "=" + (value ? std::to_string(*value) : "none");
  };
  auto list = [&](const char* key, const auto& values) {
    out += std::string(" ") + key + "=[";
    for (const auto& value : values) {
      if constexpr (std::is_same_v<std::decay_t<decltype(value)>, std::string>) {
        out += value + ",";
      } else {
        out += std::to_string(value) + ",";
      }
    }
    out += "]";
  };
  number("rights", limits.rights);
  number("notice", limits.notice);
  list("mandatory", limits.mandatory);
  list("reviews", limits.review_schedule);
  number("max", limits.max);
  number("extension", limits.extension);
  list("grounds", limits.extension_grounds);
  number("alternative", limits.alternative);
  number("adult", limits.adult_age);
  number("child_prohibited", limits.child_detention_prohibited ? 1 : 0);
  number("child_max", limits.child_max);
  number("guardian", limits.guardian);
  number("victim_referral", limits.victim_referral);
  number("referral_response", limits.referral_response);
  number("investigation", limits.investigation);
  out += " country=" + limits.country;
  return out;
}

}  // namespace haven::rules
