// Cutting the body into paragraphs. The official PDFs set each operative number in a
// margin, so text extraction often puts `1.` on its own line *after* the paragraph's first
// line (`Calls upon States … human rights` / `1.` / `and fundamental freedoms …`), and
// sometimes before it (`4.` / `Also reaffirms …`). Which of the two happened is read from
// the neighbouring lines: a paragraph's first line follows a line that ends a paragraph.
#include <cctype>
#include <optional>

#include "law/actions.h"
#include "law/parse_steps.h"

namespace haven::law {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }

// `12.` alone, or `12. Takes note …` (then `*rest` is the text after the number).
std::optional<int> paragraph_number(std::string_view line, std::string_view* rest) {
  std::size_t digits = 0;
  while (digits < line.size() && is_digit(line[digits])) ++digits;
  if (digits == 0 || digits > 3 || digits >= line.size() || line[digits] != '.') return {};
  if (line[0] == '0') return {};
  auto after = line.substr(digits + 1);
  if (!after.empty() && (after[0] != ' ' || after.size() < 2 || !is_upper(after[1]))) return {};
  *rest = after.empty() ? after : after.substr(1);
  return std::stoi(std::string(line.substr(0, digits)));
}

// `(g) Reaffirms …`: the label and the text after it.
std::optional<std::string> point_label(std::string_view line, std::string_view* rest) {
  if (line.size() < 4 || line[0] != '(') return {};
  auto close = line.find(')');
  if (close == std::string_view::npos || close < 2 || close > 5) return {};
  auto label = line.substr(1, close - 1);
  for (char c : label) {
    if (c < 'a' || c > 'z') return {};
  }
  if (close + 1 >= line.size() || line[close + 1] != ' ') return {};
  // A point opens with a capital; `(b) of resolution 69/229` continues `paragraph 10`.
  if (close + 2 < line.size() && is_lower(line[close + 2])) return {};
  *rest = line.substr(close + 2);
  return std::string(label);
}

bool is_roman(std::string_view label) {
  return label.find_first_not_of("ivx") == std::string_view::npos;
}

// The punctuation a line ends with, a footnote marker after it (`2011, 1`) set aside; 0
// when it ends with a word.
char closing_mark(std::string_view line) {
  for (bool more = true; more && !line.empty();) {
    more = true;
    if (is_digit(line.back()) || line.back() == ' ') {
      line.remove_suffix(1);
    } else if (line.ends_with("\xC2\xB9") || line.ends_with("\xC2\xB2") ||
               line.ends_with("\xC2\xB3")) {
      line.remove_suffix(2);  // superscript one, two, three
    } else if (line.size() >= 3 && line[line.size() - 3] == '\xE2' &&
               line[line.size() - 2] == '\x81') {
      line.remove_suffix(3);  // superscript zero, four … nine
    } else {
      more = false;
    }
  }
  if (line.empty()) return 0;
  char last = line.back();
  return last == ',' || last == ';' || last == ':' || last == '.' ? last : 0;
}

// `,` closes a preambular paragraph; `;`, `:` or `.` an operative one.
bool ends_paragraph(std::string_view line) { return closing_mark(line) != 0; }

// An operative paragraph's first line may end with a comma, never with these.
bool ends_operative(std::string_view line) {
  char mark = closing_mark(line);
  return mark != 0 && mark != ',';
}

bool opens_operative_paragraph(std::string_view line) {
  auto opening = find_opening(line, Part::kOperative);
  return !opening.force.empty();
}

std::string next_letter(const std::string& letter) {
  if (letter.empty()) return "a";
  if (letter.size() == 1 && letter[0] < 'z')
    return std::string(1, static_cast<char>(letter[0] + 1));
  return letter + "a";
}

Error refuse(int line, std::string message) {
  return Error{ErrorCode::kInvalidDocument, "", std::move(message), line};
}

// `89th plenary meeting`, `37th meeting`.
bool is_meeting_line(std::string_view line) {
  std::size_t digits = 0;
  while (digits < line.size() && is_digit(line[digits])) ++digits;
  if (digits == 0) return false;
  auto rest = line.substr(digits);
  for (auto suffix : {"st ", "nd ", "rd ", "th "}) {
    if (rest.starts_with(suffix)) {
      rest.remove_prefix(3);
      return rest == "plenary meeting" || rest == "meeting";
    }
  }
  return false;
}

