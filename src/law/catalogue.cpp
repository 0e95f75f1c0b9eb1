// The catalogue: the built-in resolutions come from JSON that the build wrote after parsing
// their texts (law_catalogue_data.cpp, generated), so a change to the parser or to the seed
// text shows up in the binary without anyone retyping a provision.
#include "haven/law/catalogue.h"

#include <algorithm>
#include <cctype>

#include "haven/law/formats.h"
#include "haven/law/instruments.h"

namespace haven::law {

// Defined in the generated law_catalogue_data.cpp.
std::span<const std::string_view> builtin_resolution_json();

namespace {

bool same_id(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}

std::string paragraph_text(const Paragraph& paragraph) {
  std::string text = paragraph.text;
  for (const auto& point : paragraph.points) text += "\n(" + point.letter + ") " + point.text;
  return text;
}

CitedProvision from_provision(const Resolution& r, const Provision& p, std::string kind,
                              std::string text) {
  return {p.id, r.id, r.title, std::move(kind), std::move(text), {}, p.action, p.force};
}

}  // namespace

std::string canonical_citation(std::string_view id) {
  while (!id.empty() && id.front() == ' ') id.remove_prefix(1);
  while (!id.empty() && id.back() == ' ') id.remove_suffix(1);
  auto space = id.find(' ');
  if (space == std::string_view::npos) return std::string(id);
  std::string out(id.substr(0, space));
  out += ' ';
  for (char c : id.substr(space + 1)) {
    if (c != ' ') out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return out;
}

const Catalogue& Catalogue::builtin() {
  static const Catalogue kBuiltin = [] {
    std::vector<Resolution> resolutions;
    for (auto json : builtin_resolution_json()) {
      auto parsed = resolution_from_json(json);
      // The build parsed and checked this text; failing here is a bug in the generator.
      if (parsed.ok()) resolutions.push_back(std::move(parsed).value());
    }
    return Catalogue(std::move(resolutions));
  }();
  return kBuiltin;
}

Catalogue::Catalogue(std::vector<Resolution> resolutions) : resolutions_(std::move(resolutions)) {}

std::vector<CatalogueEntry> Catalogue::instruments() const {
  std::vector<CatalogueEntry> out;
  for (const auto& r : resolutions_) {
    int count = static_cast<int>(r.preamble.size());
    for (const auto& p : r.operative) count += 1 + static_cast<int>(p.points.size());
    out.push_back({r.id, r.title, "resolution", r.adopted, count, true});
  }
  for (const auto& instrument : known_instruments()) {
    out.push_back({std::string(instrument.id), std::string(instrument.title), "treaty",
                   std::string(instrument.adopted), static_cast<int>(instrument.provisions.size()),
                   false});
  }
  return out;
}

const Resolution* Catalogue::resolution(std::string_view id) const {
  for (const auto& r : resolutions_) {
    if (same_id(r.id, id)) return &r;
  }
  return nullptr;
}

Result<CitedProvision> Catalogue::find(std::string_view raw) const {
  auto id = canonical_citation(raw);
  auto space = id.find(' ');
  std::string_view instrument_id = std::string_view(id).substr(0, space);
  if (const auto* r = resolution(instrument_id)) {
    if (space == std::string::npos) {
      return CitedProvision{r->id, r->id, r->title, "resolution", to_text(*r), {}, {}, {}};
    }
    auto wanted = r->id + id.substr(space);
    for (const auto& p : r->preamble) {
      if (p.id == wanted) return from_provision(*r, p, "preambular", p.text);
    }
    for (const auto& p : r->operative) {
      if (p.id == wanted) return from_provision(*r, p, "operative", paragraph_text(p));
      for (const auto& point : p.points) {
        if (point.id == wanted) return from_provision(*r, point, "sub-paragraph", point.text);
      }
    }
  }
  for (const auto& instrument : known_instruments()) {
    if (!same_id(instrument.id, instrument_id)) continue;
    if (space == std::string::npos) {
      return CitedProvision{std::string(instrument.id),
                            std::string(instrument.id),
                            std::string(instrument.title),
                            "treaty",
                            {},
                            {},
                            {},
                            {}};
    }
    auto wanted = std::string(instrument.id) + id.substr(space);
    for (const auto& provision : instrument.provisions) {
      if (provision.id == wanted) {
        return CitedProvision{std::string(provision.id),
                              std::string(instrument.id),
                              std::string(instrument.title),
                              "article",
                              {},
                              std::string(provision.summary),
                              {},
                              {}};
      }
    }
  }
  return Error{ErrorCode::kNotFound, "id",
               "no provision \"" + std::string(raw) +
                   "\" in the catalogue; ids look like \"A/RES/66/172 op.4(g)\" or "
                   "\"VCCR art.36(1)(b)\" (haven law list)",
               0};
}

}  // namespace haven::law
