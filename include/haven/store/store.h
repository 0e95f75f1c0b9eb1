#pragma once
// The Store: where the event log and its projections live. One interface, chosen once by
// `Store::Open` from the location (a SQLite file path now; a `postgresql://` URL later).
// Nothing outside src/store knows which back end it talks to.
//
// Thread-safety: a Store may be read from many threads at once. Writes go through one
// WriteBatch at a time (`begin_write` blocks while another batch is open).

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "haven/core/result.h"
#include "haven/domain/event.h"
#include "haven/domain/projection.h"

namespace haven::keys {
class KeySource;
}

namespace haven::store {

struct StoreOptions {
  // A SQLite file path (created when absent and `create_if_missing`).
  std::string location = "haven.db";
  // Create the database and its schema when absent; otherwise opening a missing one fails.
  bool create_if_missing = true;
  // Connections kept for concurrent readers (the HTTP server's threads).
  int read_connections = 8;
  // Page cache per read connection, in KiB; bounds memory whatever the database's size.
  int cache_kib = 16 * 1024;
  // Page cache of the one writing connection, in KiB. A big import is one transaction, and
  // pages that do not fit are spilled to the WAL and read back: a large cache keeps them in
  // memory. It is only filled as far as a batch needs.
  int write_cache_kib = 64 * 1024;
  // The keys sensitive columns are sealed with (keys/keyring.h); required. A database opened
  // with keys that are not its own is refused (kForbidden).
  std::shared_ptr<keys::KeySource> keys = {};
};

// What an `event.voided` needs to know of the event it cancels.
struct EventSummary {
  std::string id;
  std::string type;
  std::string person_id;
  std::string other_person_id;
  std::string subject;
};

// A filter on the person list.
struct PersonQuery {
  // Folded search tokens (see fold_for_search); each must occur in the person's names.
  std::vector<std::string> name_tokens;
  // ISO 3166-1 alpha-3, exact; empty for any.
  std::string nationality;
  // Migration status, exact; empty for any.
  std::string migration_status;
  // Only persons deprived of liberty now, when set.
  std::optional<bool> in_detention;
  // Page size, 1..1000.
  int limit = 50;
  // Continue after this position (from a previous page's `next_after`); 0 for the start.
  std::int64_t after = 0;
};

struct PersonPage {
  // Person documents (JSON objects), in registration order.
  std::vector<std::string> documents;
  // Position to continue from, or 0 when this was the last page.
  std::int64_t next_after = 0;
};

// An obligation a rule found (rules/obligation.h gives the meaning), as the store keeps it so
// that alerts "as of" a moment are a scan of a table rather than of the whole log. The
// store files and finds rows; only the rules module knows how to make them.
struct ObligationRow {
  // Whose events gave rise to it: `person:` and the person's id, or a record's subject
  // (`incident:INC-7`).
  std::string owner;
  std::string rule;
  std::string person_id;
  std::string subject;
  std::int64_t opened_at = 0;
  std::int64_t due_at = 0;
  std::optional<std::int64_t> closed_at;
  int closure = 0;
  // From this moment on the obligation is settled in time (its status is `ok` for good);
  // unset when it never is (still open, met late, failed).
  std::optional<std::int64_t> ok_from;
  // The last listed entry of a schedule that goes on (the next review of a detention still
  // going on): once it falls due, the owner's obligations must be listed further.
  bool open_ended = false;
  std::string detail;
};

// Which kept obligations to visit.
struct ObligationFilter {
  // Those opened at or before this moment (UTC microseconds)...
  std::int64_t opened_by = 0;
  // ...and not settled in time by it, unless `settled_too`.
  bool settled_too = false;
  // Only this rule / this person; empty for any.
  std::string rule;
  std::string person_id;
};

// Kept obligations of one rule opened by a moment T, counted by where T finds them.
struct ObligationCounts {
  std::int64_t open_before_due = 0;   // not closed by T, T before the deadline
  std::int64_t open_after_due = 0;    // not closed by T, deadline passed
  std::int64_t closed_unsettled = 0;  // closed by T, not in time (met late, failed)
  std::int64_t settled = 0;           // settled in time by T (ok_from <= T)
};

// What a reader needs to tell whether kept obligations are current, read in one go.
struct ObligationsState {
  // The values of the two settings asked for (the rules' fingerprint and last event kept).
  std::optional<std::string> fingerprint;
  std::optional<std::string> through;
  // The last event's position (0 for an empty log).
  std::int64_t last_event = 0;
  // The earliest due time of an open-ended obligation; unset when none.
  std::optional<std::int64_t> next_due_again;
};

// A filter on the case list; every field set must hold.
struct CaseQuery {
  std::string caseworker;
  // Only cases nobody is assigned to.
  bool unassigned = false;
  std::string status;
  std::string risk;
  std::string person_id;
  // Only cases with a plan action still to do that was due before this date (YYYY-MM-DD).
  std::string action_due_before;
  // Page size, 1..1000.
  int limit = 50;
};

// A filter on referrals; every field set must hold.
struct ReferralQuery {
  std::string provider_id;
  std::string person_id;
  // made, accepted, declined, completed or withdrawn.
  std::string status;
  std::string service;
  // Page size, 1..1000.
  int limit = 50;
};

// A user account (access/accounts.h gives the meaning). Only a password's Argon2id hash is
// kept, never the password.
struct UserRow {
  std::string name;
  std::string role;
  std::string agency;
  // Countries and facilities the user is limited to, as a JSON array; `[]` for no limit.
  std::string places = "[]";
  std::string password_hash;
  bool disabled = false;
  // The password was set by someone else (a first or reset one): change it at first sign-in.
  bool must_change_password = true;
  std::int64_t created_at = 0;  // UTC microseconds
  // For a consular officer, the State they represent (ISO 3166-1 alpha-3); else empty.
  std::string represents = {};
};

// A signed-in session or an API token. Only a digest of the token is kept, so a copy of the
// database gives no one a session.
struct SessionRow {
  std::string token_digest;
  std::string user;
  std::string kind;  // `cookie` (the web UI) or `bearer` (API clients and scripts)
  std::int64_t created_at = 0;
  std::int64_t expires_at = 0;
  bool revoked = false;
};

// One entry of the audit log (audit/log.h gives the meaning): who did what, when, from
// where and why, chained to the entry before it by `previous_hash`.
struct AuditRow {
  std::int64_t seq = 0;  // 1, 2, 3… in the order appended
  std::int64_t at = 0;   // UTC microseconds
  std::string user;      // who (a user name; `-` when no one signed in)
  std::string action;    // sign_in, sign_in_failed, sign_out, read, write, export…
  std::string target;    // what: the path read or written, the account signed in to
  std::string address;   // from where: the client's address, or `cli`
  std::string purpose;   // why, as the user gave it; may be empty
  std::string detail;    // the query, the events written, the outcome
  int status = 0;        // the HTTP status answered, or 0
  std::string previous_hash;
  std::string hash;
  // False when the sealed purpose and detail did not open (they were altered, or moved from
  // another entry): they are then empty, and verify reports the entry.
  bool opened = true;
};

// Which audit entries to read; empty fields and zeros do not filter.
struct AuditQuery {
  std::string user = {};
  std::string action = {};
  std::string target = {};  // entries whose target starts with this
  std::int64_t since = 0;   // at >= since
  std::int64_t until = 0;   // at < until
  std::int64_t after = 0;   // seq > after (paging)
  int limit = 0;            // 0: all
};

struct Counts {
  std::int64_t events = 0;
  std::int64_t persons = 0;
  std::int64_t incidents = 0;
  std::int64_t tracing_requests = 0;
};

// Look-ups shared by the store and an open write batch (which also sees its own writes).
class Reader {
 public:
  virtual ~Reader() = default;
  virtual Result<bool> has_person(const std::string& person_id) = 0;
  virtual Result<bool> has_incident(const std::string& incident_id) = 0;
  virtual Result<bool> has_tracing_request(const std::string& request_id) = 0;
  virtual Result<bool> has_provider(const std::string& provider_id) = 0;
  virtual Result<bool> has_event(const std::string& event_id) = 0;
  // The person a case is about; nullopt when no such case.
  virtual Result<std::optional<std::string>> case_person(const std::string& case_id) = 0;
  // The person a referral was made for; nullopt when no such referral.
  virtual Result<std::optional<std::string>> referral_person(const std::string& referral_id) = 0;
  virtual Result<std::optional<EventSummary>> event_summary(const std::string& event_id) = 0;
  // Every event concerning a person (as `person_id` or as the other person of a merge),
  // including voided ones and the voiding events, in recording order.
  virtual Result<std::vector<domain::Event>> events_of_person(const std::string& person_id) = 0;
  // Every event of a record (`incident:INC-7`, `tracing:TR-3`), in recording order.
  virtual Result<std::vector<domain::Event>> events_of_subject(const std::string& subject) = 0;
  // One of the installation's settings; nullopt when never set.
  virtual Result<std::optional<std::string>> setting(const std::string& key) = 0;
  // The settings whose keys start with `prefix`, as (key, value), by key.
  virtual Result<std::vector<std::pair<std::string, std::string>>> settings_with_prefix(
      const std::string& prefix) = 0;
  // A user account by name, and a session by its token's digest; nullopt when none.
  virtual Result<std::optional<UserRow>> user(const std::string& name) = 0;
  virtual Result<std::optional<SessionRow>> session(const std::string& token_digest) = 0;
  // The last entry of the audit log; nullopt when it is empty.
  virtual Result<std::optional<AuditRow>> last_audit() = 0;
};

// An open write transaction. Nothing it wrote is visible to others or durable until
// `commit`; destroying it uncommitted rolls everything back.
class WriteBatch : public Reader {
 public:
  virtual Status append(const domain::Event& event) = 0;
  virtual Status put_person(const domain::PersonView& view) = 0;
  virtual Status put_incident(const domain::RecordView& view) = 0;
  virtual Status put_tracing_request(const domain::RecordView& view) = 0;
  virtual Status put_case(const domain::CaseView& view) = 0;
  virtual Status put_provider(const domain::RecordView& view) = 0;
  virtual Status put_referral(const domain::ReferralView& view) = 0;
  // Empties every projection table (for a rebuild inside this batch), the kept obligations
  // and their `obligations.*` settings included.
  virtual Status clear_projections() = 0;
  // Deletes every kept obligation and the `obligations.*` settings.
  virtual Status clear_obligations() = 0;
  // Replaces every kept obligation of `owner` with `rows` (each row's owner is `owner`).
  virtual Status replace_obligations(const std::string& owner,
                                     const std::vector<ObligationRow>& rows) = 0;
  // Creates or replaces a user account; records a session; revokes every session of a user.
  virtual Status put_user(const UserRow& user) = 0;
  virtual Status put_session(const SessionRow& session) = 0;
  virtual Status revoke_sessions(const std::string& user) = 0;
  // Appends one entry to the audit log, with its seq and hashes already set.
  virtual Status append_audit(const AuditRow& entry) = 0;
  // Sets one of the installation's settings (`profile.name`, `profile.toml`).
  virtual Status put_setting(const std::string& key, const std::string& value) = 0;
  // Re-seals under the active key up to `limit` rows that an older key sealed (or that were
  // written before sealing began), re-indexing names as it goes; returns how many. 0 means
  // every row is under the active key (`haven keys rotate` runs this until then).
  virtual Result<std::int64_t> reseal(std::int64_t limit) = 0;
  // Replaces a recorded event's body: only for anonymising it when its retention period is
  // over (rights/retention.h), never to change what happened.
  virtual Status replace_event_body(const std::string& event_id, const std::string& body) = 0;
  virtual Status commit() = 0;
};

class Store : public Reader {
 public:
  static Result<std::unique_ptr<Store>> Open(const StoreOptions& options);

