#include "store/sqlite/name_index.h"

namespace haven::store::sqlite {

Result<IndexedNames> indexed_names(Connection& db, Sealing& sealing, const std::string& person_id) {
  auto stmt = db.prepare("SELECT pos, search_text FROM persons WHERE person_id = ?");
  if (!stmt) return stmt.error();
  Statement& s = **stmt;
  s.bind(1, person_id);
  auto row = s.step();
  if (!row) return row.error();
  IndexedNames before;
  if (*row) before.pos = s.integer(0);
  // Text was written before sealing began, when nothing was indexed.
  if (*row && s.is_blob(1)) {
    before.key_id = keys::Keyring::key_id_of(s.blob(1));
    auto names = sealing.read(s, 1, context("persons.search_text", person_id));
    if (!names) {
      s.reset();
      return names.error();
    }
    before.names = std::move(*names);
  }
  s.reset();
  return before;
}

Status index_names(Connection& db, Sealing& sealing, std::int64_t pos, const IndexedNames& before,
                   const std::string& names) {
  const auto ring = sealing.ring();
  if (before.key_id == ring->active_id() && before.names == names) return Status::Ok();
  if (before.key_id != 0) {
    auto drop = db.prepare("DELETE FROM person_names WHERE token = ? AND pos = ?");
    if (!drop) return drop.error();
    for (std::int64_t token : name_digests(*ring, before.key_id, before.names)) {
      (*drop)->reset();
      (*drop)->bind(1, token);
      (*drop)->bind(2, pos);
      if (auto ok = (*drop)->run(); !ok) return ok;
    }
  }
  auto add = db.prepare("INSERT OR IGNORE INTO person_names (token, pos) VALUES (?, ?)");
  if (!add) return add.error();
  for (std::int64_t token : name_digests(*ring, ring->active_id(), names)) {
    (*add)->reset();
    (*add)->bind(1, token);
    (*add)->bind(2, pos);
    if (auto ok = (*add)->run(); !ok) return ok;
  }
  return Status::Ok();
}

}  // namespace haven::store::sqlite
