#pragma once
// Private to the store: which columns are sealed (keys/keyring.h), and how a sealed column
// is written and read.
//
// Sealed: every event's body; the documents of persons, cases, referrals, incidents and
// tracing requests; a person's names as searched; an audit entry's purpose and detail. Not
// sealed: ids, times, types, the columns lists filter on (status, service, nationality),
// and the services directory, which is public by design.

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "haven/keys/keyring.h"
#include "store/sqlite/connection.h"

namespace haven::store::sqlite {

class Sealing {
 public:
  explicit Sealing(std::shared_ptr<keys::KeySource> source) : source_(std::move(source)) {}

  std::shared_ptr<const keys::Keyring> ring() const { return source_->current(); }
  // Reads the key file again if it changed on disk (a rotation run by another process).
  Status refresh();

  // Binds `plain` sealed under the active key, for the row and column `context` names.
  void bind(Statement& s, int index, std::string_view plain, const std::string& context) const;
  // A sealed column's plaintext. Text stored before sealing began (a database made before
  // schema 8, until `haven keys rotate` seals it) is returned as it is.
  Result<std::string> read(const Statement& s, int column, const std::string& context);

 private:
  std::shared_ptr<keys::KeySource> source_;
};

// What binds a sealed value to its place: "persons.document/P-1".
inline std::string context(std::string_view column, std::string_view key) {
  std::string out(column);
  out += '/';
  out += key;
  return out;
}

// The blind index of a person's folded names (space-separated words): the digest of every
// word, and of every start of a word from three letters on, so that a search finds a name
// by its beginning; and the skeleton tokens (below) of every word and of every run of two
// or three words, with their starts, so that "Abd al-Rahman", "Abdelrahman" and عبد الرحمن
// meet. Under the key `key_id` of `ring` (the one the row was sealed with);
// empty when the ring lacks it.
std::vector<std::int64_t> name_digests(const keys::Keyring& ring, std::uint32_t key_id,
                                       std::string_view search_text);

// The token under which a folded word's consonant skeleton (core/text.h) is indexed; empty
// when the skeleton is too short to tell names apart. Marked so it never equals a word.
std::string skeleton_token(std::string_view folded_word);

// The setting holding a value sealed when the database first met its keys, and that value.
inline constexpr const char* kKeysCheck = "keys.check";

// Shortest start of a word that the name index holds (in characters).
inline constexpr std::size_t kShortestNamePrefix = 3;

}  // namespace haven::store::sqlite
