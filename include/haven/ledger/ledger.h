#pragma once
// The Ledger: the one way facts enter Haven, and the reads built on them. It reads events,
// checks them against the vocabulary and against what is already recorded, appends them
// atomically and keeps the projections current. The CLI, the HTTP API and the tests all go
// through it.
//
// Thread-safety: all methods may be called from many threads; writes are serialised.

#include <cstdint>
#include <functional>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "haven/core/result.h"
#include "haven/core/time.h"
#include "haven/store/store.h"

namespace haven::ledger {

struct RecordOptions {
  // Who is writing (a user name, `import`, `api`, `demo`); stored as each event's actor
  // unless the input carries its own and `accept_provenance` is set.
  std::string actor = "import";
  // Keep the good events and report the bad ones, instead of refusing the whole batch.
  bool partial = false;
  // Accept `recorded_at` and `actor` from the input: restoring an export.
  bool accept_provenance = false;
  // Stop collecting errors after this many (the batch is refused either way).
  int max_errors = 50;
  // Longest accepted input line, in bytes.
  std::size_t max_line_bytes = 1 << 20;
  // Called every `progress_every` lines, on the recording thread, with the number of events
  // handled so far and the bytes of input they came from (0 when not known).
  std::function<void(std::int64_t events, std::int64_t bytes)> progress;
  std::int64_t progress_every = 10'000;
  // When set, asked for each well-formed event whether the writer may record it (the
  // permission table's `event` lines); an error refuses the event as any invalid one is.
  std::function<Status(const domain::Event& event)> may_record;
  // Projections untouched for this many events are written out and dropped from memory, so
  // imports of millions of events stay within bounds.
  std::int64_t fold_idle_events = 50'000;
  // Batches of at least this many events are read on a second thread, which also folds the
  // persons they register; smaller ones are read on the caller's (a thread costs more than
  // it saves). Files are always read ahead.
  std::size_t read_ahead_from = 2'000;
};

// What happened to a batch. With `partial` unset, `recorded` is 0 whenever `errors` is
// not empty: nothing was written.
struct RecordReport {
  std::int64_t recorded = 0;
  std::int64_t refused = 0;
  std::vector<Error> errors;
  // Ids of the recorded events, in input order.
  std::vector<std::string> event_ids;
};

// One input event: its JSON text and the line it came from (1-based; 0 when not a file).
struct InputEvent {
  std::string_view json;
  int line = 0;
  // Bytes of the input consumed up to and including this event (for progress); 0 if unknown.
  std::int64_t bytes_read = 0;
};

class Ledger {
 public:
  Ledger(store::Store& store, const Clock& clock);
  ~Ledger();
  Ledger(const Ledger&) = delete;
  Ledger& operator=(const Ledger&) = delete;

  // Records a batch. Bad input comes back in the report (never as a failed Result); a failed
  // Result means the store itself failed, and nothing was written.
  Result<RecordReport> record(const std::vector<InputEvent>& batch, const RecordOptions& options);

  // Records JSON Lines read from `input` (blank lines and lines starting with `#` skipped).
  Result<RecordReport> record_lines(std::istream& input, const RecordOptions& options);

  // The person projection with `age` filled in for today; nullopt when not registered.
  Result<std::optional<std::string>> person(const std::string& person_id);
  // The person's timeline: every event, oldest first, each as exported plus `voided`; for a
  // person other registrations were merged into, their events too (domain/merges.h).
  Result<std::vector<std::string>> timeline(const std::string& person_id);
  // The same from events already read (store::Reader::events_of_person), so that a caller
  // who needs them for something else too reads them once.
  static std::vector<std::string> timeline_of(std::vector<domain::Event> events);
  Result<std::optional<std::string>> incident(const std::string& incident_id);
  Result<std::optional<std::string>> tracing_request(const std::string& request_id);
  // A protection case's document; nullopt when no such case.
  Result<std::optional<std::string>> protection_case(const std::string& case_id);
  // Cases for a work list, most urgent first (the earliest open plan action). Bad filters
  // are kBadRequest naming the API parameter: `status`, `risk`, `due_before`, `limit`.
  struct CaseSearch {
    std::string caseworker;
    bool unassigned = false;
    std::string status;
    std::string risk;
    std::string person_id;
    // Only cases with a plan action still to do that fell due before this date (YYYY-MM-DD).
    std::string due_before;
    int limit = 50;
  };
  Result<std::vector<std::string>> find_cases(const CaseSearch& search);
  // Persons whose names contain every word of `query.text` (case, diacritics and script
  // ignored), filtered and paged.
  struct Search {
    std::string text;
    std::string nationality;
    std::string migration_status;
    std::optional<bool> in_detention;
    int limit = 50;
    std::int64_t after = 0;
  };
  Result<store::PersonPage> find_persons(const Search& query);

  // Writes every event, in recording order, as JSON Lines that `record_lines` with
  // `accept_provenance` reads back to the same log.
  Status export_lines(std::ostream& out);

  // Folds every projection again from the log, in one transaction.
  Status rebuild();

  store::Store& store() { return store_; }
  const Clock& clock() const { return clock_; }

 private:
  struct Impl;
  // The one write path: `next` fills the next input (its text valid until the next call)
  // and returns false at the end. With `read_ahead`, inputs are read on a second thread.
  Result<RecordReport> record_from(const std::function<bool(InputEvent&)>& next,
                                   const RecordOptions& options, bool read_ahead);

  store::Store& store_;
  const Clock& clock_;
  std::unique_ptr<Impl> impl_;
};

}  // namespace haven::ledger
