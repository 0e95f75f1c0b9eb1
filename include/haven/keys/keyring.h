#pragma once
// Encryption at rest (issue 6). A Keyring holds the installation's secret keys, kept outside
// the database (a key file, or HAVEN_KEY); the store seals sensitive columns with it, so a
// copied database file without the keys reveals no name, note or answer.
//
// - `seal` encrypts with XChaCha20-Poly1305 under the first (active) key, binding the result
//   to a context (which row and column it belongs to), so a sealed value moved to another
//   row no longer opens.
// - `open` reads a value sealed under any key of the ring: old keys stay until a rotation
//   has re-sealed everything (`haven keys rotate`).
// - `blind_token` gives a keyed 64-bit digest of a search token (a blind index): equal
//   tokens meet, but the digest alone says nothing of the token.
//
// Thread-safety: a Keyring is immutable once made; share it freely.

#include <array>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "haven/core/result.h"

namespace haven::keys {

// A sealed value: one format byte, the key's id (4 bytes, big-endian), a 24-byte nonce, then
// the ciphertext with its 16-byte tag.
inline constexpr std::size_t kSealOverhead = 1 + 4 + 24 + 16;

class Keyring {
 public:
  struct Key {
    std::uint32_t id = 0;
    std::array<unsigned char, 32> secret{};
    // Derived from `secret`: one subkey to seal, one for the blind index, so neither use
    // can help attack the other.
    std::array<unsigned char, 32> seal_key{};
    std::array<unsigned char, 32> index_key{};
  };

  // One fresh random key (id 1).
  static Keyring generate();
  // Parses a key file's text: `key ID HEX` lines, the active key first; `#` starts a comment.
  // `source` names the file in errors.
  static Result<Keyring> parse(std::string_view text, const std::string& source);
  // A single key given as 64 hex digits (HAVEN_KEY).
  static Result<Keyring> from_hex(std::string_view hex, const std::string& source);

  // The key file's text for this ring (what Parse reads back).
  std::string to_text() const;
  // A ring whose active key is a new random one, keeping these keys to open old values.
  Keyring with_new_key() const;
  // Only the active key: once everything is re-sealed, the old keys can go.
  Keyring active_only() const;

  std::uint32_t active_id() const { return keys_.front().id; }
  const std::vector<Key>& keys() const { return keys_; }
  bool has_key(std::uint32_t id) const;

  std::string seal(std::string_view plain, std::string_view context) const;
  // The plaintext; fails (kStorage) when the value is not sealed, names a key this ring lacks
  // (see key_id_of), or was altered or moved.
  Result<std::string> open(std::string_view sealed, std::string_view context) const;
  // The id of the key a sealed value names; 0 when it is not a sealed value.
  static std::uint32_t key_id_of(std::string_view sealed);
  // The bytes every value sealed under `key_id` starts with (its format and key id): a store
  // finds values sealed under other keys by comparing them, without opening anything.
  static std::string header_of(std::uint32_t key_id);

  // The digest of a folded search token under the active key, and under every key (a search
  // while a rotation is under way must find rows indexed under either).
  std::int64_t blind_token(std::string_view token) const;
  // The digest under one key of the ring (the one a row was indexed with); nullopt when the
  // ring lacks it.
  std::optional<std::int64_t> blind_token(std::string_view token, std::uint32_t key_id) const;
  std::vector<std::int64_t> blind_tokens_all_keys(std::string_view token) const;

 private:
  std::vector<Key> keys_;
};

// Where a store gets its keys. A key file may change under a running server (a rotation in
// another process): `refreshed` reads it again when it changed on disk.
class KeySource {
 public:
  // Keys from a file; with `create`, a missing file is made with one fresh key (mode 0600).
  // A file others may read is refused, as ssh refuses such a private key.
  static Result<std::shared_ptr<KeySource>> from_file(const std::string& path, bool create);
  // Keys fixed for the process's life (HAVEN_KEY, or a test's generated ring).
  static std::shared_ptr<KeySource> fixed(Keyring ring);

  // The ring as last read.
  std::shared_ptr<const Keyring> current() const;
  // The ring, read again first when the file changed since it was last read.
  Result<std::shared_ptr<const Keyring>> refreshed();
  // Writes `ring` to the key file (atomically, mode 0600) and makes it current. Fails for a
  // fixed source: keys given in the environment cannot be rotated in place.
  Status replace(const Keyring& ring);
  // The file's path; empty for a fixed source.
  const std::string& path() const { return path_; }

  // Size, modification time (seconds, nanoseconds) and inode of the file: a replacement is
  // written beside and renamed over, so its inode changes.
  using Stamp = std::array<std::int64_t, 4>;

 private:
  KeySource() = default;

  std::string path_;
  mutable std::mutex mutex_;
  std::shared_ptr<const Keyring> ring_;
  Stamp file_stamp_{};  // of the file when last read
};

}  // namespace haven::keys
