#include "ledger/parsed_stream.h"

namespace haven::ledger {
namespace {

// Big enough to amortise the hand-over, small enough that memory stays flat.
constexpr std::size_t kChunkSize = 512;
constexpr std::size_t kMaxChunksAhead = 16;

}  // namespace

ParsedStream::ParsedStream(std::function<bool(InputEvent&)> next, domain::ReadOptions options,
                           const screening::FormLibrary& forms, std::size_t max_line_bytes,
                           bool ahead, std::int64_t fold_idle_events)
    : next_(std::move(next)),
      options_(options),
      forms_(forms),
      max_line_bytes_(max_line_bytes),
      ahead_(ahead) {
  if (ahead_ && fold_idle_events > 0) folds_.emplace(fold_idle_events);
  if (ahead_) reader_ = std::thread([this] { read_ahead(); });
}

ParsedStream::~ParsedStream() {
  if (reader_.joinable()) {
    {
      std::lock_guard lock(mutex_);
      cancelled_ = true;
    }
    changed_.notify_all();
    reader_.join();
  }
}

ParsedInput ParsedStream::read_one(const InputEvent& input) const {
  ParsedInput parsed;
  parsed.line = input.line;
  parsed.bytes_read = input.bytes_read;
  if (input.json.size() > max_line_bytes_) {
    parsed.error = Fail(ErrorCode::kPayloadTooLarge, "",
                        "the event is " + std::to_string(input.json.size()) +
                            " bytes; the most is " + std::to_string(max_line_bytes_));
    return parsed;
  }
  auto event = domain::read_event(input.json, options_);
  if (event && event->type == "screening.recorded") {
    if (auto ok = forms_.complete(*event); !ok) event = ok.error();
  }
  if (event) {
    parsed.references = domain::references(*event);
    parsed.creations = domain::creations(*event);
    parsed.event = std::move(*event);
  } else {
    parsed.error = event.error();
  }
  return parsed;
}

void ParsedStream::read_ahead() {
  InputEvent input;
  bool more = true;
  while (more) {
    std::vector<ParsedInput> chunk;
    chunk.reserve(kChunkSize);
    while (chunk.size() < kChunkSize && (more = next_(input))) {
      chunk.push_back(read_one(input));
      if (!folds_) continue;
      ParsedInput& parsed = chunk.back();
      if (parsed.event) parsed.folded = folds_->fold(*parsed.event);
      if (parsed.folded) parsed.event->fields.reset();
      if (folds_->time_to_look()) folds_->take_idle(parsed.views, false);
    }
    if (!more && folds_) folds_->take_idle(final_views_, true);
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [this] { return chunks_.size() < kMaxChunksAhead || cancelled_; });
    if (cancelled_) return;
    if (!chunk.empty()) chunks_.push_back(std::move(chunk));
    if (!more) finished_ = true;
    changed_.notify_all();
  }
}

bool ParsedStream::pop(ParsedInput& out) {
  if (!ahead_) {
    InputEvent input;
    if (!next_(input)) return false;
    out = read_one(input);
    return true;
  }
  if (current_at_ == current_.size()) {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [this] { return !chunks_.empty() || finished_; });
    if (chunks_.empty()) return false;
    current_ = std::move(chunks_.front());
    chunks_.pop_front();
    current_at_ = 0;
    changed_.notify_all();
  }
  out = std::move(current_[current_at_++]);
  return true;
}

}  // namespace haven::ledger
