// Encryption at rest, as someone who copied the database file would meet it: the file (and
// its write-ahead log) holds none of the sensitive text recorded, names are still found
// through the blind index, other keys are refused, and a rotation re-seals everything.

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "haven/audit/log.h"
#include "support/temp_store.h"

namespace haven::store {
namespace {

using haven::testing::at;
using haven::testing::record_all;
using haven::testing::TempStore;

// Text that may appear only sealed: names in both scripts, a place, notes, an incident's
// description, a sought relative, a screening answer, a guardian, an audit purpose.
const std::vector<std::string> kSecrets = {
    "Zaynabqx",          "Haddadqx",         "زينب حداد",
    "Hidden-Camp-Alpha", "note-7731-beaten", "km-4471",
    "Yusufqx",           "Rosa-Requester",   "a_lot_of_difficulty",
    "Guardian-Qx",       "who-is-Zaynabqx",  "medical-history-qx",
    "legal-basis-qx"};

const std::vector<std::string> kEvents = {
    R"({"type":"person.registered","occurred_at":"2026-05-01T08:00:00Z","person_id":"P-1","given_name":"Zaynabqx","family_name":"Haddadqx","name_original":"زينب حداد","nationalities":["SYR"],"location":{"country":"GRC","place":"Hidden-Camp-Alpha"}})",
    R"({"type":"detention.started","occurred_at":"2026-05-02T08:00:00Z","person_id":"P-1","facility":"Moria","legal_basis":"legal-basis-qx"})",
    R"({"type":"guardian.appointed","occurred_at":"2026-05-02T09:00:00Z","person_id":"P-1","guardian":"Guardian-Qx"})",
    R"({"type":"screening.recorded","occurred_at":"2026-05-02T10:00:00Z","person_id":"P-1","form":"washington_group_short_set","answers":{"seeing":"no_difficulty","hearing":"no_difficulty","walking":"no_difficulty","cognition":"no_difficulty","self_care":"a_lot_of_difficulty","communication":"no_difficulty"}})",
    R"({"type":"case.opened","occurred_at":"2026-05-03T08:00:00Z","case_id":"C-1","person_id":"P-1","agency":"Shelter","reason":"medical-history-qx"})",
    R"({"type":"case.note_added","occurred_at":"2026-05-03T09:00:00Z","case_id":"C-1","note":"note-7731-beaten"})",
    R"({"type":"referral.made","occurred_at":"2026-05-03T10:00:00Z","referral_id":"R-1","person_id":"P-1","service":"medical","consent":true,"consent_by":"Guardian-Qx"})",
    R"({"type":"referral.accepted","occurred_at":"2026-05-03T11:00:00Z","referral_id":"R-1","note":"medical-history-qx"})",
    R"({"type":"incident.reported","occurred_at":"2026-05-04T08:00:00Z","incident_id":"INC-1","category":"extortion","victims":["P-1"],"description":"km-4471"})",
    R"({"type":"tracing.requested","occurred_at":"2026-05-04T09:00:00Z","request_id":"TR-1","sought":{"given_name":"Yusufqx"},"requester":"Rosa-Requester"})",
};

std::string file_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

// Everything on disk: the database, its write-ahead log and shared memory.
std::string raw_files(const TempStore& temp) {
  std::string all;
  for (const char* suffix : {"", "-wal", "-shm"}) all += file_bytes(temp.path() + suffix);
  return all;
}

class SealingTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto report = record_all(ledger_, kEvents);
    ASSERT_TRUE(report.errors.empty()) << report.errors.front().describe();
    audit::Log log(temp_.store(), clock_, audit::head_file_for(temp_.path()));
    ASSERT_TRUE(log.append(
        {"lucia", "read", "/api/v1/persons", "10.0.0.7", "who-is-Zaynabqx", "q=Zaynabqx", 200}));
  }

  std::vector<std::string> found(const std::string& text) {
    ledger::Ledger::Search search;
    search.text = text;
    auto page = ledger_.find_persons(search);
    EXPECT_TRUE(page.ok()) << page.error().describe();
    return page.ok() ? page->documents : std::vector<std::string>{};
  }

  TempStore temp_;
  FixedClock clock_{at("2026-06-01T00:00:00Z")};
  ledger::Ledger ledger_{temp_.store(), clock_};
};

TEST_F(SealingTest, ACopiedDatabaseFileRevealsNoSensitiveField) {
  const std::string raw = raw_files(temp_);
  ASSERT_GT(raw.size(), 4096u);
  // What is not sealed is still there: the check would see the secrets if they were.
  EXPECT_NE(raw.find("P-1"), std::string::npos);
  EXPECT_NE(raw.find("detention.started"), std::string::npos);
  for (const auto& secret : kSecrets) {
    EXPECT_EQ(raw.find(secret), std::string::npos) << secret << " is readable in the file";
  }
  // Nor in the lower-case, folded form the name search uses.
  EXPECT_EQ(raw.find("zaynabqx"), std::string::npos);
  EXPECT_EQ(raw.find("haddadqx"), std::string::npos);
}

