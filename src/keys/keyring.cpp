#include "haven/keys/keyring.h"

#include <sodium.h>

#include <atomic>
#include <cstring>

namespace haven::keys {
namespace {

constexpr unsigned char kFormat = 1;
constexpr std::size_t kIdBytes = 4;
constexpr std::size_t kNonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr std::size_t kTagBytes = crypto_aead_xchacha20poly1305_ietf_ABYTES;
static_assert(kSealOverhead == 1 + kIdBytes + kNonceBytes + kTagBytes);
static_assert(kNonceBytes == 16 + 8);

// Subkeys by libsodium's key derivation (its contexts are 8 characters).
constexpr std::uint64_t kSealSubkey = 1;
constexpr std::uint64_t kIndexSubkey = 2;
constexpr char kContext[] = "havenkey";

void ensure_sodium() {
  // sodium_init is safe to call more than once and from several threads.
  if (sodium_init() < 0) std::abort();
}

Keyring::Key derived(Keyring::Key key) {
  crypto_kdf_derive_from_key(key.seal_key.data(), key.seal_key.size(), kSealSubkey, kContext,
                             key.secret.data());
  crypto_kdf_derive_from_key(key.index_key.data(), key.index_key.size(), kIndexSubkey, kContext,
                             key.secret.data());
  return key;
}

const Keyring::Key* find(const std::vector<Keyring::Key>& keys, std::uint32_t id) {
  for (const auto& key : keys) {
    if (key.id == id) return &key;
  }
  return nullptr;
}

std::int64_t digest(const Keyring::Key& key, std::string_view token) {
  unsigned char out[crypto_generichash_BYTES_MIN];
  crypto_generichash(out, sizeof out, reinterpret_cast<const unsigned char*>(token.data()),
                     token.size(), key.index_key.data(), key.index_key.size());
  std::uint64_t value = 0;
  for (int i = 0; i < 8; ++i) value = (value << 8) | out[i];
  return static_cast<std::int64_t>(value);
}

// A nonce is never used twice under one key: 16 random bytes drawn once per process, then a
// counter. (XChaCha20's 24-byte nonce is wide enough for this; drawing all 24 from the
// system for each value cost a system call per sealed value, a tenth of an import.) A
// process that forked would share the counter; Haven never forks.
void next_nonce(unsigned char* nonce) {
  static const std::array<unsigned char, 16> kPrefix = [] {
    std::array<unsigned char, 16> bytes{};
    randombytes_buf(bytes.data(), bytes.size());
    return bytes;
  }();
  static std::atomic<std::uint64_t> counter{0};
  const std::uint64_t n = counter.fetch_add(1, std::memory_order_relaxed);
  std::memcpy(nonce, kPrefix.data(), kPrefix.size());
  for (int i = 0; i < 8; ++i) nonce[16 + i] = static_cast<unsigned char>(n >> (8 * i));
}

Error broken(const std::string& source, int line, const std::string& why) {
  return Error{ErrorCode::kInvalidDocument, "key file", source + ": " + why, line};
}

Result<Keyring::Key> key_from_hex(std::string_view hex, std::uint32_t id, const std::string& source,
                                  int line) {
  Keyring::Key key;
  key.id = id;
  std::size_t written = 0;
  if (hex.size() != 2 * key.secret.size() ||
      sodium_hex2bin(key.secret.data(), key.secret.size(), hex.data(), hex.size(), nullptr,
                     &written, nullptr) != 0 ||
      written != key.secret.size()) {
    return broken(source, line, "a key must be 64 hexadecimal digits (32 bytes)");
  }
  return derived(key);
}

}  // namespace

Keyring Keyring::generate() {
  ensure_sodium();
  Keyring ring;
  Key key;
  key.id = 1;
  crypto_aead_xchacha20poly1305_ietf_keygen(key.secret.data());
  ring.keys_.push_back(derived(key));
  return ring;
}

Result<Keyring> Keyring::parse(std::string_view text, const std::string& source) {
  ensure_sodium();
  Keyring ring;
  int line_number = 0;
  while (!text.empty()) {
    const std::size_t end = text.find('\n');
    std::string_view line = text.substr(0, end);
    text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
    ++line_number;
    if (const std::size_t hash = line.find('#'); hash != std::string_view::npos) {
      line = line.substr(0, hash);
    }
    std::vector<std::string_view> words;
    while (!line.empty()) {
      const std::size_t start = line.find_first_not_of(" \t\r");
      if (start == std::string_view::npos) break;
      line = line.substr(start);
      const std::size_t stop = line.find_first_of(" \t\r");
      words.push_back(line.substr(0, stop));
      line = stop == std::string_view::npos ? std::string_view() : line.substr(stop);
    }
    if (words.empty()) continue;
    if (words.size() != 3 || words[0] != "key") {
      return broken(source, line_number, "expected `key ID HEX`");
    }
    std::uint32_t id = 0;
    for (char c : words[1]) {
      if (c < '0' || c > '9' || id > 100'000'000) {
        return broken(source, line_number, "a key id is a number from 1 to 1000000000");
      }
      id = id * 10 + static_cast<std::uint32_t>(c - '0');
    }
    if (id == 0) return broken(source, line_number, "a key id is a number from 1 to 1000000000");
    if (find(ring.keys_, id) != nullptr) {
      return broken(source, line_number, "key " + std::to_string(id) + " is given twice");
    }
    auto key = key_from_hex(words[2], id, source, line_number);
    if (!key) return key.error();
    ring.keys_.push_back(*key);
  }
  if (ring.keys_.empty()) return broken(source, 0, "holds no key");
  return ring;
}

Result<Keyring> Keyring::from_hex(std::string_view hex, const std::string& source) {
  ensure_sodium();
  auto key = key_from_hex(hex, 1, source, 0);
  if (!key) return key.error();
  Keyring ring;
  ring.keys_.push_back(*key);
  return ring;
}

std::string Keyring::to_text() const {
  std::string text =
      "# Haven's encryption keys. Keep this file secret, and away from the database and its\n"
      "# backups: with it, a copy of the database can be read. The first key seals new data;\n"
      "# the others only open what they sealed until `haven keys rotate` has re-sealed it.\n";
  for (const auto& key : keys_) {
    char hex[2 * 32 + 1];
    sodium_bin2hex(hex, sizeof hex, key.secret.data(), key.secret.size());
    text += "key " + std::to_string(key.id) + " " + hex + "\n";
    sodium_memzero(hex, sizeof hex);
  }
  return text;
}

Keyring Keyring::with_new_key() const {
  Keyring ring = generate();
  std::uint32_t highest = 0;
  for (const auto& key : keys_) highest = std::max(highest, key.id);
  ring.keys_.front().id = highest + 1;
  ring.keys_.insert(ring.keys_.end(), keys_.begin(), keys_.end());
  return ring;
}

Keyring Keyring::active_only() const {
  Keyring ring;
  ring.keys_.push_back(keys_.front());
  return ring;
}

bool Keyring::has_key(std::uint32_t id) const { return find(keys_, id) != nullptr; }

std::string Keyring::header_of(std::uint32_t key_id) {
  std::string header(1 + kIdBytes, '\0');
  header[0] = static_cast<char>(kFormat);
  for (std::size_t i = 0; i < kIdBytes; ++i) {
    header[1 + i] = static_cast<char>(key_id >> (8 * (kIdBytes - 1 - i)));
  }
  return header;
}

std::string Keyring::seal(std::string_view plain, std::string_view context) const {
  const Key& key = keys_.front();
  std::string out = header_of(key.id);
  out.resize(1 + kIdBytes + kNonceBytes + plain.size() + kTagBytes);
  auto* bytes = reinterpret_cast<unsigned char*>(out.data());
  unsigned char* nonce = bytes + 1 + kIdBytes;
  next_nonce(nonce);
  unsigned long long written = 0;
  // The header is authenticated with the context: changing the key id breaks the tag too.
  std::string associated(out.data(), 1 + kIdBytes);
  associated.append(context);
  crypto_aead_xchacha20poly1305_ietf_encrypt(
      nonce + kNonceBytes, &written, reinterpret_cast<const unsigned char*>(plain.data()),
      plain.size(), reinterpret_cast<const unsigned char*>(associated.data()), associated.size(),
      nullptr, nonce, key.seal_key.data());
  return out;
}

std::uint32_t Keyring::key_id_of(std::string_view sealed) {
  if (sealed.size() < kSealOverhead || static_cast<unsigned char>(sealed[0]) != kFormat) return 0;
  std::uint32_t id = 0;
  for (std::size_t i = 0; i < kIdBytes; ++i) {
    id = (id << 8) | static_cast<unsigned char>(sealed[1 + i]);
  }
  return id;
}

Result<std::string> Keyring::open(std::string_view sealed, std::string_view context) const {
  const std::uint32_t id = key_id_of(sealed);
  if (id == 0) return Fail(ErrorCode::kStorage, "", "a stored value is not sealed as expected");
  const Key* key = find(keys_, id);
  if (key == nullptr) {
    return Fail(ErrorCode::kStorage, "",
                "a stored value is sealed under key " + std::to_string(id) +
                    ", which the key file does not hold");
  }
  std::string associated(sealed.substr(0, 1 + kIdBytes));
  associated.append(context);
  const auto* bytes = reinterpret_cast<const unsigned char*>(sealed.data());
  const unsigned char* nonce = bytes + 1 + kIdBytes;
  const std::size_t cipher_size = sealed.size() - 1 - kIdBytes - kNonceBytes;
  std::string plain(cipher_size - kTagBytes, '\0');
  unsigned long long written = 0;
  if (crypto_aead_xchacha20poly1305_ietf_decrypt(
          reinterpret_cast<unsigned char*>(plain.data()), &written, nullptr, nonce + kNonceBytes,
          cipher_size, reinterpret_cast<const unsigned char*>(associated.data()), associated.size(),
          nonce, key->seal_key.data()) != 0) {
    return Fail(ErrorCode::kStorage, "",
                "a stored value does not open: it was altered, or moved from another row");
  }
  plain.resize(written);
  return plain;
}

std::int64_t Keyring::blind_token(std::string_view token) const {
  return digest(keys_.front(), token);
}

std::optional<std::int64_t> Keyring::blind_token(std::string_view token,
                                                 std::uint32_t key_id) const {
  const Key* key = find(keys_, key_id);
  if (key == nullptr) return std::nullopt;
  return digest(*key, token);
}

std::vector<std::int64_t> Keyring::blind_tokens_all_keys(std::string_view token) const {
  std::vector<std::int64_t> out;
  out.reserve(keys_.size());
  for (const auto& key : keys_) out.push_back(digest(key, token));
  return out;
}

}  // namespace haven::keys
