#pragma once
// What a signed-in user sees of a person: which persons (their scope) and which parts of
// each (their role's view, less the firewall's parts for enforcement agencies). The parts,
// views and firewall are lines of the permission table (data/access/permissions.txt).
//
// Scope: a user limited to places sees persons located, or detained, there. A detention
// monitor sees only persons who have been detained (at facilities in their places). A
// consular officer sees only nationals of the State they represent who asked for consular
// notification, or whose State is on the profile's mandatory list — and a person holding a
// protection status (asylum seeker, refugee…) only when they asked themselves, never with
// that status: a consulate must not learn who fled it. A service provider sees only the
// persons it has a live referral for (made or accepted, consent standing): who they are,
// what makes them vulnerable and its own referrals — never another provider's, a screening
// or a case — and their migration status only when the person agreed to share it with it.

#include <string>
#include <string_view>
#include <vector>

#include "haven/access/accounts.h"
#include "haven/access/permissions.h"
#include "haven/domain/event.h"

namespace haven::access {

class Viewer {
 public:
  // `enforcement`: the user's agency is marked as enforcement. `mandatory`: the States the
  // profile notifies whatever the person wishes.
  Viewer(const User& user, bool enforcement, std::vector<std::string> mandatory,
         const Permissions& table = permissions());

  // Sees every part of every person: the documents go out as stored.
  bool sees_whole() const { return whole_; }
  bool sees_part(std::string_view part) const;
  // Whether an event type or rule id (by its family) is in a part this user sees.
  bool sees_family(std::string_view type) const;
  // The person document as this user may see it; empty when the person is outside their
  // scope (answered as if there were no such person).
  std::string shown(const std::string& person_document) const;
  // Readies the timeline of a person this user was shown as `shown` (what `shown` returned):
  // drops the events not theirs to see (of a family outside their view, or, for a service
  // provider, not about one of its own referrals) and strips from the others' bodies the
  // fields of parts they do not see (a migration status recorded with a registration is
  // still a migration status).
  void redact_timeline(std::vector<domain::Event>& events, const std::string& shown) const;
  // The provider whose referrals a service provider sees (its account's `represents`).
  const std::string& provider() const { return user_.represents; }
  bool is_service_provider() const { return user_.role == "service_provider"; }

  const User& user() const { return user_; }

 private:
  User user_;
  bool enforcement_;
  std::vector<std::string> mandatory_;
  const Permissions& table_;
  bool whole_ = false;
};

// The setting that lists the agencies marked as enforcement (a JSON array of names).
inline constexpr std::string_view kEnforcementAgenciesSetting = "access.enforcement_agencies";

}  // namespace haven::access