TEST_F(SealingTest, NamesAreFoundThroughTheBlindIndexByWordAndByBeginning) {
  EXPECT_EQ(found("zaynabqx").size(), 1u);
  EXPECT_EQ(found("Zaynabqx Haddadqx").size(), 1u);
  EXPECT_EQ(found("ZAYN").size(), 1u);  // the start of a name, case folded
  EXPECT_EQ(found("زينب").size(), 1u);  // the name in its own script
  EXPECT_EQ(found("Zaynabqx Other").size(), 0u);
  EXPECT_EQ(found("aynab").size(), 0u);  // the middle of a word is not a beginning
  EXPECT_EQ(found("Za").size(), 0u);     // two letters are too few to index
}

TEST_F(SealingTest, ARenamedPersonIsFoundByTheNewNameOnly) {
  auto report = record_all(
      ledger_,
      {R"({"type":"person.updated","occurred_at":"2026-05-05T08:00:00Z","person_id":"P-1","given_name":"Miriam"})"});
  ASSERT_TRUE(report.errors.empty()) << report.errors.front().describe();
  EXPECT_EQ(found("Miriam").size(), 1u);
  EXPECT_EQ(found("Zaynabqx").size(), 0u);
  EXPECT_EQ(found("Haddadqx").size(), 1u);
}

TEST_F(SealingTest, OtherKeysAreRefusedWhenTheDatabaseOpens) {
  temp_.close();
  StoreOptions options;
  options.location = temp_.path();
  options.create_if_missing = false;
  options.keys = keys::KeySource::fixed(keys::Keyring::generate());
  auto opened = Store::Open(options);
  ASSERT_FALSE(opened.ok());
  EXPECT_EQ(opened.error().code, ErrorCode::kForbidden);
  EXPECT_NE(opened.error().message.find("do not open this database"), std::string::npos);
}

TEST_F(SealingTest, AValueMovedToAnotherRowDoesNotOpen) {
  auto other = record_all(
      ledger_,
      {R"({"type":"person.registered","occurred_at":"2026-05-01T08:00:00Z","person_id":"P-2","given_name":"Other"})"});
  ASSERT_TRUE(other.errors.empty());
  temp_.close();
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(temp_.path().c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db,
                         "UPDATE persons SET document = (SELECT document FROM persons WHERE"
                         " person_id = 'P-1') WHERE person_id = 'P-2'",
                         nullptr, nullptr, nullptr),
            SQLITE_OK);
  sqlite3_close(db);
  StoreOptions options;
  options.location = temp_.path();
  options.keys = temp_.keys();
  auto reopened = Store::Open(options);
  ASSERT_TRUE(reopened.ok());
  auto moved = (*reopened)->person_document("P-2");
  ASSERT_FALSE(moved.ok());
  EXPECT_NE(moved.error().message.find("moved from another row"), std::string::npos);
  EXPECT_TRUE((*reopened)->person_document("P-1").ok());
}

TEST_F(SealingTest, ARotationReSealsEverythingUnderTheNewKey) {
  auto before = temp_.store().dump_projections();
  ASSERT_TRUE(before.ok());
  // As `haven keys rotate` does: a new key first, beside the old one.
  const keys::Keyring old_ring = *temp_.keys()->current();
  const keys::Keyring both = old_ring.with_new_key();
  temp_.close();
  auto source = keys::KeySource::fixed(both);
  StoreOptions options;
  options.location = temp_.path();
  options.keys = source;
  auto store = Store::Open(options);
  ASSERT_TRUE(store.ok()) << store.error().describe();
  auto left = (*store)->rows_to_reseal();
  ASSERT_TRUE(left.ok());
  // Events, persons, the case, the referral, the incident, the tracing request, the audit
  // entry and the keys check.
  EXPECT_GE(*left, 15);
  std::int64_t total = 0;
  for (;;) {
    auto batch = (*store)->begin_write();
    ASSERT_TRUE(batch.ok());
    auto resealed = (*batch)->reseal(4);  // small steps, as a server keeps writing between
    ASSERT_TRUE(resealed.ok()) << resealed.error().describe();
    ASSERT_TRUE((*batch)->commit().ok());
    if (*resealed == 0) break;
    total += *resealed;
  }
  EXPECT_EQ(total, *left);
  EXPECT_EQ(*(*store)->rows_to_reseal(), 0);
  store->reset();

  // The old key retired: everything opens under the new one alone, and reads the same.
  options.keys = keys::KeySource::fixed(both.active_only());
  auto after = Store::Open(options);
  ASSERT_TRUE(after.ok()) << after.error().describe();
  EXPECT_EQ(*(*after)->dump_projections(), *before);
  ledger::Ledger ledger(**after, clock_);
  ledger::Ledger::Search search;
  search.text = "haddad";
  EXPECT_EQ(ledger.find_persons(search)->documents.size(), 1u);
  auto timeline = ledger.timeline("P-1");
  ASSERT_TRUE(timeline.ok()) << timeline.error().describe();
  EXPECT_EQ(timeline->size(), kEvents.size() - 2);  // the incident and tracing are not P-1's
  int audited = 0;
  ASSERT_TRUE((*after)->for_each_audit({}, [&](const AuditRow& row) {
    EXPECT_TRUE(row.opened);
    EXPECT_EQ(row.purpose, "who-is-Zaynabqx");
    ++audited;
    return true;
  }));
  EXPECT_EQ(audited, 1);
  // And the old key opens nothing any more.
  after->reset();
  options.keys = keys::KeySource::fixed(old_ring);
  EXPECT_FALSE(Store::Open(options).ok());
}

}  // namespace
}  // namespace haven::store