// `66/172. Protection of migrants`: the symbol and the title.
bool read_title(std::string_view line, std::string* symbol, std::string* title) {
  std::size_t at = 0;
  while (at < line.size() && is_digit(line[at])) ++at;
  if (at == 0 || at > 4 || at >= line.size() || line[at] != '/') return false;
  std::size_t second = at + 1;
  while (second < line.size() && is_digit(line[second])) ++second;
  if (second == at + 1 || second - at - 1 > 4 || line.substr(second, 2) != ". ") return false;
  *symbol = std::string(line.substr(0, second));
  *title = std::string(line.substr(second + 2));
  return true;
}

// `26/19` alone: the symbol of a Council resolution in its own document, where the title
// follows on the next lines instead of after the symbol.
bool read_bare_symbol(std::string_view line, std::string* symbol) {
  auto slash = line.find('/');
  if (slash == std::string_view::npos || slash == 0 || slash > 4 || line.size() - slash < 2 ||
      line.size() - slash - 1 > 4) {
    return false;
  }
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (i != slash && !is_digit(line[i])) return false;
  }
  *symbol = std::string(line);
  return true;
}

// `The General Assembly,` → `General Assembly`.
std::string read_organ(std::string_view line) {
  if (!line.starts_with("The ") || !line.ends_with(',') || line.size() < 7) return {};
  auto organ = line.substr(4, line.size() - 5);
  if (!is_upper(organ[0]) || organ.find_first_of(",.;:") != std::string_view::npos) return {};
  return std::string(organ);
}

// `Resolution adopted by the General Assembly on 19 December 2011`, above the title in the
// official documents: the date, used when the closing lines lack it.
std::string adoption_date_in_header(std::string_view line) {
  if (!line.starts_with("Resolution adopted by the ")) return {};
  auto on = line.rfind(" on ");
  return on == std::string_view::npos ? std::string{} : iso_date(line.substr(on + 4));
}

}  // namespace

