// write_demo: checks the options, then writes persons in batches. After each batch come the
// incidents and tracing requests its persons gave rise to, so every id a line names was
// created on an earlier line.

#include "haven/demo/generator.h"

#include <ostream>
#include <string>

#include "demo/history.h"

namespace haven::demo {
namespace {

constexpr int kMaxPersons = 10'000'000;
constexpr int kMaxHistoryDays = 3'650;
// Small batches spread incidents through the file, as they would arrive in real work.
constexpr std::int64_t kBatchPersons = 100;
constexpr std::int64_t kProgressEvery = 10'000;
constexpr std::size_t kFlushBytes = 1 << 20;
// 2000-01-01T00:00:00Z: a `now` before it is certainly a forgotten default.
constexpr std::int64_t kEarliestNow = 946'684'800LL * kMicrosPerSecond;

Status check(const DemoOptions& options) {
  if (options.persons < 1 || options.persons > kMaxPersons) {
    return Fail(ErrorCode::kInvalidField, "persons",
                "must be between 1 and 10,000,000 (it is " + std::to_string(options.persons) + ")");
  }
  if (options.history_days < 1 || options.history_days > kMaxHistoryDays) {
    return Fail(
        ErrorCode::kInvalidField, "history_days",
        "must be between 1 and 3,650 days (it is " + std::to_string(options.history_days) + ")");
  }
  if (options.now.micros < kEarliestNow) {
    return Fail(ErrorCode::kInvalidField, "now",
                "must be set to the present (" + format_rfc3339(options.now) +
                    " is before 2000): every event is dated before it");
  }
  return Status::Ok();
}

bool flush(std::string& chunk, std::ostream& out) {
  out.write(chunk.data(), static_cast<std::streamsize>(chunk.size()));
  chunk.clear();
  return static_cast<bool>(out);
}

Error write_failed() {
  return Fail(ErrorCode::kIo, "", "could not write the demo events (is the disk full?)");
}

}  // namespace

Result<DemoSummary> write_demo(const DemoOptions& options, std::ostream& out,
                               const std::function<void(std::int64_t)>& progress) {
  if (auto ok = check(options); !ok) return ok.error();
  // Events are whole seconds strictly before `now`: before its second, rounded up.
  const Seconds limit = (options.now.micros + kMicrosPerSecond - 1) / kMicrosPerSecond;
  const Window window{limit - Seconds{options.history_days} * kDay, limit, utc_date(options.now)};

  DemoSummary summary;
  Casebook book(options.seed, window);
  EventBuffer log(limit);
  std::string chunk;
  chunk.reserve(kFlushBytes + (64 << 10));
  std::int64_t batch_start = 0;
  summary.events += write_directory(window, chunk);
  for (std::int64_t index = 0; index < options.persons; ++index) {
    Random random = person_random(options.seed, index);
    const Identity person = make_identity(random, index, window);
    write_history(person, random, book, log);
    summary.events += log.write_to(chunk);
    book.remember(person);

    const std::int64_t done = index + 1;
    if (done - batch_start == kBatchPersons || done == options.persons) {
      summary.events +=
          write_incidents(book, batch_start / kBatchPersons, done - batch_start, chunk);
      summary.events += write_traces(book, chunk);
      batch_start = done;
      if (progress && (done % kProgressEvery == 0 || done == options.persons)) progress(done);
    }
    if (chunk.size() >= kFlushBytes && !flush(chunk, out)) return write_failed();
  }
  if (!flush(chunk, out)) return write_failed();
  out.flush();
  if (!out) return write_failed();
  summary.persons = options.persons;
  summary.incidents = book.incidents_written;
  summary.tracing_requests = book.traces_written;
  return summary;
}

}  // namespace haven::demo
