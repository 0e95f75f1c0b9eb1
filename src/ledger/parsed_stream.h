#pragma once
// Private to the ledger: input events read (parsed and checked against the vocabulary)
// ahead of the writer. Reading is pure, so on a file import it runs on a second thread
// while the first checks references, appends and folds: the two halves of the work overlap.

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include "haven/domain/event.h"
#include "haven/ledger/ledger.h"
#include "haven/screening/forms.h"
#include "ledger/reader_folds.h"

namespace haven::ledger {

// One input event after reading: the event, or why it was refused.
struct ParsedInput {
  std::optional<domain::Event> event;
  Error error;
  int line = 0;
  std::int64_t bytes_read = 0;
  // What the event names and creates, worked out where it was parsed.
  std::vector<domain::Reference> references;
  std::vector<domain::Creation> creations;
  // The reading thread folded this event into its person's projection (see ReaderFolds),
  // and dropped its parsed fields: memory is cheapest freed by the thread that took it.
  bool folded = false;
  // Person projections the reading thread finished at this point, to be written.
  std::vector<domain::PersonView> views;
};

class ParsedStream {
 public:
  // `next` is called only from the reading thread (or the caller's, when not `ahead`).
  // With `fold_idle_events` > 0 (and `ahead`), the reading thread also folds the persons
  // registered in the batch, writing out folds idle for that many events.
  // Screenings are completed from `forms` as they are read (see screening::FormLibrary),
  // so that what is folded and appended carries its findings.
  ParsedStream(std::function<bool(InputEvent&)> next, domain::ReadOptions options,
               const screening::FormLibrary& forms, std::size_t max_line_bytes, bool ahead,
               std::int64_t fold_idle_events);
  ~ParsedStream();
  ParsedStream(const ParsedStream&) = delete;
  ParsedStream& operator=(const ParsedStream&) = delete;

  // The next input in order; false at the end.
  bool pop(ParsedInput& out);
  // After `pop` returned false: the views of the folds still open at the end.
  std::vector<domain::PersonView> take_final_views() { return std::move(final_views_); }

 private:
  ParsedInput read_one(const InputEvent& input) const;
  void read_ahead();

  std::function<bool(InputEvent&)> next_;
  domain::ReadOptions options_;
  const screening::FormLibrary& forms_;
  std::size_t max_line_bytes_;
  bool ahead_;

  // Read-ahead state: chunks of parsed inputs handed from the reader to the writer.
  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<std::vector<ParsedInput>> chunks_;
  std::vector<ParsedInput> current_;
  std::size_t current_at_ = 0;
  bool finished_ = false;
  bool cancelled_ = false;
  std::optional<ReaderFolds> folds_;
  std::vector<domain::PersonView> final_views_;
  std::thread reader_;
};

}  // namespace haven::ledger
