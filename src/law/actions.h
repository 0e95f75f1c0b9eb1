#pragma once
// Opening phrases of resolution paragraphs (`Recalling also`, `Calls upon`), from the table
// in actions.cpp. Internal to the law module.

#include <string>
#include <string_view>

namespace haven::law {

enum class Part { kPreamble, kOperative };

struct Opening {
  // The phrase as printed at the start of the paragraph, with its adverbs; empty when the
  // paragraph opens with no phrase Haven knows and no word that reads like one.
  std::string action;
  // For operative phrases: `decision`, `call`, `encouragement`, `affirmation`,
  // `acknowledgement`; empty otherwise.
  std::string_view force;
};

// The opening phrase at the start of `text`.
Opening find_opening(std::string_view text, Part part);

// Whether a line could open a preambular paragraph: a known phrase, or a capitalised
// participle (`Reiterating`, `Alarmed`) that print would set in italics.
bool opens_preambular_paragraph(std::string_view line);

}  // namespace haven::law
