// The opening phrases of resolution paragraphs and how binding each operative one is. The
// force follows the usual reading of UN drafting: `Decides` binds the organ itself, `Calls
// upon`/`Urges`/`Requests` ask for action, `Encourages`/`Invites` recommend it, the rest
// affirm a position or acknowledge a fact.
#include "law/actions.h"

#include <algorithm>
#include <array>

namespace haven::law {
namespace {

struct Phrase {
  std::string_view words;
  std::string_view force;
};

constexpr std::array kOperative = {
    Phrase{"Decides", "decision"},
    Phrase{"Adopts", "decision"},
    Phrase{"Approves", "decision"},
    Phrase{"Authorizes", "decision"},
    Phrase{"Endorses", "decision"},
    Phrase{"Proclaims", "decision"},
    Phrase{"Declares", "decision"},
    Phrase{"Demands", "call"},
    Phrase{"Calls upon", "call"},
    Phrase{"Calls on", "call"},
    Phrase{"Calls for", "call"},
    Phrase{"Urges", "call"},
    Phrase{"Requests", "call"},
    Phrase{"Encourages", "encouragement"},
    Phrase{"Invites", "encouragement"},
    Phrase{"Recommends", "encouragement"},
    Phrase{"Appeals", "encouragement"},
    Phrase{"Reaffirms", "affirmation"},
    Phrase{"Affirms", "affirmation"},
    Phrase{"Recalls", "affirmation"},
    Phrase{"Emphasizes", "affirmation"},
    Phrase{"Stresses", "affirmation"},
    Phrase{"Underlines", "affirmation"},
    Phrase{"Recognizes", "affirmation"},
    Phrase{"Condemns", "affirmation"},
    Phrase{"Deplores", "affirmation"},
    Phrase{"Reiterates", "affirmation"},
    Phrase{"Considers", "affirmation"},
    Phrase{"Expresses", "affirmation"},
    Phrase{"Takes note", "acknowledgement"},
    Phrase{"Notes", "acknowledgement"},
    Phrase{"Welcomes", "acknowledgement"},
    Phrase{"Acknowledges", "acknowledgement"},
    Phrase{"Commends", "acknowledgement"},
    Phrase{"Supports", "acknowledgement"},
};

constexpr std::string_view kPreambular[] = {
    "Recalling",
    "Reaffirming",
    "Taking note",
    "Taking into account",
    "Taking into consideration",
    "Noting",
    "Aware",
    "Concerned",
    "Alarmed",
    "Bearing in mind",
    "Keeping in mind",
    "Recognizing",
    "Underlining",
    "Emphasizing",
    "Stressing",
    "Affirming",
    "Welcoming",
    "Acknowledging",
    "Convinced",
    "Considering",
    "Guided by",
    "Mindful",
    "Expressing",
    "Having considered",
    "Having examined",
    "Determined",
    "Deploring",
    "Reiterating",
    "Believing",
    "Conscious",
    "Desiring",
    "Encouraged",
    "Highlighting",
    "Appreciating",
    "Condemning",
    "Observing",
    "Committed",
    "Cognizant",
    "Commending",
    "Acting",
    "Noting with concern",
};

// Adverbs that may precede the phrase (`Also reaffirms`, `Deeply concerned`).
constexpr std::string_view kBefore[] = {"Also",  "Further", "Strongly",  "Once again",
                                        "Again", "Deeply",  "Gravely",   "Seriously",
                                        "Fully", "Firmly",  "Profoundly"};
// Words that may follow it (`Reaffirms emphatically`, `Takes note with appreciation`,
// `Expresses its concern`). Longer entries first so that they win.
constexpr std::string_view kAfter[] = {"with deep appreciation",
                                       "with grave concern",
                                       "with deep concern",
                                       "with appreciation",
                                       "with satisfaction",
                                       "with concern",
                                       "with interest",
                                       "its deep concern",
                                       "its appreciation",
                                       "its gratitude",
                                       "its concern",
                                       "its support",
                                       "deep concern",
                                       "concern",
                                       "emphatically",
                                       "also",
                                       "further",
                                       "again",
                                       "once again",
                                       "strongly",
                                       "in mind",
                                       "firmly"};

bool is_upper_ascii(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower_ascii(char c) { return c >= 'a' && c <= 'z'; }

// Whether `text` starts with `words` as whole words (ignoring the case of the first letter
// when `any_case` so that `Also reaffirms` matches `Reaffirms`).
std::size_t match_words(std::string_view text, std::string_view words, bool any_case) {
  if (text.size() < words.size()) return 0;
  for (std::size_t i = 0; i < words.size(); ++i) {
    char a = text[i];
    char b = words[i];
    if (i == 0 && any_case && is_upper_ascii(b)) b = static_cast<char>(b - 'A' + 'a');
    if (i == 0 && any_case && is_upper_ascii(a)) a = static_cast<char>(a - 'A' + 'a');
    if (a != b) return 0;
  }
  if (text.size() > words.size() &&
      (is_lower_ascii(text[words.size()]) || is_upper_ascii(text[words.size()]))) {
    return 0;
  }
  return words.size();
}

std::size_t skip_spaces(std::string_view text, std::size_t at) {
  while (at < text.size() && text[at] == ' ') ++at;
  return at;
}

// Length of the adverbs before the phrase, including the space that follows them.
std::size_t match_before(std::string_view text) {
  std::size_t at = 0;
  for (bool more = true; more;) {
    more = false;
    for (auto adverb : kBefore) {
      auto n = match_words(text.substr(at), adverb, at > 0);
      if (n > 0 && at + n < text.size() && text[at + n] == ' ') {
        at = skip_spaces(text, at + n);
        more = true;
        break;
      }
    }
  }
  return at;
}

std::size_t match_after(std::string_view text, std::size_t at) {
  for (bool more = true; more;) {
    more = false;
    auto next = skip_spaces(text, at);
    if (next == at) break;
    for (auto modifier : kAfter) {
      auto n = match_words(text.substr(next), modifier, false);
      if (n > 0) {
        at = next + n;
        more = true;
        break;
      }
    }
  }
  return at;
}

bool reads_like_participle(std::string_view word) {
  if (word.size() < 4 || !is_upper_ascii(word[0])) return false;
  for (char c : word.substr(1)) {
    if (!is_lower_ascii(c)) return false;
  }
  return word.ends_with("ing") || word.ends_with("ed");
}

std::string_view first_word(std::string_view text) {
  auto end = text.find_first_of(" ,;:");
  return text.substr(0, end);
}

}  // namespace

Opening find_opening(std::string_view text, Part part) {
  auto before = match_before(text);
  auto rest = text.substr(before);
  std::size_t best = 0;
  std::string_view force;
  if (part == Part::kOperative) {
    for (const auto& phrase : kOperative) {
      auto n = match_words(rest, phrase.words, before > 0);
      if (n > best) {
        best = n;
        force = phrase.force;
      }
    }
  } else {
    for (auto phrase : kPreambular) best = std::max(best, match_words(rest, phrase, before > 0));
    if (best == 0 && reads_like_participle(first_word(rest))) best = first_word(rest).size();
  }
  if (best == 0) {
    // An unknown opening still has a first word; operative verbs end in `s`.
    auto word = first_word(text);
    if (part == Part::kOperative && word.size() > 2 && is_upper_ascii(word[0]) &&
        word.ends_with('s')) {
      return {std::string(word), {}};
    }
    return {};
  }
  auto end = match_after(text, before + best);
  return {std::string(text.substr(0, end)), force};
}

bool opens_preambular_paragraph(std::string_view line) {
  if (line.empty() || !is_upper_ascii(line[0])) return false;
  return !find_opening(line, Part::kPreamble).action.empty();
}

}  // namespace haven::law
