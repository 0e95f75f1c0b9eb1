// The person projection: identity, vulnerabilities, child protection, detention episodes,
// consular status, referrals, returns and family links, folded from the person's events.

#include <algorithm>
#include <map>
#include <tuple>

#include "domain/compact_json.h"
#include "domain/event_fields.h"
#include "haven/core/text.h"
#include "haven/domain/projection.h"

namespace haven::domain {
namespace {

using nlohmann::json;

constexpr std::array<const char*, 11> kIdentityFields = {
    "given_name", "family_name",          "name_original", "sex",
    "birth_date", "birth_date_estimated", "nationalities", "country_of_birth",
    "languages",  "migration_status",     "location"};

// One deprivation of liberty, from the first start to the final end. A transfer between
// facilities (`detention.ended` with reason `transferred`, then a new start) continues the
// same episode, so the clock the rules read is not reset by moving a person.
struct Episode {
  std::string started_at;
  json placements = json::array();
  std::string legal_basis;
  std::string authority;
  json reviews = json::array();
  json extensions = json::array();
  json alternatives_considered = json::array();
  std::string ended_at;
  std::string end_reason;
  bool open = true;
  bool in_transfer = false;

  void write(std::string& out) const {
    ObjectWriter w(out);
    w.text("started_at", started_at);
    if (!placements.empty()) w.field("facility", placements.back()["facility"]);
    w.field("placements", placements);
    if (!legal_basis.empty()) w.text("legal_basis", legal_basis);
    if (!authority.empty()) w.text("authority", authority);
    w.field("reviews", reviews);
    w.field("extensions", extensions);
    w.field("alternatives_considered", alternatives_considered);
    w.flag("open", open);
    w.flag("in_transfer", in_transfer);
    w.text_or_null("ended_at", ended_at);
    w.text_or_null("end_reason", end_reason);
    w.close();
  }
};

void remove_value(json& list, const json& value) {
  list.erase(std::remove(list.begin(), list.end(), value), list.end());
}

void add_value(json& list, const json& value) {
  if (std::find(list.begin(), list.end(), value) == list.end()) list.push_back(value);
}

}  // namespace

struct PersonFold::State {
  std::string person_id;
  std::tuple<Timestamp, Timestamp, std::string> last{};
  bool registered = false;
  std::string registered_at;
  std::string last_event_at;
  std::int64_t events = 0;
  json identity = json::object();
  json vulnerabilities = json::array();
  // When each code the person carries was first recorded: statistics count victims identified
  // in a period, and an assessment replaces the whole list without saying which codes are new.
  json vulnerabilities_since = json::object();
  json child = json::object();
  json age = {{"disputed", false}, {"assessments", json::array()}};
  std::vector<Episode> episodes;
  json alternatives = json::array();
  json consular = json::object();
  std::vector<json> referrals;
  std::map<std::string, std::size_t> referral_index;
  json returns = json::array();
  json family = json::array();
  json family_links = json::array();
  json screenings = json::array();
  json vulnerability_reasons = json::array();
  json flags = json::array();
  std::string merged_into;
  json merged_from = json::array();

  Episode* current_episode() {
    return episodes.empty() || !episodes.back().open ? nullptr : &episodes.back();
  }
  Episode* last_episode() { return episodes.empty() ? nullptr : &episodes.back(); }

