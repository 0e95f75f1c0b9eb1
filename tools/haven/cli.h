#pragma once
// The `haven` command line: one small file per command, sharing these helpers.

#include <memory>
#include <optional>
#include <string>

#include "haven/core/result.h"
#include "haven/core/time.h"
#include "haven/keys/keyring.h"
#include "haven/ledger/ledger.h"
#include "haven/store/store.h"

namespace haven::cli {

// Flags every command shares.
struct GlobalOptions {
  // SQLite file (or, later, a postgresql:// URL); from --db or HAVEN_DB.
  std::string db = "haven.db";
  // The file of encryption keys; from --key-file or HAVEN_KEY_FILE, else the database's path
  // with `.keys` added. HAVEN_KEY (64 hex digits) gives a key directly instead.
  std::string key_file;
  // `table` for people, `json` for programs.
  std::string format = "table";
  // Why records are read, for the audit log (--purpose or HAVEN_PURPOSE).
  std::string purpose;
};

// An open store and a ledger over it, with the system clock.
struct Session {
  SystemClock clock;
  // The keys the store seals with (a rotation replaces them through this).
  std::shared_ptr<keys::KeySource> keys;
  std::unique_ptr<store::Store> store;
  std::unique_ptr<ledger::Ledger> ledger;
};

// The keys the database is sealed with (see GlobalOptions::key_file); with `create`, a
// missing key file is made with a fresh key.
Result<std::shared_ptr<keys::KeySource>> open_keys(const GlobalOptions& options, bool create);
// The key file's path in use (empty when HAVEN_KEY gives the key).
std::string key_file_path(const GlobalOptions& options);

// Opens the database; with `create`, makes it (and its key file) when absent. `readers` read
// connections are kept for concurrent requests.
Result<std::unique_ptr<Session>> open_session(const GlobalOptions& options, bool create,
                                              int readers = 2);

// open_session for a command that reads an existing database; on failure reports it, sets
// `exit` and returns null.
std::unique_ptr<Session> session_or_report(const GlobalOptions& options, int& exit);

// Writes a command's action to the audit log as the Unix user running it (`cli:USER`, from
// `cli`): what leaves the database or changes how it is kept is logged like an API call.
// An empty `purpose` is the one given with --purpose.
Status log_cli_action(Session& session, const GlobalOptions& options, const std::string& action,
                      const std::string& target, const std::string& purpose,
                      const std::string& detail);

// Logs a read of people's records made on the command line (action `read`, the target
// named as the API would name it); false, with `exit` set, when the log cannot be written:
// nothing is shown that is not logged.
bool logged_read(Session& session, const GlobalOptions& options, const std::string& target,
                 const std::string& detail, int& exit);

// Exit code for an error (tools/haven/exit_codes.cpp): the one mapping for the CLI.
int exit_code(ErrorCode code);
// Prints "haven: <error>" to stderr and returns its exit code.
int report_error(const Error& error);

// The document a look-up found; otherwise reports the failure, or "not found" with
// `missing` (exit 3), sets `exit` and returns nullopt.
std::optional<std::string> found_or_report(const Result<std::optional<std::string>>& document,
                                           const std::string& missing, int& exit);

// True when stderr is a terminal a person is watching (progress bars go there).
bool stderr_is_terminal();
// Formats 1234567 as "1,234,567".
std::string with_commas(std::int64_t n);

}  // namespace haven::cli
