// An MMP file through the ledger: every row checked first (MMP's own rules, then the
// vocabulary's), then the valid ones recorded, one event per incident.

#include "haven/exchange/mmp_import.h"

#include <algorithm>
#include <map>

#include "haven/domain/event.h"
#include "haven/exchange/mmp.h"

namespace haven::exchange {
namespace {

struct Ready {
  std::string json;
  int line = 0;
};

void refuse(MmpImportReport& report, std::vector<Error> problems) {
  report.refused_lines.push_back(problems.front().line);
  for (Error& problem : problems) report.problems.push_back(std::move(problem));
}

// The row's problems: MMP's rules first, then, for a row that keeps them, the vocabulary's
// (lengths, codes, a date in the future), named by the column they came from.
std::vector<Error> problems_of(const MmpRow& row, MmpIncident& incident,
                               std::map<std::string, int>& first_line,
                               const domain::ReadOptions& read, std::string& json) {
  if (!incident.problems.empty()) return std::move(incident.problems);
  const std::string id = incident.event["mmp_incident_id"];
  if (const auto [at, fresh] = first_line.emplace(id, row.line); !fresh) {
    return {Error{ErrorCode::kInvalidField, "Incident ID",
                  "'" + id + "' is already on line " + std::to_string(at->second), row.line}};
  }
  json = incident.event.dump();
  auto event = domain::read_event(json, read);
  if (event) return {};
  Error error = event.error();
  error.field = mmp_column_of(error.field);
  error.line = row.line;
  return {error};
}

}  // namespace

Result<MmpImportReport> import_mmp(ledger::Ledger& ledger, std::istream& in,
                                   const MmpImportOptions& options) {
  auto rows = read_mmp_csv(in);
  if (!rows) return rows.error();
  MmpImportReport report;
  report.rows = static_cast<std::int64_t>(rows->size());
  domain::ReadOptions read;
  read.not_after = ledger.clock().now();
  std::map<std::string, int> first_line;
  std::vector<Ready> ready;
  for (const MmpRow& row : *rows) {
    MmpIncident incident = incident_from_mmp(row);
    std::string json;
    if (auto problems = problems_of(row, incident, first_line, read, json); !problems.empty()) {
      refuse(report, std::move(problems));
      continue;
    }
    ++report.valid;
    // The MMP id makes the Haven id: an incident recorded by an earlier import of this or an
    // older export of the file is left as it is (MMP corrections are not yet followed).
    auto known = ledger.store().has_incident(incident.event["incident_id"]);
    if (!known) return known.error();
    if (*known) {
      ++report.already_recorded;
      continue;
    }
    ready.push_back({std::move(json), row.line});
  }
  if (options.check_only || ready.empty()) return report;

  std::vector<ledger::InputEvent> batch;
  batch.reserve(ready.size());
  for (const Ready& one : ready) batch.push_back({one.json, one.line, 0});
  ledger::RecordOptions record;
  record.actor = options.actor;
  // Each incident is one event, so keeping the good ones never writes part of a row.
  record.partial = true;
  record.progress_every = 100;
  const auto total = static_cast<std::int64_t>(batch.size());
  if (options.progress) {
    record.progress = [&](std::int64_t done, std::int64_t) { options.progress(done, total); };
  }
  auto recorded = ledger.record(batch, record);
  if (!recorded) return recorded.error();
  report.recorded = recorded->recorded;
  for (Error error : recorded->errors) {
    error.field = mmp_column_of(error.field);
    --report.valid;
    refuse(report, {std::move(error)});
  }
  std::stable_sort(report.problems.begin(), report.problems.end(),
                   [](const Error& a, const Error& b) { return a.line < b.line; });
  std::sort(report.refused_lines.begin(), report.refused_lines.end());
  if (options.progress) options.progress(total, total);
  return report;
}

Result<std::int64_t> export_mmp(store::Store& store, std::ostream& out) {
  auto documents = store.all_incidents();
  if (!documents) return documents.error();
  std::vector<std::vector<std::string>> rows;
  for (const std::string& text : *documents) {
    const auto doc = nlohmann::json::parse(text, nullptr, false);
    if (doc.is_discarded() || !is_mmp_incident(doc)) continue;
    rows.push_back(mmp_row_from_incident(doc));
  }
  // MMP's exports run in Incident ID order.
  std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a[1] < b[1]; });
  write_mmp_csv(out, rows);
  if (!out) return Fail(ErrorCode::kIo, "output", "the export could not be written");
  return static_cast<std::int64_t>(rows.size());
}

}  // namespace haven::exchange
