#pragma once
// The catalogue of the law Haven cites: resolution 66/172, parsed from its text at build time
// (tools/codegen/law_catalogue.cpp), and the treaties of law/instruments.h. Any citation id
// resolves to its words; an unknown id is an error, never an empty text. Immutable after
// construction; safe to share across threads.

#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "haven/core/result.h"
#include "haven/law/resolution.h"

namespace haven::law {

// What a citation id resolves to.
struct CitedProvision {
  // The id in its canonical spelling (`A/RES/66/172 op.4(g)`).
  std::string id;
  // The instrument it belongs to (`A/RES/66/172`, `VCCR`) and that instrument's title.
  std::string instrument;
  std::string instrument_title;
  // `resolution`, `treaty` (the instrument itself), `preambular`, `operative`,
  // `sub-paragraph` or `article`.
  std::string kind;
  // The words of the provision: a paragraph with sub-paragraphs includes them, lettered; a
  // resolution gives its whole clean text. Empty for treaties and their articles, whose texts
  // Haven does not ship; then `summary` says what an article requires.
  std::string text;
  std::string summary;
  // Opening phrase and its force, for resolution paragraphs.
  std::string action;
  std::string force;
};

// One entry of the list of instruments.
struct CatalogueEntry {
  std::string id;
  std::string title;
  std::string kind;     // `resolution` or `treaty`
  std::string adopted;  // YYYY-MM-DD
  // How many provisions can be cited by id (paragraphs and sub-paragraphs, or articles).
  int provisions = 0;
  // Whether the full text ships with Haven.
  bool has_text = false;
};

class Catalogue {
 public:
  // The built-in catalogue; built on first use.
  static const Catalogue& builtin();

  explicit Catalogue(std::vector<Resolution> resolutions);

  std::vector<CatalogueEntry> instruments() const;
  std::span<const Resolution> resolutions() const { return resolutions_; }
  // A resolution by its id (`A/RES/66/172`), or null.
  const Resolution* resolution(std::string_view id) const;

  // Resolves `A/RES/66/172`, `A/RES/66/172 pp.3`, `A/RES/66/172 op.4(g)`, `VCCR`,
  // `VCCR art.36(1)(b)`. Spacing and letter case are forgiven (`op. 4 (G)`). kNotFound,
  // naming the id, when nothing has that id.
  Result<CitedProvision> find(std::string_view id) const;

 private:
  std::vector<Resolution> resolutions_;
};

// The canonical spelling of a citation id: instrument part as given, provision part without
// spaces and in lower case (`A/RES/66/172 OP. 4 (G)` → `A/RES/66/172 op.4(g)`).
std::string canonical_citation(std::string_view id);

}  // namespace haven::law
