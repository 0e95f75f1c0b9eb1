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

// `11-46835`, `11-46835 (E)`, `2 11-46835`, `11-46835 3`: the job number of the printed
// document, alone or beside a page number.
bool is_job_number(std::string_view s) {
  auto dash = s.find('-');
  if (dash == std::string_view::npos) return false;
  std::size_t begin = s.rfind(' ', dash);
  begin = begin == std::string_view::npos ? 0 : begin + 1;
  std::size_t end = s.find(' ', dash);
  auto left = s.substr(begin, dash - begin);
  auto right = s.substr(dash + 1, end == std::string_view::npos ? end : end - dash - 1);
  if (left.size() != 2 || !all_digits(left) || right.size() != 5 || !all_digits(right)) {
    return false;
  }
  auto before = s.substr(0, begin);
  auto after = end == std::string_view::npos ? std::string_view{} : s.substr(end + 1);
  auto page_or_empty = [](std::string_view part) {
    while (!part.empty() && part.back() == ' ') part.remove_suffix(1);
    return part.empty() || part == "(E)" || (part.size() <= 3 && all_digits(part));
  };
  return page_or_empty(before) && page_or_empty(after);
}

// Running headers: the document symbol (`A/RES/66/172`) and page counters (`2/7`).
bool is_page_furniture(std::string_view s) {
  if (s.starts_with("A/RES/") || s.starts_with("A/HRC/RES/")) {
    return s.find(' ') == std::string_view::npos;
  }
  if (is_job_number(s)) return true;
  auto slash = s.find('/');
  if (slash != std::string_view::npos && slash <= 2 && s.size() - slash - 1 <= 2) {
    return all_digits(s.substr(0, slash)) && all_digits(s.substr(slash + 1));
  }
  return false;
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
  int last_note = 0;
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
    if (line.empty()) {
      in_notes = false;
    } else if (is_footnote_rule(line)) {
      in_notes = true;
    } else if (is_page_furniture(line)) {
      in_notes = false;
    } else if (in_notes) {
      std::string_view rest;
      int note = footnote_number(line, &rest);
      if (note > 0) {
        if (source.notes.count(note) > 0) {
          warnings.push_back({number, "footnote " + std::to_string(note) + " is given twice"});
        }
        source.notes[note] = std::string(rest);
        last_note = note;
      } else if (last_note > 0 && !source.notes[last_note].ends_with('.')) {
        source.notes[last_note] += " " + line;
      } else {
        in_notes = false;
        source.lines.push_back({std::move(line), number});
      }
    } else {
      source.lines.push_back({std::move(line), number});
    }
    if (page_break) in_notes = false;
  }
  if (source.lines.empty()) return refuse(1, "the file is empty");
  return source;
}

}  // namespace haven::law
