// Reading the raw text: refusing what is not a resolution's text at all, and setting aside
// what PDF extraction adds around it — running document symbols, job numbers and page
// numbers at page joins, and the footnote block under its rule of underscores.
#include <cctype>

#include "haven/core/text.h"
#include "law/parse_steps.h"

namespace haven::law {
namespace {

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

std::string trim(std::string_view s) {
  auto begin = s.find_first_not_of(' ');
  if (begin == std::string_view::npos) return {};
  auto end = s.find_last_not_of(' ');
  return std::string(s.substr(begin, end - begin + 1));
}

// Tabs and no-break spaces become spaces; runs of spaces become one.
std::string normalise_spaces(std::string_view raw) {
  std::string out;
  out.reserve(raw.size());
  for (std::size_t i = 0; i < raw.size(); ++i) {
    char c = raw[i];
    bool space = c == '\t' || c == '\v' || c == '\r';
    if (c == '\xC2' && i + 1 < raw.size() && raw[i + 1] == '\xA0') {
      space = true;
      ++i;
    }
    if (space) c = ' ';
    if (c == ' ' && !out.empty() && out.back() == ' ') continue;
    out += c;
  }
  return trim(out);
}

// `2/7`: a page counter.
bool is_page_counter(std::string_view s) {
  auto slash = s.find('/');
  if (slash == std::string_view::npos || slash == 0 || slash > 2 || s.size() - slash - 1 > 2) {
    return false;
  }
  return all_digits(s.substr(0, slash)) && all_digits(s.substr(slash + 1));
}

// `11-46835`, `11-46835 (E)`, `2 11-46835`, `GE.14-08307 3`, `2/9 16-01948`: the job number of
// the printed document, alone or beside a page number or counter (later documents print
// `3/9` where earlier ones print `3`).
bool is_job_number(std::string_view s) {
  auto dash = s.find('-');
  if (dash == std::string_view::npos) return false;
  std::size_t begin = s.rfind(' ', dash);
  begin = begin == std::string_view::npos ? 0 : begin + 1;
  std::size_t end = s.find(' ', dash);
  auto left = s.substr(begin, dash - begin);
  if (left.starts_with("GE.")) left.remove_prefix(3);  // printed in Geneva
  auto right = s.substr(dash + 1, end == std::string_view::npos ? end : end - dash - 1);
  if (left.size() != 2 || !all_digits(left) || right.size() != 5 || !all_digits(right)) {
    return false;
  }
  auto before = s.substr(0, begin);
  auto after = end == std::string_view::npos ? std::string_view{} : s.substr(end + 1);
  auto page_or_empty = [](std::string_view part) {
    while (!part.empty() && part.back() == ' ') part.remove_suffix(1);
    return part.empty() || part == "(E)" || (part.size() <= 3 && all_digits(part)) ||
           is_page_counter(part);
  };
  return page_or_empty(before) && page_or_empty(after);
}

// `A/RES/70/147`, `A/HRC/RES/23/20`, with no punctuation after it.
bool is_document_symbol(std::string_view word) {
  return (word.starts_with("A/RES/") || word.starts_with("A/HRC/RES/")) &&
         std::isalnum(static_cast<unsigned char>(word.back())) != 0;
}

// Running headers: the document symbol (`A/RES/66/172`), alone or, in later documents,
// beside the running title (`A/RES/70/147 Protection of migrants` on even pages,
// `Protection of migrants A/RES/70/147` on odd ones), and page counters (`2/7`). Body text
// names resolutions by their session number (`resolution 70/147`), so a line that opens or
// ends with the full symbol, bare of punctuation, is a header.
bool is_page_furniture(std::string_view s) {
  auto first_space = s.find(' ');
  auto last_space = s.rfind(' ');
  if (is_document_symbol(s.substr(0, first_space))) return true;
  if (last_space != std::string_view::npos && is_document_symbol(s.substr(last_space + 1))) {
    return true;
  }
  return is_job_number(s) || is_page_counter(s);
}

bool is_footnote_rule(std::string_view s) {
  return s.size() >= 3 && s.find_first_not_of('_') == std::string_view::npos;
}

// `12 See A/66/53, chap. I.`: a footnote's number and text, or 0.
int footnote_number(std::string_view s, std::string_view* rest) {
  std::size_t digits = 0;
  while (digits < s.size() && digits < 4 && std::isdigit(static_cast<unsigned char>(s[digits]))) {
    ++digits;
  }
  if (digits == 0 || digits > 3 || digits >= s.size() || s[digits] != ' ' || s[0] == '0') {
    return 0;
  }
  *rest = s.substr(digits + 1);
  return std::stoi(std::string(s.substr(0, digits)));
}

Error refuse(int line, std::string message) {
  return Error{ErrorCode::kInvalidDocument, "", std::move(message), line};
}

}  // namespace

Result<Source> read_source(std::string_view text, std::vector<ParseWarning>& warnings) {
  Source source;
  bool in_notes = false;
  std::string* open_note = nullptr;  // the note a line without a number continues
  std::string unnumbered;
  bool after_adopted_by = false;
  int number = 0;
  std::size_t at = 0;
  while (at <= text.size()) {
    auto end = text.find_first_of("\n\f", at);
    if (end == std::string_view::npos) end = text.size();
    auto raw = text.substr(at, end - at);
    bool page_break = end < text.size() && text[end] == '\f';
    ++number;
    at = end + 1;
    if (!is_valid_utf8(raw)) return refuse(number, "the text is not UTF-8; is this a binary file?");
    for (char c : raw) {
      auto byte = static_cast<unsigned char>(c);
      if (byte < 0x20 && c != '\t' && c != '\r' && c != '\v') {
        return refuse(number, "control character " + std::to_string(byte) +
                                  " in the text; is this a binary file?");
      }
    }
    auto line = normalise_spaces(raw);
    bool blank = line.empty();
    bool adopted_by = line.starts_with("Resolution adopted by ");
    if (blank) {
      in_notes = false;
    } else if (is_footnote_rule(line)) {
      in_notes = true;
    } else if (is_page_furniture(line) && !(is_page_counter(line) && after_adopted_by)) {
      // (A Council resolution's own document prints its symbol, `18/21`, alone under
      // `Resolution adopted by the Human Rights Council`; that is no page counter.)
      in_notes = false;
    } else if (in_notes) {
      std::string_view rest;
      int note = footnote_number(line, &rest);
      if (note > 0) {
        if (source.notes.count(note) > 0) {
          warnings.push_back({number, "footnote " + std::to_string(note) + " is given twice"});
        }
        source.notes[note] = std::string(rest);
        source.note_lines[note] = number;
        open_note = &source.notes[note];
      } else if (line.starts_with('*')) {
        // `* The resolutions … will be contained in the report …`: a note on the document
        // as a whole, marked in its header; set aside with the others, attached to nothing.
        unnumbered = line;
        open_note = &unnumbered;
      } else if (open_note != nullptr && !open_note->ends_with('.')) {
        *open_note += " " + line;
      } else {
        in_notes = false;
        source.lines.push_back({std::move(line), number});
      }
    } else {
      source.lines.push_back({std::move(line), number});
    }
    if (!blank) after_adopted_by = adopted_by;
    if (page_break) in_notes = false;
  }
  if (source.lines.empty()) return refuse(1, "the file is empty");
  return source;
}

}  // namespace haven::law
