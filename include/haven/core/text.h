#pragma once
// Text helpers that need Unicode: folding names for search across scripts and diacritics.

#include <string>
#include <string_view>
#include <vector>

namespace haven {

// Folds a name for search: any script transliterated to Latin, then to ASCII, lower-cased,
// punctuation turned to spaces and runs of spaces collapsed. "José Núñez" and "JOSE NUNEZ"
// fold alike; "Ηλίας" becomes "elias". Thread-safe (one ICU transliterator per thread).
std::string fold_for_search(std::string_view text);

// The consonants of a folded (ASCII, lower-case) name word, doubled letters once: the key under
// which spellings of one name meet across scripts, since Arabic and Hebrew script, written
// without vowels, transliterate to their consonants. "mohamed", "muhammad" and محمد ("mhmd")
// all give "mhmd". Vowels are a, e, i, o, u and y; anything not a letter is dropped.
std::string consonant_skeleton(std::string_view folded_word);

// The words of a text separated by spaces (as fold_for_search leaves it); runs of spaces
// give no empty words. The views point into `text`.
std::vector<std::string_view> split_words(std::string_view text);

// True when every byte of `text` is ASCII (no transliteration needed).
bool is_ascii(std::string_view text);

// True when `text` is well-formed UTF-8.
bool is_valid_utf8(std::string_view text);

// Number of Unicode code points in well-formed UTF-8 text.
std::size_t count_code_points(std::string_view text);

// Levenshtein distance in bytes, to suggest the key or field a typo meant.
std::size_t edit_distance(std::string_view a, std::string_view b);

// A CSV field as RFC 4180 writes it: quoted (quotes doubled) when it holds a comma, a quote
// or a line break.
std::string csv_field(std::string_view text);

// Text escaped for XML or HTML element content and attribute values (& < > " and ', the
// last as &#39;, which both read).
std::string xml_escape(std::string_view text);

}  // namespace haven
