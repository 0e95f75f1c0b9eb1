// From the values read (profile_toml.cpp) to a Profile: each value checked on its own, then
// the keys that only make sense together.

#include <algorithm>
#include <cctype>
#include <optional>
#include <string>

#include "haven/core/codes.h"
#include "haven/core/time.h"
#include "haven/rules/profile.h"
#include "rules/profile_schema.h"

namespace haven::rules {
namespace {

Error invalid(std::string field, std::string message, int line) {
  return Error{ErrorCode::kInvalidField, std::move(field), std::move(message), line};
}

std::string quoted(std::string_view text) { return "\"" + std::string(text) + "\""; }

std::string item_key(std::string_view key, std::size_t index) {
  return std::string(key) + "[" + std::to_string(index) + "]";
}

class Builder {
 public:
  explicit Builder(const RawProfile& raw) : raw_(raw) {}

  const RawValue* find(std::string_view key) const {
    const auto it = raw_.values.find(key);
    return it == raw_.values.end() ? nullptr : &it->second;
  }
  // A key the reader guarantees (required), or an empty value for an optional one.
  const RawValue& get(std::string_view key) const {
    static const RawValue kAbsent;
    const RawValue* value = find(key);
    return value != nullptr ? *value : kAbsent;
  }
  std::int64_t hours(std::string_view key) const { return get(key).number * kMicrosPerHour; }
  std::int64_t days(std::string_view key) const { return get(key).number * kMicrosPerDay; }
  std::optional<std::int64_t> optional_hours(std::string_view key) const {
    return find(key) != nullptr ? std::optional(hours(key)) : std::nullopt;
  }
  std::optional<std::int64_t> optional_days(std::string_view key) const {
    return find(key) != nullptr ? std::optional(days(key)) : std::nullopt;
  }

