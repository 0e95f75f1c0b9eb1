// Accounts: passwords are checked and kept only as Argon2id hashes, tokens only as digests;
// sign-in says nothing about which half was wrong; disabling and resetting end sessions;
// tokens expire.

#include "haven/access/accounts.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "support/temp_store.h"

namespace haven::access {
namespace {

constexpr Timestamp kNow{1'780'000'000LL * kMicrosPerSecond};

TEST(Passwords, ShortCommonOrNamedOnesAreRefused) {
  EXPECT_EQ(check_password("short", "ana").error().field, "password");
  EXPECT_FALSE(check_password("Password2026!", "ana").ok()) << "a common base with digits";
  EXPECT_FALSE(check_password("qwertyuiop123", "ana").ok());
  EXPECT_FALSE(check_password("ana.garcia-is-here", "ana.garcia").ok());
  EXPECT_TRUE(check_password("correct horse battery staple", "ana").ok());
  EXPECT_TRUE(check_password(one_time_password(), "ana").ok());
}

TEST(Passwords, AreKeptAsSaltedArgon2idHashes) {
  const std::string hash = hash_password("correct horse battery staple");
  EXPECT_TRUE(hash.starts_with("$argon2id$")) << hash;
  EXPECT_EQ(hash.find("horse"), std::string::npos);
  EXPECT_NE(hash, hash_password("correct horse battery staple")) << "each hash has its salt";
  EXPECT_TRUE(password_matches(hash, "correct horse battery staple"));
  EXPECT_FALSE(password_matches(hash, "correct horse battery stapler"));
}

TEST(Tokens, AreRandomAndKeptAsDigests) {
  const std::string a = new_token();
  EXPECT_EQ(a.size(), 64U);
  EXPECT_NE(a, new_token());
  EXPECT_EQ(token_digest(a), token_digest(a));
  EXPECT_NE(token_digest(a), a);
  EXPECT_NE(token_digest(a), token_digest(new_token()));
}

class AccountsTest : public ::testing::Test {
 protected:
  testing::TempStore temp;
  Accounts accounts{temp.store()};

  std::string add(const std::string& name, const std::string& role = "caseworker") {
    auto password = accounts.add({name, role, "UNHCR", {"ITA"}, false, false}, std::nullopt, kNow);
    EXPECT_TRUE(password.ok()) << password.error().describe();
    return password.ok() ? *password : "";
  }
};

TEST_F(AccountsTest, AOneTimePasswordSignsInOnceHandedOver) {
  const std::string password = add("lucia.gomez");
  EXPECT_EQ(password.size(), 20U);
  auto user = accounts.sign_in("lucia.gomez", password);
  ASSERT_TRUE(user.ok()) << user.error().describe();
  EXPECT_EQ(user->role, "caseworker");
  EXPECT_EQ(user->agency, "UNHCR");
  EXPECT_EQ(user->places, std::vector<std::string>{"ITA"});
  EXPECT_TRUE(user->must_change_password);
}

TEST_F(AccountsTest, SignInDoesNotSayWhichHalfWasWrong) {
  add("lucia.gomez");
  auto wrong_password = accounts.sign_in("lucia.gomez", "not her password at all");
  auto wrong_name = accounts.sign_in("lucia.gomes", "not her password at all");
  ASSERT_FALSE(wrong_password.ok());
  ASSERT_FALSE(wrong_name.ok());
  EXPECT_EQ(wrong_password.error().code, ErrorCode::kUnauthorized);
  EXPECT_EQ(wrong_password.error().message, wrong_name.error().message);
}

TEST_F(AccountsTest, BadAccountsAreRefusedNamingTheField) {
  add("lucia.gomez");
  EXPECT_EQ(
      accounts.add({"lucia.gomez", "caseworker", "UNHCR", {}}, std::nullopt, kNow).error().field,
      "name");
  EXPECT_EQ(accounts.add({"x'; DROP TABLE users;--", "caseworker", "UNHCR", {}}, std::nullopt, kNow)
                .error()
                .field,
            "name");
  EXPECT_EQ(accounts.add({"amal", "superuser", "UNHCR", {}}, std::nullopt, kNow).error().field,
            "role");
  EXPECT_EQ(accounts.add({"amal", "caseworker", "", {}}, std::nullopt, kNow).error().field,
            "agency");
  EXPECT_EQ(accounts.add({"amal", "caseworker", "UNHCR", {}}, "password123", kNow).error().field,
            "password");
  EXPECT_EQ(accounts.list()->size(), 1U) << "nothing refused was written";
}

TEST_F(AccountsTest, TokensWorkUntilTheyExpireOrTheUserIsDisabled) {
  add("script");
  auto token = accounts.issue_token("script", 30, kNow);
  ASSERT_TRUE(token.ok()) << token.error().describe();
  EXPECT_EQ(accounts.user_of_token(*token, kNow)->name, "script");
  const Timestamp later{kNow.micros + 31 * kMicrosPerDay};
  EXPECT_EQ(accounts.user_of_token(*token, later).error().code, ErrorCode::kUnauthorized);
  EXPECT_EQ(accounts.user_of_token("not-a-token", kNow).error().code, ErrorCode::kUnauthorized);
  EXPECT_EQ(accounts.issue_token("script", 0, kNow).error().field, "days");

  ASSERT_TRUE(accounts.disable("script").ok());
  EXPECT_EQ(accounts.user_of_token(*token, kNow).error().code, ErrorCode::kUnauthorized);
  EXPECT_FALSE(accounts.issue_token("script", 30, kNow).ok());
  EXPECT_EQ(accounts.disable("nobody").error().code, ErrorCode::kNotFound);
}

TEST_F(AccountsTest, AResetEndsEverySessionAndTheOldPassword) {
  const std::string first = add("amal");
  auto token = accounts.issue_token("amal", 30, kNow);
  ASSERT_TRUE(token.ok());
  auto second = accounts.reset("amal");
  ASSERT_TRUE(second.ok());
  EXPECT_NE(*second, first);
  EXPECT_FALSE(accounts.sign_in("amal", first).ok());
  EXPECT_TRUE(accounts.sign_in("amal", *second).ok());
  EXPECT_EQ(accounts.user_of_token(*token, kNow).error().code, ErrorCode::kUnauthorized);
}

TEST_F(AccountsTest, TheDatabaseFileHoldsNoPasswordOrToken) {
  const std::string password = add("amal");
  auto token = accounts.issue_token("amal", 30, kNow);
  ASSERT_TRUE(token.ok());
  temp.close();
  std::string bytes;
  for (const char* suffix : {"", "-wal"}) {
    std::ifstream in(temp.path() + suffix, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    bytes += text.str();
  }
  ASSERT_FALSE(bytes.empty());
  EXPECT_EQ(bytes.find(password), std::string::npos);
  EXPECT_EQ(bytes.find(*token), std::string::npos);
  EXPECT_NE(bytes.find("$argon2id$"), std::string::npos) << "the hash is what is kept";
}

}  // namespace
}  // namespace haven::access
