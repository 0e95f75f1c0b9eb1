#pragma once
// A one-line progress display on stderr, shown only when a person is watching a terminal.

#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>

namespace haven::cli {

class Progress {
 public:
  // `total_bytes` 0 when the size is unknown (standard input); `unit` names what is counted.
  Progress(std::string label, std::int64_t total_bytes, std::string unit = "lines");
  ~Progress();
  void update(std::int64_t items, std::int64_t bytes_done);
  void finish();

 private:
  std::string label_;
  std::int64_t total_bytes_;
  std::string unit_;
  bool active_;
  bool shown_ = false;
  std::chrono::steady_clock::time_point start_;
};

// A callback `(done, total)` for work that reports its own progress: it shows `label` in
// `slot` once the total is known. Call slot->finish() when the work returns.
std::function<void(std::int64_t, std::int64_t)> progress_reporter(std::optional<Progress>& slot,
                                                                  std::string label,
                                                                  std::string unit);

// Size of a file in bytes, or 0 when it cannot be read.
std::int64_t file_size(const std::string& path);

}  // namespace haven::cli
