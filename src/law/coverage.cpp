#include "haven/law/coverage.h"

namespace haven::law {
namespace {

// About sixty characters, cut at a word.
std::string excerpt(const std::string& text) {
  constexpr std::size_t kLength = 60;
  if (text.size() <= kLength) return text;
  auto cut = text.rfind(' ', kLength);
  return text.substr(0, cut == std::string::npos ? kLength : cut) + " …";
}

CoverageRow row(const Provision& provision, std::span<const Implementation> implementations) {
  CoverageRow out{provision.id, provision.action, provision.force, excerpt(provision.text), {},
                  false};
  for (const auto& implementation : implementations) {
    if (implementation.provision == provision.id) out.served_by.push_back(implementation);
  }
  return out;
}

}  // namespace

std::vector<CoverageRow> coverage(const Resolution& resolution,
                                  std::span<const Implementation> implementations) {
  std::vector<CoverageRow> rows;
  for (const auto& paragraph : resolution.operative) {
    rows.push_back(row(paragraph, implementations));
    auto parent = rows.size() - 1;
    for (const auto& point : paragraph.points) {
      rows.push_back(row(point, implementations));
      if (!rows.back().served_by.empty()) rows[parent].served_through_points = true;
    }
  }
  return rows;
}

}  // namespace haven::law