  virtual Result<std::unique_ptr<WriteBatch>> begin_write() = 0;

  // The projection document of a person, incident or tracing request; nullopt when absent.
  virtual Result<std::optional<std::string>> person_document(const std::string& person_id) = 0;
  virtual Result<std::optional<std::string>> incident_document(const std::string& id) = 0;
  virtual Result<std::optional<std::string>> tracing_document(const std::string& id) = 0;
  virtual Result<std::optional<std::string>> case_document(const std::string& id) = 0;
  virtual Result<std::optional<std::string>> provider_document(const std::string& id) = 0;
  virtual Result<std::optional<std::string>> referral_document(const std::string& id) = 0;
  // Every provider's document, by id (a directory is small: agencies filter it in memory).
  virtual Result<std::vector<std::string>> all_providers() = 0;
  // Referral documents matching `query`, oldest first.
  virtual Result<std::vector<std::string>> find_referrals(const ReferralQuery& query) = 0;
  // Tracing request and incident documents, by id.
  virtual Result<std::vector<std::string>> all_tracing_requests() = 0;
  virtual Result<std::vector<std::string>> all_incidents() = 0;
  // Case documents matching `query`, most urgent first: earliest open action due, then id.
  virtual Result<std::vector<std::string>> find_cases(const CaseQuery& query) = 0;
  virtual Result<PersonPage> find_persons(const PersonQuery& query) = 0;

