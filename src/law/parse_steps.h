#pragma once
// The steps of the resolution parser (parser.cpp runs them in order). Internal to the law
// module.

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "haven/core/result.h"
#include "haven/law/resolution.h"

namespace haven::law {

// A non-empty source line, trimmed, with its 1-based number in the file.
struct SourceLine {
  std::string text;
  int number = 0;
};

// The lines that carry the resolution, with page furniture (running symbols, job numbers,
// page numbers) and footnote blocks taken out; the footnotes' own text by number.
struct Source {
  std::vector<SourceLine> lines;
  std::map<int, std::string> notes;
  std::map<int, int> note_lines;  // the line each note starts on, by number
};

// Step 1 (lines.cpp): refuses empty and binary input; splits, trims, sets furniture aside.
Result<Source> read_source(std::string_view text, std::vector<ParseWarning>& warnings);

// One paragraph or sub-paragraph before cleaning: its lines, in order.
struct Unit {
  enum class Kind { kPreamble, kOperative, kPoint };
  Kind kind = Kind::kPreamble;
  int number = 0;      // operative paragraphs: as printed
  std::string letter;  // points
  std::vector<std::string_view> lines;
  int line = 0;  // first source line
};

// Step 2 (structure.cpp): the title, organ and closing lines, and the body cut into units.
struct Skeleton {
  std::string symbol;
  std::string title;
  std::string organ;
  std::string meeting;
  std::string adopted;  // YYYY-MM-DD
  std::vector<Unit> units;
};
Result<Skeleton> find_structure(const Source& source, std::vector<ParseWarning>& warnings);

// Step 3 (text_join.cpp): one paragraph's lines as one line, hyphenation undone.
std::string join_lines(const std::vector<std::string_view>& lines);

// Step 4 (footnotes.cpp): removes footnote markers from a paragraph's joined text. `highest`
// is the highest footnote number seen so far in the document, updated.
struct Cleaned {
  std::string text;
  std::vector<FootnoteRef> footnotes;
};
Cleaned remove_footnote_markers(std::string_view text, int& highest, int line,
                                std::vector<ParseWarning>& warnings);

// Step 5 (extract.cpp): what a legal reader wants from a cleaned paragraph.
void extract_references(std::string_view organ, Provision& provision);

// Shared helpers (text_join.cpp).
bool is_month_name(std::string_view word);
int month_number(std::string_view word);  // 1..12, or 0
// `19 December 2011` as `2011-12-19`; empty when the text is not such a date.
std::string iso_date(std::string_view text);
// `2011-12-19` as `19 December 2011`, the way resolutions print it; anything else unchanged.
std::string printed_date(const std::string& iso);
// The citation id of a resolution of `organ` numbered `symbol`; empty for unknown organs.
std::string resolution_id(std::string_view organ, std::string_view symbol);

}  // namespace haven::law
