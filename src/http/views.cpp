// What the caller sees of persons: their Viewer, from their account, the agencies marked as
// enforcement (a setting) and the profile's mandatory-notification States.

#include <nlohmann/json.hpp>

#include "haven/rules/profile.h"
#include "http/routes.h"

namespace haven::http {

Result<access::Viewer> viewer_of(Api& api, const access::Session& caller) {
  auto setting = api.ledger.store().setting(std::string(access::kEnforcementAgenciesSetting));
  if (!setting) return setting.error();
  bool enforcement = false;
  if (*setting) {
    const nlohmann::json agencies = nlohmann::json::parse(**setting, nullptr, false);
    if (agencies.is_array()) {
      for (const auto& agency : agencies) {
        enforcement = enforcement || (agency.is_string() && agency == caller.user.agency);
      }
    }
  }
  return access::Viewer(caller.user, enforcement, profile_of(api).consular.mandatory);
}

}  // namespace haven::http
