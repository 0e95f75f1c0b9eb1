#pragma once
// Tables of counts with every margin (issue 9): the cube a statistical office publishes.
// Each dimension has its code list and a total; a table holds a cell for every combination
// of codes and totals, laid out densely, so that margins of any order are cells like the
// others and disclosure control, audits and writers need no other structure.

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace haven::stats {

// A breakdown: its SDMX concept and its codes as published (SEX: F, M; AGE: Y0T17, …).
struct Dimension {
  std::string id;                   // "SEX"
  std::string name;                 // "Sex"
  std::vector<std::string> codes;   // "F", "M", "_U" (unknown is a code like the others)
  std::vector<std::string> labels;  // "Female", "Male", "Unknown"; as many as codes
  std::string total = "_T";         // the margin's code
  // A breakdown that says something about the person (detained, a victim): a published
  // group whose members all share one of its codes reveals it of each of them.
  bool sensitive = false;
};

// What may be published of a cell.
enum class CellStatus : std::uint8_t {
  kFree,       // published
  kPrimary,    // too few persons, or a group all of one sensitive code: never published
  kSecondary,  // published cells and totals would give a primary one away: not published
};

class Table {
 public:
  Table() = default;
  Table(std::string id, std::string name, std::vector<Dimension> dimensions);

  const std::string& id() const { return id_; }
  const std::string& name() const { return name_; }
  const std::vector<Dimension>& dimensions() const { return dimensions_; }
  // Cells: Π (codes + 1) over the dimensions.
  std::size_t size() const { return values_.size(); }
  // In dimension d, the position of its total: codes().size().
  std::uint32_t total_position(std::size_t d) const {
    return static_cast<std::uint32_t>(dimensions_[d].codes.size());
  }
  std::size_t stride(std::size_t d) const { return strides_[d]; }

  // The cell at these positions (one per dimension; a dimension's total is its last).
  std::size_t cell(std::span<const std::uint32_t> positions) const;
  // The positions of a cell.
  void positions(std::size_t cell, std::span<std::uint32_t> out) const;
  std::uint32_t position(std::size_t cell, std::size_t d) const {
    return static_cast<std::uint32_t>((cell / strides_[d]) % (dimensions_[d].codes.size() + 1));
  }
  // True when the cell is an interior one (no dimension at its total).
  bool interior(std::size_t cell) const;

  std::vector<std::uint64_t>& values() { return values_; }
  const std::vector<std::uint64_t>& values() const { return values_; }
  std::vector<CellStatus>& status() { return status_; }
  const std::vector<CellStatus>& status() const { return status_; }

  // Fills every margin from the interior cells (each total the sum of its dimension's
  // codes), one dimension after another.
  void add_margins();

 private:
  std::string id_;
  std::string name_;
  std::vector<Dimension> dimensions_;
  std::vector<std::size_t> strides_;  // the last dimension varies fastest
  std::vector<std::uint64_t> values_;
  std::vector<CellStatus> status_;
};

// Units (persons, incidents) as the cube reads them: for each dimension, each unit's code
// as its position in the dimension's code list.
struct Units {
  std::size_t count = 0;
  std::vector<std::vector<std::uint16_t>> columns;  // [dimension][unit]
};

// Counts the units into a table with every margin.
Table count(std::string id, std::string name, std::vector<Dimension> dimensions,
            const Units& units);

}  // namespace haven::stats
