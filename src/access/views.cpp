#include "haven/access/views.h"

#include <algorithm>
#include <array>
#include <nlohmann/json.hpp>
#include <set>

namespace haven::access {
namespace {

using nlohmann::json;

bool contains(const std::vector<std::string>& list, std::string_view value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

std::vector<std::string> detention_places(const json& person) {
  std::vector<std::string> places;
  const json& episodes = person.value("detention_episodes", json::array());
  for (const json& episode : episodes) {
    places.push_back(episode.value("facility", ""));
    for (const json& placement : episode.value("placements", json::array())) {
      places.push_back(placement.value("facility", ""));
    }
  }
  return places;
}

bool in_places(const json& person, const std::vector<std::string>& places, bool detained_only) {
  std::vector<std::string> where = detention_places(person);
  if (!detained_only) {
    const json& location = person.value("location", json::object());
    where.push_back(location.value("country", ""));
    where.push_back(location.value("place", ""));
  }
  return std::any_of(where.begin(), where.end(), [&](const std::string& place) {
    return !place.empty() && contains(places, place);
  });
}

// A referral that gives its provider access to the person: still live, consent standing.
bool live(const json& referral) {
  const std::string status = referral.value("status", "");
  return status == "made" || status == "accepted";
}

// What a service provider sees of the person's referrals: its own, live ones. Empty when
// the account names no provider, so that one never matches referrals made only by name.
json own_referrals(const json& person, const std::string& provider) {
  json own = json::array();
  if (provider.empty()) return own;
  for (const json& referral : person.value("referrals", json::array())) {
    if (referral.value("provider_id", "") == provider && live(referral)) own.push_back(referral);
  }
  return own;
}

// Migration status goes with a referral only where the person agreed to share it.
bool shares_status(const json& referrals) {
  return std::any_of(referrals.begin(), referrals.end(), [](const json& referral) {
    return referral.value("share_migration_status", false);
  });
}

// Fields of the services part a provider never sees, whatever it is referred.
constexpr std::array<std::string_view, 2> kNotForProviders = {"screenings", "cases"};

}  // namespace

Viewer::Viewer(const User& user, bool enforcement, std::vector<std::string> mandatory,
               const Permissions& table)
    : user_(user), enforcement_(enforcement), mandatory_(std::move(mandatory)), table_(table) {
  whole_ = table_.sees_all(user_.role) && user_.places.empty() &&
           (!enforcement_ || table_.firewall().empty());
}

bool Viewer::sees_part(std::string_view part) const {
  if (enforcement_ && contains(table_.firewall(), part)) return false;
  return table_.view_has(user_.role, part);
}

bool Viewer::sees_family(std::string_view type) const {
  if (whole_) return true;
  const Part* part = table_.part_of_family(type);
  if (part == nullptr) return table_.sees_all(user_.role) && !enforcement_;
  return sees_part(part->name);
}

std::string Viewer::shown(const std::string& person_document) const {
  if (whole_) return person_document;
  json person = json::parse(person_document, nullptr, false);
  if (!person.is_object()) return "";

  const bool monitor = user_.role == "detention_monitor";
  const bool consulate = user_.role == "consular_officer";
  if (monitor && detention_places(person).empty()) return "";
  if (!user_.places.empty() && !in_places(person, user_.places, monitor)) return "";
  if (consulate) {
    const json& consular = person.value("consular", json::object());
    const json& nationalities = person.value("nationalities", json::array());
    const bool national = std::find(nationalities.begin(), nationalities.end(), user_.represents) !=
                              nationalities.end() ||
                          consular.value("probable_nationality", "") == user_.represents;
    const bool asked = consular.value("notification_requested", false);
    const bool protection =
        contains(table_.protection_statuses(), person.value("migration_status", ""));
    const bool mandatory = contains(mandatory_, user_.represents) && !protection;
    if (!national || !(asked || mandatory)) return "";
  }
  json own;
  if (is_service_provider()) {
    own = own_referrals(person, user_.represents);
    if (own.empty()) return "";
  }

  json out = json::object();
  const bool all = table_.sees_all(user_.role);
  for (auto& [field, value] : person.items()) {
    const Part* part = table_.part_of_field(field);
    const bool seen = part == nullptr ? all && !enforcement_ : sees_part(part->name);
    if (seen) out[field] = std::move(value);
  }
  if (is_service_provider()) {
    out["referrals"] = own;
    for (std::string_view field : kNotForProviders) out.erase(std::string(field));
    if (!shares_status(own)) {
      const Part* status = table_.part_of_field("migration_status");
      if (status != nullptr) {
        for (const std::string& field : status->fields) out.erase(field);
      }
    }
  }
  return out.dump(-1, ' ', false, json::error_handler_t::replace);
}

void Viewer::redact_timeline(std::vector<domain::Event>& events, const std::string& shown) const {
  if (whole_) return;
  // What decides every event, read once from the person as shown.
  const json person = json::parse(shown, nullptr, false);
  if (!person.is_object()) {
    events.clear();
    return;
  }
  const json referrals = person.value("referrals", json::array());
  std::set<std::string> own_subjects;
  for (const json& referral : referrals) {
    own_subjects.insert("referral:" + referral.value("referral_id", ""));
  }
  const bool status_shared = !is_service_provider() || shares_status(referrals);
  const Part* status = table_.part_of_field("migration_status");

  std::erase_if(events, [&](domain::Event& event) {
    if (!sees_family(event.type)) return true;
    if (is_service_provider()) {
      // Screenings and case work are the referring agency's, not the provider's.
      if (event.type.starts_with("screening.") || event.type.starts_with("case.")) return true;
      if (event.type.starts_with("referral.") && own_subjects.count(event.subject) == 0) {
        return true;
      }
    }
    json body = json::parse(event.body, nullptr, false);
    if (!body.is_object()) return true;
    bool stripped = false;
    for (auto it = body.begin(); it != body.end();) {
      const Part* part = table_.part_of_field(it.key());
      const bool hidden =
          part != nullptr && (!sees_part(part->name) || (part == status && !status_shared));
      if (hidden) {
        it = body.erase(it);
        stripped = true;
      } else {
        ++it;
      }
    }
    if (stripped) event.body = body.dump(-1, ' ', false, json::error_handler_t::replace);
    return false;
  });
}

}  // namespace haven::access
