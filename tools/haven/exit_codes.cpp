#include <unistd.h>

#include <filesystem>
#include <iostream>

#include "cli.h"
#include "haven/audit/log.h"

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

Status log_cli_action(Session& session, const GlobalOptions& options, const std::string& action,
                      const std::string& target, const std::string& purpose,
                      const std::string& detail) {
  const char* user = std::getenv("USER");
  audit::Log log(*session.store, session.clock, audit::head_file_for(options.db));
  return log.append(audit::Entry{std::string("cli:") + (user != nullptr ? user : "unknown"), action,
                                 target, "cli", purpose.empty() ? options.purpose : purpose, detail,
                                 0});
}

bool logged_read(Session& session, const GlobalOptions& options, const std::string& target,
                 const std::string& detail, int& exit) {
  if (auto ok = log_cli_action(session, options, "read", target, "", detail); !ok) {
    exit = report_error(ok.error());
    return false;
  }
  return true;
}

std::string key_file_path(const GlobalOptions& options) {
  if (const char* key = std::getenv("HAVEN_KEY"); key != nullptr && *key != '\0') return "";
  return options.key_file.empty() ? options.db + ".keys" : options.key_file;
}

Result<std::shared_ptr<keys::KeySource>> open_keys(const GlobalOptions& options, bool create) {
  if (const char* key = std::getenv("HAVEN_KEY"); key != nullptr && *key != '\0') {
    auto ring = keys::Keyring::from_hex(key, "HAVEN_KEY");
    if (!ring) return ring.error();
    return keys::KeySource::fixed(std::move(*ring));
  }
  return keys::KeySource::from_file(key_file_path(options), create);
}

Result<std::unique_ptr<Session>> open_session(const GlobalOptions& options, bool create,
                                              int readers) {
  // `haven init` makes a key file when there is none; if the database turns out to have
  // other keys, the new file is removed again rather than left to mislead.
  if (!create && !options.db.starts_with("postgres") && !std::filesystem::exists(options.db)) {
    return Fail(ErrorCode::kNotFound, "db",
                "no database at '" + options.db + "' (create one with `haven init`)");
  }
  const std::string key_file = key_file_path(options);
  const bool new_key_file = create && !key_file.empty() && !std::filesystem::exists(key_file);
  auto keys = open_keys(options, create);
  if (!keys) return keys.error();
  auto session = std::make_unique<Session>();
  session->keys = *keys;
  store::StoreOptions store_options;
  store_options.keys = std::move(*keys);
  store_options.location = options.db;
  store_options.create_if_missing = create;
  store_options.read_connections = readers;
  auto store = store::Store::Open(store_options);
  if (!store) {
    std::error_code ignored;
    if (new_key_file) std::filesystem::remove(key_file, ignored);
    return store.error();
  }
  session->store = std::move(*store);
  session->ledger = std::make_unique<ledger::Ledger>(*session->store, session->clock);
  return session;
}

}  // namespace haven::cli
