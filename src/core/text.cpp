#include "haven/core/text.h"
#include <algorithm>
#include <vector>

#include <unicode/translit.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <memory>
#include <unordered_map>

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

}  // namespace

bool is_ascii(std::string_view text) {
  for (unsigned char c : text) {
    if (c >= 0x80) return false;
  }
  return true;
}

std::vector<std::string_view> split_words(std::string_view text) {
  std::vector<std::string_view> words;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find(' ', start);
    if (end == std::string_view::npos) end = text.size();
    if (end > start) words.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return words;
}

namespace {

std::string transliterate(std::string_view word) {
  thread_local std::unique_ptr<icu::Transliterator> folder = make_folder();
  icu::UnicodeString unicode =
      icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), static_cast<int>(word.size())));
  if (folder) folder->transliterate(unicode);
  std::string out;
  unicode.toUTF8String(out);
  return out;
}

// ICU's transliterators cost microseconds per word, and names repeat endlessly (a registry
// holds thousands of Mohameds), so each thread remembers the words it has folded.
std::string transliterate_cached(std::string_view word) {
  constexpr std::size_t kMaxRemembered = 200'000;
  thread_local std::unordered_map<std::string, std::string> remembered;
  if (auto it = remembered.find(std::string(word)); it != remembered.end()) return it->second;
  if (remembered.size() >= kMaxRemembered) remembered.clear();
  std::string folded = transliterate(word);
  remembered.emplace(std::string(word), folded);
  return folded;
}

}  // namespace

std::string fold_for_search(std::string_view text) {
  // Most names typed at a desk are ASCII already; ICU is only needed for the rest.
  if (is_ascii(text)) return squeeze(text);
  std::string latin;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find(' ', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view word = text.substr(start, end - start);
    latin += is_ascii(word) ? std::string(word) : transliterate_cached(word);
    latin += ' ';
    start = end + 1;
  }
  return squeeze(latin);
}

std::string consonant_skeleton(std::string_view folded_word) {
  std::string out;
  out.reserve(folded_word.size());
  for (char c : folded_word) {
    if (c < 'a' || c > 'z') continue;
    if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y') continue;
    if (!out.empty() && out.back() == c) continue;
    out += c;
  }
  return out;
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

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

std::string csv_field(std::string_view text) {
  if (text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(text);
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

std::string xml_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

}  // namespace haven
