#pragma once
// A jurisdiction policy profile: the legal numbers the rules read (how soon a detainee is
// told of consular rights, when detention is reviewed, how long it may last, …), kept as
// data in TOML files — data/profiles/*.toml are built in — and never typed into code.
// A Profile is a plain value: copy it freely; the functions here are thread-safe.
// Every duration is in microseconds, like Timestamp (core/time.h).

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "haven/core/result.h"

namespace haven::rules {

// How a profile treats the immigration detention of children ([children] detention).
enum class ChildDetention {
  kProhibited,  // never, not even as a last resort ("prohibited")
  kLastResort,  // as a last resort, for at most ChildrenPolicy::max ("last_resort")
};

// [consular]: the duties of VCCR art. 36(1)(b) towards a detained foreign national.
struct ConsularPolicy {
  // consular.rights_hours: from the start of detention to informing the person of the
  // right to have the consulate told.
  std::int64_t rights = 0;
  // consular.notice_hours: from the person's request (or the start of detention, for a
  // mandatory State) to notifying the consulate.
  std::int64_t notice = 0;
  // consular.mandatory: ISO 3166-1 alpha-3 codes of the States whose consulate is notified
  // whatever the person wishes, in the file's order, without duplicates; may be empty.
  std::vector<std::string> mandatory;
};

// [detention]: immigration detention, counted from its start.
struct DetentionPolicy {
  // detention.review_schedule: when reviews fall due, as offsets from the start, increasing
  // and above zero, never empty. After the last entry, reviews fall due at each multiple of
  // it (P30D: days 30, 60, 90…).
  std::vector<std::int64_t> review_schedule;
  // detention.max_days: the longest detention allowed; unset when the law sets no limit.
  std::optional<std::int64_t> max;
  // detention.extension_max_days: how much longer detention may last after an extension on
  // one of extension_grounds; unset when there is no extension. Only set with `max`.
  std::optional<std::int64_t> extension;
  // detention.extension_grounds: the grounds (`detention.extended` events) an extension
  // may rest on; non-empty exactly when `extension` is set.
  std::vector<std::string> extension_grounds;
  // detention.alternative_hours: from the start to considering an alternative to
  // detention; unset when the profile does not require it.
  std::optional<std::int64_t> alternative;
};

// [children]: who is a child, and what is owed to one.
struct ChildrenPolicy {
  // children.adult_age: the age in whole years at which a person stops being a child.
  int adult_age = 18;
  // children.detention: whether a child may be held in immigration detention at all.
  ChildDetention detention = ChildDetention::kProhibited;
  // children.max_hours: under kLastResort, the longest a child may be held (above zero);
  // under kProhibited, zero.
  std::int64_t max = 0;
  // children.guardian_hours: from identifying an unaccompanied child to appointing a
  // guardian.
  std::int64_t guardian = 0;
};

// [protection]: victims, referrals and incidents.
struct ProtectionPolicy {
  // protection.victim_referral_days: from identifying a victim to each referral owed
  // (medical, psychosocial, legal).
  std::int64_t victim_referral = 0;
  // protection.referral_response_days: from a referral to its acceptance or refusal.
  std::int64_t referral_response = 0;
  // protection.investigation_days: from reporting an incident to opening an investigation.
  std::int64_t investigation = 0;
};

// [retention]: how long a person's identifying details are kept once their protection work
// is over (`haven retention apply`).
struct RetentionPolicy {
  // retention.anonymise_after_days: from the later of a person's last case closing and
  // their last event, to removing their names, free text, place and birth day and month;
  // unset when the profile keeps records whole (the table is optional).
  std::optional<std::int64_t> anonymise_after;
};

struct Profile {
  // name: what users call the profile (`haven init --profile NAME`); never empty.
  std::string name;
  // description: one line on what the profile covers; may be empty.
  std::string description;
  // country: ISO 3166-1 alpha-3 code of the detaining State when a detention does not say;
  // empty for profiles that are not one State's (international, EU).
  std::string country;
  // sources: the instruments the numbers come from, as the file lists them; may be empty.
  std::vector<std::string> sources;
  ConsularPolicy consular;
  DetentionPolicy detention;
  ChildrenPolicy children;
  ProtectionPolicy protection;
  RetentionPolicy retention;
};

// Parses and checks a profile written in TOML. `origin` (a file name, "built-in profile
// spain") is named in the error message. Errors: kInvalidDocument for a TOML syntax error
// (toml++'s message); kUnknownField for a key the format does not have (with a "did you
// mean"); kMissingField for a required key; kInvalidField for a bad value. Error::field is
// the dotted key (`detention.max_days`, `consular.mandatory[3]`) and Error::line its line,
// 0 when unknown.
Result<Profile> parse_profile(std::string_view toml_text, std::string_view origin);

// A built-in profile by name, else the TOML file at that path. kNotFound, with the built-in
// names listed, when neither exists; kIo when the path is a folder or cannot be read; else
// as parse_profile, with the path as origin.
Result<Profile> load_profile(std::string_view name_or_path);

// The names of the built-in profiles, sorted ("canada", "eu-return-directive", …).
std::span<const std::string_view> builtin_profile_names();

// A built-in profile, parsed once on first use; null when no built-in has that name.
const Profile* builtin_profile(std::string_view name);

// The TOML text a built-in profile was compiled from; empty when no built-in has that name.
std::string_view builtin_profile_text(std::string_view name);

// Parses an ISO 8601 duration of fixed length into microseconds: weeks, days, hours,
// minutes and seconds (`PT48H`, `P7D`, `P1W`, `P1DT12H`, `PT0.5S`; a fraction only on
// seconds). Years and months are refused (their length varies), as are negatives, an empty
// `P` or `PT` and anything else (kInvalidField, with an empty field for the caller to fill).
Result<std::int64_t> parse_iso_duration(std::string_view text);

// Formats microseconds as an ISO 8601 duration in days, hours, minutes and seconds, the form
// parse_iso_duration reads back (from 0 up): `P7D`, `P1DT12H`, `PT0.25S`; 48 hours give `P2D`, zero
// gives `PT0S`, and a negative value begins with `-`.
std::string format_iso_duration(std::int64_t micros);

}  // namespace haven::rules
