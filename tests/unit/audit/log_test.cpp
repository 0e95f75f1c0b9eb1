// The audit chain: appended entries verify, and every kind of tampering done straight to the
// database file — edit, delete, insert, reorder, truncate, rewrite — is found and named.

#include "haven/audit/log.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <atomic>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "support/temp_store.h"

namespace haven::audit {
namespace {

using haven::testing::TempStore;

class AuditLogTest : public ::testing::Test {
 protected:
  void SetUp() override {
    for (int i = 1; i <= 5; ++i) {
      Entry entry{"lucia",    "read",        "/api/v1/persons/P-" + std::to_string(i),
                  "10.0.0.7", "case review", "",
                  200};
      ASSERT_TRUE(log_.append(entry));
    }
  }

  // Runs SQL on the database file as someone with the file but not Haven would.
  void tamper(const std::string& sql) {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(temp_.path().c_str(), &db), SQLITE_OK);
    char* message = nullptr;
    const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &message);
    EXPECT_EQ(rc, SQLITE_OK) << (message ? message : "");
    sqlite3_free(message);
    sqlite3_close(db);
  }

  // The findings of verify, one per line, for assertions on their wording.
  std::string findings() {
    auto verified = log_.verify();
    EXPECT_TRUE(verified.ok());
    std::string text;
    for (const auto& f : verified->findings) {
      text += std::to_string(f.seq) + ": " + f.message + "\n";
    }
    return text;
  }

