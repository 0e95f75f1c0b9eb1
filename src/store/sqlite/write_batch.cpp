#include "store/sqlite/accounts.h"
#include "store/sqlite/name_index.h"
#include "store/sqlite/obligations.h"
#include "store/sqlite/queries.h"
#include "store/sqlite/reseal.h"
#include "store/sqlite/sqlite_store.h"

namespace haven::store::sqlite {

// An IMMEDIATE transaction on the writer connection, holding the store's write mutex until
// it is committed or destroyed.
class SqliteWriteBatch final : public WriteBatch {
 public:
  SqliteWriteBatch(SqliteStore& store, std::unique_lock<std::mutex> lock)
      : db_(*store.writer_), sealing_(*store.sealing_), lock_(std::move(lock)) {}
  ~SqliteWriteBatch() override {
    db_.end_reads();
    if (!done_) (void)db_.exec("ROLLBACK");
  }

  Status begin() {
    db_.end_reads();  // a snapshot left open would make BEGIN IMMEDIATE fail as "locked"
    if (auto ok = db_.exec("BEGIN IMMEDIATE"); !ok) return ok;
    // Inside the transaction, so that a rotation (keys.h) that finished re-sealing before
    // this batch began is sure to be seen: nothing is written under a key being retired.
    return sealing_.refresh();
  }

  Result<bool> has_person(const std::string& id) override { return exists(db_, kHasPerson, id); }
  Result<bool> has_incident(const std::string& id) override {
    return exists(db_, kHasIncident, id);
  }
  Result<bool> has_tracing_request(const std::string& id) override {
    return exists(db_, kHasTracingRequest, id);
  }
  Result<bool> has_provider(const std::string& id) override {
    return exists(db_, kHasProvider, id);
  }
  Result<bool> has_event(const std::string& id) override { return exists(db_, kHasEvent, id); }
  Result<std::optional<std::string>> referral_person(const std::string& id) override {
    return sqlite::referral_person(db_, id);
  }
  Result<std::optional<EventSummary>> event_summary(const std::string& id) override {
    return sqlite::event_summary(db_, id);
  }
  Result<std::vector<domain::Event>> events_of_person(const std::string& id) override {
    return events_where(db_, sealing_, kOfPerson, id);
  }
  Result<std::vector<domain::Event>> events_of_subject(const std::string& subject) override {
    return events_where(db_, sealing_, kOfSubject, subject);
  }

  Status append(const domain::Event& e) override {
    auto stmt = db_.prepare(std::string("INSERT INTO events (") + kEventColumns +
                            ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!stmt) return stmt.error();
    Statement& s = **stmt;
    s.bind(1, e.id);
    s.bind(2, e.type);
    s.bind(3, e.occurred_at.micros);
    s.bind(4, e.recorded_at.micros);
    s.bind(5, e.actor);
    s.bind_or_null(6, e.person_id);
    s.bind_or_null(7, e.other_person_id);
    s.bind_or_null(8, e.subject);
    sealing_.bind(s, 9, e.body, context("events.body", e.id));
    if (auto ok = s.run(); !ok) return ok;
    const std::int64_t seq = sqlite3_last_insert_rowid(db_.handle());
    if (e.type == "person.registered") {
      auto reg = db_.prepare("INSERT INTO registrations (person_id, event_seq) VALUES (?, ?)");
      if (!reg) return reg.error();
      (*reg)->bind(1, e.person_id);
      (*reg)->bind(2, seq);
      return (*reg)->run();
    }
    if (e.type == "referral.made") {
      auto ref =
          db_.prepare("INSERT INTO referrals (referral_id, person_id, event_seq) VALUES (?, ?, ?)");
      if (!ref) return ref.error();
      (*ref)->bind(1, std::string_view(e.subject).substr(std::string_view("referral:").size()));
      (*ref)->bind(2, e.person_id);
      (*ref)->bind(3, seq);
      return (*ref)->run();
    }
    return Status::Ok();
  }

  Status put_person(const domain::PersonView& v) override {
    auto before = indexed_names(db_, sealing_, v.person_id);
    if (!before) return before.error();
    auto stmt = db_.prepare(
        "INSERT INTO persons (person_id, search_text, nationalities, migration_status,"
        " in_detention, document) VALUES (?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (person_id) DO UPDATE SET search_text = excluded.search_text,"
        " nationalities = excluded.nationalities, migration_status = excluded.migration_status,"
        " in_detention = excluded.in_detention, document = excluded.document");
    if (!stmt) return stmt.error();
    Statement& s = **stmt;
    s.bind(1, v.person_id);
    sealing_.bind(s, 2, v.search_text, context("persons.search_text", v.person_id));
    s.bind(3, v.nationalities);
    s.bind(4, v.migration_status);
    s.bind(5, std::int64_t{v.in_detention ? 1 : 0});
    sealing_.bind(s, 6, v.document, context("persons.document", v.person_id));
    if (auto ok = s.run(); !ok) return ok;
    const std::int64_t pos =
        before->pos != 0 ? before->pos : sqlite3_last_insert_rowid(db_.handle());
    return index_names(db_, sealing_, pos, *before, v.search_text);
  }

  Status put_incident(const domain::RecordView& v) override {
    auto stmt = db_.prepare(
        "INSERT OR REPLACE INTO incidents (incident_id, category, document) VALUES (?, ?, ?)");
    if (!stmt) return stmt.error();
    (*stmt)->bind(1, v.id);
    (*stmt)->bind(2, v.kind);
    sealing_.bind(**stmt, 3, v.document, context("incidents.document", v.id));
    return (*stmt)->run();
  }

