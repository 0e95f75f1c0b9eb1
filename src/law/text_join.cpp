// Joining a paragraph's printed lines into one, and the small readers of dates the other
// steps share.
#include <array>
#include <cctype>

#include "haven/core/time.h"
#include "law/parse_steps.h"

namespace haven::law {
namespace {

constexpr std::array<std::string_view, 12> kMonths = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};

// Hyphens at a line end that are part of the word (`counter-`, `non-`, `sixty-`), as
// opposed to a word broken by the typesetter (`regu-` `lations`).
constexpr std::array<std::string_view, 24> kKeepHyphen = {
    "non",    "self",   "well",  "cross", "counter", "multi",   "socio",  "ex",
    "co",     "anti",   "post",  "pre",   "follow",  "high",    "low",    "long",
    "twenty", "thirty", "forty", "fifty", "sixty",   "seventy", "eighty", "ninety"};

// Second halves of compounds that keep their hyphen (`capacity-` `building`,
// `gender-` `based`); a word broken by the typesetter rarely goes on with one of these.
constexpr std::array<std::string_view, 7> kKeepHyphenBefore = {
    "building", "making", "based", "oriented", "sensitive", "specific", "scale"};

// Whether the first word of `line` is one of kKeepHyphenBefore.
bool completes_compound(std::string_view line) {
  auto word = line.substr(0, line.find_first_of(" ,;:.)"));
  for (auto second : kKeepHyphenBefore) {
    if (word == second) return true;
  }
  return false;
}

bool keeps_hyphen(std::string_view line) {
  // `line` ends with the hyphen; find the fragment before it.
  auto body = line.substr(0, line.size() - 1);
  auto start = body.find_last_of(" -(");
  auto fragment = start == std::string_view::npos ? body : body.substr(start + 1);
  std::string lower;
  for (char c : fragment) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (auto prefix : kKeepHyphen) {
    if (lower == prefix) return true;
  }
  return false;
}

bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_letter(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }

}  // namespace

std::string join_lines(const std::vector<std::string_view>& lines) {
  std::string out;
  for (auto line : lines) {
    if (line.empty()) continue;
    if (!out.empty()) {
      bool broken = out.size() >= 2 && out.back() == '-' && is_letter(out[out.size() - 2]);
      if (broken && is_lower(line.front())) {
        if (!keeps_hyphen(out) && !completes_compound(line)) out.pop_back();
      } else if (!(broken && is_letter(line.front()))) {
        out += ' ';
      }
    }
    out += line;
  }
  return out;
}

int month_number(std::string_view word) {
  for (std::size_t i = 0; i < kMonths.size(); ++i) {
    if (word == kMonths[i]) return static_cast<int>(i) + 1;
  }
  return 0;
}

bool is_month_name(std::string_view word) { return month_number(word) > 0; }

std::string iso_date(std::string_view text) {
  auto first = text.find(' ');
  auto second = first == std::string_view::npos ? first : text.find(' ', first + 1);
  if (second == std::string_view::npos || text.find(' ', second + 1) != std::string_view::npos) {
    return {};
  }
  auto day = text.substr(0, first);
  auto month = month_number(text.substr(first + 1, second - first - 1));
  auto year = text.substr(second + 1);
  if (day.empty() || day.size() > 2 || year.size() != 4 || month == 0) return {};
  for (char c : std::string(day) + std::string(year)) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return {};
  }
  CivilDate date{std::stoi(std::string(year)), month, std::stoi(std::string(day))};
  if (date.day < 1 || date.day > days_in_month(date.year, date.month)) return {};
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", date.year, date.month, date.day);
  return buffer;
}

std::string printed_date(const std::string& iso) {
  if (iso.size() != 10) return iso;
  int month = std::stoi(iso.substr(5, 2));
  int day = std::stoi(iso.substr(8, 2));
  if (month < 1 || month > 12) return iso;
  return std::to_string(day) + " " + std::string(kMonths[month - 1]) + " " + iso.substr(0, 4);
}

std::string resolution_id(std::string_view organ, std::string_view symbol) {
  if (organ == "General Assembly") return "A/RES/" + std::string(symbol);
  if (organ == "Human Rights Council") return "A/HRC/RES/" + std::string(symbol);
  if (organ == "Economic and Social Council") return "E/RES/" + std::string(symbol);
  return {};
}

}  // namespace haven::law
