#include "haven/core/text.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <memory>

namespace haven {
namespace {

std::unique_ptr<icu::Transliterator> make_folder() {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Transliterator> folder(
      icu::Transliterator::createInstance("Any-Latin; Latin-ASCII; Lower", UTRANS_FORWARD, status));
  if (U_FAILURE(status)) return nullptr;
  return folder;
}

// Keeps letters and digits, turns everything else into single spaces, trims the ends.
std::string squeeze(std::string_view ascii) {
  std::string out;
  out.reserve(ascii.size());
  bool space = true;
  for (char c : ascii) {
    const bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (c >= 'A' && c <= 'Z') {
      out += static_cast<char>(c - 'A' + 'a');
      space = false;
    } else if (alnum) {
      out += c;
      space = false;
    } else if (!space) {
      out += ' ';
      space = true;
    }
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

bool is_ascii(std::string_view text) {
  for (unsigned char c : text) {
    if (c >= 0x80) return false;
  }
  return true;
}

}  // namespace

std::string fold_for_search(std::string_view text) {
  // Most names typed at a desk are ASCII already; ICU is only needed for the rest.
  if (is_ascii(text)) return squeeze(text);
  thread_local std::unique_ptr<icu::Transliterator> folder = make_folder();
  icu::UnicodeString unicode =
      icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int>(text.size())));
  if (folder) folder->transliterate(unicode);
  std::string out;
  unicode.toUTF8String(out);
  return squeeze(out);
}

bool is_valid_utf8(std::string_view text) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  int32_t at = 0;
  while (at < length) {
    UChar32 c = 0;
    U8_NEXT(bytes, at, length, c);
    if (c < 0) return false;
  }
  return true;
}

std::size_t count_code_points(std::string_view text) {
  std::size_t count = 0;
  for (unsigned char c : text) {
    if ((c & 0xC0) != 0x80) ++count;
  }
  return count;
}

}  // namespace haven
