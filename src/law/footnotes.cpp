// Footnote markers. Print sets them as superscripts; text taken from the PDFs leaves them as
// plain digits beside the word they follow, spaced or glued (`Rights, 2 which`,
// `Relations,9`, `Families10`), among real numbers (`65/212`, `14 and 15 September 2006`,
// `OC-16/99`). What tells them apart: footnotes are numbered in order through the document,
// so a new marker is always the next number; a marker follows the name or date it annotates
// and is never followed by a month or a unit; a number after `on`, `of`, `article` … is
// part of the sentence. Superscript digits (from a clean rendering) are always markers.
#include <array>
#include <cctype>
#include <cstring>

#include "law/parse_steps.h"

namespace haven::law {
namespace {

// Words after which a number belongs to the sentence (`article 5`, `on 14 and 15 …`).
constexpr std::string_view kBeforeNumber[] = {"on",
                                              "of",
                                              "in",
                                              "at",
                                              "by",
                                              "from",
                                              "to",
                                              "and",
                                              "or",
                                              "than",
                                              "article",
                                              "articles",
                                              "paragraph",
                                              "paragraphs",
                                              "para",
                                              "paras",
                                              "resolution",
                                              "resolutions",
                                              "decision",
                                              "decisions",
                                              "no",
                                              "nos",
                                              "chapter",
                                              "chapters",
                                              "annex",
                                              "item",
                                              "items",
                                              "rule",
                                              "rules",
                                              "principle",
                                              "principles",
                                              "goal",
                                              "goals",
                                              "target",
                                              "targets",
                                              "section",
                                              "sections",
                                              "part",
                                              "parts",
                                              "volume",
                                              "vol",
                                              "page",
                                              "pages",
                                              "p",
                                              "pp",
                                              "session",
                                              "sessions",
                                              "appendix",
                                              "table",
                                              "figure",
                                              "indicator",
                                              "indicators",
                                              "recommendation",
                                              "recommendations",
                                              "comment",
                                              "protocol",
                                              "over",
                                              "under",
                                              "least",
                                              "about",
                                              "some",
                                              "the",
                                              "its",
                                              "their",
                                              "with",
                                              "for",
                                              "every",
                                              "each"};

// Abbreviations that a number follows (`No. 2 (2013)`, `para. 4`).
constexpr std::string_view kAbbreviations[] = {"no", "nos", "para", "paras", "vol",  "vols", "p",
                                               "pp", "art", "arts", "chap",  "sect", "sects"};

// Words after which a number counts something (`12 States`, `5 per cent`).
constexpr std::string_view kAfterNumber[] = {
    "per",     "percent", "years",    "year",   "months",    "month",    "weeks",    "days",
    "hours",   "persons", "people",   "States", "countries", "migrants", "children", "members",
    "million", "billion", "thousand", "times",  "women",     "men"};

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_letter(char c) { return is_lower(c) || is_upper(c); }

std::string lower(std::string_view word) {
  std::string out;
  for (char c : word) out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool ends_with_closing_quote(std::string_view text) {
  return text.ends_with("\xE2\x80\x9D") || text.ends_with("\xE2\x80\x99") || text.ends_with('"') ||
         text.ends_with(')');
}

// The value of a superscript digit starting at `at` (UTF-8), and its length; -1 if none.
int superscript_digit(std::string_view text, std::size_t at, std::size_t* length) {
  auto rest = text.substr(at);
  if (rest.starts_with("\xC2\xB9")) return *length = 2, 1;
  if (rest.starts_with("\xC2\xB2")) return *length = 2, 2;
  if (rest.starts_with("\xC2\xB3")) return *length = 2, 3;
  if (rest.size() >= 3 && rest[0] == '\xE2' && rest[1] == '\x81') {
    auto third = static_cast<unsigned char>(rest[2]);
    if (third == 0xB0) return *length = 3, 0;
    if (third >= 0xB4 && third <= 0xB9) return *length = 3, third - 0xB0;
  }
  return -1;
}

// The word that ends just before `end` (skipping one space), without trailing punctuation.
std::string_view word_before(std::string_view text, std::size_t end) {
  if (end > 0 && text[end - 1] == ' ') --end;
  std::size_t begin = text.rfind(' ', end == 0 ? 0 : end - 1);
  begin = begin == std::string_view::npos ? 0 : begin + 1;
  if (begin > end) return {};
  auto word = text.substr(begin, end - begin);
  while (!word.empty() && std::strchr(",;:.", word.back()) != nullptr) word.remove_suffix(1);
  return word;
}

std::string_view word_after(std::string_view text, std::size_t at) {
  while (at < text.size() && text[at] == ' ') ++at;
  auto end = text.find_first_of(" ,;:.", at);
  return text.substr(at, end == std::string_view::npos ? end : end - at);
}

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!is_digit(c)) return false;
  }
  return true;
}

enum class Attachment { kNone, kSpaced, kGlued };

