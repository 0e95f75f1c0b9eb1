#include "haven/linkage/names.h"

#include <unicode/unistr.h>
#include <array>
#include <span>

#include "haven/core/text.h"

namespace haven::linkage {
namespace {

// Arabic letters whose transliteration misleads a comparison with Latin spellings: ta
// marbuta (ة) is written -a or -ah in Latin but transliterates to t; alef maqsura (ى) is a
// long a; the hamza forms of alef are alef. The article ال joined to a word is cut, as "al-"
// is when written apart.
std::string prepare_arabic(std::string_view text) {
  icu::UnicodeString in =
      icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int>(text.size())));
  icu::UnicodeString out;
  bool word_start = true;
  for (int i = 0; i < in.length(); ++i) {
    const char16_t c = in.charAt(i);
    const bool article = word_start && c == u'\u0627' && i + 1 < in.length() &&
                         in.charAt(i + 1) == u'\u0644' && i + 3 < in.length() &&
                         in.charAt(i + 2) != u' ' && in.charAt(i + 3) != u' ';
    word_start = c == u' ';
    if (article) {
      ++i;  // ال: the article, not part of the name
      continue;
    }
    switch (c) {
      case u'\u0629':
        out.append(u'\u0647');
        break;  // ة → ه
      case u'\u0649':
        out.append(u'\u0627');
        break;         // ى → ا
      case u'\u0623':  // أ
      case u'\u0625':  // إ
      case u'\u0622':
        out.append(u'\u0627');
        break;  // آ → ا
      default:
        out.append(c);
    }
  }
  std::string utf8;
  out.toUTF8String(utf8);
  return utf8;
}

// Words that join the parts of a name and are not names themselves.
constexpr std::array<std::string_view, 27> kConnectors = {
    "al",  "el",  "ul",  "ad",   "ar",   "as",   "at",  "az",  "an",
    "bin", "ben", "ibn", "bint", "ould", "wuld", "de",  "del", "della",
    "da",  "das", "do",  "dos",  "du",   "van",  "von", "der", "y"};

// Abd ("servant of") always begins a compound: Abd al-Rahman is one name.
constexpr std::array<std::string_view, 8> kAbd = {"abd",   "abdul", "abdel",  "abdal",
                                                  "abdol", "abdu",  "abdoul", "abdou"};

bool one_of(std::string_view word, std::span<const std::string_view> list) {
  for (std::string_view w : list) {
    if (w == word) return true;
  }
  return false;
}

// "abdelrahman" and "abdulrahman" → "abdrahman", as "abd" + "rahman" written apart.
std::string without_abd_link(std::string word) {
  for (std::string_view prefix : kAbd) {
    if (prefix != "abd" && word.size() > prefix.size() + 2 && word.starts_with(prefix)) {
      return "abd" + word.substr(prefix.size());
    }
  }
  return word;
}

}  // namespace

std::string phonetic_key(std::string_view latin_word) {
  // The Arabic article written joined to the name ("Alshami", "Elnour") sounds as the name
  // written without it ("Shami", "Nour"), which desks write as often; only before a name
  // long enough not to be one of its own (Ali, Alan, Elena, Elias keep theirs).
  constexpr std::size_t kJoinedArticle = 6;
  if (latin_word.size() >= kJoinedArticle &&
      (latin_word.starts_with("al") || latin_word.starts_with("el"))) {
    latin_word.remove_prefix(2);
  }
  // Spelling equivalents first (longest first), so that "kh" is one sound, not k then h.
  // "ch" is ش as French spellings of North African names write it (Rachid, Chaouki), though
  // German and Italian names would want خ/ك: the people Haven serves come first.
  std::string merged;
  for (std::size_t i = 0; i < latin_word.size(); ++i) {
    const std::string_view rest = latin_word.substr(i);
    const char c = latin_word[i];
    if (rest.starts_with("sch") || rest.starts_with("tsh") || rest.starts_with("tch")) {
      merged += 'S';
      i += 2;
    } else if (rest.starts_with("sh") || rest.starts_with("ch")) {
      merged += 'S';
      ++i;
    } else if (rest.starts_with("ph")) {
      merged += 'f';
      ++i;
    } else if (rest.starts_with("kh") || rest.starts_with("ck")) {
      merged += 'k';
      ++i;
    } else if (rest.starts_with("dj")) {
      merged += 'g';  // ج in French spellings: Djamel
      ++i;
    } else if (rest.starts_with("gh")) {
      merged += 'g';  // غ, which Arabic script also uses for a foreign g
      ++i;
    } else if (c == 'c' &&
               (rest.starts_with("ce") || rest.starts_with("ci") || rest.starts_with("cy"))) {
      merged += 's';
    } else if (rest.starts_with("th") || rest.starts_with("dh")) {
      merged += c == 't' ? 't' : 'd';
      ++i;
    } else if (c == 'q' || c == 'c') {
      merged += 'k';
    } else if (c == 'x') {
      merged += "ks";
    } else if (c == 'v') {
      merged += 'f';  // Arabic script writes v as ف
    } else if (c == 'p') {
      merged += 'b';
    } else if (c == 'j') {
      merged += 'g';
    } else if (c == 'z') {
      merged += 's';
    } else {
      merged += c;
    }
  }
  std::string key;
  for (std::size_t i = 0; i < merged.size(); ++i) {
    const char c = merged[i];
    const bool vowel = c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    const bool semivowel = c == 'w' || c == 'y';
    if (vowel || (semivowel && i > 0)) continue;
    // A first y is the j of other spellings: Yorman and Jorman, Yesenia and Jesenia, Yosef
    // and Joseph (and j is already g, as in Jamal and Gamal).
    if (c == 'y' && i == 0) {
      key += 'g';
      continue;
    }
    if (c == 'h' && i + 1 == merged.size() && i > 0) continue;
    if (c < 'a' && c != 'S') continue;  // digits and anything else
    if (!key.empty() && key.back() == c) continue;
    key += c;
  }
  return key;
}

NormalisedName normalise_name(std::string_view text) {
  const std::string folded =
      fold_for_search(is_ascii(text) ? std::string(text) : prepare_arabic(text));
  const std::vector<std::string_view> words = split_words(folded);
  NormalisedName name;
  for (std::size_t i = 0; i < words.size(); ++i) {
    std::string word(words[i]);
    if (one_of(word, kConnectors) && words.size() > 1) continue;
    // Arabic script gives "bd" for عبد; Latin gives abd, abdul, abdel…
    if ((one_of(word, kAbd) || word == "bd") && i + 1 < words.size()) {
      std::size_t next = i + 1;
      while (next + 1 < words.size() && one_of(words[next], kConnectors)) ++next;
      word = "abd" + std::string(words[next]);
      i = next;
    }
    word = without_abd_link(word);
    name.parts.push_back({word, phonetic_key(word)});
  }
  return name;
}

}  // namespace haven::linkage
