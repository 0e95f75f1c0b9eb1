#include "haven/casework/duplicates.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <tuple>
#include <utility>

#include "haven/casework/linkage_record.h"
#include "haven/store/store.h"

namespace haven::casework {
namespace {

using nlohmann::json;

// The store's largest page.
constexpr int kPage = 1000;

// Every registration not merged into another, as linkage records, earliest registered first.
Result<std::vector<linkage::Record>> registry_records(store::Store& store,
                                                      const DuplicatesProgress& progress) {
  auto counts = store.counts();
  if (!counts) return counts.error();
  const auto total = static_cast<std::size_t>(counts->persons);
  // (registered at, record): sorted so that the earlier registration of a pair comes first.
  std::vector<std::pair<std::string, linkage::Record>> found;
  found.reserve(total);
  store::PersonQuery query;
  query.limit = kPage;
  std::size_t read = 0;
  for (;;) {
    auto page = store.find_persons(query);
    if (!page) return page.error();
    for (const std::string& document : page->documents) {
      const json person = json::parse(document, nullptr, false);
      ++read;
      // A registration merged away is the person kept: compared as that one already.
      if (!person.is_object() || !person.value("merged_into", json()).is_null()) continue;
      const json registered = person.value("registered_at", json());
      found.emplace_back(registered.is_string() ? registered.get<std::string>() : std::string(),
                         linkage_record(person.value("person_id", ""), person));
    }
    if (progress) progress("reading", read, total);
    if (page->next_after <= 0) break;
    query.after = page->next_after;
  }
  std::stable_sort(found.begin(), found.end(), [](const auto& a, const auto& b) {
    return std::tie(a.first, a.second.id) < std::tie(b.first, b.second.id);
  });
  std::vector<linkage::Record> records;
  records.reserve(found.size());
  for (auto& [at, record] : found) records.push_back(std::move(record));
  return records;
}

}  // namespace

std::vector<DuplicatePair> pairs_of(const linkage::LinkReport& report,
                                    const std::vector<linkage::Record>& left,
                                    const std::vector<linkage::Record>* right, bool explain) {
  const auto& others = right != nullptr ? *right : left;
  std::vector<DuplicatePair> out;
  out.reserve(report.pairs.size());
  for (const auto& pair : report.pairs) {
    // Within one list, the earlier record first: the one a duplicate is merged into.
    const bool swap = right == nullptr && pair.right < pair.left;
    out.push_back({left[swap ? pair.right : pair.left].id, others[swap ? pair.left : pair.right].id,
                   pair.probability, pair.decision,
                   explain ? linkage::explain(report.model, pair) : std::string()});
  }
  return out;
}

Result<RegistryDuplicates> registry_duplicates(store::Store& store,
                                               const linkage::LinkOptions& options, bool explain,
                                               const DuplicatesProgress& progress) {
  auto records = registry_records(store, progress);
  if (!records) return records.error();
  const auto report = linkage::link(*records, nullptr, options, progress);
  RegistryDuplicates out;
  out.persons = records->size();
  out.candidate_pairs = report.candidate_pairs;
  out.compared = report.compared;
  out.blocks_skipped = report.blocks_skipped;
  out.passes = report.passes;
  out.pairs = pairs_of(report, *records, nullptr, explain);
  return out;
}

}  // namespace haven::casework
