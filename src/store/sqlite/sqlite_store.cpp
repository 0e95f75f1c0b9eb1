#include "store/sqlite/sqlite_store.h"

#include <algorithm>
#include <filesystem>

#include "store/sqlite/accounts.h"
#include "store/sqlite/obligations.h"
#include "store/sqlite/queries.h"
#include "store/sqlite/reseal.h"
#include "store/sqlite/schema.h"

namespace haven::store::sqlite {
namespace {

Status configure(Connection& db, const StoreOptions& options, bool writer) {
  // WAL lets readers work while a batch writes; FULL makes an acknowledged write survive a
  // power cut; foreign keys let the database itself refuse events about unknown persons.
  std::string pragmas =
      "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 10000;"
      "PRAGMA cache_size = -" +
      std::to_string(writer ? options.write_cache_kib : options.cache_kib) + ";";
  // secure_delete: what a rotation re-seals or a rebuild replaces is overwritten, not left
  // in free pages for a copy of the file to reveal.
  if (writer) {
    pragmas += "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA secure_delete = ON;";
  }
  return db.exec(pragmas.c_str());
}

}  // namespace

Result<std::unique_ptr<Store>> SqliteStore::Open(const StoreOptions& options) {
  const bool present = std::filesystem::exists(options.location);
  if (!present && !options.create_if_missing) {
    return Fail(ErrorCode::kNotFound, "db",
                "no database at '" + options.location + "' (create one with `haven init`)");
  }
  std::unique_ptr<SqliteStore> store(new SqliteStore());
  auto writer = Connection::Open(options.location, false, options.create_if_missing);
  if (!writer) return writer.error();
  store->writer_ = std::move(*writer);
  if (auto ok = configure(*store->writer_, options, true); !ok) return ok.error();
  if (auto ok = migrate(*store->writer_); !ok) return ok.error();
  store->sealing_ = std::make_unique<Sealing>(options.keys);
  if (auto ok = store->check_keys(); !ok) return ok.error();
  for (int i = 0; i < options.read_connections; ++i) {
    auto reader = Connection::Open(options.location, true, false);
    if (!reader) return reader.error();
    if (auto ok = configure(**reader, options, false); !ok) return ok.error();
    store->idle_readers_.push_back(reader->get());
    store->readers_.push_back(std::move(*reader));
  }
  return std::unique_ptr<Store>(std::move(store));
}

// A value sealed when the database first met its keys: if the keys given do not open it,
// they are not this database's keys, and saying so beats failing on the first record read.
Status SqliteStore::check_keys() {
  auto stmt = writer_->prepare("SELECT value FROM settings WHERE key = 'keys.check'");
  if (!stmt) return stmt.error();
  auto row = (*stmt)->step();
  if (!row) return row.error();
  if (*row) {
    auto opened = sealing_->read(**stmt, 0, context("settings.value", kKeysCheck));
    (*stmt)->reset();
    if (!opened || *opened != kKeysCheck) {
      return Fail(ErrorCode::kForbidden, "key file",
                  "the keys given do not open this database: give the key file it was made "
                  "with (--key-file or HAVEN_KEY_FILE)");
    }
    return Status::Ok();
  }
  (*stmt)->reset();
  auto put = writer_->prepare("INSERT INTO settings (key, value) VALUES ('keys.check', ?)");
  if (!put) return put.error();
  sealing_->bind(**put, 1, kKeysCheck, context("settings.value", kKeysCheck));
  return (*put)->run();
}

SqliteStore::Lease::~Lease() {
  db_->end_reads();
  {
    std::lock_guard lock(store_.pool_mutex_);
    store_.idle_readers_.push_back(db_);
  }
  store_.pool_ready_.notify_one();
}

SqliteStore::Lease SqliteStore::lease() {
  std::unique_lock lock(pool_mutex_);
  pool_ready_.wait(lock, [this] { return !idle_readers_.empty(); });
  Connection* db = idle_readers_.back();
  idle_readers_.pop_back();
  return Lease(*this, db);
}

Result<bool> SqliteStore::has_person(const std::string& id) {
  return exists(*lease(), kHasPerson, id);
}
Result<bool> SqliteStore::has_incident(const std::string& id) {
  return exists(*lease(), kHasIncident, id);
}
Result<bool> SqliteStore::has_tracing_request(const std::string& id) {
  return exists(*lease(), kHasTracingRequest, id);
}
Result<bool> SqliteStore::has_provider(const std::string& id) {
  return exists(*lease(), kHasProvider, id);
}
Result<bool> SqliteStore::has_event(const std::string& id) {
  return exists(*lease(), kHasEvent, id);
}
Result<std::optional<std::string>> SqliteStore::referral_person(const std::string& id) {
  return sqlite::referral_person(*lease(), id);
}
Result<std::optional<std::string>> SqliteStore::case_person(const std::string& id) {
  return sqlite::case_person(*lease(), id);
}
Result<std::optional<EventSummary>> SqliteStore::event_summary(const std::string& id) {
  return sqlite::event_summary(*lease(), id);
}
Result<std::vector<domain::Event>> SqliteStore::events_of_person(const std::string& id) {
  return events_where(*lease(), *sealing_, kOfPerson, id);
}
Result<std::vector<domain::Event>> SqliteStore::events_of_subject(const std::string& subject) {
  return events_where(*lease(), *sealing_, kOfSubject, subject);
}

Result<std::optional<std::string>> SqliteStore::document(const char* table, const char* key_column,
                                                         const std::string& key) {
  auto db = lease();
  auto stmt =
      db->prepare(std::string("SELECT document FROM ") + table + " WHERE " + key_column + " = ?");
  if (!stmt) return stmt.error();
  (*stmt)->bind(1, key);
  auto row = (*stmt)->step();
  if (!row) return row.error();
  std::optional<std::string> doc;
  if (*row) {
    auto opened = sealing_->read(**stmt, 0, context(std::string(table) + ".document", key));
    if (!opened) {
      (*stmt)->reset();
      return opened.error();
    }
    doc = std::move(*opened);
  }
  (*stmt)->reset();
  return doc;
}

Result<std::optional<std::string>> SqliteStore::person_document(const std::string& id) {
  return document("persons", "person_id", id);
}
Result<std::optional<std::string>> SqliteStore::incident_document(const std::string& id) {
  return document("incidents", "incident_id", id);
}
Result<std::optional<std::string>> SqliteStore::tracing_document(const std::string& id) {
  return document("tracing_requests", "request_id", id);
}

Result<std::optional<std::string>> SqliteStore::case_document(const std::string& id) {
  return document("cases", "case_id", id);
}

Result<std::optional<std::string>> SqliteStore::provider_document(const std::string& id) {
  // The services directory is public by design, so it is not sealed.
  return one_text(*lease(), "SELECT document FROM providers WHERE provider_id = ?", id);
}

Result<std::optional<std::string>> SqliteStore::referral_document(const std::string& id) {
  return document("referral_views", "referral_id", id);
}

Result<std::vector<std::string>> SqliteStore::all_providers() {
  return strings("SELECT document FROM providers ORDER BY provider_id", "");
}

Result<std::vector<std::string>> SqliteStore::all_incidents() {
  auto db = lease();
  auto stmt = db->prepare("SELECT incident_id, document FROM incidents ORDER BY incident_id");
  if (!stmt) return stmt.error();
  return opened_column(**stmt, *sealing_, "incidents.document");
}

Result<std::vector<std::pair<std::string, std::string>>> SqliteStore::settings_with_prefix(
    const std::string& prefix) {
  auto db = lease();
  return sqlite::settings_with_prefix(*db, prefix);
}

Result<std::optional<UserRow>> SqliteStore::user(const std::string& name) {
  auto db = lease();
  return read_user(*db, name);
}

Result<std::optional<SessionRow>> SqliteStore::session(const std::string& token_digest) {
  auto db = lease();
  return read_session(*db, token_digest);
}

Result<std::optional<AuditRow>> SqliteStore::last_audit() {
  auto db = lease();
  return read_last_audit(*db, *sealing_);
}

Status SqliteStore::for_each_audit(const AuditQuery& query,
                                   const std::function<bool(const AuditRow&)>& visit) {
  auto db = lease();
  return visit_audit(*db, *sealing_, query, visit);
}

Result<std::vector<UserRow>> SqliteStore::users() {
  auto db = lease();
  return read_users(*db);
}

Result<std::vector<std::string>> SqliteStore::all_tracing_requests() {
  auto db = lease();
  auto stmt = db->prepare("SELECT request_id, document FROM tracing_requests ORDER BY request_id");
  if (!stmt) return stmt.error();
  return opened_column(**stmt, *sealing_, "tracing_requests.document");
}

Result<std::vector<std::string>> SqliteStore::find_referrals(const ReferralQuery& query) {
  std::string sql = "SELECT referral_id, document FROM referral_views WHERE 1";
  if (!query.provider_id.empty()) sql += " AND provider_id = ?1";
  if (!query.person_id.empty()) sql += " AND person_id = ?2";
  if (!query.status.empty()) sql += " AND status = ?3";
  if (!query.service.empty()) sql += " AND service = ?4";
  sql += " ORDER BY made_at, referral_id LIMIT ?5";
  auto db = lease();
  auto stmt = db->prepare(sql);
  if (!stmt) return stmt.error();
  Statement& s = **stmt;
  s.bind(1, query.provider_id);
  s.bind(2, query.person_id);
  s.bind(3, query.status);
  s.bind(4, query.service);
  s.bind(5, std::int64_t{query.limit});
  return opened_column(s, *sealing_, "referral_views.document");
}

Result<std::vector<std::string>> SqliteStore::find_cases(const CaseQuery& query) {
  // Numbered parameters, bound whether used or not; each filter adds its own term.
  std::string sql = "SELECT case_id, document FROM cases WHERE 1";
  if (!query.caseworker.empty()) sql += " AND caseworker = ?1";
  if (query.unassigned) sql += " AND caseworker = ''";
  if (!query.status.empty()) sql += " AND status = ?2";
  if (!query.risk.empty()) sql += " AND risk = ?3";
  if (!query.person_id.empty()) sql += " AND person_id = ?4";
  if (!query.action_due_before.empty()) {
    sql += " AND next_action_due IS NOT NULL AND next_action_due < ?5";
  }
  // Cases with the nearest open action first; those without any plan last.
  sql += " ORDER BY next_action_due IS NULL, next_action_due, case_id LIMIT ?6";
  auto db = lease();
  auto stmt = db->prepare(sql);
  if (!stmt) return stmt.error();
  Statement& s = **stmt;
  s.bind(1, query.caseworker);
  s.bind(2, query.status);
  s.bind(3, query.risk);
  s.bind(4, query.person_id);
  s.bind(5, query.action_due_before);
  s.bind(6, std::int64_t{query.limit});
  return opened_column(s, *sealing_, "cases.document");
}

Result<PersonPage> SqliteStore::find_persons(const PersonQuery& query) {
  // Names are found through their blind index (sealing.h): each search word must be a name
  // word or the start of one, or have the consonants of one, under any key of the ring (a
  // rotation may be under way).
  const auto ring = sealing_->ring();
  std::string any_key = "?";
  for (std::size_t k = 1; k < 2 * ring->keys().size(); ++k) any_key += ", ?";
  // The SQL shape depends only on which filters are set, so each shape is prepared once.
  std::string sql = "SELECT pos, person_id, document FROM persons WHERE pos > ?";
  for (std::size_t i = 0; i < query.name_tokens.size(); ++i) {
    sql += " AND pos IN (SELECT pos FROM person_names WHERE token IN (" + any_key + "))";
  }
  if (!query.nationality.empty()) sql += " AND nationalities LIKE ?";
  if (!query.migration_status.empty()) sql += " AND migration_status = ?";
  if (query.in_detention) sql += " AND in_detention = ?";
  sql += " ORDER BY pos LIMIT ?";
  auto db = lease();
  auto stmt = db->prepare(sql);
  if (!stmt) return stmt.error();
  Statement& s = **stmt;
  int at = 1;
  s.bind(at++, query.after);
  for (const auto& token : query.name_tokens) {
    for (std::int64_t digest : ring->blind_tokens_all_keys(token)) s.bind(at++, digest);
    // A word too short for a skeleton repeats its own digests (IN ignores duplicates).
    const std::string skeleton = skeleton_token(token);
    for (std::int64_t digest : ring->blind_tokens_all_keys(skeleton.empty() ? token : skeleton)) {
      s.bind(at++, digest);
    }
  }
  if (!query.nationality.empty()) s.bind(at++, "% " + query.nationality + " %");
  if (!query.migration_status.empty()) s.bind(at++, query.migration_status);
  if (query.in_detention) s.bind(at++, std::int64_t{*query.in_detention ? 1 : 0});
  s.bind(at++, std::int64_t{query.limit} + 1);
  PersonPage page;
  std::int64_t last = 0;
  for (;;) {
    auto row = s.step();
    if (!row) return row.error();
    if (!*row) break;
    if (static_cast<int>(page.documents.size()) == query.limit) {
      page.next_after = last;
      break;
    }
    last = s.integer(0);
    auto document = sealing_->read(s, 2, context("persons.document", s.text(1)));
    if (!document) {
      s.reset();
      return document.error();
    }
    page.documents.push_back(std::move(*document));
  }
  s.reset();
  return page;
}

Status SqliteStore::for_each_event(const std::function<bool(const domain::Event&)>& visit) {
  auto db = lease();
  auto stmt = db->prepare(std::string("SELECT ") + kEventColumns + " FROM events ORDER BY seq");
  if (!stmt) return stmt.error();
  for (;;) {
    auto row = (*stmt)->step();
    if (!row) return row.error();
    if (!*row) break;
    auto event = event_from_row(**stmt, *sealing_);
    if (!event) {
      (*stmt)->reset();
      return event.error();
    }
    if (!visit(*event)) break;
  }
  (*stmt)->reset();
  return Status::Ok();
}

Result<std::vector<std::string>> SqliteStore::strings(const std::string& sql,
                                                      const std::string& key) {
  auto db = lease();
  auto stmt = db->prepare(sql);
  if (!stmt) return stmt.error();
  if (!key.empty()) (*stmt)->bind(1, key);
  return first_column(**stmt);
}

Result<std::vector<std::string>> SqliteStore::person_ids_with_events() {
  return strings("SELECT person_id FROM registrations ORDER BY event_seq", "");
}

Result<std::vector<std::string>> SqliteStore::subjects_with_events(const std::string& prefix) {
  return strings(
      "SELECT subject FROM events WHERE subject IS NOT NULL AND substr(subject, 1, length(?1)) = "
      "?1 "
      "GROUP BY subject ORDER BY min(seq)",
      prefix);
}

Result<Counts> SqliteStore::counts() {
  auto db = lease();
  auto stmt = db->prepare(
      "SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM persons),"
      " (SELECT count(*) FROM incidents), (SELECT count(*) FROM tracing_requests)");
  if (!stmt) return stmt.error();
  auto row = (*stmt)->step();
  if (!row) return row.error();
  Counts counts{(*stmt)->integer(0), (*stmt)->integer(1), (*stmt)->integer(2), (*stmt)->integer(3)};
  (*stmt)->reset();
  return counts;
}

Result<std::string> SqliteStore::dump_projections() {
  // Each query gives a line's plain start, the row's key, and its sealed columns (which are
  // opened and joined on with spaces). Opened, not compared sealed: each seal differs.
  struct Part {
    const char* sql;
    std::vector<const char*> sealed;  // the sealed columns' names, after the key column
  };
  const std::vector<Part> parts = {
      {"SELECT 'person ' || person_id || ' ' || in_detention || ' ' || migration_status || ' '"
       " || nationalities, person_id, search_text, document FROM persons",
       {"persons.search_text", "persons.document"}},
      {"SELECT 'incident ' || incident_id || ' ' || category, incident_id, document"
       " FROM incidents",
       {"incidents.document"}},
      {"SELECT 'tracing ' || request_id, request_id, document FROM tracing_requests",
       {"tracing_requests.document"}},
      {"SELECT 'case ' || case_id || ' ' || person_id || ' ' || agency || ' ' || caseworker ||"
       " ' ' || status || ' ' || risk || ' ' || coalesce(next_action_due, '-'), case_id,"
       " document FROM cases",
       {"cases.document"}},
      {"SELECT 'provider ' || provider_id || ' ' || name || ' ' || document, provider_id"
       " FROM providers",
       {}},
      {"SELECT 'referral ' || referral_id || ' ' || person_id || ' ' || provider_id || ' ' ||"
       " service || ' ' || status || ' ' || made_at, referral_id, document FROM referral_views",
       {"referral_views.document"}},
  };
  std::vector<std::string> rows;
  auto db = lease();
  for (const auto& part : parts) {
    auto stmt = db->prepare(part.sql);
    if (!stmt) return stmt.error();
    Statement& s = **stmt;
    for (;;) {
      auto row = s.step();
      if (!row) return row.error();
      if (!*row) break;
      std::string line = s.text(0);
      const std::string key = s.text(1);
      for (std::size_t i = 0; i < part.sealed.size(); ++i) {
        auto value = sealing_->read(s, static_cast<int>(i) + 2, context(part.sealed[i], key));
        if (!value) {
          s.reset();
          return value.error();
        }
        line += " " + *value;
      }
      rows.push_back(std::move(line));
    }
    s.reset();
  }
  std::sort(rows.begin(), rows.end());
  std::string dump;
  for (const auto& row : rows) dump += row + "\n";
  return dump;
}

Result<std::optional<std::string>> SqliteStore::setting(const std::string& key) {
  auto db = lease();
  return read_setting(*db, key);
}

Result<std::int64_t> SqliteStore::last_event_position() {
  auto db = lease();
  return sqlite::last_event_position(*db);
}

Result<std::vector<std::string>> SqliteStore::owners_written_after(std::int64_t after) {
  auto db = lease();
  return sqlite::owners_written_after(*db, after);
}

Result<std::vector<std::string>> SqliteStore::owners_due_again(std::int64_t by) {
  auto db = lease();
  return sqlite::owners_due_again(*db, by);
}

Status SqliteStore::for_each_obligation(const ObligationFilter& filter,
                                        const std::function<bool(const ObligationRow&)>& visit) {
  auto db = lease();
  return sqlite::for_each_obligation(*db, filter, visit);
}

Result<ObligationCounts> SqliteStore::count_obligations(const std::string& rule, std::int64_t at,
                                                        bool settled_too) {
  auto db = lease();
  return sqlite::count_obligations(*db, rule, at, settled_too);
}

Result<ObligationsState> SqliteStore::obligations_state(const std::string& fingerprint_key,
                                                        const std::string& through_key) {
  auto db = lease();
  auto stmt = db->prepare(
      "SELECT (SELECT value FROM settings WHERE key = ?1), (SELECT value FROM settings WHERE"
      " key = ?2), (SELECT coalesce(max(seq), 0) FROM events), (SELECT min(due_at) FROM"
      " obligations WHERE open_ended = 1)");
  if (!stmt) return stmt.error();
  (*stmt)->bind(1, fingerprint_key);
  (*stmt)->bind(2, through_key);
  auto row = (*stmt)->step();
  if (!row) return row.error();
  ObligationsState state;
  if (!(*stmt)->is_null(0)) state.fingerprint = (*stmt)->text(0);
  if (!(*stmt)->is_null(1)) state.through = (*stmt)->text(1);
  state.last_event = (*stmt)->integer(2);
  if (!(*stmt)->is_null(3)) state.next_due_again = (*stmt)->integer(3);
  (*stmt)->reset();
  return state;
}

Result<std::int64_t> SqliteStore::rows_to_reseal() {
  auto db = lease();
  return count_unsealed(*db, *sealing_);
}

Result<int> SqliteStore::schema_version() {
  auto db = lease();
  auto stmt = db->prepare("PRAGMA user_version");
  if (!stmt) return stmt.error();
  auto row = (*stmt)->step();
  if (!row) return row.error();
  const int version = static_cast<int>((*stmt)->integer(0));
  (*stmt)->reset();
  return version;
}

}  // namespace haven::store::sqlite
