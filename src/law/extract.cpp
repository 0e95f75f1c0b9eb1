// What a legal reader pulls out of a paragraph: the resolutions it cites (with the organ
// that adopted them), the instruments it names, and its dates.
#include <algorithm>
#include <array>
#include <cctype>

#include "haven/law/instruments.h"
#include "law/parse_steps.h"

namespace haven::law {
namespace {

// Organs whose resolutions are cited by name before the word `resolution`.
constexpr std::array<std::string_view, 6> kBodies = {"Human Rights Council",
                                                     "Commission on Population and Development",
                                                     "Economic and Social Council",
                                                     "Commission on Human Rights",
                                                     "General Assembly",
                                                     "Security Council"};

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_letter(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }

// The organ named just before the `resolution` word at `word_begin`. `Assembly` alone is
// the General Assembly, also in a Council text; `its` is the organ named just before it
// (`the Assembly, in its resolution`) or else the organ of the document itself, which is
// also what a bare session-numbered symbol means.
std::string cited_body(std::string_view text, std::size_t word_begin, std::string_view organ,
                       std::string_view symbol) {
  auto before = text.substr(0, word_begin);
  auto trim = [&] {
    while (!before.empty() && (before.back() == ' ' || before.back() == ','))
      before.remove_suffix(1);
  };
  trim();
  bool its = false;
  for (std::string_view possessive : {" in its", " its"}) {
    if (before.ends_with(possessive)) {
      before.remove_suffix(possessive.size());
      its = true;
      trim();
      break;
    }
  }
  for (auto body : kBodies) {
    if (before.ends_with(body)) return std::string(body);
  }
  if (before.ends_with("Assembly")) return "General Assembly";
  if (its) return std::string(organ);
  // `2006/2` is numbered by year: an organ other than the Assembly or the Council adopted it.
  return symbol.find('/') <= 3 ? std::string(organ) : std::string{};
}

void find_resolutions(std::string_view text, std::string_view organ, Provision& provision) {
  std::size_t word = std::string_view::npos;  // start of the last `resolution(s)` word
  std::size_t at = 0;
  while (at < text.size()) {
    if (text.compare(at, 10, "resolution") == 0 && (at == 0 || text[at - 1] == ' ')) {
      word = at;
      at += 10;
      continue;
    }
    if (text[at] == ';' || text[at] == '.') word = std::string_view::npos;
    if (!is_digit(text[at]) || (at > 0 && (is_digit(text[at - 1]) || is_letter(text[at - 1]) ||
                                           text[at - 1] == '-' || text[at - 1] == '/'))) {
      ++at;
      continue;
    }
    std::size_t slash = at;
    while (slash < text.size() && is_digit(text[slash])) ++slash;
    std::size_t end = slash + 1;
    while (end < text.size() && is_digit(text[end])) ++end;
    bool symbol = slash < text.size() && text[slash] == '/' && end > slash + 1 && slash - at <= 4 &&
                  end - slash - 1 <= 4 &&
                  (end == text.size() || (text[end] != '/' && !is_letter(text[end])));
    if (symbol && word != std::string_view::npos && at - word <= 80) {
      CitedResolution cited;
      cited.symbol = std::string(text.substr(at, end - at));
      cited.body = cited_body(text, word, organ, cited.symbol);
      cited.id = resolution_id(cited.body, cited.symbol);
      bool seen = std::any_of(provision.resolutions.begin(), provision.resolutions.end(),
                              [&](const CitedResolution& r) { return r.symbol == cited.symbol; });
      if (!seen) provision.resolutions.push_back(std::move(cited));
    }
    at = std::max(end, at + 1);
  }
}

void find_instruments(std::string_view text, Provision& provision) {
  std::vector<std::pair<std::size_t, std::string_view>> found;
  for (const auto& instrument : known_instruments()) {
    std::size_t first = std::string_view::npos;
    for (auto name : instrument.names) first = std::min(first, text.find(name));
    if (first != std::string_view::npos) found.emplace_back(first, instrument.id);
  }
  std::stable_sort(found.begin(), found.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  for (const auto& [position, id] : found) provision.instruments.emplace_back(id);
}

// `21 December 2010`, and both days of `14 and 15 September 2006` and of the range
// `from 14 to 16 October 2015`.
void find_dates(std::string_view text, Provision& provision) {
  std::size_t at = 0;
  while ((at = text.find(' ', at)) != std::string_view::npos) {
    auto start = at + 1;
    auto end = text.find_first_of(" ,;:.", start);
    auto month = text.substr(start, end == std::string_view::npos ? end : end - start);
    at = start;
    if (!is_month_name(month) || end == std::string_view::npos || end + 5 > text.size()) continue;
    auto year = text.substr(end + 1, 4);
    if (!std::all_of(year.begin(), year.end(), is_digit)) continue;
    auto day_end = start - 1;
    if (day_end == 0) continue;
    auto day_begin = text.rfind(' ', day_end - 1);
    day_begin = day_begin == std::string_view::npos ? 0 : day_begin + 1;
    auto day = text.substr(day_begin, day_end - day_begin);
    auto date = iso_date(std::string(day) + " " + std::string(month) + " " + std::string(year));
    if (date.empty()) continue;
    // `14 and 15 September`, `14 to 16 October`: the first day shares the month.
    auto before = text.substr(0, day_begin);
    auto joint = before.ends_with(" and ") ? 5u : before.ends_with(" to ") ? 4u : 0u;
    if (joint > 0 && before.size() > joint) {
      auto first_end = before.size() - joint;
      auto first_begin = before.rfind(' ', first_end - 1);
      first_begin = first_begin == std::string_view::npos ? 0 : first_begin + 1;
      auto first = iso_date(std::string(before.substr(first_begin, first_end - first_begin)) + " " +
                            std::string(month) + " " + std::string(year));
      if (!first.empty()) provision.dates.push_back(first);
    }
    provision.dates.push_back(date);
  }
}

}  // namespace

void extract_references(std::string_view organ, Provision& provision) {
  find_resolutions(provision.text, organ, provision);
  find_instruments(provision.text, provision);
  find_dates(provision.text, provision);
}

}  // namespace haven::law
