#include <unistd.h>

#include <iostream>

#include "cli.h"

namespace haven::cli {

int exit_code(ErrorCode code) {
  switch (code) {
    case ErrorCode::kBadRequest:
    case ErrorCode::kMethodNotAllowed:
      return 2;  // usage: the same code CLI11 uses for bad flags
    case ErrorCode::kNotFound:
      return 3;
    case ErrorCode::kStorage:
    case ErrorCode::kIo:
      return 4;
    case ErrorCode::kInternal:
      return 70;
    default:
      return 1;  // the input was refused
  }
}

int report_error(const Error& error) {
  std::cerr << "haven: " << error.describe() << "\n";
  return exit_code(error.code);
}

std::optional<std::string> found_or_report(const Result<std::optional<std::string>>& document,
                                           const std::string& missing, int& exit) {
  if (!document) {
    exit = report_error(document.error());
    return std::nullopt;
  }
  if (!document->has_value()) {
    exit = report_error(Fail(ErrorCode::kNotFound, "id", missing));
    return std::nullopt;
  }
  return **document;
}

std::unique_ptr<Session> session_or_report(const GlobalOptions& options, int& exit) {
  auto session = open_session(options, false);
  if (!session) {
    exit = report_error(session.error());
    return nullptr;
  }
  return std::move(*session);
}

bool stderr_is_terminal() { return isatty(STDERR_FILENO) == 1; }

std::string with_commas(std::int64_t n) {
  std::string digits = std::to_string(n < 0 ? -n : n);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return n < 0 ? "-" + out : out;
}

Result<std::unique_ptr<Session>> open_session(const GlobalOptions& options, bool create,
                                              int readers) {
  auto session = std::make_unique<Session>();
  store::StoreOptions store_options;
  store_options.location = options.db;
  store_options.create_if_missing = create;
  store_options.read_connections = readers;
  auto store = store::Store::Open(store_options);
  if (!store) return store.error();
  session->store = std::move(*store);
  session->ledger = std::make_unique<ledger::Ledger>(*session->store, session->clock);
  return session;
}

}  // namespace haven::cli
