#pragma once
// Private to the store: a thin RAII layer over one SQLite connection and its prepared
// statements. Not thread-safe: one thread uses a Connection at a time.

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

#include "haven/core/result.h"

namespace haven::store::sqlite {

// A prepared statement, reset and cleared for reuse when handed out again.
class Statement {
 public:
  explicit Statement(sqlite3_stmt* stmt) : stmt_(stmt) {}
  ~Statement() { sqlite3_finalize(stmt_); }
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  void reset();
  void bind(int index, std::string_view text);
  void bind(int index, std::int64_t value);
  void bind_null(int index);
  void bind_blob(int index, std::string_view bytes);
  // Binds text, or NULL when the text is empty.
  void bind_or_null(int index, std::string_view text);
  // Steps once: true when a row is ready, false when done; errors come back as kStorage.
  Result<bool> step();
  // Steps to completion, for statements that return no rows.
  Status run();

  std::string text(int column) const;
  std::int64_t integer(int column) const;
  bool is_null(int column) const;
  bool is_blob(int column) const;
  // The column's bytes, valid until the next step or reset.
  std::string_view blob(int column) const;

 private:
  sqlite3_stmt* stmt_;
};

class Connection {
 public:
  // Opens `path`; `read_only` connections never write, `create` makes the file when absent.
  static Result<std::unique_ptr<Connection>> Open(const std::string& path, bool read_only,
                                                  bool create);
  ~Connection();
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  // Runs SQL that returns no rows (one or several statements).
  Status exec(const char* sql);
  // A cached prepared statement for `sql`, reset and ready to bind. Owned by the connection.
  Result<Statement*> prepare(const std::string& sql);
  Error error(std::string_view doing) const;
  // Resets every statement still holding a row: an unfinished SELECT keeps the connection's
  // read snapshot open, so a reader would not see later writes and a writer would fail
  // with SQLITE_BUSY_SNAPSHOT ("database is locked") after another process wrote.
  void end_reads();
  sqlite3* handle() { return db_; }

 private:
  explicit Connection(sqlite3* db) : db_(db) {}
  sqlite3* db_;
  std::unordered_map<std::string, std::unique_ptr<Statement>> statements_;
};

}  // namespace haven::store::sqlite
