#pragma once
// The promises the resolution parser and its writers make about any input whatever, checked
// in one place for the fuzz target (tests/fuzz/law_parser_fuzz.cpp) and for the replay of the
// inputs it found (tests/unit/law/fuzz_regression_test.cpp). Crashes, hangs and sanitizer
// reports are for the callers to notice; this checks what the results say.

#include <string>
#include <string_view>

#include "haven/core/error.h"
#include "haven/law/formats.h"
#include "haven/law/parser.h"

namespace haven::law::fuzz {

// A refusal must carry a code a text or JSON reader may give, and a message users can read.
inline std::string check_error(std::string_view step, const Error& error) {
  std::string problems;
  if (error.code != ErrorCode::kInvalidDocument && error.code != ErrorCode::kInvalidJson) {
    problems += std::string(step) + ": unexpected error code " +
                std::string(code_name(error.code)) + " (" + error.describe() + ")\n";
  }
  if (error.message.empty()) {
    problems += std::string(step) + ": error " + std::string(code_name(error.code)) +
                " without a message\n";
  }
  return problems;
}

// Parses `text` and, when it parses, writes the resolution as JSON (and reads that back), as
// clean text (and parses that again) and as Akoma Ntoso. Returns the broken promises, one a
// line; empty when every step kept them.
inline std::string check_law_input(std::string_view text) {
  auto parsed = parse_resolution(text);
  if (!parsed.ok()) return check_error("parse_resolution", parsed.error());
  const Resolution& resolution = parsed->resolution;

  std::string problems;
  const std::string json = to_json(resolution);
  auto from_json = resolution_from_json(json);
  if (!from_json.ok()) problems += check_error("resolution_from_json(to_json)", from_json.error());

  const std::string clean = to_text(resolution);
  auto reparsed = parse_resolution(clean);
  if (!reparsed.ok()) problems += check_error("parse_resolution(to_text)", reparsed.error());

  // Akoma Ntoso has no reader yet: writing it must merely not crash.
  static_cast<void>(to_akoma_ntoso(resolution));
  return problems;
}

}  // namespace haven::law::fuzz
