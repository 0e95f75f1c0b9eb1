#pragma once
// Private to the SQLite store: user accounts, sessions and the audit log, for the store and a write
// batch.

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "haven/store/store.h"
#include "store/sqlite/connection.h"
#include "store/sqlite/sealing.h"

namespace haven::store::sqlite {

Result<std::optional<UserRow>> read_user(Connection& db, const std::string& name);
Result<std::vector<UserRow>> read_users(Connection& db);
Result<std::optional<SessionRow>> read_session(Connection& db, const std::string& digest);
Status write_user(Connection& db, const UserRow& user);
Status write_session(Connection& db, const SessionRow& session);
Status revoke_user_sessions(Connection& db, const std::string& user);

// The audit log; an entry's purpose and detail are sealed (they may name whom a user
// searched for, or why).
Result<std::optional<AuditRow>> read_last_audit(Connection& db, Sealing& sealing);
Status write_audit(Connection& db, const Sealing& sealing, const AuditRow& entry);
Status visit_audit(Connection& db, Sealing& sealing, const AuditQuery& query,
                   const std::function<bool(const AuditRow&)>& visit);

}  // namespace haven::store::sqlite
