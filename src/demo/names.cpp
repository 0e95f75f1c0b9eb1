// Putting names together the way each tradition does, and spelling them the ways
// registrars do.

#include "demo/identity.h"

namespace haven::demo {
namespace {

int spellings_of(const NameForm& form) {
  int count = 0;
  while (count < 4 && !form.latin[count].empty()) ++count;
  return count;
}

// The most common spelling a little over half the time, otherwise any of them: enough
// variation for linkage to have work, without making the common form rare.
int choose_spelling(Random& random, const NameForm& form) {
  const int count = spellings_of(form);
  if (count <= 1 || random.percent(55)) return 0;
  return static_cast<int>(random.below(static_cast<std::uint32_t>(count)));
}

NamePart draw_part(Random& random, std::span<const NameForm> forms) {
  const NameForm& form = random.pick(forms);
  return {&form, choose_spelling(random, form)};
}

// A second part different from the first (María José, not María María).
NamePart draw_other_part(Random& random, std::span<const NameForm> forms, const NamePart& first) {
  for (int attempt = 0; attempt < 4; ++attempt) {
    NamePart part = draw_part(random, forms);
    if (part.form != first.form) return part;
  }
  return {};
}

}  // namespace

void draw_name(Random& random, const NamePool& pool, bool female, std::array<NamePart, 3>& given,
               std::array<NamePart, 2>& family) {
  given = {};
  family = {};
  const auto given_forms = female ? pool.female : pool.male;
  const auto family_forms = female ? pool.family_female : pool.family_male;
  given[0] = draw_part(random, given_forms);
  switch (pool.order) {
    case NameOrder::kGivenFamily:
      family[0] = draw_part(random, family_forms);
      break;
    case NameOrder::kTwoSurnames:
      if (random.percent(35)) given[1] = draw_other_part(random, given_forms, given[0]);
      family[0] = draw_part(random, family_forms);
      if (random.percent(85)) family[1] = draw_other_part(random, family_forms, family[0]);
      break;
    case NameOrder::kPatronymic:
      // The father's given name, sometimes followed by the grandfather's.
      family[0] = draw_part(random, random.percent(60) ? pool.male : family_forms);
      if (random.percent(35)) {
        family[1] =
            draw_other_part(random, random.percent(50) ? pool.male : family_forms, family[0]);
      }
      break;
    case NameOrder::kSyllables:
      given[1] = draw_part(random, given_forms);
      if (random.percent(45)) given[2] = draw_part(random, given_forms);
      break;
  }
}

std::string spell(std::span<const NamePart> parts, bool other, Random& random) {
  std::string out;
  for (const NamePart& part : parts) {
    if (part.form == nullptr) continue;
    int spelling = part.spelling;
    const int count = spellings_of(*part.form);
    if (other && count > 1) {
      spelling =
          (spelling + 1 + static_cast<int>(random.below(static_cast<std::uint32_t>(count - 1)))) %
          count;
    }
    if (!out.empty()) out += ' ';
    out += part.form->latin[spelling];
  }
  return out;
}

std::string original_of(std::span<const NamePart> given, std::span<const NamePart> family,
                        NameOrder order) {
  std::string out;
  // Burmese syllables are written together; every other tradition separates its names.
  const bool joined = order == NameOrder::kSyllables;
  for (auto parts : {given, family}) {
    for (const NamePart& part : parts) {
      if (part.form == nullptr) continue;
      if (part.form->original.empty()) return {};
      if (!out.empty() && !joined) out += ' ';
      out += part.form->original;
    }
  }
  return out;
}

}  // namespace haven::demo
