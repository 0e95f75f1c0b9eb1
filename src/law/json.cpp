// The JSON form of a resolution. It is also how the built-in catalogue carries resolution
// 66/172 from the build-time parse into the binary (tools/codegen/law_catalogue.cpp).
#include <nlohmann/json.hpp>

#include "haven/law/formats.h"

namespace haven::law {
namespace {

using nlohmann::json;

json provision_json(const Provision& p) {
  json out = {{"id", p.id}, {"text", p.text}, {"action", p.action}};
  if (!p.force.empty()) out["force"] = p.force;
  out["line"] = p.line;
  json notes = json::array();
  for (const auto& ref : p.footnotes) {
    json note = {{"number", ref.number}, {"offset", ref.offset}};
    if (!ref.note.empty()) note["note"] = ref.note;
    notes.push_back(std::move(note));
  }
  out["footnotes"] = std::move(notes);
  json cited = json::array();
  for (const auto& r : p.resolutions) {
    cited.push_back({{"symbol", r.symbol}, {"body", r.body}, {"id", r.id}});
  }
  out["resolutions"] = std::move(cited);
  out["instruments"] = p.instruments;
  out["dates"] = p.dates;
  return out;
}

json paragraph_json(const Paragraph& paragraph) {
  json out = provision_json(paragraph);
  out["number"] = paragraph.number;
  if (!paragraph.points.empty()) {
    json points = json::array();
    for (const auto& point : paragraph.points) {
      json p = provision_json(point);
      p["letter"] = point.letter;
      points.push_back(std::move(p));
    }
    out["points"] = std::move(points);
  }
  return out;
}

// Reading back: a missing or mistyped member is a field error with its JSON path.
struct Reader {
  std::string path;
  Error error{};
  bool failed = false;

  template <typename T>
  T get(const json& object, const std::string& key, const std::string& where) {
    if (failed) return T{};
    auto found = object.find(key);
    if (found == object.end()) return fail<T>(ErrorCode::kMissingField, where + key, "is missing");
    try {
      return found->get<T>();
    } catch (const json::exception&) {
      return fail<T>(ErrorCode::kInvalidField, where + key, "has the wrong type");
    }
  }

  template <typename T>
  T fail(ErrorCode code, std::string field, std::string message) {
    if (!failed) error = Error{code, std::move(field), std::move(message), 0};
    failed = true;
    return T{};
  }

  json list(const json& object, const std::string& key, const std::string& where) {
    auto value = get<json>(object, key, where);
    if (failed || value.is_array()) return value;
    return fail<json>(ErrorCode::kInvalidField, where + key, "must be an array");
  }

  void provision(const json& in, const std::string& where, Provision& p) {
    p.id = get<std::string>(in, "id", where);
    p.text = get<std::string>(in, "text", where);
    p.action = get<std::string>(in, "action", where);
    if (in.contains("force")) p.force = get<std::string>(in, "force", where);
    p.line = get<int>(in, "line", where);
    auto notes = list(in, "footnotes", where);
    for (std::size_t i = 0; i < notes.size() && !failed; ++i) {
      if (!notes[i].is_object())
        return (void)fail<int>(ErrorCode::kInvalidField, where + "footnotes", "must hold objects");
      auto at = where + "footnotes[" + std::to_string(i) + "].";
      FootnoteRef ref;
      ref.number = get<int>(notes[i], "number", at);
      ref.offset = get<std::size_t>(notes[i], "offset", at);
      if (!failed && ref.number < 1) {
        return (void)fail<int>(ErrorCode::kInvalidField, at + "number", "must be 1 or more");
      }
      if (notes[i].contains("note")) ref.note = get<std::string>(notes[i], "note", at);
      p.footnotes.push_back(std::move(ref));
    }
    auto cited = list(in, "resolutions", where);
    for (std::size_t i = 0; i < cited.size() && !failed; ++i) {
      if (!cited[i].is_object())
        return (void)fail<int>(ErrorCode::kInvalidField, where + "resolutions",
                               "must hold objects");
      auto at = where + "resolutions[" + std::to_string(i) + "].";
      p.resolutions.push_back({get<std::string>(cited[i], "symbol", at),
                               get<std::string>(cited[i], "body", at),
                               get<std::string>(cited[i], "id", at)});
    }
    p.instruments = get<std::vector<std::string>>(in, "instruments", where);
    p.dates = get<std::vector<std::string>>(in, "dates", where);
  }

  std::vector<Paragraph> paragraphs(const json& in, const std::string& key) {
    std::vector<Paragraph> out;
    auto items = list(in, key, "");
    for (std::size_t i = 0; i < items.size() && !failed; ++i) {
      auto where = key + "[" + std::to_string(i) + "].";
      Paragraph paragraph;
      if (!items[i].is_object())
        return fail<std::vector<Paragraph>>(
            ErrorCode::kInvalidField, key + "[" + std::to_string(i) + "]", "must be an object");
      provision(items[i], where, paragraph);
      paragraph.number = get<int>(items[i], "number", where);
      if (items[i].contains("points")) {
        auto points = list(items[i], "points", where);
        for (std::size_t k = 0; k < points.size() && !failed; ++k) {
          if (!points[k].is_object())
            return fail<std::vector<Paragraph>>(ErrorCode::kInvalidField, where + "points",
                                                "must hold objects");
          auto at = where + "points[" + std::to_string(k) + "].";
          Point point;
          provision(points[k], at, point);
          point.letter = get<std::string>(points[k], "letter", at);
          paragraph.points.push_back(std::move(point));
        }
      }
      out.push_back(std::move(paragraph));
    }
    return out;
  }
};

}  // namespace

std::string to_json(const Resolution& resolution) {
  json out = {{"id", resolution.id},           {"symbol", resolution.symbol},
              {"title", resolution.title},     {"organ", resolution.organ},
              {"meeting", resolution.meeting}, {"adopted", resolution.adopted}};
  json preamble = json::array();
  for (const auto& p : resolution.preamble) preamble.push_back(paragraph_json(p));
  json operative = json::array();
  for (const auto& p : resolution.operative) operative.push_back(paragraph_json(p));
  out["preamble"] = std::move(preamble);
  out["operative"] = std::move(operative);
  return out.dump(2) + "\n";
}

Result<Resolution> resolution_from_json(std::string_view text) {
  auto in = json::parse(text, nullptr, false);
  if (in.is_discarded() || !in.is_object()) {
    return Error{ErrorCode::kInvalidJson, "", "the text is not a JSON object", 0};
  }
  Reader reader;
  Resolution resolution;
  resolution.id = reader.get<std::string>(in, "id", "");
  resolution.symbol = reader.get<std::string>(in, "symbol", "");
  resolution.title = reader.get<std::string>(in, "title", "");
  resolution.organ = reader.get<std::string>(in, "organ", "");
  resolution.meeting = reader.get<std::string>(in, "meeting", "");
  resolution.adopted = reader.get<std::string>(in, "adopted", "");
  resolution.preamble = reader.paragraphs(in, "preamble");
  resolution.operative = reader.paragraphs(in, "operative");
  if (reader.failed) return reader.error;
  return resolution;
}

}  // namespace haven::law
