#pragma once
// The parser of UN resolution text as it comes out of the official PDFs: numbers pushed
// after the first line, footnote markers left inline, hyphenation, page joins. It turns
// such text into a Resolution (law/resolution.h). Stateless and thread-safe.

#include <string_view>
#include <vector>

#include "haven/core/result.h"
#include "haven/law/resolution.h"

namespace haven::law {

struct ParsedResolution {
  Resolution resolution;
  // Repairs and doubts, each with its line: a numbering jump, a footnote out of order.
  std::vector<ParseWarning> warnings;
};

// Parses the text of a General Assembly or Human Rights Council resolution laid out as the
// official documents are: `66/172. Protection of migrants`, `The General Assembly,`,
// preambular paragraphs, numbered operative paragraphs with lettered sub-paragraphs, and
// the closing meeting line and date. Fails with kInvalidDocument, naming the line, on an
// empty file, binary data, a missing title or organ line, or no operative paragraph.
Result<ParsedResolution> parse_resolution(std::string_view text);

}  // namespace haven::law
