#include "domain/field_checks.h"

#include <set>

#include "haven/core/codes.h"
#include "haven/core/ids.h"
#include "haven/core/text.h"
#include "haven/domain/age.h"

namespace haven::domain {
namespace {

using nlohmann::json;

Error invalid(std::string_view path, std::string message) {
  return Fail(ErrorCode::kInvalidField, std::string(path), std::move(message));
}

std::string json_type_name(const json& value) {
  if (value.is_null()) return "null";
  if (value.is_boolean()) return "a boolean";
  if (value.is_number()) return "a number";
  if (value.is_string()) return "a string";
  if (value.is_array()) return "an array";
  return "an object";
}

Status expect_string(const json& value, std::string_view path) {
  if (value.is_string()) return Status::Ok();
  return invalid(path, "must be a string, not " + json_type_name(value));
}

std::string shown(const std::string& text) {
  constexpr std::size_t kShown = 40;
  if (text.size() <= kShown) return "'" + text + "'";
  return "'" + text.substr(0, kShown) + "…'";
}

bool has_control_characters(const std::string& text, bool allow_line_breaks) {
  for (unsigned char c : text) {
    if (c == 0x7F) return true;
    if (c < 0x20 && !(allow_line_breaks && (c == '\n' || c == '\t' || c == '\r'))) return true;
  }
  return false;
}

Status check_text(const json& value, std::string_view path, std::size_t max_length,
                  bool allow_line_breaks) {
  if (auto ok = expect_string(value, path); !ok) return ok;
  const auto& text = value.get_ref<const std::string&>();
  if (text.find_first_not_of(" \t\n\r") == std::string::npos) {
    return invalid(path, "must not be empty");
  }
  const std::size_t length = count_code_points(text);
  if (length > max_length) {
    return invalid(path, "is " + std::to_string(length) + " characters long; the most is " +
                             std::to_string(max_length));
  }
  if (has_control_characters(text, allow_line_breaks)) {
    return invalid(path, "contains control characters");
  }
  return Status::Ok();
}

Status check_id(const json& value, std::string_view path) {
  if (auto ok = expect_string(value, path); !ok) return ok;
  const auto& id = value.get_ref<const std::string&>();
  if (!is_valid_id(id)) {
    return invalid(path, shown(id) + " is not an id: use 1 to 64 letters, digits or - _ . : /");
  }
  return Status::Ok();
}

Status check_choice(const json& value, std::string_view path,
                    std::span<const std::string_view> choices) {
  if (auto ok = expect_string(value, path); !ok) return ok;
  const auto& text = value.get_ref<const std::string&>();
  for (auto choice : choices) {
    if (choice == text) return Status::Ok();
  }
  std::string list;
  for (auto choice : choices) list += (list.empty() ? "" : ", ") + std::string(choice);
  return invalid(path, shown(text) + " is not one of: " + list);
}

Status check_country(const json& value, std::string_view path) {
  if (auto ok = expect_string(value, path); !ok) return ok;
  const auto& code = value.get_ref<const std::string&>();
  if (is_country_code(code)) return Status::Ok();
  std::string upper = code;
  for (auto& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  std::string hint = is_country_code(upper) ? " (codes are upper case: " + upper + ")" : "";
  return invalid(path, shown(code) + " is not an ISO 3166-1 alpha-3 country code" + hint);
}

Status check_language(const json& value, std::string_view path) {
  if (auto ok = expect_string(value, path); !ok) return ok;
  const auto& code = value.get_ref<const std::string&>();
  if (is_language_code(code)) return Status::Ok();
  return invalid(path, shown(code) + " is not an ISO 639 language code (like ar, ti or prs)");
}

template <typename Check>
Status check_list(const json& value, std::string_view path, Check check) {
  if (!value.is_array()) return invalid(path, "must be an array, not " + json_type_name(value));
  std::set<std::string> seen;
  for (std::size_t i = 0; i < value.size(); ++i) {
    const std::string item_path = std::string(path) + "[" + std::to_string(i) + "]";
    if (auto ok = check(value[i], item_path); !ok) return ok;
    if (!seen.insert(value[i].get<std::string>()).second) {
      return invalid(item_path, shown(value[i].get<std::string>()) + " is listed twice");
    }
  }
  return Status::Ok();
}

Status check_code(const json& value, std::string_view path) {
  if (auto ok = expect_string(value, path); !ok) return ok;
  const auto& code = value.get_ref<const std::string&>();
  bool ok = !code.empty() && code.size() <= 64 && code[0] >= 'a' && code[0] <= 'z';
  for (char c : code) ok = ok && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_');
  if (!ok) return invalid(path, shown(code) + " is not a code (lower-case letters, digits, _)");
  return Status::Ok();
}

Status check_degrees(const json& value, std::string_view path, double limit) {
  if (!value.is_number()) return invalid(path, "must be a number, not " + json_type_name(value));
  const double degrees = value.get<double>();
  if (!(degrees >= -limit && degrees <= limit)) {
    return invalid(path, "must be between -" + std::to_string(static_cast<int>(limit)) + " and " +
                             std::to_string(static_cast<int>(limit)) + " degrees");
  }
  return Status::Ok();
}

// Answers are keyed by question id; what each must be is the form's business (the ledger
// checks them against it), so here only their shape: yes/no, a number or a choice code.
Status check_answers(const json& value, std::string_view path) {
  constexpr std::size_t kMostAnswers = 200;
  if (!value.is_object()) return invalid(path, "must be an object, not " + json_type_name(value));
  if (value.empty()) return invalid(path, "must answer at least one question");
  if (value.size() > kMostAnswers) return invalid(path, "has more answers than any form asks");
  for (const auto& [question, answer] : value.items()) {
    const std::string answer_path = std::string(path) + "." + question;
    if (auto ok = check_code(json(question), answer_path); !ok) return ok;
    if (answer.is_boolean() || answer.is_number()) continue;
    if (auto ok = check_code(answer, answer_path); !ok) {
      return invalid(answer_path, "must be true, false, a number or a choice code");
    }
  }
  return Status::Ok();
}

Status check_findings(const json& value, std::string_view path) {
  if (!value.is_array()) return invalid(path, "must be an array, not " + json_type_name(value));
  const auto codes = vulnerability_codes();
  for (std::size_t i = 0; i < value.size(); ++i) {
    const std::string item = std::string(path) + "[" + std::to_string(i) + "]";
    const json& finding = value[i];
    if (!finding.is_object()) return invalid(item, "must be an object with code or flag, reason");
    for (const auto& [key, part] : finding.items()) {
      if (key != "code" && key != "flag" && key != "reason") {
        return Fail(ErrorCode::kUnknownField, item + "." + key,
                    "is not a field of a finding (it has: code or flag, reason)");
      }
    }
    if (finding.contains("code") == finding.contains("flag")) {
      return invalid(item, "must have either a code or a flag");
    }
    if (auto code = finding.find("code"); code != finding.end()) {
      if (auto ok = check_choice(*code, item + ".code", codes); !ok) return ok;
    } else if (auto ok = check_code(finding["flag"], item + ".flag"); !ok) {
      return ok;
    }
    if (!finding.contains("reason")) {
      return Fail(ErrorCode::kMissingField, item + ".reason", "every finding gives its reason");
    }
    if (auto ok = check_text(finding["reason"], item + ".reason", kMaxTextLength, true); !ok) {
      return ok;
    }
  }
  return Status::Ok();
}

Status check_birth_date(const json& value, std::string_view path, CivilDate today) {
  if (auto ok = expect_string(value, path); !ok) return ok;
  const auto& text = value.get_ref<const std::string&>();
  auto latest = latest_day_of(text);
  if (!latest) return invalid(path, latest.error().message);
  if (latest->year < 1880) return invalid(path, shown(text) + " is before 1880");
  // A partial date's earliest day must not be after today, so compare the first day.
  CivilDate earliest{latest->year, text.size() >= 7 ? latest->month : 1,
                     text.size() == 10 ? latest->day : 1};
  if (earliest > today) return invalid(path, shown(text) + " is in the future");
  return Status::Ok();
}

Status check_object(const json& value, std::string_view path, std::span<const FieldSpec> parts,
                    CivilDate today) {
  if (!value.is_object()) return invalid(path, "must be an object, not " + json_type_name(value));
  for (const auto& [key, item] : value.items()) {
    const FieldSpec* spec = nullptr;
    for (const auto& part : parts) {
      if (part.name == key) spec = &part;
    }
    if (spec == nullptr) {
      std::string allowed;
      for (const auto& part : parts)
        allowed += (allowed.empty() ? "" : ", ") + std::string(part.name);
      return Fail(ErrorCode::kUnknownField, std::string(path) + "." + key,
                  "is not a field of " + std::string(path) + " (it has: " + allowed + ")");
    }
    if (auto ok = check_field(*spec, item, std::string(path) + "." + key, today); !ok) return ok;
  }
  if (value.empty()) return invalid(path, "must not be empty");
  return Status::Ok();
}

}  // namespace

Status check_field(const FieldSpec& spec, const json& value, std::string_view path,
                   CivilDate today) {
  switch (spec.kind) {
    case FieldKind::kNewId:
    case FieldKind::kPersonId:
    case FieldKind::kReferralId:
    case FieldKind::kIncidentId:
    case FieldKind::kCaseId:
    case FieldKind::kProviderId:
    case FieldKind::kRequestId:
    case FieldKind::kEventId:
      return check_id(value, path);
    case FieldKind::kName:
      return check_text(value, path, kMaxNameLength, false);
    case FieldKind::kText:
      return check_text(value, path, kMaxTextLength, true);
    case FieldKind::kCode:
      return check_code(value, path);
    case FieldKind::kChoice:
      return check_choice(value, path, spec.choices);
    case FieldKind::kChoiceList:
      return check_list(value, path, [&](const json& item, const std::string& item_path) {
        return check_choice(item, item_path, spec.choices);
      });
    case FieldKind::kBool:
      if (value.is_boolean()) return Status::Ok();
      return invalid(path, "must be true or false, not " + json_type_name(value));
    case FieldKind::kCount:
      if (!value.is_number_integer()) {
        return invalid(path, "must be a whole number, not " + json_type_name(value));
      }
      if (value.get<std::int64_t>() < 0) return invalid(path, "must not be negative");
      if (value.get<std::int64_t>() > kMaxCount) return invalid(path, "is implausibly large");
      return Status::Ok();
    case FieldKind::kBirthDate:
      return check_birth_date(value, path, today);
    case FieldKind::kDate: {
      if (auto ok = expect_string(value, path); !ok) return ok;
      auto date = parse_date(value.get_ref<const std::string&>());
      if (!date) return invalid(path, date.error().message);
      return Status::Ok();
    }
    case FieldKind::kCountry:
      return check_country(value, path);
    case FieldKind::kCountryList:
      return check_list(value, path, check_country);
    case FieldKind::kLanguage:
      return check_language(value, path);
    case FieldKind::kLanguageList:
      return check_list(value, path, check_language);
    case FieldKind::kPersonIdList:
      return check_list(value, path, check_id);
    case FieldKind::kLocation:
      return check_object(value, path, location_fields(), today);
    case FieldKind::kSoughtPerson: {
      if (auto ok = check_object(value, path, sought_person_fields(), today); !ok) return ok;
      if (!value.contains("given_name") && !value.contains("family_name") &&
          !value.contains("name_original")) {
        return Fail(ErrorCode::kMissingField, std::string(path) + ".given_name",
                    "a tracing request needs at least one name of the person sought");
      }
      return Status::Ok();
    }
    case FieldKind::kLatitude:
      return check_degrees(value, path, 90);
    case FieldKind::kLongitude:
      return check_degrees(value, path, 180);
    case FieldKind::kQuality:
      if (!value.is_number_integer() || value.get<std::int64_t>() < 1 ||
          value.get<std::int64_t>() > 5) {
        return invalid(path, "must be a whole number from 1 to 5");
      }
      return Status::Ok();
    case FieldKind::kAnswers:
      return check_answers(value, path);
    case FieldKind::kFindings:
      return check_findings(value, path);
  }
  return invalid(path, "has a kind Haven cannot check");
}

}  // namespace haven::domain
