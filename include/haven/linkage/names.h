#pragma once
// Names made comparable across scripts and spellings (issue 8): "محمد عبد الرحمن",
// "Mohamed Abdelrahman" and "Muhammad Abd al-Rahman" become the same parts with the same
// phonetic keys. Comparators (compare.h) then score the parts.

#include <string>
#include <string_view>
#include <vector>

namespace haven::linkage {

// One part of a name: its folded Latin letters and its phonetic key.
struct NamePart {
  std::string latin;  // ASCII, lower case: "abdrahman"
  std::string key;    // spellings of one name share it: "bdrhmn"
};

// A name's parts in the order written, with articles and connectors (al-, bin, de, van…)
// left out and compounds (Abd al-…, Abdul …) made one part.
struct NormalisedName {
  std::vector<NamePart> parts;
};

// Any script: transliterated to Latin, then to ASCII (ICU), case and diacritics folded.
NormalisedName normalise_name(std::string_view text);

// The phonetic key of one folded Latin word: letters that stand for one sound in different
// spelling traditions merged (q/k, v/w, p/b, j/g …), vowels dropped (Arabic script writes
// few of them, so its transliterations have none), w and y kept only at the start (they are
// vowels inside a word), a final h dropped, doubled letters once.
std::string phonetic_key(std::string_view latin_word);

}  // namespace haven::linkage
