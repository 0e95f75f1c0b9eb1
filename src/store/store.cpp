#include "haven/store/store.h"

#include "store/sqlite/sqlite_store.h"

namespace haven::store {

Result<std::unique_ptr<Store>> Store::Open(const StoreOptions& options) {
  if (options.location.empty()) {
    return Fail(ErrorCode::kBadRequest, "db", "no database given (use --db PATH or HAVEN_DB)");
  }
  if (options.location.starts_with("postgresql://") ||
      options.location.starts_with("postgres://")) {
    return Fail(ErrorCode::kBadRequest, "db",
                "PostgreSQL is not supported by this version yet; use a SQLite file path");
  }
  if (options.read_connections < 1 || options.read_connections > 64) {
    return Fail(ErrorCode::kBadRequest, "read_connections", "must be between 1 and 64");
  }
  if (!options.keys) {
    return Fail(ErrorCode::kBadRequest, "key file",
                "no encryption keys given (--key-file or HAVEN_KEY_FILE)");
  }
  if (options.cache_kib < 0 || options.write_cache_kib < 0) {
    return Fail(ErrorCode::kBadRequest, "cache_kib", "must not be negative");
  }
  return sqlite::SqliteStore::Open(options);
}

}  // namespace haven::store
