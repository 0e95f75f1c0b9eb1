#include "http/problem.h"

#include <nlohmann/json.hpp>

#include "haven/core/ids.h"
#include "haven/http/server.h"

namespace haven::http {
namespace {

using nlohmann::ordered_json;

// Relative URIs: stable identifiers clients can match on, without promising a page at them.
std::string problem_type(ErrorCode code) { return "/problems/" + std::string(code_name(code)); }

ordered_json problem_object(const Error& error, int status, std::string detail) {
  ordered_json body;
  body["type"] = problem_type(error.code);
  body["title"] = problem_title(error.code);
  body["status"] = status;
  body["detail"] = std::move(detail);
  body["code"] = code_name(error.code);
  if (!error.field.empty()) body["field"] = error.field;
  return body;
}

}  // namespace

int http_status(ErrorCode code) {
  // No default: a new code without a status is a compiler warning, not a silent 500.
  switch (code) {
    case ErrorCode::kInvalidJson:
    case ErrorCode::kBadRequest:
      return 400;
    case ErrorCode::kInvalidField:
    case ErrorCode::kMissingField:
    case ErrorCode::kUnknownField:
    case ErrorCode::kUnknownEventType:
    case ErrorCode::kFutureTime:
    case ErrorCode::kUnknownPerson:
    case ErrorCode::kUnknownReferral:
    case ErrorCode::kUnknownIncident:
    case ErrorCode::kUnknownCase:
    case ErrorCode::kUnknownProvider:
    case ErrorCode::kUnknownRequest:
    case ErrorCode::kUnknownForm:
    case ErrorCode::kConsentRequired:
    case ErrorCode::kUnknownEvent:
    case ErrorCode::kInvalidDocument:
      return 422;
    case ErrorCode::kDuplicateEvent:
    case ErrorCode::kDuplicatePerson:
    case ErrorCode::kDuplicateReferral:
    case ErrorCode::kDuplicateIncident:
    case ErrorCode::kDuplicateRequest:
    case ErrorCode::kDuplicateCase:
    case ErrorCode::kCaseState:
    case ErrorCode::kDuplicateProvider:
    case ErrorCode::kReferralState:
    case ErrorCode::kTracingState:
    case ErrorCode::kIncidentState:
    case ErrorCode::kMergeState:
      return 409;
    case ErrorCode::kNotFound:
      return 404;
    case ErrorCode::kUnauthorized:
      return 401;
    case ErrorCode::kForbidden:
      return 403;
    case ErrorCode::kTooManyRequests:
      return 429;
    case ErrorCode::kMethodNotAllowed:
      return 405;
    case ErrorCode::kPayloadTooLarge:
      return 413;
    case ErrorCode::kStorage:
    case ErrorCode::kIo:
    case ErrorCode::kInternal:
      return 500;
  }
  return 500;
}

std::string_view problem_title(ErrorCode code) {
  switch (code) {
    case ErrorCode::kInvalidJson:
      return "Invalid JSON";
    case ErrorCode::kInvalidField:
      return "Invalid field";
    case ErrorCode::kMissingField:
      return "Missing field";
    case ErrorCode::kUnknownField:
      return "Unknown field";
    case ErrorCode::kUnknownEventType:
      return "Unknown event type";
    case ErrorCode::kFutureTime:
      return "Time in the future";
    case ErrorCode::kUnknownPerson:
      return "Unknown person";
    case ErrorCode::kUnknownReferral:
      return "Unknown referral";
    case ErrorCode::kUnknownIncident:
      return "Unknown incident";
    case ErrorCode::kUnknownCase:
      return "Unknown case";
    case ErrorCode::kUnknownProvider:
      return "Unknown service provider";
    case ErrorCode::kUnknownRequest:
      return "Unknown tracing request";
    case ErrorCode::kUnknownForm:
      return "Unknown screening form";
    case ErrorCode::kConsentRequired:
      return "Consent required";
    case ErrorCode::kUnknownEvent:
      return "Unknown event";
    case ErrorCode::kInvalidDocument:
      return "Invalid document";
    case ErrorCode::kDuplicateEvent:
      return "Duplicate event";
    case ErrorCode::kDuplicatePerson:
      return "Person already registered";
    case ErrorCode::kDuplicateReferral:
      return "Duplicate referral";
    case ErrorCode::kDuplicateIncident:
      return "Duplicate incident";
    case ErrorCode::kDuplicateRequest:
      return "Duplicate tracing request";
    case ErrorCode::kDuplicateCase:
      return "Duplicate case";
    case ErrorCode::kCaseState:
      return "Not allowed in the case's state";
    case ErrorCode::kDuplicateProvider:
      return "Duplicate service provider";
    case ErrorCode::kReferralState:
      return "Not allowed in the referral's state";
    case ErrorCode::kTracingState:
      return "Not allowed by the tracing request";
    case ErrorCode::kIncidentState:
      return "Not allowed on the justice track";
    case ErrorCode::kMergeState:
      return "Not allowed by the registrations' merges";
    case ErrorCode::kNotFound:
      return "Not found";
    case ErrorCode::kUnauthorized:
      return "Sign-in required";
    case ErrorCode::kForbidden:
      return "Not allowed for this user";
    case ErrorCode::kTooManyRequests:
      return "Too many tries";
    case ErrorCode::kBadRequest:
      return "Bad request";
    case ErrorCode::kMethodNotAllowed:
      return "Method not allowed";
    case ErrorCode::kPayloadTooLarge:
      return "Payload too large";
    case ErrorCode::kStorage:
      return "Storage failure";
    case ErrorCode::kIo:
      return "Input/output failure";
    case ErrorCode::kInternal:
      return "Internal error";
  }
  return "Internal error";
}

std::string problem_body(const Error& error, int status) {
  return problem_object(error, status > 0 ? status : http_status(error.code), error.describe())
      .dump(-1, ' ', false, ordered_json::error_handler_t::replace);
}

void send_problem(httplib::Response& res, const Error& error, int status) {
  res.status = status > 0 ? status : http_status(error.code);
  res.set_content(problem_body(error, res.status), kProblemType);
}

void send_batch_problem(httplib::Response& res, const std::vector<Error>& errors,
                        BatchShape shape) {
  if (errors.empty()) {
    send_problem(res, Error{ErrorCode::kInternal, "", "the batch was refused without a reason", 0});
    return;
  }
  auto position = [shape](const Error& error) -> std::string {
    if (shape != BatchShape::kArray || error.line <= 0) return {};
    return "events[" + std::to_string(error.line - 1) + "]: ";
  };
  auto describe = [shape, &position](Error error) {
    // JSON Lines keep the ledger's "line N:" prefix; array positions are 0-based indexes.
    if (shape != BatchShape::kLines) error.line = 0;
    return error.describe();
  };
  const Error& first = errors.front();
  std::string detail = position(first) + describe(first);
  if (errors.size() > 1) detail += " (and " + std::to_string(errors.size() - 1) + " more)";

  res.status = http_status(first.code);
  ordered_json body = problem_object(first, res.status, std::move(detail));
  ordered_json items = ordered_json::array();
  for (const Error& error : errors) {
    ordered_json item;
    item["code"] = code_name(error.code);
    item["field"] = error.field;
    item["message"] = error.message;
    if (error.line > 0) {
      if (shape == BatchShape::kLines) {
        item["line"] = error.line;
      } else {
        item["index"] = error.line - 1;
      }
    }
    items.push_back(std::move(item));
  }
  body["errors"] = std::move(items);
  // Messages may quote what the client sent; `replace` keeps a bad byte from becoming a 500.
  res.set_content(body.dump(-1, ' ', false, ordered_json::error_handler_t::replace), kProblemType);
}

void send_not_found(httplib::Response& res, std::string_view record, std::string_view id) {
  // Only an id that could exist is echoed: whatever else was sent in its place (a path, a
  // script, a query) is not handed back to be shown somewhere.
  const std::string message =
      is_valid_id(id) ? "no " + std::string(record) + " has the id '" + std::string(id) + "'"
                      : "no " + std::string(record) + " has that id: it is not a valid id";
  send_problem(res, Error{ErrorCode::kNotFound, "", message, 0});
}

void send_document(const Result<std::optional<std::string>>& document, std::string_view record,
                   const std::string& id, httplib::Response& res) {
  if (!document.ok()) return send_problem(res, document.error());
  if (!document->has_value()) return send_not_found(res, record, id);
  send_json(res, 200, **document);
}

void send_list(httplib::Response& res, const char* key, const std::vector<std::string>& items) {
  std::string body = std::string("{\"") + key + "\":[";
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) body += ',';
    body += items[i];
  }
  body += "]}";
  send_json(res, 200, std::move(body));
}

void send_bad_parameter(httplib::Response& res, std::string_view parameter, std::string message) {
  send_problem(res, Error{ErrorCode::kBadRequest, std::string(parameter), std::move(message), 0});
}

void send_json(httplib::Response& res, int status, std::string body) {
  res.status = status;
  // Moved, not copied: person pages and timelines can be large.
  res.body = std::move(body);
  res.set_header("Content-Type", kJsonType);
}

}  // namespace haven::http
