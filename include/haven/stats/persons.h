#pragma once
// Statistics of a reference period (issue 9): the tables of persons (counts by sex, age,
// citizenship, migration status and country, with every margin) and the indicators an
// implementation report on resolution 66/172 uses, each naming the operative paragraph it
// informs. Counted from the projections of persons, incidents and tracing requests as the
// store keeps them.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "haven/core/result.h"
#include "haven/core/time.h"
#include "haven/stats/table.h"

namespace haven::stats {

// The period a publication describes: [begin, end).
struct Period {
  std::string label;  // as asked: "2026", "2026-Q3", "2026-05"
  Timestamp begin;
  Timestamp end;
};

// Reads a calendar year (YYYY), a quarter (YYYY-Qn) or a month (YYYY-MM), in UTC. The error
// names the field `period`.
Result<Period> parse_period(std::string_view text);

struct Indicator {
  std::string id;         // "detained_at_end"
  std::string name;       // "Persons in detention at the end of the period"
  std::string paragraph;  // "A/RES/66/172 op.4(a)"
  std::string unit;       // "persons", "share", "days" or "hours"
  // Nothing when there was nothing to measure (no detention in the period, say).
  std::optional<double> value;
  // For shares, medians and percentiles: how many persons (or episodes) it was taken over.
  std::uint64_t base = 0;
};

class PeriodStatistics {
 public:
  explicit PeriodStatistics(Period period);
  ~PeriodStatistics();
  PeriodStatistics(PeriodStatistics&&) noexcept;
  PeriodStatistics& operator=(PeriodStatistics&&) noexcept;

  // One person's projection (a JSON object). A registration merged into another is left out:
  // its person is counted once, as the registration kept. Fails for a document that is not
  // a JSON object.
  Status add(std::string_view projection);
  // An incident's projection: crimes against migrants and how far justice went (impunity),
  // deaths and disappearances in transit.
  Status add_incident(std::string_view projection);
  // A tracing request's projection: families looking for each other.
  Status add_tracing_request(std::string_view projection);

  // The tables there are, by name, and what each counts.
  struct TableInfo {
    std::string name;
    std::string description;
    std::string paragraph;
  };
  static std::vector<TableInfo> tables();
  // A table; the error names the field `table` for a name not in tables().
  Result<Table> table(std::string_view name) const;
  std::vector<Indicator> indicators() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace haven::stats
