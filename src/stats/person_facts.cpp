// Reading a person's projection into the facts the period's statistics count. Absent or
// malformed fields read as unknown (`_U`) or absent: a projection is Haven's own output, and
// statistics should count what is there rather than refuse a whole period for one field.

#include "stats/person_facts.h"

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>

#include "haven/domain/age.h"

namespace haven::stats {
namespace {

using nlohmann::json;

std::string or_unknown(std::string code) { return code.empty() ? "_U" : code; }

std::string sex_code(const std::string& sex) {
  if (sex == "F" || sex == "M") return sex;
  if (sex == "X") return "_O";
  return "_U";
}

void read_age(const json& person, const Period& period, Facts& facts) {
  facts.age = facts.age5 = "_U";
  const std::string birth = json_text(person, "birth_date");
  if (birth.empty()) return;
  const bool estimated = json_field(person, "birth_date_estimated").is_boolean() &&
                         json_field(person, "birth_date_estimated").get<bool>();
  const auto age = domain::age_on(birth, estimated, utc_date(Timestamp{period.end.micros - 1}));
  if (!age) return;
  facts.age = age->years < 18 ? "Y0T17" : "Y_GE18";
  constexpr int kOldest = 65;
  if (age->years >= kOldest) {
    facts.age5 = "Y_GE65";
  } else {
    const int from = age->years / 5 * 5;
    facts.age5 = "Y" + std::to_string(from) + "T" + std::to_string(from + 4);
  }
}

void read_episodes(const json& person, Facts& facts) {
  for (const json& episode : json_list(person, "detention_episodes")) {
    auto start = moment(json_field(episode, "started_at"));
    if (!start) continue;
    const json& placements = json_list(episode, "placements");
    Episode e{*start,
              moment(json_field(episode, "ended_at")),
              json_text(episode, "authority"),
              !placements.empty() && placements[0].is_object()
                  ? json_text(placements[0], "facility")
                  : json_text(episode, "facility"),
              {}};
    for (const json& extension : json_list(episode, "extensions")) {
      e.extensions.push_back(json_text(extension, "grounds"));
    }
    facts.episodes.push_back(std::move(e));
  }
}

void read_consular(const json& person, Facts& facts) {
  const json& consular = json_field(person, "consular");
  facts.foreign_national = consular.contains("foreign_national_identified_at");
  for (const json& informed : json_list(consular, "rights_informed")) {
    auto at = moment(json_field(informed, "at"));
    if (at && (!facts.rights_informed || *at < *facts.rights_informed)) facts.rights_informed = at;
  }
  if (const json requested = json_field(consular, "notification_requested");
      requested.is_boolean()) {
    facts.notice_requested = requested.get<bool>();
  }
  for (const json& notice : json_list(consular, "notifications")) {
    facts.consulates_notified.push_back(json_text(notice, "consulate"));
  }
}

void read_care(const json& person, Facts& facts) {
  for (const json& alternative : json_list(person, "alternatives")) {
    auto at = moment(json_field(alternative, "started_at"));
    if (!at) at = moment(json_field(alternative, "at"));
    if (at) facts.alternatives.push_back(*at);
  }
  for (const json& referral : json_list(person, "referrals")) {
    auto made = moment(json_field(referral, "made_at"));
    if (!made) continue;
    facts.referrals.push_back(
        {json_text(referral, "service"), *made, moment(json_field(referral, "completed_at"))});
  }
  const json& since = json_field(person, "vulnerabilities_identified_at");
  for (const json& code : json_list(person, "vulnerabilities")) {
    if (!code.is_string()) continue;
    const std::string name = code.get<std::string>();
    facts.vulnerabilities.emplace_back(
        name, since.is_object() && since.contains(name) ? moment(since[name]) : std::nullopt);
  }
  for (const json& reason : json_list(person, "vulnerability_reasons")) {
    auto at = moment(json_field(reason, "at"));
    if (at) facts.reasons.emplace_back(json_text(reason, "code"), *at);
  }
  for (const json& ret : json_list(person, "returns")) {
    auto done = moment(json_field(ret, "completed_at"));
    if (done) facts.returns.emplace_back(json_text(ret, "destination"), *done);
  }
}

}  // namespace

Facts read_facts(const json& person, const Period& period) {
  Facts facts;
  facts.id = json_text(person, "person_id");
  facts.sex = sex_code(json_text(person, "sex"));
  read_age(person, period, facts);
  for (const json& n : json_list(person, "nationalities")) {
    if (n.is_string()) facts.nationalities.push_back(n.get<std::string>());
  }
  facts.citizenship = facts.nationalities.empty() ? "_U" : facts.nationalities.front();
  facts.birth_country = or_unknown(json_text(person, "country_of_birth"));
  const std::string status = json_text(person, "migration_status");
  facts.status = status == "unknown" ? "_U" : or_unknown(status);
  const json& location = json_field(person, "location");
  facts.area = or_unknown(json_text(location, "country"));
  facts.place = json_text(location, "place");
  facts.registered = moment(json_field(person, "registered_at"));
  facts.agency = json_text(person, "registering_agency");
  read_episodes(person, facts);
  read_consular(person, facts);
  read_care(person, facts);
  return facts;
}

// A member of an object; null when absent or when `object` is not one.
const json& json_field(const json& object, const char* key) {
  static const json kNull;
  if (!object.is_object()) return kNull;
  const auto found = object.find(key);
  return found == object.end() ? kNull : *found;
}

// A member that should be an array: anything else reads as an empty one.
const json& json_list(const json& object, const char* key) {
  static const json kEmpty = json::array();
  const json& value = json_field(object, key);
  return value.is_array() ? value : kEmpty;
}

std::string json_text(const json& object, const char* key) {
  const json& value = json_field(object, key);
  return value.is_string() ? value.get<std::string>() : "";
}

std::optional<Timestamp> moment(const json& value) {
  if (!value.is_string()) return std::nullopt;
  auto at = parse_rfc3339(value.get<std::string>());
  if (!at) return std::nullopt;
  return *at;
}

bool within(const Period& period, Timestamp at) { return period.begin <= at && at < period.end; }

double days_between(Timestamp from, Timestamp to) {
  return static_cast<double>(to.micros - from.micros) / static_cast<double>(kMicrosPerDay);
}

bool held_at_end(const Facts& facts, const Period& period) {
  return std::any_of(facts.episodes.begin(), facts.episodes.end(), [&](const Episode& e) {
    return e.start < period.end && (!e.end || period.end <= *e.end);
  });
}

bool entered(const Facts& facts, const Period& period) {
  return std::any_of(facts.episodes.begin(), facts.episodes.end(),
                     [&](const Episode& e) { return within(period, e.start); });
}

std::optional<double> quantile(std::vector<double> values, double q) {
  if (values.empty()) return std::nullopt;
  std::sort(values.begin(), values.end());
  // The nearest-rank definition: the smallest value with at least q of them at or below.
  const auto rank = static_cast<std::size_t>(std::ceil(q * static_cast<double>(values.size())));
  return values[std::clamp<std::size_t>(rank, 1, values.size()) - 1];
}

std::optional<double> share(std::uint64_t part, std::uint64_t whole) {
  if (whole == 0) return std::nullopt;
  return static_cast<double>(part) / static_cast<double>(whole);
}

std::vector<const Facts*> PeriodStatistics::Impl::where(
    const std::function<bool(const Facts&)>& keep) const {
  std::vector<const Facts*> out;
  for (const Facts& p : persons) {
    if (keep(p)) out.push_back(&p);
  }
  return out;
}

std::map<std::string, std::vector<std::string>>
PeriodStatistics::Impl::incident_categories_by_victim() const {
  std::map<std::string, std::vector<std::string>> out;
  for (const Incident& incident : incidents) {
    for (const std::string& victim : incident.victims) out[victim].push_back(incident.category);
  }
  return out;
}

}  // namespace haven::stats
