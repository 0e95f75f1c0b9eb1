#pragma once
// Private to the store: the SQLite back end. One writer connection (guarded by a mutex held
// for the life of a WriteBatch) and a pool of read-only connections; WAL mode lets readers
// run while a batch writes.

#include <condition_variable>
#include <mutex>
#include <vector>

#include "haven/store/store.h"
#include "store/sqlite/connection.h"
#include "store/sqlite/sealing.h"

namespace haven::store::sqlite {

class SqliteStore final : public Store {
 public:
  static Result<std::unique_ptr<Store>> Open(const StoreOptions& options);

  Result<std::unique_ptr<WriteBatch>> begin_write() override;

  Result<bool> has_person(const std::string& person_id) override;
  Result<bool> has_incident(const std::string& incident_id) override;
  Result<bool> has_tracing_request(const std::string& request_id) override;
  Result<bool> has_provider(const std::string& provider_id) override;
  Result<bool> has_event(const std::string& event_id) override;
  Result<std::optional<std::string>> referral_person(const std::string& referral_id) override;
  Result<std::optional<EventSummary>> event_summary(const std::string& event_id) override;
  Result<std::vector<domain::Event>> events_of_person(const std::string& person_id) override;
  Result<std::vector<domain::Event>> events_of_subject(const std::string& subject) override;

  Result<std::optional<std::string>> person_document(const std::string& person_id) override;
  Result<std::optional<std::string>> incident_document(const std::string& id) override;
  Result<std::optional<std::string>> tracing_document(const std::string& id) override;
  Result<std::optional<std::string>> case_document(const std::string& id) override;
  Result<std::vector<std::string>> find_cases(const CaseQuery& query) override;
  Result<std::optional<std::string>> provider_document(const std::string& id) override;
  Result<std::optional<std::string>> referral_document(const std::string& id) override;
  Result<std::vector<std::string>> all_providers() override;
  Result<std::optional<UserRow>> user(const std::string& name) override;
  Result<std::optional<SessionRow>> session(const std::string& token_digest) override;
  Result<std::optional<AuditRow>> last_audit() override;
  Status for_each_audit(const AuditQuery& query,
                        const std::function<bool(const AuditRow&)>& visit) override;
  Result<std::vector<UserRow>> users() override;
  Result<std::vector<std::pair<std::string, std::string>>> settings_with_prefix(
      const std::string& prefix) override;
  Result<std::vector<std::string>> all_tracing_requests() override;
  Result<std::vector<std::string>> all_incidents() override;
  Result<std::vector<std::string>> find_referrals(const ReferralQuery& query) override;
  Result<std::optional<std::string>> case_person(const std::string& case_id) override;
  Result<PersonPage> find_persons(const PersonQuery& query) override;
  Status for_each_event(const std::function<bool(const domain::Event&)>& visit) override;
  Result<std::vector<std::string>> person_ids_with_events() override;
  Result<std::vector<std::string>> subjects_with_events(const std::string& prefix) override;
  Result<Counts> counts() override;
  Result<std::string> dump_projections() override;
  Result<std::optional<std::string>> setting(const std::string& key) override;
  Result<std::int64_t> last_event_position() override;
  Result<std::vector<std::string>> owners_written_after(std::int64_t after) override;
  Result<std::vector<std::string>> owners_due_again(std::int64_t by) override;
  Status for_each_obligation(const ObligationFilter& filter,
                             const std::function<bool(const ObligationRow&)>& visit) override;
  Result<ObligationCounts> count_obligations(const std::string& rule, std::int64_t at,
                                             bool settled_too) override;
  Result<ObligationsState> obligations_state(const std::string& fingerprint_key,
                                             const std::string& through_key) override;
  Result<std::int64_t> rows_to_reseal() override;
  Result<int> schema_version() override;

 private:
  // A read connection borrowed from the pool for one call; returned on destruction.
  class Lease {
   public:
    Lease(SqliteStore& store, Connection* db) : store_(store), db_(db) {}
    ~Lease();
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    Connection& operator*() { return *db_; }
    Connection* operator->() { return db_; }

   private:
    SqliteStore& store_;
    Connection* db_;
  };
  friend class Lease;
  friend class SqliteWriteBatch;

  SqliteStore() = default;
  Lease lease();
  Result<std::optional<std::string>> document(const char* table, const char* key_column,
                                              const std::string& key);
  Status check_keys();
  Result<std::vector<std::string>> strings(const std::string& sql, const std::string& key);

  std::unique_ptr<Sealing> sealing_;
  std::unique_ptr<Connection> writer_;
  std::mutex write_mutex_;
  std::vector<std::unique_ptr<Connection>> readers_;
  std::vector<Connection*> idle_readers_;
  std::mutex pool_mutex_;
  std::condition_variable pool_ready_;
};

}  // namespace haven::store::sqlite
