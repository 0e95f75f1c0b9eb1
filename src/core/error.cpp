#include "haven/core/error.h"

#include <array>

namespace haven {
namespace {

struct CodeName {
  ErrorCode code;
  std::string_view name;
};

constexpr std::array kCodeNames = {
    CodeName{ErrorCode::kInvalidJson, "invalid_json"},
    CodeName{ErrorCode::kInvalidField, "invalid_field"},
    CodeName{ErrorCode::kMissingField, "missing_field"},
    CodeName{ErrorCode::kUnknownField, "unknown_field"},
    CodeName{ErrorCode::kUnknownEventType, "unknown_event_type"},
    CodeName{ErrorCode::kFutureTime, "future_time"},
    CodeName{ErrorCode::kUnknownPerson, "unknown_person"},
    CodeName{ErrorCode::kUnknownReferral, "unknown_referral"},
    CodeName{ErrorCode::kUnknownIncident, "unknown_incident"},
    CodeName{ErrorCode::kUnknownCase, "unknown_case"},
    CodeName{ErrorCode::kUnknownProvider, "unknown_provider"},
    CodeName{ErrorCode::kUnknownRequest, "unknown_request"},
    CodeName{ErrorCode::kUnknownForm, "unknown_form"},
    CodeName{ErrorCode::kConsentRequired, "consent_required"},
    CodeName{ErrorCode::kUnknownEvent, "unknown_event"},
    CodeName{ErrorCode::kInvalidDocument, "invalid_document"},
    CodeName{ErrorCode::kDuplicateEvent, "duplicate_event"},
    CodeName{ErrorCode::kDuplicatePerson, "duplicate_person"},
    CodeName{ErrorCode::kDuplicateReferral, "duplicate_referral"},
    CodeName{ErrorCode::kDuplicateIncident, "duplicate_incident"},
    CodeName{ErrorCode::kDuplicateRequest, "duplicate_request"},
    CodeName{ErrorCode::kDuplicateCase, "duplicate_case"},
    CodeName{ErrorCode::kCaseState, "case_state"},
    CodeName{ErrorCode::kDuplicateProvider, "duplicate_provider"},
    CodeName{ErrorCode::kReferralState, "referral_state"},
    CodeName{ErrorCode::kTracingState, "tracing_state"},
    CodeName{ErrorCode::kIncidentState, "incident_state"},
    CodeName{ErrorCode::kMergeState, "merge_state"},
    CodeName{ErrorCode::kNotFound, "not_found"},
    CodeName{ErrorCode::kUnauthorized, "unauthorized"},
    CodeName{ErrorCode::kForbidden, "forbidden"},
    CodeName{ErrorCode::kTooManyRequests, "too_many_requests"},
    CodeName{ErrorCode::kBadRequest, "bad_request"},
    CodeName{ErrorCode::kMethodNotAllowed, "method_not_allowed"},
    CodeName{ErrorCode::kPayloadTooLarge, "payload_too_large"},
    CodeName{ErrorCode::kStorage, "storage"},
    CodeName{ErrorCode::kIo, "io"},
    CodeName{ErrorCode::kInternal, "internal"},
};

constexpr std::array<ErrorCode, kCodeNames.size()> all_codes() {
  std::array<ErrorCode, kCodeNames.size()> codes{};
  for (std::size_t i = 0; i < kCodeNames.size(); ++i) codes[i] = kCodeNames[i].code;
  return codes;
}
constexpr auto kAllCodes = all_codes();

}  // namespace

std::string_view code_name(ErrorCode code) {
  for (const auto& entry : kCodeNames) {
    if (entry.code == code) return entry.name;
  }
  return "internal";
}

const ErrorCode* all_error_codes(std::size_t* count) {
  *count = kAllCodes.size();
  return kAllCodes.data();
}

std::string Error::describe() const {
  std::string out;
  if (line > 0) out += "line " + std::to_string(line) + ": ";
  if (!field.empty()) out += field + ": ";
  out += message;
  return out;
}

}  // namespace haven
