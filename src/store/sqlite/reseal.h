#pragma once
// Private to the store: re-sealing under the active key what an older key sealed, or what
// was written before sealing began — the work of `haven keys rotate`, a slice at a time so
// that a server keeps serving between slices.

#include <cstdint>

#include "haven/core/result.h"
#include "store/sqlite/connection.h"
#include "store/sqlite/sealing.h"

namespace haven::store::sqlite {

// Rows whose sealed columns are not all under the active key.
Result<std::int64_t> count_unsealed(Connection& db, const Sealing& sealing);

// Re-seals up to `limit` such rows inside the open write transaction on `db` (and re-indexes
// persons' names); returns how many. 0 means every row is under the active key.
Result<std::int64_t> reseal_rows(Connection& db, Sealing& sealing, std::int64_t limit);

}  // namespace haven::store::sqlite
