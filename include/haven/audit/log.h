#pragma once
// The audit log (issue 6): every sign-in (and failed one), every read of a person's record,
// every write and every export, with who, when, what, from where and why. Entries are
// chained: each carries the BLAKE2b hash of its content and of the entry before it, and the
// hash of the last entry (the chain head) is also written to a file beside the database, so
// that `verify` finds an entry edited, deleted, inserted or moved, and a log cut short or
// rewritten whole.
//
// Thread-safety: append and verify may be called from any thread.

#include <condition_variable>
#include <cstdint>
#include <filesystem>
#include <mutex>
#include <string>
#include <vector>

#include "haven/core/result.h"
#include "haven/core/time.h"
#include "haven/store/store.h"

namespace haven::audit {

struct Entry {
  std::string user;     // `-` when no one is signed in
  std::string action;   // sign_in, sign_in_failed, sign_out, read, write, export…
  std::string target;   // the path read or written, or the account signed in to
  std::string address;  // the client's address, or `cli`
  std::string purpose;  // why, as the user gave it
  std::string detail;   // the query, what was written, the outcome
  int status = 0;       // the HTTP status answered, or 0
};

// One thing verify found wrong, at the entry where it shows.
struct Finding {
  std::int64_t seq = 0;
  std::string message;
};

struct Verification {
  std::int64_t entries = 0;
  bool head_file_kept = false;
  std::vector<Finding> findings;
  bool intact() const { return findings.empty(); }
};

// The hash an entry must carry: BLAKE2b-256 (hex) of its previous_hash and its content.
std::string entry_hash(const store::AuditRow& row);

// Where the chain head of the database at `location` is kept: `<location>.audit-head`;
// empty for an in-memory database.
std::filesystem::path head_file_for(const std::string& location);

class Log {
 public:
  // `head_file` empty: no head file is kept (in-memory databases).
  Log(store::Store& store, const Clock& clock, std::filesystem::path head_file);

  // Appends one entry, chained to the last, and writes the new head to the head file;
  // returns once the entry is committed. Calls from many threads are committed together
  // (group commit): one caller writes every entry waiting, in one transaction, so that
  // reads logged one by one do not each wait for their own disk flush.
  Status append(const Entry& entry);
  // Walks the whole chain and compares its end with the head file.
  Result<Verification> verify();

 private:
  struct Pending;
  // Writes `batch` in one transaction after the last entry, then the head file.
  Status write(const std::vector<Pending*>& batch);

  store::Store& store_;
  const Clock& clock_;
  std::filesystem::path head_file_;
  // Guards queue_ and busy_: one writer (or verifier) at a time, so that the head file
  // follows the chain.
  std::mutex mutex_;
  std::condition_variable done_;
  std::vector<Pending*> queue_;
  bool busy_ = false;
};

}  // namespace haven::audit
