// POST /api/v1/events: one event object, an array of them, or JSON Lines; all or nothing.

#include <nlohmann/json.hpp>

#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "haven/access/permissions.h"
#include "haven/core/text.h"
#include "http/problem.h"
#include "http/routes.h"

namespace haven::http {
namespace {

// Events nest three or four levels; the limit leaves room for arrays of them while keeping
// a `[[[[…` body from exhausting the parser's stack.
constexpr int kMaxNesting = 64;

// A byte scan, before any parsing: the parser recurses once per level.
bool nesting_within(std::string_view text, int max_depth) {
  int depth = 0;
  bool in_string = false;
  bool escaped = false;
  for (char c : text) {
    if (in_string) {
      if (escaped) {
        escaped = false;
      } else if (c == '\\') {
        escaped = true;
      } else if (c == '"') {
        in_string = false;
      }
      continue;
    }
    if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > max_depth) return false;
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return true;
}

bool is_json_lines(const httplib::Request& req) {
  std::string type = req.get_header_value("Content-Type");
  type = type.substr(0, type.find(';'));
  return type == "application/x-ndjson" || type == "application/jsonl" ||
         type == "application/json-lines";
}

void invalid_json(httplib::Response& res, std::string message) {
  send_problem(res, Error{ErrorCode::kInvalidJson, "", std::move(message), 0});
}

// nlohmann's messages start with "[json.exception.parse_error.101] "; users need the rest.
std::string parse_error_message(const nlohmann::json::exception& e) {
  std::string_view what = e.what();
  std::size_t end = what.find("] ");
  if (end != std::string_view::npos) what.remove_prefix(end + 2);
  return "the body is not valid JSON: " + std::string(what);
}

void send_report(Api& api, const access::Session& caller, httplib::Response& res,
                 const Result<ledger::RecordReport>& result, BatchShape shape) {
  if (!result.ok()) {
    send_problem(res, result.error());
    return;
  }
  const ledger::RecordReport& report = *result;
  if (!report.errors.empty()) {
    send_batch_problem(res, report.errors, shape);
    return;
  }
  // Alerts follow every write: the persons just written are evaluated again now, so that
  // reads find their obligations current. The events are recorded whatever happens here;
  // a failed refresh is retried by the next read.
  refresh_alerts(api);
  nlohmann::json body;
  body["recorded"] = report.recorded;
  body["event_ids"] = report.event_ids;
  // Like the alerts, the registry follows the write; the events stay recorded if it fails.
  if (Status found = add_registration_findings(api, caller, report.event_ids, body); !found) {
    std::cerr << "haven: possible duplicates not checked: " << found.error().describe() << "\n";
  }
  send_json(res, 201, body.dump());
}

}  // namespace

void post_events(Api& api, const Routed& request, httplib::Response& res) {
  std::string_view body = request.body;
  if (!is_valid_utf8(body)) return invalid_json(res, "the body is not valid UTF-8");
  if (!nesting_within(body, kMaxNesting)) {
    return invalid_json(res,
                        "the body nests deeper than " + std::to_string(kMaxNesting) + " levels");
  }

  ledger::RecordOptions options;
  const access::User& writer = request.caller->user;
  options.actor = writer.name;
  options.may_record = [&writer](const domain::Event& event) -> Status {
    if (access::permissions().may_record(writer.role, event.type)) return Status::Ok();
    return Error{ErrorCode::kForbidden, "type",
                 "a " + writer.role + " may not record " + event.type + " events", 0};
  };
  options.partial = false;
  options.accept_provenance = false;

  if (is_json_lines(request.req)) {
    std::istringstream lines{std::string(body)};
    send_report(api, *request.caller, res, api.ledger.record_lines(lines, options),
                BatchShape::kLines);
    return;
  }

  nlohmann::json parsed;
  try {
    parsed = nlohmann::json::parse(body);
  } catch (const nlohmann::json::exception& e) {  // parse_error, or out_of_range for 1e999
    if (body.find_first_not_of(" \t\r\n") == std::string::npos) {
      return invalid_json(res, "the body is empty; expected an event object or an array of them");
    }
    return invalid_json(res, parse_error_message(e));
  }

  if (parsed.is_object()) {
    send_report(api, *request.caller, res,
                api.ledger.record({ledger::InputEvent{body, 1}}, options), BatchShape::kObject);
    return;
  }
  if (!parsed.is_array()) return invalid_json(res, "expected an event object or an array of them");
  if (parsed.empty()) {
    send_problem(res, Error{ErrorCode::kBadRequest, "", "the array holds no events", 0});
    return;
  }
  // The ledger reads each event from its own text: one string per element, kept alive here
  // for the views in `batch`. Line numbers are positions + 1, turned back into indexes.
  std::vector<std::string> texts;
  texts.reserve(parsed.size());
  for (const nlohmann::json& element : parsed) texts.push_back(element.dump());
  std::vector<ledger::InputEvent> batch;
  batch.reserve(texts.size());
  for (std::size_t i = 0; i < texts.size(); ++i) {
    batch.push_back(ledger::InputEvent{texts[i], static_cast<int>(i) + 1});
  }
  send_report(api, *request.caller, res, api.ledger.record(batch, options), BatchShape::kArray);
}

}  // namespace haven::http