  void apply(const std::string& type, const json& f, const std::string& at);
  void note_vulnerabilities(const std::string& at);
  void on_detention(const std::string& type, const json& f, const std::string& at);
  void on_consular(const std::string& type, const json& f, const std::string& at);
  void on_referral(const std::string& type, const json& f, const std::string& at);
  void on_family_link(const json& f, const std::string& at);
  void on_screening(const json& f, const std::string& at);
};

void PersonFold::State::apply(const std::string& type, const json& f, const std::string& at) {
  if (type == "person.registered" || type == "person.updated") {
    if (type == "person.registered") {
      registered = true;
      registered_at = at;
      // Only registration names an agency (person.updated has no such field): it never changes.
      if (f.contains("agency")) identity["registering_agency"] = f["agency"];
    }
    for (const char* name : kIdentityFields) {
      if (f.contains(name)) identity[name] = f[name];
    }
    if (f.contains("vulnerabilities")) {
      vulnerabilities = f["vulnerabilities"];
      note_vulnerabilities(at);
    }
  } else if (type == "vulnerability.assessed") {
    vulnerabilities = f["vulnerabilities"];
    note_vulnerabilities(at);
  } else if (type == "child.unaccompanied") {
    const std::string situation = f.value("situation", "unaccompanied");
    child["situation"] = situation;
    child["identified_at"] = at;
    add_value(vulnerabilities,
              situation == "separated" ? "separated_child" : "unaccompanied_child");
    note_vulnerabilities(at);
  } else if (type == "guardian.appointed") {
    child["guardian"] = f["guardian"];
    child["guardian_appointed_at"] = at;
  } else if (type == "best_interests.assessed") {
    if (!child.contains("best_interests")) child["best_interests"] = json::array();
    child["best_interests"].push_back({{"at", at}, {"outcome", f["outcome"]}});
  } else if (type == "age.disputed") {
    age["disputed"] = true;
    age["disputed_at"] = at;
  } else if (type == "age.assessed") {
    age["disputed"] = false;
    json assessment = {{"at", at}, {"birth_date", f["birth_date"]}};
    if (f.contains("method")) assessment["method"] = f["method"];
    age["assessments"].push_back(assessment);
    identity["birth_date"] = f["birth_date"];
    identity["birth_date_estimated"] = false;
  } else if (type.starts_with("detention.") || type.starts_with("alternative.")) {
    on_detention(type, f, at);
  } else if (type.starts_with("consular.") || type == "foreign_national.identified") {
    on_consular(type, f, at);
  } else if (type.starts_with("referral.")) {
    on_referral(type, f, at);
  } else if (type == "return.planned") {
    returns.push_back(
        {{"destination", f["destination"]}, {"planned_at", at}, {"completed_at", nullptr}});
  } else if (type == "return.completed") {
    for (auto& r : returns) {
      if (r["destination"] == f["destination"] && r["completed_at"].is_null()) {
        r["completed_at"] = at;
        return;
      }
    }
    returns.push_back(
        {{"destination", f["destination"]}, {"planned_at", nullptr}, {"completed_at", at}});
  } else if (type == "family.reunified") {
    json reunified = {{"with", f["with"]}, {"at", at}};
    if (f.contains("request_id")) reunified["request_id"] = f["request_id"];
    family.push_back(std::move(reunified));
  } else if (type == "family.linked") {
    on_family_link(f, at);
  } else if (type == "screening.recorded") {
    on_screening(f, at);
  } else if (type == "person.merged" || type == "person.unmerged") {
    const bool merged = type == "person.merged";
    if (f["person_id"] == person_id) {
      merged_into = merged ? f["into"].get<std::string>() : "";
    } else if (merged) {
      add_value(merged_from, f["person_id"]);
    } else {
      remove_value(merged_from, f["person_id"]);
    }
  }
}

void PersonFold::State::note_vulnerabilities(const std::string& at) {
  json since = json::object();
  for (const json& code : vulnerabilities) {
    const std::string& key = code.get_ref<const std::string&>();
    since[key] = vulnerabilities_since.value(key, at);
  }
  vulnerabilities_since = std::move(since);
}

void PersonFold::State::on_detention(const std::string& type, const json& f,
                                     const std::string& at) {
  Episode* episode = current_episode();
  if (type == "detention.started") {
    // A start without an end before it is a move: close the placement the person left.
    if (episode != nullptr && !episode->placements.empty() &&
        episode->placements.back()["until"].is_null()) {
      episode->placements.back()["until"] = at;
    }
    if (episode == nullptr) {
      episodes.emplace_back();
      episode = &episodes.back();
      episode->started_at = at;
    }
    episode->in_transfer = false;
    episode->placements.push_back({{"facility", f["facility"]}, {"from", at}, {"until", nullptr}});
    if (f.contains("legal_basis")) episode->legal_basis = f["legal_basis"];
    if (f.contains("authority")) episode->authority = f["authority"];
    return;
  }
  if (type == "detention.ended") {
    if (episode == nullptr) return;
    if (!episode->placements.empty()) episode->placements.back()["until"] = at;
    if (f["reason"] == "transferred") {
      episode->in_transfer = true;  // still deprived of liberty, on the way to another place
      return;
    }
    episode->open = false;
    episode->in_transfer = false;
    episode->ended_at = at;
    episode->end_reason = f["reason"];
    return;
  }
  if (type == "alternative.started") {
    alternatives.push_back({{"kind", f["kind"]}, {"started_at", at}, {"ended_at", nullptr}});
    return;
  }
  if (type == "alternative.ended") {
    for (auto it = alternatives.rbegin(); it != alternatives.rend(); ++it) {
      if ((*it)["ended_at"].is_null() && (!f.contains("kind") || (*it)["kind"] == f["kind"])) {
        (*it)["ended_at"] = at;
        return;
      }
    }
    return;
  }
  Episode* target = episode != nullptr ? episode : last_episode();
  if (target == nullptr) return;
  if (type == "detention.reviewed") {
    target->reviews.push_back({{"at", at}, {"outcome", f["outcome"]}});
  } else if (type == "detention.extended") {
    target->extensions.push_back({{"at", at}, {"grounds", f["grounds"]}});
  } else if (type == "alternative.considered") {
    json decision = {{"at", at}, {"decision", f["decision"]}};
    if (f.contains("reasons")) decision["reasons"] = f["reasons"];
    target->alternatives_considered.push_back(decision);
  }
}

void PersonFold::State::on_consular(const std::string& type, const json& f, const std::string& at) {
  if (type == "foreign_national.identified") {
    if (!consular.contains("foreign_national_identified_at")) {
      consular["foreign_national_identified_at"] = at;
    }
    if (f.contains("nationality")) consular["probable_nationality"] = f["nationality"];
  } else if (type == "consular.rights_informed") {
    if (!consular.contains("rights_informed")) consular["rights_informed"] = json::array();
    consular["rights_informed"].push_back({{"at", at}, {"language", f["language"]}});
  } else if (type == "consular.notification_requested") {
    consular["notification_requested"] = f["requested"];
    consular["notification_decided_at"] = at;
  } else if (type == "consular.notified") {
    if (!consular.contains("notifications")) consular["notifications"] = json::array();
    consular["notifications"].push_back({{"at", at}, {"consulate", f["consulate"]}});
  } else if (type == "consular.visited") {
    if (!consular.contains("visits")) consular["visits"] = json::array();
    consular["visits"].push_back(at);
  }
}

void PersonFold::State::on_referral(const std::string& type, const json& f, const std::string& at) {
  const std::string id = f["referral_id"];
  if (type == "referral.made") {
    json referral = {
        {"referral_id", id}, {"service", f["service"]}, {"status", "made"}, {"made_at", at}};
    for (const char* name : {"provider_id", "provider", "consent_by"}) {
      if (f.contains(name)) referral[name] = f[name];
    }
    referral["share_migration_status"] = f.value("share_migration_status", false);
    referral_index[id] = referrals.size();
    referrals.push_back(referral);
    return;
  }
  const auto found = referral_index.find(id);
  if (found == referral_index.end()) return;
  json& referral = referrals[found->second];
  const std::string status = referral_status_after(type);
  referral["status"] = status;
  referral[status + "_at"] = at;
  if (f.contains("note")) referral["note"] = f["note"];
  if (f.contains("outcome")) referral["outcome"] = f["outcome"];
}

// A link is recorded once, from one side; each of the two persons shows it from their own.
void PersonFold::State::on_family_link(const json& f, const std::string& at) {
  const bool own = f["person_id"] == person_id;
  std::string relation = f["relation"];
  if (!own) {
    if (relation == "parent") {
      relation = "child";
    } else if (relation == "child") {
      relation = "parent";
    } else if (relation == "guardian") {
      relation = "ward";
    }
  }
  family_links.push_back({{"relative_id", own ? f["relative_id"] : f["person_id"]},
                          {"relation", relation},
                          {"asserted_by", f["asserted_by"]},
                          {"at", at}});
}

// A screening adds what it found to the person's vulnerabilities, each with its reason, so a
// caseworker sees why a code is there and from which form.
void PersonFold::State::on_screening(const json& f, const std::string& at) {
  const json findings = f.value("findings", json::array());
  for (const auto& finding : findings) {
    json reason = {{"reason", finding["reason"]},
                   {"form", f["form"]},
                   {"version", f.value("version", 0)},
                   {"at", at}};
    if (finding.contains("code")) {
      add_value(vulnerabilities, finding["code"]);
      reason["code"] = finding["code"];
      vulnerability_reasons.push_back(std::move(reason));
    } else {
      reason["flag"] = finding["flag"];
      flags.push_back(std::move(reason));
    }
  }
  note_vulnerabilities(at);
  screenings.push_back({{"form", f["form"]},
                        {"version", f.value("version", 0)},
                        {"at", at},
                        {"findings", findings}});
}

PersonFold::PersonFold(std::string person_id) : state_(std::make_unique<State>()) {
  state_->person_id = std::move(person_id);
}
PersonFold::~PersonFold() = default;
PersonFold::PersonFold(PersonFold&&) noexcept = default;
PersonFold& PersonFold::operator=(PersonFold&&) noexcept = default;

bool PersonFold::apply(const Event& event) {
  auto key = std::make_tuple(event.occurred_at, event.recorded_at, event.id);
  if (state_->events > 0 && key < state_->last) return false;
  state_->last = std::move(key);
  const auto fields = fields_of(event);
  const std::string at = string_field(fields->json, "occurred_at");
  state_->apply(event.type, fields->json, at);
  state_->last_event_at = at;
  ++state_->events;
  return true;
}

PersonView PersonFold::view() const {
  const State& s = *state_;
  PersonView view;
  view.person_id = s.person_id;
  view.registered = s.registered;
  view.in_detention = !s.episodes.empty() && s.episodes.back().open;
  // Written member by member: copying the parts into one JSON value first cost more than
  // folding all of a person's events.
  view.document.reserve(2048);
  ObjectWriter w(view.document);
  w.text("person_id", s.person_id);
  for (auto it = s.identity.begin(); it != s.identity.end(); ++it) w.field(it.key(), it.value());
  w.text_or_null("registered_at", s.registered ? s.registered_at : "");
  w.field("vulnerabilities", s.vulnerabilities);
  w.field("vulnerabilities_identified_at", s.vulnerabilities_since);
  w.field("vulnerability_reasons", s.vulnerability_reasons);
  w.field("flags", s.flags);
  w.field("screenings", s.screenings);
  if (!s.child.empty()) w.field("child_protection", s.child);
  w.field("age_assessment", s.age);
  w.flag("in_detention", view.in_detention);
  std::string& episodes = w.open("detention_episodes");
  episodes += '[';
  for (std::size_t i = 0; i < s.episodes.size(); ++i) {
    if (i > 0) episodes += ',';
    s.episodes[i].write(episodes);
  }
  episodes += ']';
  w.field("alternatives", s.alternatives);
  w.field("consular", s.consular);
  std::string& referrals = w.open("referrals");
  referrals += '[';
  for (std::size_t i = 0; i < s.referrals.size(); ++i) {
    if (i > 0) referrals += ',';
    append_compact(s.referrals[i], referrals);
  }
  referrals += ']';
  w.field("returns", s.returns);
  w.field("family_reunified", s.family);
  w.field("family_links", s.family_links);
  w.text_or_null("merged_into", s.merged_into);
  w.field("merged_from", s.merged_from);
  w.number("event_count", s.events);
  w.text("last_event_at", s.last_event_at);
  w.close();

  std::string names;
  for (const char* name : {"given_name", "family_name", "name_original"}) {
    const auto it = s.identity.find(name);
    if (it != s.identity.end()) names += it->get_ref<const std::string&>() + " ";
  }
  view.search_text = fold_for_search(names);
  if (const auto it = s.identity.find("nationalities"); it != s.identity.end()) {
    view.nationalities = " ";
    for (const auto& code : *it) view.nationalities += code.get_ref<const std::string&>() + " ";
  }
  if (const auto it = s.identity.find("migration_status"); it != s.identity.end()) {
    view.migration_status = it->get<std::string>();
  }
  return view;
}

}  // namespace haven::domain
