#include "haven/stats/table.h"

#include <stdexcept>

namespace haven::stats {

Table::Table(std::string id, std::string name, std::vector<Dimension> dimensions)
    : id_(std::move(id)), name_(std::move(name)), dimensions_(std::move(dimensions)) {
  strides_.resize(dimensions_.size());
  std::size_t cells = 1;
  for (std::size_t d = dimensions_.size(); d-- > 0;) {
    strides_[d] = cells;
    cells *= dimensions_[d].codes.size() + 1;
  }
  values_.assign(cells, 0);
  status_.assign(cells, CellStatus::kFree);
}

std::size_t Table::cell(std::span<const std::uint32_t> positions) const {
  std::size_t out = 0;
  for (std::size_t d = 0; d < dimensions_.size(); ++d) out += positions[d] * strides_[d];
  return out;
}

void Table::positions(std::size_t cell, std::span<std::uint32_t> out) const {
  for (std::size_t d = 0; d < dimensions_.size(); ++d) out[d] = position(cell, d);
}

bool Table::interior(std::size_t cell) const {
  for (std::size_t d = 0; d < dimensions_.size(); ++d) {
    if (position(cell, d) == total_position(d)) return false;
  }
  return true;
}

void Table::add_margins() {
  // Dimension by dimension: each total becomes the sum of its codes, over every cell of the
  // other dimensions (totals included, so that margins of every order follow).
  for (std::size_t d = 0; d < dimensions_.size(); ++d) {
    const std::size_t n = dimensions_[d].codes.size();
    const std::size_t stride = strides_[d];
    const std::size_t block = stride * (n + 1);
    for (std::size_t outer = 0; outer < values_.size(); outer += block) {
      for (std::size_t inner = 0; inner < stride; ++inner) {
        const std::size_t first = outer + inner;
        std::uint64_t sum = 0;
        for (std::size_t i = 0; i < n; ++i) sum += values_[first + i * stride];
        values_[first + n * stride] = sum;
      }
    }
  }
}

Table count(std::string id, std::string name, std::vector<Dimension> dimensions,
            const Units& units) {
  if (units.columns.size() != dimensions.size()) {
    throw std::invalid_argument("a column of codes for every dimension");
  }
  Table table(std::move(id), std::move(name), std::move(dimensions));
  std::vector<std::uint64_t>& values = table.values();
  const std::size_t dims = table.dimensions().size();
  for (std::size_t u = 0; u < units.count; ++u) {
    std::size_t cell = 0;
    for (std::size_t d = 0; d < dims; ++d) cell += units.columns[d][u] * table.stride(d);
    ++values[cell];
  }
  table.add_margins();
  return table;
}

}  // namespace haven::stats
