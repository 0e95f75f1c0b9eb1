#pragma once
// Private to the store: the SQLite schema and its migrations.

#include "haven/core/result.h"
#include "store/sqlite/connection.h"

namespace haven::store::sqlite {

// The version a fully migrated database reports (PRAGMA user_version).
int latest_schema_version();

// Brings the database up to the latest version, one numbered migration at a time, each in
// its own transaction. A database newer than this binary is refused, not touched.
Status migrate(Connection& db);

}  // namespace haven::store::sqlite
