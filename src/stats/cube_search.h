#pragma once
// Hypercubes of cells (GHMITER's idea, as tau-Argus uses it): a cell and one partner
// position per dimension (another code, or the total) span 2^d corners. Adding t to the
// corners that move with the cell and taking t from those that move against it changes no
// total of any order, so when every corner is hidden the cell can be anything in a range
// for all that is published. Secondary suppression hides cubes; the audit uses cubes of
// hidden cells as witnesses of what an attacker cannot rule out.
#include <cstddef>
#include <cstdint>
#include <limits>
#include <vector>

#include "haven/stats/table.h"

namespace haven::stats::detail {

struct Cube {
  std::vector<std::uint32_t> partner;  // per dimension
  double cost = std::numeric_limits<double>::infinity();
  double up = 0;    // how far the cell can grow: the least corner moving against it
  double down = 0;  // how far it can shrink: the least corner moving with it (itself too)
  // How far every corner can move: a lower bound on each one's interval.
  double slack() const { return up + down; }
};

// Partners tried per dimension, so that the cubes tried per cell stay near a few hundred
// whatever the number of dimensions (3 per dimension in a 5-way table).
std::size_t partners_per_dimension(std::size_t dimensions);
// Partners enough to try every position of every dimension (the widest one's codes and
// total): the exhaustive search, for the few cells the cheaper ones leave.
std::size_t every_partner(const Table& table);

class CubeSearch {
 public:
  // Cubes wanted have a slack of at least `interval`. Hidden cells cost nothing to use;
  // with `hidden_only`, only hidden cells are tried as partners (cubes of cost 0: the audit's,
  // which can hide nothing more).
  CubeSearch(const Table& table, double interval, bool hidden_only = false);

  // The cheapest cube through `cell` with enough slack among `per_dimension` partners per
  // dimension (the cheapest partners: hidden already, then the smallest counts, empty cells
  // last); when none has the slack, the one with the most. A cost of 0: every corner hidden.
  Cube best(std::size_t cell, std::size_t per_dimension);

  // The cube's corners, and for each whether it moves against the cell (1) or with it (0).
  void corners(std::size_t cell, const Cube& cube);
  const std::vector<std::size_t>& corner_cells() const { return corners_; }
  const std::vector<char>& corner_signs() const { return signs_; }

 private:
  std::vector<std::uint32_t> partners(std::size_t cell, std::size_t d, std::size_t count);
  double cost(std::size_t cell) const;
  void measure(std::size_t cell, Cube& cube, double give_up_above);

  const Table& table_;
  double interval_;
  bool hidden_only_;
  std::size_t dims_;
  std::vector<std::ptrdiff_t> step_;  // per dimension, from the cell to its partner
  std::vector<char> flips_;           // per dimension, whether the partner moves against it
  std::vector<std::size_t> corners_;
  std::vector<char> signs_;
};

}  // namespace haven::stats::detail
