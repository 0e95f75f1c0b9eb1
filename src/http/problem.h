#pragma once
// Response writers shared by the routes: JSON bodies and problem+json errors (RFC 9457).
// Every error the API sends goes through here, so its shape and status mapping stay one.

#include <httplib.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "haven/core/error.h"
#include "haven/core/result.h"

namespace haven::http {

inline constexpr const char* kJsonType = "application/json";
inline constexpr const char* kProblemType = "application/problem+json";

// Short human title of a code ("Invalid field").
std::string_view problem_title(ErrorCode code);

// The problem+json text of one error. `status` overrides http_status(code) for the few
// statuses httplib decides itself (414, 405); 0 keeps the mapping.
std::string problem_body(const Error& error, int status = 0);

// Sends one error as problem+json.
void send_problem(httplib::Response& res, const Error& error, int status = 0);

// Where the errors of a refused batch point.
enum class BatchShape {
  kObject,  // the body was one event: each error gets `index` 0
  kArray,   // a JSON array: each error gets its 0-based `index`
  kLines,   // JSON Lines: each error gets its 1-based `line`
};

// Sends the errors of a refused batch: status, title and code from the first, every error in
// `errors`. The ledger numbers errors by 1-based line; they are turned into `index` here.
void send_batch_problem(httplib::Response& res, const std::vector<Error>& errors, BatchShape shape);

// Sends 404 not_found for a record looked up by id ("no person has the id P-9").
void send_not_found(httplib::Response& res, std::string_view record, std::string_view id);

// Sends 400 bad_request naming a query parameter.
void send_bad_parameter(httplib::Response& res, std::string_view parameter, std::string message);

// Sends a JSON body (already serialised).
void send_json(httplib::Response& res, int status, std::string body);

// Sends a looked-up record's document, 404 when there is none, the store's failure as such.
void send_document(const Result<std::optional<std::string>>& document, std::string_view record,
                   const std::string& id, httplib::Response& res);

// Sends `{"<key>": [document, …]}` from documents already serialised.
void send_list(httplib::Response& res, const char* key, const std::vector<std::string>& items);

}  // namespace haven::http
