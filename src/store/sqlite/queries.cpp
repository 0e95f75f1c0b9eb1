#include "store/sqlite/queries.h"

namespace haven::store::sqlite {

Result<domain::Event> event_from_row(const Statement& row, Sealing& sealing) {
  domain::Event event;
  event.id = row.text(0);
  event.type = row.text(1);
  event.occurred_at = Timestamp{row.integer(2)};
  event.recorded_at = Timestamp{row.integer(3)};
  event.actor = row.text(4);
  event.person_id = row.text(5);
  event.other_person_id = row.text(6);
  event.subject = row.text(7);
  auto body = sealing.read(row, 8, context("events.body", event.id));
  if (!body) return body.error();
  event.body = std::move(*body);
  return event;
}

Result<bool> exists(Connection& db, const std::string& sql, const std::string& key) {
  auto stmt = db.prepare(sql);
  if (!stmt) return stmt.error();
  (*stmt)->bind(1, key);
  auto row = (*stmt)->step();
  if (!row) return row.error();
  const bool found = *row;
  (*stmt)->reset();
  return found;
}

Result<std::optional<std::string>> one_text(Connection& db, const char* sql,
                                            const std::string& key) {
  auto stmt = db.prepare(sql);
  if (!stmt) return stmt.error();
  (*stmt)->bind(1, key);
  auto row = (*stmt)->step();
  if (!row) return row.error();
  std::optional<std::string> value;
  if (*row) value = (*stmt)->text(0);
  (*stmt)->reset();
  return value;
}

Result<std::optional<std::string>> referral_person(Connection& db, const std::string& referral_id) {
  return one_text(db, "SELECT person_id FROM referrals WHERE referral_id = ?", referral_id);
}

Result<std::vector<std::pair<std::string, std::string>>> settings_with_prefix(
    Connection& db, const std::string& prefix) {
  // substr rather than LIKE: a prefix may hold _ or %, which LIKE would take as patterns.
  auto stmt = db.prepare(
      "SELECT key, value FROM settings WHERE substr(key, 1, length(?1)) = ?1 ORDER BY key");
  if (!stmt) return stmt.error();
  Statement& s = **stmt;
  s.bind(1, prefix);
  std::vector<std::pair<std::string, std::string>> out;
  while (true) {
    auto row = s.step();
    if (!row) return row.error();
    if (!*row) break;
    out.emplace_back(s.text(0), s.text(1));
  }
  s.reset();
  return out;
}

Result<std::optional<std::string>> case_person(Connection& db, const std::string& case_id) {
  return one_text(db, "SELECT person_id FROM cases WHERE case_id = ?", case_id);
}

Result<std::optional<EventSummary>> event_summary(Connection& db, const std::string& event_id) {
  auto stmt =
      db.prepare("SELECT id, type, person_id, other_person_id, subject FROM events WHERE id = ?");
  if (!stmt) return stmt.error();
  (*stmt)->bind(1, event_id);
  auto row = (*stmt)->step();
  if (!row) return row.error();
  std::optional<EventSummary> summary;
  if (*row) {
    summary = EventSummary{(*stmt)->text(0), (*stmt)->text(1), (*stmt)->text(2), (*stmt)->text(3),
                           (*stmt)->text(4)};
  }
  (*stmt)->reset();
  return summary;
}

Result<std::vector<domain::Event>> events_where(Connection& db, Sealing& sealing,
                                                const std::string& where, const std::string& key) {
  auto stmt = db.prepare(std::string("SELECT ") + kEventColumns + " FROM events WHERE " + where +
                         " ORDER BY seq");
  if (!stmt) return stmt.error();
  (*stmt)->bind(1, key);
  std::vector<domain::Event> events;
  for (;;) {
    auto row = (*stmt)->step();
    if (!row) return row.error();
    if (!*row) break;
    auto event = event_from_row(**stmt, sealing);
    if (!event) {
      (*stmt)->reset();
      return event.error();
    }
    events.push_back(std::move(*event));
  }
  (*stmt)->reset();
  return events;
}

Result<std::vector<std::string>> first_column(Statement& stmt) {
  std::vector<std::string> out;
  for (;;) {
    auto row = stmt.step();
    if (!row) return row.error();
    if (!*row) break;
    out.push_back(stmt.text(0));
  }
  stmt.reset();
  return out;
}

Result<std::vector<std::string>> opened_column(Statement& stmt, Sealing& sealing,
                                               std::string_view column) {
  std::vector<std::string> out;
  for (;;) {
    auto row = stmt.step();
    if (!row) return row.error();
    if (!*row) break;
    auto value = sealing.read(stmt, 1, context(column, stmt.text(0)));
    if (!value) {
      stmt.reset();
      return value.error();
    }
    out.push_back(std::move(*value));
  }
  stmt.reset();
  return out;
}

}  // namespace haven::store::sqlite