Result<Skeleton> find_structure(const Source& source, std::vector<ParseWarning>& warnings) {
  const auto& all = source.lines;
  Skeleton skeleton;
  // The organ line within four lines after `from`, or all.size().
  auto organ_after = [&](std::size_t from) {
    for (auto i = from + 1; i < all.size() && i <= from + 4; ++i) {
      if (!read_organ(all[i].text).empty()) return i;
    }
    return all.size();
  };
  // The title: `66/172. Protection of migrants`, or a bare `26/19` with the title below it
  // (not the bare symbol some headers print above a title line of the first kind).
  std::size_t title = 0;
  std::string header_date;
  bool bare = false;
  for (; title < all.size(); ++title) {
    const auto& text = all[title].text;
    if (read_title(text, &skeleton.symbol, &skeleton.title)) break;
    std::string next_symbol, next_title;
    bool title_follows =
        title + 1 < all.size() && read_title(all[title + 1].text, &next_symbol, &next_title);
    if (read_bare_symbol(text, &skeleton.symbol) && !title_follows &&
        organ_after(title + 1) < all.size()) {
      bare = true;
      break;
    }
    if (auto date = adoption_date_in_header(text); !date.empty()) header_date = date;
  }
  if (title == all.size()) {
    return refuse(all.front().number,
                  "no title line such as \"66/172. Protection of migrants\" was found");
  }
  std::size_t organ = organ_after(bare ? title + 1 : title);
  if (organ == all.size()) {
    return refuse(all[title].number + 1,
                  "no line naming the organ, such as \"The General Assembly,\", follows the title");
  }
  skeleton.organ = read_organ(all[organ].text);
  // A title that wraps: its lines joined like a paragraph's.
  std::vector<std::string_view> title_lines;
  if (!bare) title_lines.push_back(skeleton.title);
  for (auto i = title + 1; i < organ; ++i) title_lines.push_back(all[i].text);
  skeleton.title = join_lines(title_lines);

  // The closing lines: meeting, date, and the Council's `[Adopted without a vote.]`.
  std::size_t end = all.size();
  while (end > organ + 1) {
    const auto& text = all[end - 1].text;
    if (is_meeting_line(text)) {
      skeleton.meeting = text;
    } else if (auto date = iso_date(text); !date.empty()) {
      skeleton.adopted = date;
    } else if (!(text.starts_with('[') && text.ends_with(']'))) {
      break;
    }
    --end;
  }
  if (skeleton.adopted.empty()) skeleton.adopted = header_date;

  std::vector<std::string_view> body;
  std::vector<int> numbers;
  for (auto i = organ + 1; i < end; ++i) {
    body.push_back(all[i].text);
    numbers.push_back(all[i].number);
  }
  if (body.empty()) return refuse(all[organ].number, "the resolution has no paragraphs");

  // Where each operative paragraph starts, and the number lines to drop.
  const std::size_t n = body.size();
  std::vector<int> operative(n, 0);
  std::vector<std::string_view> text_of(body);
  std::vector<bool> skip(n, false);
  auto starts_paragraph = [&](std::size_t p) {
    return p == 0 || ends_paragraph(body[p - 1]) || skip[p - 1];
  };
  for (std::size_t i = 0; i < n; ++i) {
    std::string_view rest;
    auto number = paragraph_number(body[i], &rest);
    if (!number) continue;
    if (!rest.empty()) {
      operative[i] = *number;
      text_of[i] = rest;
      continue;
    }
    skip[i] = true;
    bool has_previous = i > 0 && !skip[i - 1] && operative[i - 1] == 0;
    std::string_view ignored;
    bool previous_starts = has_previous && is_upper(body[i - 1][0]) &&
                           !point_label(body[i - 1], &ignored) && starts_paragraph(i - 1);
    bool previous_can_open = previous_starts && !ends_operative(body[i - 1]);
    bool next_opens = i + 1 < n && opens_operative_paragraph(body[i + 1]);
    bool pushed =
        previous_can_open && (opens_operative_paragraph(body[i - 1]) || !next_opens || i + 1 == n);
    // A paragraph of one line ends where it starts (`Decides to remain seized of the
    // matter.` / `6.`); its number comes after it when no line that could open a paragraph
    // follows: a point `(a)`, or nothing.
    bool next_can_open = i + 1 < n && is_upper(body[i + 1][0]) &&
                         !point_label(body[i + 1], &ignored) &&
                         !paragraph_number(body[i + 1], &ignored);
    bool pushed_after_one_line =
        previous_starts && !next_can_open && opens_operative_paragraph(body[i - 1]);
    if (pushed || pushed_after_one_line) {
      operative[i - 1] = *number;
    } else if (i + 1 < n) {
      operative[i + 1] = *number;
    } else {
      return refuse(numbers[i],
                    "paragraph number " + std::to_string(*number) + " is followed by no text");
    }
  }
  std::size_t first_operative = n;
  for (std::size_t i = 0; i < n; ++i) {
    if (operative[i] > 0) {
      first_operative = i;
      break;
    }
  }
  if (first_operative == n) {
    return refuse(numbers.back(),
                  "no operative paragraph was found: expected numbered paragraphs such as "
                  "\"1. Calls upon States …\"");
  }

  Unit* current = nullptr;
  int previous_number = 0;
  std::string letter;
  for (std::size_t i = 0; i < n; ++i) {
    if (skip[i]) continue;
    std::string_view rest;
    std::optional<std::string> label;
    if (i > first_operative && operative[i] == 0) label = point_label(body[i], &rest);
    if (label && is_roman(*label) && *label != next_letter(letter)) label.reset();
    // A point that ends with a colon introduces items numbered (i), (ii): after
    // `(h) … including on:`, `(i) The situation …` is its first item, not point (i).
    if (label && *label == "i" && !letter.empty() && closing_mark(body[i - 1]) == ':') {
      label.reset();
    }
    bool opens = operative[i] > 0 || label.has_value() ||
                 (i < first_operative &&
                  (i == 0 || (ends_paragraph(body[i - 1]) && opens_preambular_paragraph(body[i]))));
    if (opens) {
      Unit unit;
      unit.line = numbers[i];
      if (operative[i] > 0) {
        unit.kind = Unit::Kind::kOperative;
        unit.number = operative[i];
        if (unit.number != previous_number + 1) {
          warnings.push_back({numbers[i], "operative paragraph " + std::to_string(unit.number) +
                                              " follows paragraph " +
                                              std::to_string(previous_number)});
        }
        previous_number = unit.number;
        letter.clear();
        unit.lines.push_back(text_of[i]);
      } else if (label) {
        unit.kind = Unit::Kind::kPoint;
        if (*label != next_letter(letter)) {
          warnings.push_back({numbers[i], "sub-paragraph (" + *label + ") follows (" +
                                              (letter.empty() ? "none" : letter) + ")"});
        }
        letter = *label;
        unit.letter = *label;
        unit.lines.push_back(rest);
      } else {
        unit.lines.push_back(body[i]);
      }
      skeleton.units.push_back(std::move(unit));
      current = &skeleton.units.back();
    } else {
      current->lines.push_back(body[i]);
    }
  }
  return skeleton;
}

}  // namespace haven::law
