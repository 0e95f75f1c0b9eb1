#include "store/sqlite/reseal.h"

#include <optional>
#include <string>
#include <vector>

#include "store/sqlite/name_index.h"

namespace haven::store::sqlite {
namespace {

// A table with sealed columns: the column that keys a row, the one that names it in the
// seals' context, the sealed columns, and which rows hold them.
struct SealedTable {
  const char* table;
  const char* key;
  const char* context_key;
  std::vector<const char*> columns;
  const char* rows = "1";
};

const std::vector<SealedTable>& sealed_tables() {
  static const std::vector<SealedTable> kTables = {
      {"settings", "key", "key", {"value"}, "key = 'keys.check'"},
      {"persons", "person_id", "person_id", {"search_text", "document"}},
      {"events", "id", "id", {"body"}},
      {"cases", "case_id", "case_id", {"document"}},
      {"referral_views", "referral_id", "referral_id", {"document"}},
      {"incidents", "incident_id", "incident_id", {"document"}},
      {"tracing_requests", "request_id", "request_id", {"document"}},
      {"audit_log", "seq", "hash", {"purpose", "detail"}},
  };
  return kTables;
}

// The header of values sealed under the active key (keys::Keyring::header_of), bound as ?1.
std::string active_header(const Sealing& sealing) {
  return keys::Keyring::header_of(sealing.ring()->active_id());
}

// Rows of `t` with a sealed column in text (never sealed) or not starting with ?1, the
// active key's header.
std::string stale_rows(const SealedTable& t) {
  const std::string length = std::to_string(keys::Keyring::header_of(0).size());
  std::string where = std::string("(") + t.rows + ") AND (0";
  for (const char* column : t.columns) {
    where += std::string(" OR typeof(") + column + ") = 'text' OR substr(" + column + ", 1, " +
             length + ") != ?1";
  }
  return where + ")";
}

std::string column_context(const SealedTable& t, const char* column, const std::string& key) {
  return context(std::string(t.table) + "." + column, key);
}

// Re-seals the rows of `t` that need it, up to `limit`; returns how many.
Result<std::int64_t> reseal_table(Connection& db, Sealing& sealing, const SealedTable& t,
                                  std::int64_t limit) {
  std::string select = std::string("SELECT ") + t.key + ", " + t.context_key;
  for (const char* column : t.columns) select += std::string(", ") + column;
  select += std::string(" FROM ") + t.table + " WHERE " + stale_rows(t) + " LIMIT ?2";
  auto stmt = db.prepare(select);
  if (!stmt) return stmt.error();
  Statement& s = **stmt;
  s.bind_blob(1, active_header(sealing));
  s.bind(2, limit);
  struct Row {
    std::string key;
    std::string context_key;
    std::vector<std::string> values;
  };
  std::vector<Row> rows;
  for (;;) {
    auto row = s.step();
    if (!row) return row.error();
    if (!*row) break;
    std::string key = s.text(0);
    const std::string context_key = s.text(1);
    std::vector<std::string> values;
    for (std::size_t i = 0; i < t.columns.size(); ++i) {
      auto value =
          sealing.read(s, static_cast<int>(i) + 2, column_context(t, t.columns[i], context_key));
      if (!value) {
        s.reset();
        return value.error();
      }
      values.push_back(std::move(*value));
    }
    rows.push_back({std::move(key), context_key, std::move(values)});
  }
  s.reset();

  std::string update = std::string("UPDATE ") + t.table + " SET ";
  for (std::size_t i = 0; i < t.columns.size(); ++i) {
    update += std::string(i > 0 ? ", " : "") + t.columns[i] + " = ?" + std::to_string(i + 2);
  }
  update += std::string(" WHERE ") + t.key + " = ?1";
  const bool persons = std::string(t.table) == "persons";
  for (const auto& [key, context_key, values] : rows) {
    std::optional<IndexedNames> before;
    if (persons) {
      auto names = indexed_names(db, sealing, key);
      if (!names) return names.error();
      before = std::move(*names);
    }
    auto put = db.prepare(update);
    if (!put) return put.error();
    (*put)->bind(1, key);
    for (std::size_t i = 0; i < t.columns.size(); ++i) {
      sealing.bind(**put, static_cast<int>(i) + 2, values[i],
                   column_context(t, t.columns[i], context_key));
    }
    if (auto ok = (*put)->run(); !ok) return ok.error();
    // A person's names are indexed under the key that sealed them: index them afresh.
    if (persons) {
      if (auto ok = index_names(db, sealing, before->pos, *before, values[0]); !ok) {
        return ok.error();
      }
    }
  }
  return static_cast<std::int64_t>(rows.size());
}

}  // namespace

Result<std::int64_t> count_unsealed(Connection& db, const Sealing& sealing) {
  std::int64_t total = 0;
  for (const auto& t : sealed_tables()) {
    auto stmt =
        db.prepare(std::string("SELECT count(*) FROM ") + t.table + " WHERE " + stale_rows(t));
    if (!stmt) return stmt.error();
    (*stmt)->bind_blob(1, active_header(sealing));
    auto row = (*stmt)->step();
    if (!row) return row.error();
    total += (*stmt)->integer(0);
    (*stmt)->reset();
  }
  return total;
}

Result<std::int64_t> reseal_rows(Connection& db, Sealing& sealing, std::int64_t limit) {
  std::int64_t done = 0;
  for (const auto& t : sealed_tables()) {
    if (done >= limit) break;
    auto resealed = reseal_table(db, sealing, t, limit - done);
    if (!resealed) return resealed.error();
    done += *resealed;
  }
  return done;
}

}  // namespace haven::store::sqlite
