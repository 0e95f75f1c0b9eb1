#pragma once
// A UN resolution as structured, citable provisions: what the parser (law/parser.h) makes
// of the text users paste from the official PDFs, and what the catalogue holds. Plain
// values: copy them freely, share them read-only across threads.

#include <string>
#include <vector>

namespace haven::law {

// A footnote marker that stood in the printed text (`Human Rights,2`, `2011, 1`). The
// marker is removed from `text`; `offset` says where it stood.
struct FootnoteRef {
  // The number as printed; a later reference to an earlier footnote repeats its number.
  int number = 0;
  // Byte offset in the cleaned text of the paragraph where the marker stood (after the word
  // or punctuation it was attached to).
  std::size_t offset = 0;
  // The footnote's own text when the source carried it under a rule of underscores;
  // empty when it did not (the seed text of 66/172 does not).
  std::string note;
};

// Another resolution a paragraph cites (`resolution 65/212`, `Human Rights Council
// resolution 18/21`, `Commission on Population and Development resolutions 2006/2`).
struct CitedResolution {
  // As printed: `65/212`, `18/21`, `2006/2`.
  std::string symbol;
  // The organ that adopted it, in words: `General Assembly`, `Human Rights Council`,
  // `Commission on Population and Development`, `Economic and Social Council`.
  std::string body;
  // The citation id of the cited resolution (`A/RES/65/212`, `A/HRC/RES/18/21`); empty for
  // bodies without a document series Haven knows.
  std::string id;
};

// What a paragraph or a sub-paragraph says, cleaned, and what a legal reader extracts.
struct Provision {
  // Citation id: `A/RES/66/172 pp.3`, `A/RES/66/172 op.4`, `A/RES/66/172 op.4(g)`.
  std::string id;
  // The text with line breaks, page-join spaces, hyphenation and footnote markers undone.
  // For an operative paragraph with sub-paragraphs, only the words that introduce them.
  std::string text;
  // The opening phrase: `Recalling also`, `Calls upon`, `Reaffirms emphatically`.
  std::string action;
  // How binding the opening phrase is, for operative provisions: `decision`, `call`,
  // `encouragement`, `affirmation`, `acknowledgement`; empty for preambular ones and for
  // phrases not in the table (law/actions.cpp).
  std::string force;
  std::vector<FootnoteRef> footnotes;
  std::vector<CitedResolution> resolutions;
  // Catalogue ids of the instruments named (`VCCR`, `ICRMW`, `CRC`), in order of first
  // mention, each once.
  std::vector<std::string> instruments;
  // Dates named in the text, as `YYYY-MM-DD`, in order of mention.
  std::vector<std::string> dates;
  // 1-based line of the source where the provision starts (0 when not parsed from text).
  int line = 0;
};

// A lettered sub-paragraph: `(g) Reaffirms emphatically …`.
struct Point : Provision {
  // `a`, `b`, … as printed.
  std::string letter;
};

// A preambular (`pp.N`, counted in order) or operative (`op.N`, numbered in print)
// paragraph.
struct Paragraph : Provision {
  int number = 0;
  std::vector<Point> points;
};

// A resolution of the General Assembly or the Human Rights Council.
struct Resolution {
  // The citation id of the instrument: `A/RES/66/172`, `A/HRC/RES/18/21`.
  std::string id;
  // As printed on the title line: `66/172`.
  std::string symbol;
  // `Protection of migrants`.
  std::string title;
  // The authoring organ: `General Assembly`, `Human Rights Council`.
  std::string organ;
  // The closing meeting line: `89th plenary meeting`; empty when absent.
  std::string meeting;
  // The date of adoption from the closing lines, `YYYY-MM-DD`; empty when absent.
  std::string adopted;
  std::vector<Paragraph> preamble;
  std::vector<Paragraph> operative;
};

// Something the parser repaired or doubts, with the line it concerns. The text still parsed.
struct ParseWarning {
  int line = 0;
  std::string message;
};

}  // namespace haven::law
