#pragma once
// The JSON answers about the catalogue that the CLI (`--format json`) and the API share.

#include <span>
#include <string>

#include "haven/law/catalogue.h"
#include "haven/law/coverage.h"

namespace haven::law {

// `{"id": …, "instrument": …, "kind": …, "text": …, …}`; empty members left out.
std::string cited_provision_json(const CitedProvision& provision);
// `{"instruments": [{"id", "title", "kind", "adopted", "provisions", "has_text"}, …]}`.
std::string instruments_json(std::span<const CatalogueEntry> entries);
// `{"resolution": id, "rows": [{"id", "action", "force", "excerpt", "served_by": [{"kind",
// "name"}]}], "served": n, "total": n}`.
std::string coverage_json(std::string_view resolution_id, std::span<const CoverageRow> rows);

}  // namespace haven::law
