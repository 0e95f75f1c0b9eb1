// The parser: read the lines, find the structure, then clean each paragraph in document
// order (footnote numbering runs through the whole text) and extract its references.
#include "haven/law/parser.h"

#include "law/actions.h"
#include "law/parse_steps.h"

namespace haven::law {
namespace {

void fill(Provision& provision, const Unit& unit, Part part, std::string_view organ,
          const std::map<int, std::string>& notes, int& highest,
          std::vector<ParseWarning>& warnings) {
  auto cleaned = remove_footnote_markers(join_lines(unit.lines), highest, unit.line, warnings);
  provision.text = std::move(cleaned.text);
  provision.footnotes = std::move(cleaned.footnotes);
  for (auto& ref : provision.footnotes) {
    if (auto note = notes.find(ref.number); note != notes.end()) ref.note = note->second;
  }
  auto opening = find_opening(provision.text, part);
  provision.action = std::move(opening.action);
  if (part == Part::kOperative) provision.force = std::string(opening.force);
  provision.line = unit.line;
  extract_references(organ, provision);
}

}  // namespace

Result<ParsedResolution> parse_resolution(std::string_view text) {
  ParsedResolution parsed;
  auto& warnings = parsed.warnings;
  auto source = read_source(text, warnings);
  if (!source.ok()) return source.error();
  auto skeleton = find_structure(*source, warnings);
  if (!skeleton.ok()) return skeleton.error();

  auto& resolution = parsed.resolution;
  resolution.symbol = skeleton->symbol;
  resolution.title = skeleton->title;
  resolution.organ = skeleton->organ;
  resolution.meeting = skeleton->meeting;
  resolution.adopted = skeleton->adopted;
  resolution.id = resolution_id(resolution.organ, resolution.symbol);
  if (resolution.id.empty()) resolution.id = resolution.symbol;

  int highest = 0;
  for (const auto& unit : skeleton->units) {
    if (unit.kind == Unit::Kind::kPreamble) {
      Paragraph paragraph;
      paragraph.number = static_cast<int>(resolution.preamble.size()) + 1;
      paragraph.id = resolution.id + " pp." + std::to_string(paragraph.number);
      fill(paragraph, unit, Part::kPreamble, resolution.organ, source->notes, highest, warnings);
      resolution.preamble.push_back(std::move(paragraph));
    } else if (unit.kind == Unit::Kind::kOperative) {
      Paragraph paragraph;
      paragraph.number = unit.number;
      paragraph.id = resolution.id + " op." + std::to_string(unit.number);
      fill(paragraph, unit, Part::kOperative, resolution.organ, source->notes, highest, warnings);
      resolution.operative.push_back(std::move(paragraph));
    } else {
      auto& parent = resolution.operative.back();
      Point point;
      point.letter = unit.letter;
      point.id = parent.id + "(" + unit.letter + ")";
      fill(point, unit, Part::kOperative, resolution.organ, source->notes, highest, warnings);
      parent.points.push_back(std::move(point));
    }
  }
  for (const auto& [number, note] : source->notes) {
    if (number > highest) {
      warnings.push_back({source->note_lines.at(number),
                          "footnote " + std::to_string(number) + " has no marker in the text"});
    }
  }
  return parsed;
}

}  // namespace haven::law
