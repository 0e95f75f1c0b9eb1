#include "store/sqlite/schema.h"

#include <array>
#include <string>

namespace haven::store::sqlite {
namespace {

// Migrations, in order; migration i brings the schema to version i + 1. Never edit a
// published migration: add a new one.
constexpr std::array<const char*, 8> kMigrations = {
    // 1: the event log, the integrity indexes derived from it, and the projections.
    R"sql(
CREATE TABLE events (
  seq INTEGER PRIMARY KEY,           -- recording order
  id TEXT NOT NULL UNIQUE,
  type TEXT NOT NULL,
  occurred_at INTEGER NOT NULL,      -- UTC microseconds
  recorded_at INTEGER NOT NULL,      -- UTC microseconds
  actor TEXT NOT NULL,
  person_id TEXT REFERENCES registrations(person_id) DEFERRABLE INITIALLY DEFERRED,
  other_person_id TEXT,              -- `into` of a merge (checked by the ledger)
  subject TEXT,                      -- referral:…, incident:…, tracing:…
  body TEXT NOT NULL                 -- canonical JSON of the event's own fields
);
-- A plain index on person_id: SQLite's foreign-key checks only use plain indexes on the
-- child column, and without one each registration would scan the whole log. The other two
-- are partial, since most events have neither, and every index entry costs on import.
CREATE INDEX events_by_person ON events(person_id);
CREATE INDEX events_by_other_person ON events(other_person_id) WHERE other_person_id IS NOT NULL;
CREATE INDEX events_by_subject ON events(subject) WHERE subject IS NOT NULL;

-- Integrity indexes: written with the events that create them, never rebuilt, so the
-- database itself refuses an event about a person or referral that does not exist.
CREATE TABLE registrations (
  person_id TEXT PRIMARY KEY,
  event_seq INTEGER NOT NULL        -- the registering event, for rebuild order
) WITHOUT ROWID;
CREATE TABLE referrals (
  referral_id TEXT PRIMARY KEY,
  person_id TEXT NOT NULL REFERENCES registrations(person_id) DEFERRABLE INITIALLY DEFERRED,
  event_seq INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX referrals_by_person ON referrals(person_id);

-- Projections: derived from the log, rebuilt by `haven rebuild`.
CREATE TABLE persons (
  pos INTEGER PRIMARY KEY,           -- listing order (registration order)
  person_id TEXT NOT NULL UNIQUE,
  search_text TEXT NOT NULL,
  nationalities TEXT NOT NULL,
  migration_status TEXT NOT NULL,
  in_detention INTEGER NOT NULL,
  document TEXT NOT NULL
);
CREATE INDEX persons_by_status ON persons(migration_status);
CREATE TABLE incidents (
  incident_id TEXT PRIMARY KEY,
  category TEXT NOT NULL,
  document TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE tracing_requests (
  request_id TEXT PRIMARY KEY,
  document TEXT NOT NULL
) WITHOUT ROWID;
)sql",
    // 2: the installation's settings (its jurisdiction profile, fixed by `haven init`).
    R"sql(
CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;
)sql",
    // 3: the obligations the rules found, kept so that alerts as of any moment are a scan of
    // one table (rules/current.h keeps them up to date).
    R"sql(
CREATE TABLE obligations (
  owner TEXT NOT NULL,               -- person id, or `incident:…`
  rule TEXT NOT NULL,
  person_id TEXT NOT NULL,
  subject TEXT NOT NULL,
  opened_at INTEGER NOT NULL,        -- UTC microseconds
  due_at INTEGER NOT NULL,
  closed_at INTEGER,
  closure INTEGER NOT NULL,
  ok_from INTEGER,                   -- settled in time from then on; NULL: never
  open_ended INTEGER NOT NULL,
  detail TEXT NOT NULL
);
CREATE INDEX obligations_by_owner ON obligations(owner);
CREATE INDEX obligations_by_person ON obligations(person_id);
-- Alerts as of T, rule by rule: rows opened by T that are never settled in time, and rows
-- settled in time only after T. Both indexes cover what a status needs (ok_from too, or
-- SQLite would read it from the table to check the WHERE), so counting never reads the table.
CREATE INDEX obligations_unsettled ON obligations(rule, opened_at, due_at, closed_at, closure,
  ok_from) WHERE ok_from IS NULL;
CREATE INDEX obligations_settled ON obligations(rule, ok_from, opened_at, due_at, closed_at,
  closure) WHERE ok_from IS NOT NULL;
CREATE INDEX obligations_open_ended ON obligations(due_at) WHERE open_ended = 1;
)sql",
    // 4: protection cases (domain::CaseFold), with the columns their work lists filter on.
    R"sql(
CREATE TABLE cases (
  case_id TEXT PRIMARY KEY,
  person_id TEXT NOT NULL,
  agency TEXT NOT NULL,
  caseworker TEXT NOT NULL,          -- '' while unassigned
  status TEXT NOT NULL,
  risk TEXT NOT NULL,                -- '' until a level is set
  next_action_due TEXT,              -- YYYY-MM-DD of the earliest open plan action
  document TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX cases_by_caseworker ON cases(caseworker, status);
CREATE INDEX cases_by_person ON cases(person_id);
CREATE INDEX cases_by_action_due ON cases(next_action_due) WHERE next_action_due IS NOT NULL;
)sql",
    // 5: the services directory and referrals to it, with the columns a provider's work list
    // filters on.
    R"sql(
CREATE TABLE providers (
  provider_id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  document TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE referral_views (
  referral_id TEXT PRIMARY KEY,
  person_id TEXT NOT NULL,
  provider_id TEXT NOT NULL,         -- '' when the provider is named only in words
  service TEXT NOT NULL,
  status TEXT NOT NULL,
  document TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX referral_views_by_provider ON referral_views(provider_id, status);
CREATE INDEX referral_views_by_person ON referral_views(person_id);
)sql",
    // 6: user accounts and their sessions (access/accounts.h). Never the password or the
    // token itself: an Argon2id hash, a BLAKE2b digest.
    R"sql(
CREATE TABLE users (
  name TEXT PRIMARY KEY,
  role TEXT NOT NULL,
  agency TEXT NOT NULL,
  places TEXT NOT NULL,              -- JSON array of countries and facilities; [] for any
  password_hash TEXT NOT NULL,
  disabled INTEGER NOT NULL,
  must_change_password INTEGER NOT NULL,
  created_at INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE sessions (
  token_digest TEXT PRIMARY KEY,
  user TEXT NOT NULL REFERENCES users(name),
  kind TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  revoked INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX sessions_by_user ON sessions(user);
)sql",
    // 7: the audit log (audit/log.h): append-only, each entry chained to the one before by
    // a BLAKE2b hash. Kept as a rowid table: seq is the order of appending. And the State a
    // consular officer represents (access/views.h).
    R"sql(
ALTER TABLE users ADD COLUMN represents TEXT NOT NULL DEFAULT '';
CREATE TABLE audit_log (
  seq INTEGER PRIMARY KEY,
  at INTEGER NOT NULL,
  user TEXT NOT NULL,
  action TEXT NOT NULL,
  target TEXT NOT NULL,
  address TEXT NOT NULL,
  purpose TEXT NOT NULL,
  detail TEXT NOT NULL,
  status INTEGER NOT NULL,
  previous_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);
CREATE INDEX audit_log_by_user ON audit_log(user, seq);
CREATE INDEX audit_log_by_target ON audit_log(target, seq);
)sql",
    // 8: encryption at rest (keys/keyring.h). Sealed columns hold blobs from now on (text
    // written before stays readable until `haven keys rotate` seals it). Name search moves
    // from persons.search_text, now sealed, to a blind index of keyed digests; referrals are
    // ordered by a column of their own instead of a look inside their sealed document.
    R"sql(
CREATE TABLE person_names (
  token INTEGER NOT NULL,            -- keyed digest of a name word or a start of one
  pos INTEGER NOT NULL,              -- persons.pos
  PRIMARY KEY (token, pos)
) WITHOUT ROWID;
ALTER TABLE referral_views ADD COLUMN made_at TEXT NOT NULL DEFAULT '';
)sql",
};

Result<int> user_version(Connection& db) {
  auto stmt = db.prepare("PRAGMA user_version");
  if (!stmt) return stmt.error();
  auto row = (*stmt)->step();
  if (!row) return row.error();
  return static_cast<int>((*stmt)->integer(0));
}

}  // namespace

int latest_schema_version() { return static_cast<int>(kMigrations.size()); }

Status migrate(Connection& db) {
  auto version = user_version(db);
  if (!version) return version.error();
  if (*version > latest_schema_version()) {
    return Fail(ErrorCode::kStorage, "",
                "the database is at schema version " + std::to_string(*version) +
                    ", newer than this haven (" + std::to_string(latest_schema_version()) +
                    "): upgrade haven");
  }
  for (int v = *version; v < latest_schema_version(); ++v) {
    const std::string sql = std::string("BEGIN IMMEDIATE;") + kMigrations[v] +
                            "PRAGMA user_version = " + std::to_string(v + 1) + "; COMMIT;";
    if (auto ok = db.exec(sql.c_str()); !ok) {
      (void)db.exec("ROLLBACK");
      return ok;
    }
  }
  return Status::Ok();
}

}  // namespace haven::store::sqlite
