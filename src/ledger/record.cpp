// The write path: read → check → append → fold, in one transaction per batch.

#include <istream>
#include <mutex>

#include "haven/core/ids.h"
#include "haven/ledger/ledger.h"
#include "ledger/batch_state.h"
#include "ledger/ledger_impl.h"
#include "ledger/parsed_stream.h"

namespace haven::ledger {
namespace {

// Devices at a border post may run a few minutes fast; an event "in the future" by less than
// this is a clock difference, not a mistake.
constexpr std::int64_t kClockSkewAllowance = 5 * 60 * kMicrosPerSecond;

}  // namespace

Result<RecordReport> Ledger::record_from(const std::function<bool(InputEvent&)>& next,
                                         const RecordOptions& options, bool read_ahead) {
  std::lock_guard write_lock(impl_->write_mutex);
  const Timestamp now = clock_.now();
  domain::ReadOptions read_options;
  read_options.accept_provenance = options.accept_provenance;
  read_options.not_after = Timestamp{now.micros + kClockSkewAllowance};

  auto opened = store_.begin_write();
  if (!opened) return opened.error();
  store::WriteBatch& batch = **opened;
  BatchState state(batch);
  RecordReport report;
  std::int64_t seen = 0;
  // Refused lines must not be folded, and only the writer knows which those are: with
  // --partial the reading thread leaves folding alone.
  // Forms cannot change while this batch holds the write lock: one library serves it all.
  auto forms = screening::FormLibrary::load(batch);
  if (!forms) return forms.error();
  ParsedStream stream(next, read_options, *forms, options.max_line_bytes, read_ahead,
                      options.partial ? 0 : options.fold_idle_events);
  ParsedInput input;
  while (stream.pop(input)) {
    if (!options.partial && static_cast<int>(report.errors.size()) >= options.max_errors) break;
    ++seen;
    if (options.progress && seen % options.progress_every == 0)
      options.progress(seen, input.bytes_read);
    const bool collecting = static_cast<int>(report.errors.size()) < options.max_errors;
    auto refuse = [&](Error error) {
      ++report.refused;
      error.line = input.line;
      if (collecting) report.errors.push_back(std::move(error));
    };
    if (!input.event) {
      refuse(input.error);
      continue;
    }
    domain::Event* event = &*input.event;
    if (options.may_record) {
      if (auto ok = options.may_record(*event); !ok) {
        refuse(ok.error());
        continue;
      }
    }
    if (auto ok = state.check(*event, input.references, input.creations); !ok) {
      if (ok.error().code == ErrorCode::kStorage) return ok.error();
      refuse(ok.error());
      continue;
    }
    if (event->id.empty()) event->id = impl_->ids.next(now);
    if (event->recorded_at.micros == 0) event->recorded_at = now;
    if (event->actor.empty()) event->actor = options.actor;
    state.remember(*event, input.creations);
    // After the first refusal of an all-or-nothing batch nothing will be kept: go on only
    // to report the other bad lines.
    if (!options.partial && report.refused > 0) continue;
    // The reading thread may have folded the event's person; the record it concerns (a
    // case, a referral, a tracing request) is always folded here.
    if (input.folded) state.note_reader_fold(*event);
    if (auto ok = state.prepare_folds(*event, !input.folded); !ok) return ok.error();
    if (auto ok = batch.append(*event); !ok) return ok.error();
    state.fold(*event, !input.folded);
    for (const auto& view : input.views) {
      if (auto ok = batch.put_person(view); !ok) return ok.error();
    }
    report.event_ids.push_back(event->id);
    ++report.recorded;
    if (options.fold_idle_events > 0 && report.recorded % options.fold_idle_events == 0) {
      if (auto ok = state.flush(options.fold_idle_events); !ok) return ok.error();
    }
  }
  if (options.progress) options.progress(seen, input.bytes_read);
  if (!options.partial && report.refused > 0) {
    report.refused = seen;
    report.recorded = 0;
    report.event_ids.clear();
    return report;  // the batch rolls back when it goes out of scope
  }
  for (const auto& view : stream.take_final_views()) {
    if (auto ok = batch.put_person(view); !ok) return ok.error();
  }
  if (auto ok = state.finish(); !ok) return ok.error();
  if (auto ok = batch.commit(); !ok) return ok.error();
  return report;
}

Result<RecordReport> Ledger::record(const std::vector<InputEvent>& events,
                                    const RecordOptions& options) {
  std::size_t at = 0;
  return record_from(
      [&](InputEvent& out) {
        if (at == events.size()) return false;
        out = events[at++];
        return true;
      },
      options, events.size() >= options.read_ahead_from);
}

Result<RecordReport> Ledger::record_lines(std::istream& input, const RecordOptions& options) {
  std::string line;
  int number = 0;
  std::int64_t bytes = 0;
  return record_from(
      [&](InputEvent& out) {
        while (std::getline(input, line)) {
          ++number;
          bytes += static_cast<std::int64_t>(line.size()) + 1;
          if (!line.empty() && line.back() == '\r') line.pop_back();
          const auto first = line.find_first_not_of(" \t");
          if (first == std::string::npos || line[first] == '#') continue;
          out.json = line;
          out.line = number;
          out.bytes_read = bytes;
          return true;
        }
        return false;
      },
      options, true);
}

}  // namespace haven::ledger
