#pragma once
// Statistics of a reference period (issue 9): the tables of persons (counts by sex, age,
// citizenship, country of birth, migration status, vulnerability, form of exploitation, place,
// agency and route role, with every margin) and the indicators an
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

// The legal numbers some indicators measure against: taken from the installation's
// jurisdiction profile (rules/profile.h) by the caller, so they stay data with a source and the
// stats module needs no rules. Empty by default: nothing to measure against.
struct LegalLimits {
  // Where the numbers come from, named in the indicators: "profile international".
  std::string source;
  // detention.max_days, in days; unset when the law sets no maximum.
  std::optional<double> detention_max_days;
  // detention.extension_max_days, in days: how much longer an episode extended on one of
  // `extension_grounds` may last; unset when the law allows no extension.
  std::optional<double> detention_extension_days;
  std::vector<std::string> extension_grounds;
  // consular.mandatory: ISO alpha-3 codes of the States whose consulate is notified whatever
  // the person wishes (bilateral treaties); may be empty.
  std::vector<std::string> mandatory_notification;
};

class PeriodStatistics {
 public:
  explicit PeriodStatistics(Period period, LegalLimits limits = {});
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

  // The records read, as the module's own sources count them (src/stats/person_facts.h);
  // named here only so those sources can share it.
  struct Impl;

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace haven::stats
