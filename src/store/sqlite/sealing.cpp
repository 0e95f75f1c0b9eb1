#include "store/sqlite/sealing.h"

#include <algorithm>

#include "haven/core/text.h"

namespace haven::store::sqlite {

Status Sealing::refresh() {
  auto ring = source_->refreshed();
  if (!ring) return ring.error();
  return Status::Ok();
}

void Sealing::bind(Statement& s, int index, std::string_view plain,
                   const std::string& context) const {
  s.bind_blob(index, source_->current()->seal(plain, context));
}

Result<std::string> Sealing::read(const Statement& s, int column, const std::string& context) {
  if (!s.is_blob(column)) return s.text(column);
  const std::string_view sealed = s.blob(column);
  auto ring = source_->current();
  if (!ring->has_key(keys::Keyring::key_id_of(sealed))) {
    // Sealed by a key newer than the ring this process read: a rotation under way.
    auto fresh = source_->refreshed();
    if (!fresh) return fresh.error();
    ring = *fresh;
  }
  return ring->open(sealed, context);
}

std::string skeleton_token(std::string_view folded_word) {
  std::string skeleton = consonant_skeleton(folded_word);
  if (skeleton.size() < kShortestNamePrefix) return {};
  return "~" + skeleton;
}

namespace {

// Starts of the token at each character boundary (UTF-8 continuation bytes are 10xxxxxx),
// from `shortest` characters on, and the whole token.
void add_starts(const keys::Keyring& ring, std::uint32_t key_id, std::string_view token,
                std::size_t shortest, std::vector<std::int64_t>& out) {
  std::size_t characters = 0;
  for (std::size_t i = 1; i <= token.size(); ++i) {
    if (i < token.size() && (static_cast<unsigned char>(token[i]) & 0xC0) == 0x80) continue;
    ++characters;
    if (characters >= shortest || i == token.size()) {
      out.push_back(*ring.blind_token(token.substr(0, i), key_id));
    }
  }
}

}  // namespace

std::vector<std::int64_t> name_digests(const keys::Keyring& ring, std::uint32_t key_id,
                                       std::string_view search_text) {
  std::vector<std::int64_t> out;
  if (!ring.has_key(key_id)) return out;
  const std::vector<std::string_view> words = split_words(search_text);
  constexpr std::size_t kLongestRun = 3;
  for (std::size_t first = 0; first < words.size(); ++first) {
    add_starts(ring, key_id, words[first], kShortestNamePrefix, out);
    std::string run;
    for (std::size_t last = first; last < words.size() && last < first + kLongestRun; ++last) {
      run += words[last];
      const std::string skeleton = skeleton_token(run);
      // "~" and the skeleton's first kShortestNamePrefix consonants at least.
      if (!skeleton.empty()) add_starts(ring, key_id, skeleton, kShortestNamePrefix + 1, out);
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace haven::store::sqlite
