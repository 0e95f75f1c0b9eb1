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

namespace haven::ledger {

// One input event after reading: the event, or why it was refused.
struct ParsedInput {
  std::optional<domain::Event> event;
  Error error;
  int line = 0;
  std::int64_t bytes_read = 0;
};

class ParsedStream {
 public:
  // `next` is called only from the reading thread (or the caller's, when not `ahead`).
  ParsedStream(std::function<bool(InputEvent&)> next, domain::ReadOptions options,
               std::size_t max_line_bytes, bool ahead);
  ~ParsedStream();
  ParsedStream(const ParsedStream&) = delete;
  ParsedStream& operator=(const ParsedStream&) = delete;

  // The next input in order; false at the end.
  bool pop(ParsedInput& out);

 private:
  ParsedInput read_one(const InputEvent& input) const;
  void read_ahead();

  std::function<bool(InputEvent&)> next_;
  domain::ReadOptions options_;
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
  std::thread reader_;
};

}  // namespace haven::ledger
