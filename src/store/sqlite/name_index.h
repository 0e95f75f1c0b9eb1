#pragma once
// Private to the store: the blind index of persons' names (table person_names, schema 8),
// kept in step with each person's sealed search_text.

#include <cstdint>
#include <string>

#include "haven/core/result.h"
#include "store/sqlite/connection.h"
#include "store/sqlite/sealing.h"

namespace haven::store::sqlite {

// A person's row as it stands before a write: where it is, and the names its index entries
// were made from, under which key (0: none were made).
struct IndexedNames {
  std::int64_t pos = 0;  // 0: no row yet
  std::string names;
  std::uint32_t key_id = 0;
};

Result<IndexedNames> indexed_names(Connection& db, Sealing& sealing, const std::string& person_id);

// Brings the index of the person at `pos` from `before` to `names` under the active key;
// nothing to do when neither changed (most events leave names alone).
Status index_names(Connection& db, Sealing& sealing, std::int64_t pos, const IndexedNames& before,
                   const std::string& names);

}  // namespace haven::store::sqlite
