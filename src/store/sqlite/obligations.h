#pragma once
// Private to the store: the kept obligations (schema migration 3) and the settings, shared
// by read connections and the write batch.

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "haven/store/store.h"
#include "store/sqlite/connection.h"

namespace haven::store::sqlite {

Result<std::optional<std::string>> read_setting(Connection& db, const std::string& key);
Status replace_obligations(Connection& db, const std::string& owner,
                           const std::vector<ObligationRow>& rows);
// Deletes every kept obligation and the `obligations.*` settings that describe them.
Status clear_obligations(Connection& db);
Status for_each_obligation(Connection& db, const ObligationFilter& filter,
                           const std::function<bool(const ObligationRow&)>& visit);
Result<ObligationCounts> count_obligations(Connection& db, const std::string& rule, std::int64_t at,
                                           bool settled_too);
Result<std::int64_t> last_event_position(Connection& db);
Result<std::vector<std::string>> owners_written_after(Connection& db, std::int64_t after);
Result<std::vector<std::string>> owners_due_again(Connection& db, std::int64_t by);

}  // namespace haven::store::sqlite