  // Calls `visit` with every event in recording order; stops early when it returns false.
  virtual Status for_each_event(const std::function<bool(const domain::Event&)>& visit) = 0;
  // Ids of every person, incident and tracing request that has events.
  virtual Result<std::vector<std::string>> person_ids_with_events() = 0;
  // Subjects (`incident:…`, `tracing:…`) that start with `prefix` and have events.
  virtual Result<std::vector<std::string>> subjects_with_events(const std::string& prefix) = 0;
  virtual Result<Counts> counts() = 0;
  // Dumps every projection as "kind id document" lines, sorted: equal dumps mean equal state.
  virtual Result<std::string> dump_projections() = 0;
  // The position of the last event recorded (its `seq`); 0 for an empty log.
  virtual Result<std::int64_t> last_event_position() = 0;
  // The owners (`person:P-1`, `incident:…`, `tracing:…`, `referral:…`) with events recorded
  // after position `after`; a merge names both persons.
  virtual Result<std::vector<std::string>> owners_written_after(std::int64_t after) = 0;
  // Owners with an open-ended obligation (ObligationRow::open_ended) due at or before `by`.
  virtual Result<std::vector<std::string>> owners_due_again(std::int64_t by) = 0;
  // Calls `visit` with each kept obligation `filter` selects, in no particular order; stops
  // early when it returns false. Fastest one rule at a time: the indexes are by rule.
  virtual Status for_each_obligation(const ObligationFilter& filter,
                                     const std::function<bool(const ObligationRow&)>& visit) = 0;
  // The settings `fingerprint_key` and `through_key`, the last event's position and the next
  // open-ended due time, in one read: the check every alert read starts with.
  virtual Result<ObligationsState> obligations_state(const std::string& fingerprint_key,
                                                     const std::string& through_key) = 0;
  // The kept obligations of `rule` opened by `at`, counted without reading them one by one
  // (`settled` is counted only when `settled_too`).
  virtual Result<ObligationCounts> count_obligations(const std::string& rule, std::int64_t at,
                                                     bool settled_too) = 0;
  // Every user account, by name.
  virtual Result<std::vector<UserRow>> users() = 0;
  // Calls `visit` with each audit entry `query` selects, by seq; stops when it returns false.
  virtual Status for_each_audit(const AuditQuery& query,
                                const std::function<bool(const AuditRow&)>& visit) = 0;
  // How many rows are not sealed under the active key (what `reseal` has left to do).
  virtual Result<std::int64_t> rows_to_reseal() = 0;
  // The schema version this database is at.
  virtual Result<int> schema_version() = 0;
};

}  // namespace haven::store
