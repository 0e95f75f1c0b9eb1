#include "store/sqlite/accounts.h"

namespace haven::store::sqlite {
namespace {

constexpr const char* kUserColumns =
    "name, role, agency, places, password_hash, disabled, must_change_password, created_at,"
    " represents";

UserRow user_of(const Statement& s) {
  UserRow user;
  user.name = s.text(0);
  user.role = s.text(1);
  user.agency = s.text(2);
  user.places = s.text(3);
  user.password_hash = s.text(4);
  user.disabled = s.integer(5) != 0;
  user.must_change_password = s.integer(6) != 0;
  user.created_at = s.integer(7);
  user.represents = s.text(8);
  return user;
}

constexpr const char* kAuditColumns =
    "seq, at, user, action, target, address, purpose, detail, status, previous_hash, hash";

// An entry as stored. Its purpose and detail are sealed to its hash, so they do not open in
// another entry's place; an entry whose seals do not open is still returned (with
// `opened` false) for verify to report, not an error that would hide the rest of the log.
AuditRow audit_of(const Statement& s, Sealing& sealing) {
  AuditRow row{s.integer(0), s.integer(1), s.text(2),
               s.text(3),    s.text(4),    s.text(5),
               "",           "",           static_cast<int>(s.integer(8)),
               s.text(9),    s.text(10)};
  auto purpose = sealing.read(s, 6, context("audit_log.purpose", row.hash));
  auto detail = sealing.read(s, 7, context("audit_log.detail", row.hash));
  if (purpose && detail) {
    row.purpose = std::move(*purpose);
    row.detail = std::move(*detail);
  } else {
    row.opened = false;
  }
  return row;
}

}  // namespace

Result<std::optional<AuditRow>> read_last_audit(Connection& db, Sealing& sealing) {
  auto stmt = db.prepare(std::string("SELECT ") + kAuditColumns +
                         " FROM audit_log ORDER BY seq DESC LIMIT 1");
  if (!stmt) return stmt.error();
  auto row = (*stmt)->step();
  if (!row) return row.error();
  std::optional<AuditRow> entry;
  if (*row) entry = audit_of(**stmt, sealing);
  (*stmt)->reset();
  return entry;
}

Status write_audit(Connection& db, const Sealing& sealing, const AuditRow& entry) {
  auto stmt = db.prepare(std::string("INSERT INTO audit_log (") + kAuditColumns +
                         ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  if (!stmt) return stmt.error();
  Statement& s = **stmt;
  s.bind(1, entry.seq);
  s.bind(2, entry.at);
  s.bind(3, entry.user);
  s.bind(4, entry.action);
  s.bind(5, entry.target);
  s.bind(6, entry.address);
  sealing.bind(s, 7, entry.purpose, context("audit_log.purpose", entry.hash));
  sealing.bind(s, 8, entry.detail, context("audit_log.detail", entry.hash));
  s.bind(9, std::int64_t{entry.status});
  s.bind(10, entry.previous_hash);
  s.bind(11, entry.hash);
  return s.run();
}

Status visit_audit(Connection& db, Sealing& sealing, const AuditQuery& query,
                   const std::function<bool(const AuditRow&)>& visit) {
  // Each filter is always bound; an empty one matches everything.
  auto stmt = db.prepare(
      std::string("SELECT ") + kAuditColumns +
      " FROM audit_log WHERE seq > ?1 AND (?2 = '' OR user = ?2) AND (?3 = '' OR action = ?3)"
      " AND (?4 = '' OR substr(target, 1, length(?4)) = ?4) AND (?5 = 0 OR at >= ?5)"
      " AND (?6 = 0 OR at < ?6) ORDER BY seq LIMIT ?7");
  if (!stmt) return stmt.error();
  Statement& s = **stmt;
  s.bind(1, query.after);
  s.bind(2, query.user);
  s.bind(3, query.action);
  s.bind(4, query.target);
  s.bind(5, query.since);
  s.bind(6, query.until);
  s.bind(7, std::int64_t{query.limit > 0 ? query.limit : -1});
  while (true) {
    auto row = s.step();
    if (!row) return row.error();
    if (!*row || !visit(audit_of(s, sealing))) break;
  }
  s.reset();
  return Status::Ok();
}

Result<std::optional<UserRow>> read_user(Connection& db, const std::string& name) {
  auto stmt = db.prepare(std::string("SELECT ") + kUserColumns + " FROM users WHERE name = ?");
  if (!stmt) return stmt.error();
  (*stmt)->bind(1, name);
  auto row = (*stmt)->step();
  if (!row) return row.error();
  std::optional<UserRow> user;
  if (*row) user = user_of(**stmt);
  (*stmt)->reset();
  return user;
}

Result<std::vector<UserRow>> read_users(Connection& db) {
  auto stmt = db.prepare(std::string("SELECT ") + kUserColumns + " FROM users ORDER BY name");
  if (!stmt) return stmt.error();
  std::vector<UserRow> users;
  while (true) {
    auto row = (*stmt)->step();
    if (!row) return row.error();
    if (!*row) break;
    users.push_back(user_of(**stmt));
  }
  (*stmt)->reset();
  return users;
}

Result<std::optional<SessionRow>> read_session(Connection& db, const std::string& digest) {
  auto stmt = db.prepare(
      "SELECT token_digest, user, kind, created_at, expires_at, revoked FROM sessions"
      " WHERE token_digest = ?");
  if (!stmt) return stmt.error();
  Statement& s = **stmt;
  s.bind(1, digest);
  auto row = s.step();
  if (!row) return row.error();
  std::optional<SessionRow> session;
  if (*row) {
    session =
        SessionRow{s.text(0), s.text(1), s.text(2), s.integer(3), s.integer(4), s.integer(5) != 0};
  }
  s.reset();
  return session;
}

Status write_user(Connection& db, const UserRow& user) {
  auto stmt = db.prepare(std::string("INSERT OR REPLACE INTO users (") + kUserColumns +
                         ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
  if (!stmt) return stmt.error();
  Statement& s = **stmt;
  s.bind(1, user.name);
  s.bind(2, user.role);
  s.bind(3, user.agency);
  s.bind(4, user.places);
  s.bind(5, user.password_hash);
  s.bind(6, std::int64_t{user.disabled ? 1 : 0});
  s.bind(7, std::int64_t{user.must_change_password ? 1 : 0});
  s.bind(8, user.created_at);
  s.bind(9, user.represents);
  return s.run();
}

Status write_session(Connection& db, const SessionRow& session) {
  auto stmt = db.prepare(
      "INSERT OR REPLACE INTO sessions (token_digest, user, kind, created_at, expires_at,"
      " revoked) VALUES (?, ?, ?, ?, ?, ?)");
  if (!stmt) return stmt.error();
  Statement& s = **stmt;
  s.bind(1, session.token_digest);
  s.bind(2, session.user);
  s.bind(3, session.kind);
  s.bind(4, session.created_at);
  s.bind(5, session.expires_at);
  s.bind(6, std::int64_t{session.revoked ? 1 : 0});
  return s.run();
}

Status revoke_user_sessions(Connection& db, const std::string& user) {
  auto stmt = db.prepare("UPDATE sessions SET revoked = 1 WHERE user = ?");
  if (!stmt) return stmt.error();
  (*stmt)->bind(1, user);
  return (*stmt)->run();
}

}  // namespace haven::store::sqlite
