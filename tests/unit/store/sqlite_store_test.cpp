#include <gtest/gtest.h>
#include <sqlite3.h>

#include "support/temp_store.h"

namespace haven::store {
namespace {

using haven::testing::TempStore;

domain::Event event(const std::string& id, const std::string& type, const std::string& person) {
  domain::Event e;
  e.id = id;
  e.type = type;
  e.occurred_at = Timestamp{1'000'000};
  e.recorded_at = Timestamp{2'000'000};
  e.actor = "test";
  e.person_id = person;
  e.body = R"({"type":")" + type + R"("})";
  return e;
}

domain::PersonView person(const std::string& id, const std::string& names) {
  domain::PersonView v;
  v.person_id = id;
  v.search_text = names;
  v.nationalities = " SYR ";
  v.migration_status = "asylum_seeker";
  v.registered = true;
  v.document = R"({"person_id":")" + id + R"("})";
  return v;
}

std::string pragma(const std::string& path, const char* name) {
  sqlite3* db = nullptr;
  sqlite3_open(path.c_str(), &db);
  sqlite3_stmt* stmt = nullptr;
  sqlite3_prepare_v2(db, (std::string("PRAGMA ") + name).c_str(), -1, &stmt, nullptr);
  sqlite3_step(stmt);
  std::string value = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
  sqlite3_finalize(stmt);
  sqlite3_close(db);
  return value;
}

TEST(SqliteStore, CreatesTheSchemaInWalMode) {
  TempStore temp;
  EXPECT_EQ(*temp.store().schema_version(), 8);
  EXPECT_EQ(pragma(temp.path(), "journal_mode"), "wal");
}

TEST(SqliteStore, KeepsSettingsAcrossReopening) {
  TempStore temp;
  auto absent = temp.store().setting("profile.name");
  ASSERT_TRUE(absent.ok());
  EXPECT_FALSE(absent->has_value());
  {
    auto batch = temp.store().begin_write();
    ASSERT_TRUE(batch.ok());
    ASSERT_TRUE((*batch)->put_setting("profile.name", "spain").ok());
    ASSERT_TRUE((*batch)->put_setting("profile.name", "france").ok());
    ASSERT_TRUE((*batch)->commit().ok());
  }
  temp.close();
  StoreOptions options;
  options.location = temp.path();
  options.create_if_missing = false;
  options.keys = temp.keys();
  auto reopened = Store::Open(options);
  ASSERT_TRUE(reopened.ok());
  auto value = (*reopened)->setting("profile.name");
  ASSERT_TRUE(value.ok());
  EXPECT_EQ(value->value_or(""), "france");
}

TEST(SqliteStore, RefusesAMissingFileUnlessAskedToCreate) {
  StoreOptions options;
  options.location = "/nonexistent-folder/none.db";
  options.create_if_missing = false;
  options.keys = keys::KeySource::fixed(keys::Keyring::generate());
  auto store = Store::Open(options);
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.error().code, ErrorCode::kNotFound);
  EXPECT_NE(store.error().message.find("haven init"), std::string::npos);
}

TEST(SqliteStore, RefusesPostgresUntilItIsBuilt) {
  StoreOptions options;
  options.location = "postgresql://localhost/haven";
  options.keys = keys::KeySource::fixed(keys::Keyring::generate());
  EXPECT_FALSE(Store::Open(options).ok());
}

TEST(SqliteStore, CommitsAtomicallyAndRollsBackUncommittedBatches) {
  TempStore temp;
  {
    auto batch = temp.store().begin_write();
    ASSERT_TRUE(batch.ok());
    ASSERT_TRUE((*batch)->append(event("ev-1", "person.registered", "P-1")).ok());
    EXPECT_TRUE(*(*batch)->has_person("P-1"));      // the batch sees its own writes
    EXPECT_FALSE(*temp.store().has_person("P-1"));  // others do not, yet
  }                                                 // destroyed without commit
  EXPECT_FALSE(*temp.store().has_person("P-1"));
  EXPECT_EQ(temp.store().counts()->events, 0);

  auto batch = temp.store().begin_write();
  ASSERT_TRUE((*batch)->append(event("ev-1", "person.registered", "P-1")).ok());
  ASSERT_TRUE((*batch)->put_person(person("P-1", "amina yusuf")).ok());
  ASSERT_TRUE((*batch)->commit().ok());
  EXPECT_TRUE(*temp.store().has_person("P-1"));
  EXPECT_EQ(temp.store().events_of_person("P-1")->size(), 1u);
}

TEST(SqliteStore, ItsForeignKeysRefuseEventsAboutUnknownPersons) {
  TempStore temp;
  auto batch = temp.store().begin_write();
  ASSERT_TRUE((*batch)->append(event("ev-1", "consular.visited", "P-404")).ok());
  auto committed = (*batch)->commit();
  ASSERT_FALSE(committed.ok());
  EXPECT_EQ(committed.error().code, ErrorCode::kStorage);
}

TEST(SqliteStore, RefusesADuplicateEventId) {
  TempStore temp;
  auto batch = temp.store().begin_write();
  ASSERT_TRUE((*batch)->append(event("ev-1", "person.registered", "P-1")).ok());
  EXPECT_FALSE((*batch)->append(event("ev-1", "consular.visited", "P-1")).ok());
}

TEST(SqliteStore, PagesThroughPersonsWithFilters) {
  TempStore temp;
  auto batch = temp.store().begin_write();
  for (int i = 0; i < 25; ++i) {
    const std::string id = "P-" + std::to_string(i);
    ASSERT_TRUE((*batch)->append(event("ev-" + std::to_string(i), "person.registered", id)).ok());
    ASSERT_TRUE((*batch)->put_person(person(id, i % 2 ? "mohamed ali" : "selam tesfay")).ok());
  }
  ASSERT_TRUE((*batch)->commit().ok());
  PersonQuery query;
  query.name_tokens = {"mohamed"};
  query.limit = 5;
  int seen = 0;
  for (int page = 0; page < 10; ++page) {
    auto result = temp.store().find_persons(query);
    ASSERT_TRUE(result.ok());
    seen += static_cast<int>(result->documents.size());
    if (result->next_after == 0) break;
    query.after = result->next_after;
  }
  EXPECT_EQ(seen, 12);
  query = PersonQuery{};
  query.name_tokens = {"%"};  // a LIKE wildcard is matched literally
  EXPECT_TRUE(temp.store().find_persons(query)->documents.empty());
  query = PersonQuery{};
  query.nationality = "SY";  // a partial code is not a nationality
  EXPECT_TRUE(temp.store().find_persons(query)->documents.empty());
}

}  // namespace
}  // namespace haven::store
