#pragma once
// Private to the store: the look-ups shared by read connections and the write batch.

#include <optional>
#include <string>
#include <vector>

#include "haven/store/store.h"
#include "store/sqlite/connection.h"
#include "store/sqlite/sealing.h"

namespace haven::store::sqlite {

// Columns of `events` in the order event_from_row reads them.
inline constexpr const char* kEventColumns =
    "id, type, occurred_at, recorded_at, actor, person_id, other_person_id, subject, body";

// An event from a row of kEventColumns, its body opened.
Result<domain::Event> event_from_row(const Statement& row, Sealing& sealing);

// The first column of the row `sql` finds for `key` (its one parameter); nullopt when none.
Result<std::optional<std::string>> one_text(Connection& db, const char* sql,
                                            const std::string& key);
// Steps `stmt` (bound and ready) to the end, collecting its first column as text.
Result<std::vector<std::string>> first_column(Statement& stmt);
// Steps `stmt` (bound, selecting a key and a sealed column) to the end, collecting the
// second column opened; `column` names it for the seal's context ("cases.document").
Result<std::vector<std::string>> opened_column(Statement& stmt, Sealing& sealing,
                                               std::string_view column);

Result<bool> exists(Connection& db, const std::string& sql, const std::string& key);
Result<std::optional<std::string>> referral_person(Connection& db, const std::string& referral_id);
Result<std::optional<std::string>> case_person(Connection& db, const std::string& case_id);
Result<std::vector<std::pair<std::string, std::string>>> settings_with_prefix(
    Connection& db, const std::string& prefix);
Result<std::optional<EventSummary>> event_summary(Connection& db, const std::string& event_id);
Result<std::vector<domain::Event>> events_where(Connection& db, Sealing& sealing,
                                                const std::string& where, const std::string& key);

inline constexpr const char* kHasPerson = "SELECT 1 FROM registrations WHERE person_id = ?";
inline constexpr const char* kHasEvent = "SELECT 1 FROM events WHERE id = ?";
inline constexpr const char* kHasIncident =
    "SELECT 1 FROM events WHERE subject IS NOT NULL AND subject = 'incident:' || ? AND"
    " type = 'incident.reported'";
inline constexpr const char* kHasTracingRequest =
    "SELECT 1 FROM events WHERE subject IS NOT NULL AND subject = 'tracing:' || ? AND"
    " type = 'tracing.requested'";
inline constexpr const char* kHasProvider =
    "SELECT 1 FROM events WHERE subject IS NOT NULL AND subject = 'provider:' || ? AND"
    " type = 'provider.registered'";
// The `IS NOT NULL` terms let SQLite use the partial indexes.
inline constexpr const char* kOfPerson =
    "person_id = ?1 OR (other_person_id IS NOT NULL AND other_person_id = ?1)";
inline constexpr const char* kOfSubject = "subject IS NOT NULL AND subject = ?1";

}  // namespace haven::store::sqlite