  Status put_tracing_request(const domain::RecordView& v) override {
    auto stmt =
        db_.prepare("INSERT OR REPLACE INTO tracing_requests (request_id, document) VALUES (?, ?)");
    if (!stmt) return stmt.error();
    (*stmt)->bind(1, v.id);
    sealing_.bind(**stmt, 2, v.document, context("tracing_requests.document", v.id));
    return (*stmt)->run();
  }

  Result<std::optional<std::string>> case_person(const std::string& id) override {
    return sqlite::case_person(db_, id);
  }

  Status put_case(const domain::CaseView& v) override {
    auto stmt = db_.prepare(
        "INSERT OR REPLACE INTO cases (case_id, person_id, agency, caseworker, status, risk,"
        " next_action_due, document) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    if (!stmt) return stmt.error();
    Statement& s = **stmt;
    s.bind(1, v.id);
    s.bind(2, v.person_id);
    s.bind(3, v.agency);
    s.bind(4, v.caseworker);
    s.bind(5, v.status);
    s.bind(6, v.risk);
    s.bind_or_null(7, v.next_action_due);
    sealing_.bind(s, 8, v.document, context("cases.document", v.id));
    return s.run();
  }

  Status put_provider(const domain::RecordView& v) override {
    auto stmt = db_.prepare(
        "INSERT OR REPLACE INTO providers (provider_id, name, document) VALUES (?, ?, ?)");
    if (!stmt) return stmt.error();
    (*stmt)->bind(1, v.id);
    (*stmt)->bind(2, v.kind);
    (*stmt)->bind(3, v.document);
    return (*stmt)->run();
  }

  Status put_referral(const domain::ReferralView& v) override {
    auto stmt = db_.prepare(
        "INSERT OR REPLACE INTO referral_views (referral_id, person_id, provider_id, service,"
        " status, made_at, document) VALUES (?, ?, ?, ?, ?, ?, ?)");
    if (!stmt) return stmt.error();
    Statement& s = **stmt;
    s.bind(1, v.id);
    s.bind(2, v.person_id);
    s.bind(3, v.provider_id);
    s.bind(4, v.service);
    s.bind(5, v.status);
    s.bind(6, v.made_at);
    sealing_.bind(s, 7, v.document, context("referral_views.document", v.id));
    return s.run();
  }

  Status put_setting(const std::string& key, const std::string& value) override {
    auto stmt = db_.prepare("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)");
    if (!stmt) return stmt.error();
    (*stmt)->bind(1, key);
    (*stmt)->bind(2, value);
    return (*stmt)->run();
  }

  Result<std::optional<std::string>> setting(const std::string& key) override {
    return read_setting(db_, key);
  }

  Result<std::vector<std::pair<std::string, std::string>>> settings_with_prefix(
      const std::string& prefix) override {
    return sqlite::settings_with_prefix(db_, prefix);
  }

  Result<std::optional<UserRow>> user(const std::string& name) override {
    return read_user(db_, name);
  }
  Result<std::optional<SessionRow>> session(const std::string& digest) override {
    return read_session(db_, digest);
  }
  Result<std::optional<AuditRow>> last_audit() override { return read_last_audit(db_, sealing_); }
  Status append_audit(const AuditRow& entry) override { return write_audit(db_, sealing_, entry); }
  Status put_user(const UserRow& user) override { return write_user(db_, user); }
  Status put_session(const SessionRow& session) override { return write_session(db_, session); }
  Status revoke_sessions(const std::string& user) override {
    return revoke_user_sessions(db_, user);
  }

  Status clear_projections() override {
    if (auto ok = sqlite::clear_obligations(db_); !ok) return ok;
    return db_.exec(
        "DELETE FROM persons; DELETE FROM person_names; DELETE FROM incidents;"
        " DELETE FROM tracing_requests;"
        " DELETE FROM cases; DELETE FROM providers; DELETE FROM referral_views;");
  }

  Status clear_obligations() override { return sqlite::clear_obligations(db_); }

  Status replace_obligations(const std::string& owner,
                             const std::vector<ObligationRow>& rows) override {
    return sqlite::replace_obligations(db_, owner, rows);
  }

  Status replace_event_body(const std::string& event_id, const std::string& body) override {
    auto stmt = db_.prepare("UPDATE events SET body = ? WHERE id = ?");
    if (!stmt) return stmt.error();
    sealing_.bind(**stmt, 1, body, context("events.body", event_id));
    (*stmt)->bind(2, event_id);
    return (*stmt)->run();
  }

  Result<std::int64_t> reseal(std::int64_t limit) override {
    return reseal_rows(db_, sealing_, limit);
  }

  Status commit() override {
    // Deferred foreign keys are checked here: an event about an unknown person fails the
    // whole batch even if a bug let it past the ledger's own checks.
    if (auto ok = db_.exec("COMMIT"); !ok) return ok;
    done_ = true;
    return Status::Ok();
  }

 private:
  Connection& db_;
  Sealing& sealing_;
  std::unique_lock<std::mutex> lock_;
  bool done_ = false;
};

Result<std::unique_ptr<WriteBatch>> SqliteStore::begin_write() {
  auto batch = std::make_unique<SqliteWriteBatch>(*this, std::unique_lock(write_mutex_));
  if (auto ok = batch->begin(); !ok) return ok.error();
  return std::unique_ptr<WriteBatch>(std::move(batch));
}

}  // namespace haven::store::sqlite
