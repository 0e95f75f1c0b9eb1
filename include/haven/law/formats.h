#pragma once
// The forms a parsed resolution is written in: JSON (Haven's own structure, read back by
// resolution_from_json), Akoma Ntoso 3.0 XML (the OASIS standard for legal documents) and a
// clean plain text that the parser reads back to the same structure.

#include <string>
#include <string_view>

#include "haven/core/result.h"
#include "haven/law/resolution.h"

namespace haven::law {

// The whole structure as JSON, indented for people to read.
std::string to_json(const Resolution& resolution);
// Reads what to_json wrote; kInvalidJson or kInvalidField naming the field otherwise.
Result<Resolution> resolution_from_json(std::string_view json);

// Akoma Ntoso 3.0: `<doc name="resolution">` with `<preamble>`, `<mainBody>`, paragraphs
// `para_4`, points `para_4__point_g`, footnote markers as `<authorialNote>`. Valid against
// the OASIS schema (data/law/akn/akomantoso30.xsd).
std::string to_akoma_ntoso(const Resolution& resolution);

// The text without the damage of PDF extraction: one line per paragraph, numbers in front,
// footnote markers as superscript digits, footnote texts (when known) under a rule at the
// end. parse_resolution reads it back to the same structure.
std::string to_text(const Resolution& resolution);

}  // namespace haven::law
