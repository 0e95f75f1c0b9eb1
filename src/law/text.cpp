// The clean plain-text rendering. Footnote markers become superscript digits, which the
// parser always reads as markers, so the text parses back to the same structure.
#include <array>
#include <map>

#include "haven/law/formats.h"
#include "law/parse_steps.h"

namespace haven::law {
namespace {

constexpr std::array<std::string_view, 10> kSuperscripts = {
    "\xE2\x81\xB0", "\xC2\xB9",     "\xC2\xB2",     "\xC2\xB3",     "\xE2\x81\xB4",
    "\xE2\x81\xB5", "\xE2\x81\xB6", "\xE2\x81\xB7", "\xE2\x81\xB8", "\xE2\x81\xB9"};

std::string superscript(int number) {
  std::string out;
  if (number < 0) return out;  // resolution_from_json refuses these: never index with '-'
  for (char digit : std::to_string(number)) out += kSuperscripts[digit - '0'];
  return out;
}

std::string with_markers(const Provision& provision, std::map<int, std::string>& notes) {
  std::string out;
  std::size_t from = 0;
  for (const auto& ref : provision.footnotes) {
    auto offset = std::min(ref.offset, provision.text.size());
    out.append(provision.text, from, offset - from);
    out += superscript(ref.number);
    from = offset;
    if (!ref.note.empty()) notes[ref.number] = ref.note;
  }
  out.append(provision.text, from);
  return out;
}

}  // namespace

std::string to_text(const Resolution& resolution) {
  std::map<int, std::string> notes;
  std::string out = resolution.symbol + ". " + resolution.title + "\n";
  out += "The " + resolution.organ + ",\n";
  for (const auto& paragraph : resolution.preamble) out += with_markers(paragraph, notes) + "\n";
  for (const auto& paragraph : resolution.operative) {
    out += std::to_string(paragraph.number) + ". " + with_markers(paragraph, notes) + "\n";
    for (const auto& point : paragraph.points) {
      out += "(" + point.letter + ") " + with_markers(point, notes) + "\n";
    }
  }
  if (!resolution.meeting.empty()) out += resolution.meeting + "\n";
  if (!resolution.adopted.empty()) out += printed_date(resolution.adopted) + "\n";
  if (!notes.empty()) {
    out += "__________\n";
    for (const auto& [number, note] : notes) out += std::to_string(number) + " " + note + "\n";
  }
  return out;
}

}  // namespace haven::law
