#pragma once
// Anonymising a person's events once the retention period of their profile has passed
// (`haven retention apply`, access/retention in docs/security.md): what identifies them goes,
// what statistics count stays.

#include <string>

#include "haven/domain/event.h"

namespace haven::domain {

// The event's body without what identifies a person: every name of a person (given and
// family names, the name in the person's own script, a guardian, a requester) and every
// free-text field (notes, reasons, outcomes, descriptions) is removed, a place keeps only
// its country (no town, area or coordinates), a person sought keeps only their sex, birth
// year and nationality, and a birth date keeps only its year. Codes, dates, counts, ids and
// the names of institutions (facility, authority, provider, agency) stay. A required name
// or text (a case note, a guardian) keeps its place with the text `(removed)`, so that the
// event still has every field its type requires. Fields the vocabulary does not know are
// removed too: nothing unknown is kept.
std::string anonymised_body(const Event& event);

}  // namespace haven::domain