  TempStore temp_;
  FixedClock clock_{Timestamp{1'780'000'000'000'000}};
  Log log_{temp_.store(), clock_, head_file_for(temp_.path())};
};

TEST_F(AuditLogTest, AnUntouchedLogVerifies) {
  auto verified = log_.verify();
  ASSERT_TRUE(verified.ok());
  EXPECT_EQ(verified->entries, 5);
  EXPECT_TRUE(verified->head_file_kept);
  EXPECT_TRUE(verified->intact()) << findings();
}

TEST_F(AuditLogTest, AnEditedEntryIsNamed) {
  tamper("UPDATE audit_log SET user = 'someone' WHERE seq = 3");
  EXPECT_EQ(findings(), "3: entry 3 was edited: its content no longer matches its hash\n");
}

TEST_F(AuditLogTest, AnEditWithItsHashRecomputedBreaksTheChainAfterIt) {
  // Whoever edits entry 3 and gives it a fitting hash still leaves entry 4 pointing at the
  // old one; and without the key they cannot seal its purpose and detail to the new hash.
  store::AuditRow row;
  auto visited =
      temp_.store().for_each_audit({.after = 2, .limit = 1}, [&](const store::AuditRow& r) {
        row = r;
        return false;
      });
  ASSERT_TRUE(visited);
  row.target = "/api/v1/persons/P-99";
  tamper("UPDATE audit_log SET target = '" + row.target + "', hash = '" + entry_hash(row) +
         "' WHERE seq = 3");
  EXPECT_EQ(findings(),
            "3: entry 3 was edited: its sealed purpose and detail do not open in it\n"
            "4: entry 4 does not follow entry 3: an entry was inserted, removed or moved here\n");
}

TEST_F(AuditLogTest, ADeletedEntryIsNamed) {
  tamper("DELETE FROM audit_log WHERE seq = 2");
  EXPECT_EQ(findings(), "3: entry 2 missing: deleted from the log\n");
}

TEST_F(AuditLogTest, AnInsertedEntryIsFound) {
  // Entries 3.. moved up one to make room, and a made-up entry put in at 3 whose hash fits
  // what it claims to follow.
  tamper(
      "UPDATE audit_log SET seq = seq + 100 WHERE seq >= 3;"
      "UPDATE audit_log SET seq = seq - 99 WHERE seq >= 100;");
  store::AuditRow second;
  auto visited =
      temp_.store().for_each_audit({.after = 1, .limit = 1}, [&](const store::AuditRow& r) {
        second = r;
        return false;
      });
  ASSERT_TRUE(visited);
  store::AuditRow forged = second;
  forged.seq = 3;
  forged.user = "intruder";
  forged.previous_hash = second.hash;
  forged.hash = entry_hash(forged);
  tamper("INSERT INTO audit_log VALUES (3, " + std::to_string(forged.at) +
         ", 'intruder', 'read', '" + forged.target + "', '10.0.0.7', 'case review', '', 200, '" +
         forged.previous_hash + "', '" + forged.hash + "')");
  const std::string found = findings();
  EXPECT_NE(found.find("4: entry 4 does not follow entry 3"), std::string::npos) << found;
  EXPECT_NE(found.find("added after the head file's last entry"), std::string::npos) << found;
}

TEST_F(AuditLogTest, ReorderedEntriesAreFound) {
  tamper(
      "UPDATE audit_log SET seq = 100 WHERE seq = 2; UPDATE audit_log SET seq = 2 WHERE seq = 3;"
      "UPDATE audit_log SET seq = 3 WHERE seq = 100;");
  const std::string found = findings();
  EXPECT_NE(found.find("2: entry 2 does not follow entry 1"), std::string::npos) << found;
}

TEST_F(AuditLogTest, ALogCutShortIsFoundThroughTheHeadFile) {
  tamper("DELETE FROM audit_log WHERE seq >= 4");
  EXPECT_EQ(findings(),
            "4: the log ends at entry 3 but the head file records 5: entries 4 to 5 removed from "
            "the end\n");
}

TEST_F(AuditLogTest, ALogRewrittenWholeIsFoundThroughTheHeadFile) {
  // Every hash recomputed after an edit: the chain holds, the head file does not agree (and
  // the seals, bound to the old hash, no longer open).
  tamper("UPDATE audit_log SET user = 'someone' WHERE seq = 5");
  store::AuditRow last;
  auto visited = temp_.store().for_each_audit({.after = 4}, [&](const store::AuditRow& r) {
    last = r;
    return true;
  });
  ASSERT_TRUE(visited);
  tamper("UPDATE audit_log SET hash = '" + entry_hash(last) + "' WHERE seq = 5");
  EXPECT_EQ(findings(),
            "5: entry 5 was edited: its sealed purpose and detail do not open in it\n"
            "5: the last entry does not match the head file: the log was rewritten\n");
}

TEST_F(AuditLogTest, AMissingHeadFileIsReported) {
  std::filesystem::remove(head_file_for(temp_.path()));
  EXPECT_NE(findings().find("is missing or unreadable"), std::string::npos);
}

TEST_F(AuditLogTest, EntriesAppendedFromManyThreadsAtOnceFormOneIntactChain) {
  // Appends from concurrent requests are committed together; none may be lost or chained
  // twice, and verify, run meanwhile, must not see a head file ahead of the chain.
  std::vector<std::thread> threads;
  std::atomic<int> failures{0};
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 50; ++i) {
        Entry entry{"user" + std::to_string(t),
                    "read",
                    "/api/v1/persons/P-" + std::to_string(i),
                    "10.0.0.1",
                    "",
                    "",
                    200};
        if (!log_.append(entry)) ++failures;
      }
    });
  }
  for (int i = 0; i < 5; ++i) {
    auto verified = log_.verify();
    ASSERT_TRUE(verified.ok());
    EXPECT_TRUE(verified->intact()) << findings();
  }
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(failures, 0);
  auto verified = log_.verify();
  ASSERT_TRUE(verified.ok());
  EXPECT_EQ(verified->entries, 5 + 8 * 50);
  EXPECT_TRUE(verified->intact()) << findings();
}

TEST_F(AuditLogTest, EntriesAreReadBackByFilter) {
  ASSERT_TRUE(log_.append({"omar", "sign_in_failed", "omar", "10.0.0.9", "", "", 401}));
  std::vector<std::string> targets;
  auto visited = temp_.store().for_each_audit({.user = "lucia", .target = "/api/v1/persons/P-2"},
                                              [&](const store::AuditRow& r) {
                                                targets.push_back(r.target);
                                                return true;
                                              });
  ASSERT_TRUE(visited);
  EXPECT_EQ(targets, std::vector<std::string>{"/api/v1/persons/P-2"});
  int failed = 0;
  visited =
      temp_.store().for_each_audit({.action = "sign_in_failed"}, [&](const store::AuditRow& r) {
        failed += r.user == "omar";
        return true;
      });
  ASSERT_TRUE(visited);
  EXPECT_EQ(failed, 1);
}

}  // namespace
}  // namespace haven::audit