// How the digit run [begin, end) sits in the text, if it could be a marker at all.
Attachment attachment(std::string_view text, std::size_t begin, std::size_t end) {
  if (begin == 0 || end - begin > 3 || text[begin] == '0') return Attachment::kNone;
  if (end < text.size()) {
    char next = text[end];
    bool decimal = (next == '.' || next == ',') && end + 1 < text.size() && is_digit(text[end + 1]);
    if (decimal || (next != ' ' && std::strchr(",;:.)", next) == nullptr)) {
      return Attachment::kNone;
    }
  }
  char prev = text[begin - 1];
  if (prev == ' ') {
    if (begin < 2) return Attachment::kNone;
    auto word = word_before(text, begin - 1);
    if (word.empty()) return Attachment::kNone;
    // After a number (`paragraphs 1, 2`) only a year may precede a marker.
    if (is_digit(word.back()) && !(all_digits(word) && word.size() == 4)) return Attachment::kNone;
    return Attachment::kSpaced;
  }
  if (is_lower(prev)) return Attachment::kGlued;  // `Rights2`, not `G20`
  if (std::strchr(",;.", prev) != nullptr && begin >= 2 && is_letter(text[begin - 2])) {
    return Attachment::kGlued;  // `Relations,9`, not `1,000`
  }
  if (std::strchr(",;.", prev) != nullptr && end - begin <= 2) {
    // `2015,1`: glued after a year. A thousands group (`1,000`) has three digits.
    auto year = word_before(text, begin);
    if (year.size() == 4 && all_digits(year)) return Attachment::kGlued;
  }
  if (ends_with_closing_quote(text.substr(0, begin))) return Attachment::kGlued;
  return Attachment::kNone;
}

bool reads_as_part_of_sentence(std::string_view text, std::size_t begin, std::size_t end) {
  // `session 5` is part of the sentence; `sessions; 17` ends it before a marker.
  char mark = begin >= 2 ? (text[begin - 1] == ' ' ? text[begin - 2] : text[begin - 1]) : ' ';
  bool punctuated = std::strchr(",;:.", mark) != nullptr;
  auto before = lower(word_before(text, begin));
  // The period of an abbreviation (`No. 2`, `vol. 596`) ends no sentence.
  for (auto word : kAbbreviations) {
    if (before == word && mark == '.') return true;
  }
  for (auto word : kBeforeNumber) {
    if (before == word && !punctuated) return true;
  }
  auto after = word_after(text, end);
  if (is_month_name(after) || all_digits(after)) return true;
  for (auto word : kAfterNumber) {
    if (after == word) return true;
  }
  if (after == "and" || after == "to" || after == "or") {
    // `14 and 15 September`: a range or list of numbers.
    auto next = text.find(after, end) + after.size();
    if (all_digits(word_after(text, next))) return true;
  }
  return after.starts_with("%");
}

}  // namespace

Cleaned remove_footnote_markers(std::string_view text, int& highest, int line,
                                std::vector<ParseWarning>& warnings) {
  Cleaned cleaned;
  auto accept = [&](int number) {
    if (!cleaned.text.empty() && cleaned.text.back() == ' ') cleaned.text.pop_back();
    cleaned.footnotes.push_back({number, cleaned.text.size(), {}});
    if (number > highest + 1) {
      warnings.push_back({line, "footnote " + std::to_string(number) + " follows footnote " +
                                    std::to_string(highest) + "; the markers between are missing"});
    }
    highest = std::max(highest, number);
  };
  std::size_t at = 0;
  while (at < text.size()) {
    std::size_t length = 0;
    if (superscript_digit(text, at, &length) >= 0) {
      const std::size_t start = at;
      int number = 0;
      int digits = 0;
      while (at < text.size()) {
        int digit = superscript_digit(text, at, &length);
        if (digit < 0) break;
        number = number * 10 + digit;
        at += length;
        // Footnotes run to hundreds at most: a longer run is text, not a marker (and would
        // overflow).
        if (++digits > 3) break;
      }
      if (digits > 3 || number == 0) {
        while (at < text.size() && superscript_digit(text, at, &length) >= 0) at += length;
        cleaned.text.append(text.substr(start, at - start));
      } else {
        accept(number);
      }
      continue;
    }
    if (!is_digit(text[at]) ||
        (at > 0 && (is_digit(text[at - 1]) || text[at - 1] == '/' || text[at - 1] == '-'))) {
      cleaned.text += text[at++];
      continue;
    }
    std::size_t end = at;
    while (end < text.size() && is_digit(text[end])) ++end;
    auto how = attachment(text, at, end);
    int number = how == Attachment::kNone ? 0 : std::stoi(std::string(text.substr(at, end - at)));
    bool marker = false;
    auto before = word_before(text, at);
    if (how != Attachment::kNone && !before.empty() && !reads_as_part_of_sentence(text, at, end)) {
      bool after_name_or_mark = how == Attachment::kGlued ||
                                text[at - 2] != before.back() ||  // punctuation between
                                is_upper(before.front()) || ends_with_closing_quote(before) ||
                                (all_digits(before) && before.size() == 4);
      if (number == highest + 1) {
        marker = after_name_or_mark;
      } else if (number <= highest) {
        // A repeated footnote: a second citation of the same instrument.
        marker = how == Attachment::kGlued || is_upper(before.front()) ||
                 (all_digits(before) && before.size() == 4);
      } else if (number <= highest + 3) {
        marker = how == Attachment::kGlued;
      }
    }
    if (marker) {
      accept(number);
    } else {
      cleaned.text.append(text.substr(at, end - at));
    }
    at = end;
  }
  return cleaned;
}

}  // namespace haven::law
