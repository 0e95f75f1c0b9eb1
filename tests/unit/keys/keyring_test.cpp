// The key ring: sealing binds a value to its place, old keys open what they sealed, the key
// file is read, refused and replaced as an operator would expect.

#include "haven/keys/keyring.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <random>

namespace haven::keys {
namespace {

class TempFolder {
 public:
  TempFolder() {
    std::random_device device;
    path_ = std::filesystem::temp_directory_path() /
            ("haven-keys-" + std::to_string(device()) + std::to_string(device()));
    std::filesystem::create_directories(path_);
  }
  ~TempFolder() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  std::string file(const std::string& name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

void write_file(const std::string& path, const std::string& text, mode_t mode) {
  std::ofstream(path) << text;
  ::chmod(path.c_str(), mode);
}

TEST(Keyring, OpensWhatItSealedForTheSamePlaceOnly) {
  const Keyring ring = Keyring::generate();
  const std::string sealed = ring.seal("Zaynab Haddad", "persons.document/P-1");
  EXPECT_EQ(sealed.find("Zaynab"), std::string::npos);
  EXPECT_EQ(sealed.size(), std::string("Zaynab Haddad").size() + kSealOverhead);
  EXPECT_EQ(*ring.open(sealed, "persons.document/P-1"), "Zaynab Haddad");
  // Moved to another person's row, it does not open.
  auto moved = ring.open(sealed, "persons.document/P-2");
  ASSERT_FALSE(moved.ok());
  EXPECT_EQ(moved.error().code, ErrorCode::kStorage);
  EXPECT_NE(moved.error().message.find("altered, or moved"), std::string::npos);
}

TEST(Keyring, SealsTheSameTextDifferentlyEachTime) {
  const Keyring ring = Keyring::generate();
  EXPECT_NE(ring.seal("same", "c"), ring.seal("same", "c"));
}

TEST(Keyring, RefusesAnAlteredByteAnywhere) {
  const Keyring ring = Keyring::generate();
  const std::string sealed = ring.seal("a note", "events.body/E-1");
  for (std::size_t i = 0; i < sealed.size(); ++i) {
    std::string altered = sealed;
    altered[i] = static_cast<char>(altered[i] ^ 0x01);
    EXPECT_FALSE(ring.open(altered, "events.body/E-1").ok()) << "byte " << i;
  }
}

TEST(Keyring, ANewKeySealsAndTheOldOneStillOpensUntilRetired) {
  const Keyring old_ring = Keyring::generate();
  const std::string old_sealed = old_ring.seal("old", "c");
  const Keyring both = old_ring.with_new_key();
  EXPECT_EQ(both.active_id(), 2u);
  EXPECT_EQ(both.keys().size(), 2u);
  const std::string new_sealed = both.seal("new", "c");
  EXPECT_EQ(Keyring::key_id_of(new_sealed), 2u);
  EXPECT_EQ(*both.open(old_sealed, "c"), "old");
  const Keyring retired = both.active_only();
  EXPECT_EQ(*retired.open(new_sealed, "c"), "new");
  auto gone = retired.open(old_sealed, "c");
  ASSERT_FALSE(gone.ok());
  EXPECT_NE(gone.error().message.find("key 1"), std::string::npos);
  EXPECT_FALSE(old_ring.open(new_sealed, "c").ok());
}

TEST(Keyring, BlindTokensMeetForEqualWordsUnderOneKeyOnly) {
  const Keyring ring = Keyring::generate();
  EXPECT_EQ(ring.blind_token("mohamed"), ring.blind_token("mohamed"));
  EXPECT_NE(ring.blind_token("mohamed"), ring.blind_token("mohammed"));
  const Keyring other = Keyring::generate();
  EXPECT_NE(ring.blind_token("mohamed"), other.blind_token("mohamed"));
  const Keyring both = ring.with_new_key();
  const auto all = both.blind_tokens_all_keys("mohamed");
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[1], ring.blind_token("mohamed"));
  EXPECT_EQ(*both.blind_token("mohamed", 1), ring.blind_token("mohamed"));
  EXPECT_FALSE(both.blind_token("mohamed", 7).has_value());
}

TEST(Keyring, AKeyFileReadsBackAsWritten) {
  const Keyring ring = Keyring::generate().with_new_key();
  auto parsed = Keyring::parse(ring.to_text(), "k");
  ASSERT_TRUE(parsed.ok()) << parsed.error().describe();
  EXPECT_EQ(parsed->active_id(), 2u);
  EXPECT_EQ(*parsed->open(ring.seal("x", "c"), "c"), "x");
}

TEST(Keyring, ABrokenKeyFileIsRefusedWithItsLine) {
  const std::string good(64, 'a');
  struct Case {
    std::string text;
    int line;
    std::string says;
  };
  for (const auto& c : std::vector<Case>{
           {"# only a comment\n", 0, "holds no key"},
           {"key 1 abc\n", 1, "64 hexadecimal digits"},
           {"# keys\nkey 1 " + std::string(64, 'z') + "\n", 2, "64 hexadecimal digits"},
           {"key 1 " + good + "\nkey 1 " + good + "\n", 2, "given twice"},
           {"key 0 " + good + "\n", 1, "number from 1"},
           {"key x " + good + "\n", 1, "number from 1"},
           {"secret " + good + "\n", 1, "key ID HEX"},
       }) {
    auto parsed = Keyring::parse(c.text, "haven.db.keys");
    ASSERT_FALSE(parsed.ok()) << c.text;
    EXPECT_EQ(parsed.error().line, c.line) << c.text;
    EXPECT_EQ(parsed.error().field, "key file");
    EXPECT_NE(parsed.error().message.find(c.says), std::string::npos) << parsed.error().message;
    EXPECT_NE(parsed.error().message.find("haven.db.keys"), std::string::npos);
  }
}

TEST(Keyring, AHexKeyFromTheEnvironmentIsChecked) {
  EXPECT_TRUE(Keyring::from_hex(std::string(64, '0'), "HAVEN_KEY").ok());
  auto short_key = Keyring::from_hex("00ff", "HAVEN_KEY");
  ASSERT_FALSE(short_key.ok());
  EXPECT_NE(short_key.error().message.find("HAVEN_KEY"), std::string::npos);
}

TEST(KeySource, MakesAPrivateKeyFileWhenAskedAndReadsItAgain) {
  TempFolder folder;
  const std::string path = folder.file("db.keys");
  auto missing = KeySource::from_file(path, false);
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.error().message.find("--key-file"), std::string::npos);
  auto made = KeySource::from_file(path, true);
  ASSERT_TRUE(made.ok()) << made.error().describe();
  struct stat info {};
  ASSERT_EQ(::stat(path.c_str(), &info), 0);
  EXPECT_EQ(info.st_mode & 0777, 0600u);
  const std::string sealed = (*made)->current()->seal("x", "c");
  auto again = KeySource::from_file(path, false);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(*(*again)->current()->open(sealed, "c"), "x");
}

TEST(KeySource, RefusesAKeyFileOthersMayRead) {
  TempFolder folder;
  const std::string path = folder.file("db.keys");
  write_file(path, Keyring::generate().to_text(), 0644);
  auto opened = KeySource::from_file(path, false);
  ASSERT_FALSE(opened.ok());
  EXPECT_NE(opened.error().message.find("chmod 600"), std::string::npos);
}

TEST(KeySource, SeesAKeyFileReplacedByAnotherProcess) {
  TempFolder folder;
  const std::string path = folder.file("db.keys");
  auto server = KeySource::from_file(path, true);
  auto rotation = KeySource::from_file(path, false);
  ASSERT_TRUE(server.ok() && rotation.ok());
  const Keyring next = (*rotation)->current()->with_new_key();
  ASSERT_TRUE((*rotation)->replace(next).ok());
  EXPECT_EQ((*server)->current()->active_id(), 1u);  // not read again until asked
  auto fresh = (*server)->refreshed();
  ASSERT_TRUE(fresh.ok());
  EXPECT_EQ((*fresh)->active_id(), 2u);
  EXPECT_FALSE(std::filesystem::exists(path + ".new"));
}

TEST(KeySource, KeysFromTheEnvironmentCannotBeReplaced) {
  auto fixed = KeySource::fixed(Keyring::generate());
  auto replaced = fixed->replace(Keyring::generate());
  ASSERT_FALSE(replaced.ok());
  EXPECT_NE(replaced.error().message.find("key file"), std::string::npos);
}

}  // namespace
}  // namespace haven::keys
