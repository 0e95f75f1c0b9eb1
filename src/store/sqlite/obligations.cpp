#include "store/sqlite/obligations.h"

#include <algorithm>

#include "store/sqlite/queries.h"

namespace haven::store::sqlite {
namespace {

constexpr const char* kColumns =
    "owner, rule, person_id, subject, opened_at, due_at, closed_at, closure, ok_from, open_ended,"
    " detail";

void bind_optional(Statement& s, int index, const std::optional<std::int64_t>& value) {
  if (value) {
    s.bind(index, *value);
  } else {
    s.bind_null(index);
  }
}

std::optional<std::int64_t> optional_integer(const Statement& s, int column) {
  if (s.is_null(column)) return std::nullopt;
  return s.integer(column);
}

// The statements that find what `filter` asks for. Without a person, alerts come from the
// two partial indexes (never settled in time; settled only after the moment), so that the
// rows long settled, most of the table, are never read.
std::vector<std::string> selections(const ObligationFilter& filter) {
  std::string rule = filter.rule.empty() ? "" : " AND rule = ?2";
  std::string unsettled = filter.settled_too ? "" : " AND (ok_from IS NULL OR ok_from > ?1)";
  std::string from = std::string("SELECT ") + kColumns + " FROM obligations WHERE ";
  if (!filter.person_id.empty()) {
    return {from + "person_id = ?3 AND opened_at <= ?1" + unsettled + rule};
  }
  if (filter.settled_too) return {from + "opened_at <= ?1" + rule};
  return {from + "ok_from IS NULL AND opened_at <= ?1" + rule,
          from + "ok_from IS NOT NULL AND ok_from > ?1 AND opened_at <= ?1" + rule};
}

}  // namespace

Result<std::optional<std::string>> read_setting(Connection& db, const std::string& key) {
  return one_text(db, "SELECT value FROM settings WHERE key = ?1", key);
}

Status replace_obligations(Connection& db, const std::string& owner,
                           const std::vector<ObligationRow>& rows) {
  auto drop = db.prepare("DELETE FROM obligations WHERE owner = ?1");
  if (!drop) return drop.error();
  (*drop)->bind(1, owner);
  if (auto ok = (*drop)->run(); !ok) return ok;
  auto insert = db.prepare(std::string("INSERT INTO obligations (") + kColumns +
                           ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  if (!insert) return insert.error();
  Statement& s = **insert;
  for (const auto& row : rows) {
    s.reset();
    s.bind(1, owner);
    s.bind(2, row.rule);
    s.bind(3, row.person_id);
    s.bind(4, row.subject);
    s.bind(5, row.opened_at);
    s.bind(6, row.due_at);
    bind_optional(s, 7, row.closed_at);
    s.bind(8, std::int64_t{row.closure});
    bind_optional(s, 9, row.ok_from);
    s.bind(10, std::int64_t{row.open_ended ? 1 : 0});
    s.bind(11, row.detail);
    if (auto ok = s.run(); !ok) return ok;
  }
  return Status::Ok();
}

Status clear_obligations(Connection& db) {
  return db.exec("DELETE FROM obligations; DELETE FROM settings WHERE key LIKE 'obligations.%';");
}

Status for_each_obligation(Connection& db, const ObligationFilter& filter,
                           const std::function<bool(const ObligationRow&)>& visit) {
  ObligationRow row;
  for (const auto& sql : selections(filter)) {
    auto stmt = db.prepare(sql);
    if (!stmt) return stmt.error();
    Statement& s = **stmt;
    s.bind(1, filter.opened_by);
    if (!filter.rule.empty()) s.bind(2, filter.rule);
    if (!filter.person_id.empty()) s.bind(3, filter.person_id);
    for (;;) {
      auto more = s.step();
      if (!more) return more.error();
      if (!*more) break;
      row.owner = s.text(0);
      row.rule = s.text(1);
      row.person_id = s.text(2);
      row.subject = s.text(3);
      row.opened_at = s.integer(4);
      row.due_at = s.integer(5);
      row.closed_at = optional_integer(s, 6);
      row.closure = static_cast<int>(s.integer(7));
      row.ok_from = optional_integer(s, 8);
      row.open_ended = s.integer(9) != 0;
      row.detail = s.text(10);
      if (!visit(row)) {
        s.reset();
        return Status::Ok();
      }
    }
    s.reset();
  }
  return Status::Ok();
}

Result<ObligationCounts> count_obligations(Connection& db, const std::string& rule, std::int64_t at,
                                           bool settled_too) {
  // Counted inside SQLite from the partial indexes alone: no row leaves the library.
  // Obligations never settled in time are open, or closed (late or failed) by `at`; those
  // settled in time after `at` are still open then.
  auto stmt = db.prepare(
      "SELECT coalesce(sum(closed_at IS NULL AND ?1 < due_at), 0),"
      " coalesce(sum(closed_at IS NULL AND due_at <= ?1), 0),"
      " coalesce(sum(closed_at IS NOT NULL AND closed_at > ?1 AND ?1 < due_at), 0),"
      " coalesce(sum(closed_at IS NOT NULL AND closed_at > ?1 AND due_at <= ?1), 0),"
      " coalesce(sum(closed_at IS NOT NULL AND closed_at <= ?1), 0)"
      " FROM obligations WHERE ok_from IS NULL AND rule = ?2 AND opened_at <= ?1");
  if (!stmt) return stmt.error();
  (*stmt)->bind(1, at);
  (*stmt)->bind(2, rule);
  auto row = (*stmt)->step();
  if (!row) return row.error();
  ObligationCounts counts;
  counts.open_before_due = (*stmt)->integer(0) + (*stmt)->integer(2);
  counts.open_after_due = (*stmt)->integer(1) + (*stmt)->integer(3);
  counts.closed_unsettled = (*stmt)->integer(4);
  (*stmt)->reset();
  auto later = db.prepare(
      "SELECT coalesce(sum(?1 < due_at), 0), coalesce(sum(due_at <= ?1), 0) FROM obligations"
      " WHERE ok_from IS NOT NULL AND rule = ?2 AND ok_from > ?1 AND opened_at <= ?1");
  if (!later) return later.error();
  (*later)->bind(1, at);
  (*later)->bind(2, rule);
  row = (*later)->step();
  if (!row) return row.error();
  counts.open_before_due += (*later)->integer(0);
  counts.open_after_due += (*later)->integer(1);
  (*later)->reset();
  if (!settled_too) return counts;
  auto settled = db.prepare(
      "SELECT count(*) FROM obligations WHERE ok_from IS NOT NULL AND rule = ?2 AND"
      " ok_from <= ?1 AND opened_at <= ?1");
  if (!settled) return settled.error();
  (*settled)->bind(1, at);
  (*settled)->bind(2, rule);
  row = (*settled)->step();
  if (!row) return row.error();
  counts.settled = (*settled)->integer(0);
  (*settled)->reset();
  return counts;
}

Result<std::int64_t> last_event_position(Connection& db) {
  auto stmt = db.prepare("SELECT coalesce(max(seq), 0) FROM events");
  if (!stmt) return stmt.error();
  auto row = (*stmt)->step();
  if (!row) return row.error();
  const std::int64_t position = (*stmt)->integer(0);
  (*stmt)->reset();
  return position;
}

namespace {

Result<std::vector<std::string>> owners(Connection& db, const char* sql, std::int64_t key) {
  auto stmt = db.prepare(sql);
  if (!stmt) return stmt.error();
  (*stmt)->bind(1, key);
  return first_column(**stmt);
}

}  // namespace

Result<std::vector<std::string>> owners_written_after(Connection& db, std::int64_t after) {
  return owners(db,
                "SELECT 'person:' || person_id FROM events WHERE seq > ?1 AND"
                " person_id IS NOT NULL"
                " UNION SELECT 'person:' || other_person_id FROM events WHERE seq > ?1 AND"
                " other_person_id IS NOT NULL"
                " UNION SELECT subject FROM events WHERE seq > ?1 AND subject IS NOT NULL",
                after);
}

Result<std::vector<std::string>> owners_due_again(Connection& db, std::int64_t by) {
  // Not DISTINCT: SQLite would then walk the index by owner, the whole table, rather than
  // the few rows of the partial index.
  auto found =
      owners(db, "SELECT owner FROM obligations WHERE open_ended = 1 AND due_at <= ?1", by);
  if (!found) return found.error();
  std::sort(found->begin(), found->end());
  found->erase(std::unique(found->begin(), found->end()), found->end());
  return found;
}

}  // namespace haven::store::sqlite
