#include "store/sqlite/sealing.h"

#include <algorithm>

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

std::vector<std::int64_t> name_digests(const keys::Keyring& ring, std::uint32_t key_id,
                                       std::string_view search_text) {
  std::vector<std::int64_t> out;
  if (!ring.has_key(key_id)) return out;
  std::size_t start = 0;
  while (start < search_text.size()) {
    std::size_t end = search_text.find(' ', start);
    if (end == std::string_view::npos) end = search_text.size();
    const std::string_view word = search_text.substr(start, end - start);
    start = end + 1;
    if (word.empty()) continue;
    // Starts of the word at each character boundary (UTF-8 continuation bytes are 10xxxxxx).
    std::size_t characters = 0;
    for (std::size_t i = 1; i <= word.size(); ++i) {
      if (i < word.size() && (static_cast<unsigned char>(word[i]) & 0xC0) == 0x80) continue;
      ++characters;
      if (characters >= kShortestNamePrefix || i == word.size()) {
        out.push_back(*ring.blind_token(word.substr(0, i), key_id));
      }
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace haven::store::sqlite