 private:
  const RawProfile& raw_;
};

// An ISO 3166-1 alpha-3 code, with a hint when only the case is wrong.
Status check_country(std::string_view text, std::string field, int line) {
  if (is_country_code(text)) return Status::Ok();
  std::string upper(text);
  std::transform(upper.begin(), upper.end(), upper.begin(),
                 [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  std::string message = quoted(text) + " is not an ISO 3166-1 alpha-3 code";
  if (is_country_code(upper)) message += " (write " + quoted(upper) + ")";
  return invalid(std::move(field), std::move(message), line);
}

// A list whose items each pass `check`, none twice.
template <typename Check>
Result<std::vector<std::string>> unique_items(const RawValue& value, std::string_view key,
                                              Check check) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < value.items.size(); ++i) {
    const auto& item = value.items[i];
    if (auto ok = check(item.text, item_key(key, i), item.line); !ok) return ok.error();
    if (std::find(out.begin(), out.end(), item.text) != out.end()) {
      return invalid(item_key(key, i), quoted(item.text) + " is listed twice", item.line);
    }
    out.push_back(item.text);
  }
  return out;
}

Status check_ground(std::string_view text, std::string field, int line) {
  const bool code = !text.empty() && text.front() >= 'a' && text.front() <= 'z' &&
                    std::all_of(text.begin(), text.end(), [](char c) {
                      return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
                    });
  if (code) return Status::Ok();
  return invalid(std::move(field),
                 quoted(text) + " must be a lower-case code such as non_cooperation", line);
}

Result<std::vector<std::int64_t>> review_schedule(const RawValue& value) {
  constexpr std::string_view kKey = "detention.review_schedule";
  if (value.items.empty()) {
    return invalid(std::string(kKey), R"(must list at least one review, as ["PT48H", "P30D"])",
                   value.line);
  }
  std::vector<std::int64_t> out;
  for (std::size_t i = 0; i < value.items.size(); ++i) {
    const auto& item = value.items[i];
    auto offset = parse_iso_duration(item.text);
    std::string problem;
    if (!offset) {
      problem = offset.error().message;
    } else if (*offset <= 0) {
      problem = "must be longer than zero";
    } else if (*offset > kMaxDays * kMicrosPerDay) {
      problem = "must be at most " + std::to_string(kMaxDays) + " days";
    } else if (!out.empty() && *offset <= out.back()) {
      problem = "must come after " + quoted(value.items[i - 1].text) +
                ": the schedule runs from the first review to the last";
    }
    if (!problem.empty()) {
      return invalid(item_key(kKey, i), quoted(item.text) + ": " + problem, item.line);
    }
    out.push_back(*offset);
  }
  return out;
}

Result<DetentionPolicy> detention(const Builder& in) {
  DetentionPolicy out;
  auto schedule = review_schedule(in.get("detention.review_schedule"));
  if (!schedule) return schedule.error();
  out.review_schedule = std::move(*schedule);
  out.max = in.optional_days("detention.max_days");
  out.extension = in.optional_days("detention.extension_max_days");
  out.alternative = in.optional_hours("detention.alternative_hours");

  const RawValue* extension = in.find("detention.extension_max_days");
  const RawValue* grounds = in.find("detention.extension_grounds");
  if (extension != nullptr && !out.max) {
    return invalid("detention.extension_max_days", "needs detention.max_days, the limit it extends",
                   extension->line);
  }
  if (extension != nullptr && (grounds == nullptr || grounds->items.empty())) {
    return Error{ErrorCode::kMissingField, "detention.extension_grounds",
                 "is required with detention.extension_max_days: the grounds an extension "
                 "may rest on",
                 grounds != nullptr ? grounds->line : extension->line};
  }
  if (grounds != nullptr && extension == nullptr) {
    return invalid("detention.extension_grounds",
                   "needs detention.extension_max_days, the extension they allow", grounds->line);
  }
  if (grounds != nullptr) {
    auto list = unique_items(*grounds, "detention.extension_grounds", check_ground);
    if (!list) return list.error();
    out.extension_grounds = std::move(*list);
  }
  return out;
}

Result<ChildrenPolicy> children(const Builder& in) {
  ChildrenPolicy out;
  const RawValue& age = in.get("children.adult_age");
  if (age.number < 1 || age.number > 21) {
    return invalid("children.adult_age", "must be a whole number of years from 1 to 21", age.line);
  }
  out.adult_age = static_cast<int>(age.number);
  out.guardian = in.hours("children.guardian_hours");

  const RawValue& policy = in.get("children.detention");
  const RawValue* max = in.find("children.max_hours");
  if (policy.text == "prohibited") {
    out.detention = ChildDetention::kProhibited;
    if (max != nullptr && max->number != 0) {
      return invalid("children.max_hours",
                     R"(must be 0 or absent when children.detention is "prohibited")", max->line);
    }
  } else if (policy.text == "last_resort") {
    out.detention = ChildDetention::kLastResort;
    if (max == nullptr) {
      return Error{ErrorCode::kMissingField, "children.max_hours",
                   R"(is required when children.detention is "last_resort")", policy.line};
    }
    if (max->number == 0) {
      return invalid("children.max_hours",
                     R"(must be more than 0 when children.detention is "last_resort")", max->line);
    }
    out.max = in.hours("children.max_hours");
  } else {
    return invalid("children.detention", R"(must be "prohibited" or "last_resort")", policy.line);
  }
  return out;
}

Result<Profile> build(const RawProfile& raw) {
  const Builder in(raw);
  Profile out;
  const RawValue& name = in.get("name");
  if (name.text.find_first_not_of(" \t") == std::string::npos) {
    return invalid("name", "must not be empty", name.line);
  }
  out.name = name.text;
  out.description = in.get("description").text;
  if (const RawValue* country = in.find("country")) {
    if (auto ok = check_country(country->text, "country", country->line); !ok) return ok.error();
    out.country = country->text;
  }
  for (const auto& source : in.get("sources").items) {
    out.sources.push_back(source.text);
  }

  out.consular.rights = in.hours("consular.rights_hours");
  out.consular.notice = in.hours("consular.notice_hours");
  auto mandatory = unique_items(in.get("consular.mandatory"), "consular.mandatory", check_country);
  if (!mandatory) return mandatory.error();
  out.consular.mandatory = std::move(*mandatory);

  auto detention_policy = detention(in);
  if (!detention_policy) return detention_policy.error();
  out.detention = std::move(*detention_policy);
  auto children_policy = children(in);
  if (!children_policy) return children_policy.error();
  out.children = *children_policy;

  out.protection.victim_referral = in.days("protection.victim_referral_days");
  out.protection.referral_response = in.days("protection.referral_response_days");
  out.protection.investigation = in.days("protection.investigation_days");
  out.retention.anonymise_after = in.optional_days("retention.anonymise_after_days");
  if (out.retention.anonymise_after && *out.retention.anonymise_after == 0) {
    return invalid("retention.anonymise_after_days",
                   "must be at least 1: anonymising a record the day its work ends leaves no "
                   "time to review it",
                   in.get("retention.anonymise_after_days").line);
  }
  return out;
}

}  // namespace

Result<Profile> parse_profile(std::string_view toml_text, std::string_view origin) {
  auto raw = read_profile_toml(toml_text, origin);
  auto profile = raw ? build(*raw) : Result<Profile>(raw.error());
  if (profile || origin.empty()) return profile;
  Error error = profile.error();
  error.message += " (in " + std::string(origin) + ")";
  return error;
}

}  // namespace haven::rules
