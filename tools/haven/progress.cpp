#include "progress.h"

#include <cstdio>
#include <filesystem>

#include "cli.h"

namespace haven::cli {

Progress::Progress(std::string label, std::int64_t total_bytes, std::string unit)
    : label_(std::move(label)),
      total_bytes_(total_bytes),
      unit_(std::move(unit)),
      active_(stderr_is_terminal()),
      start_(std::chrono::steady_clock::now()) {}

Progress::~Progress() { finish(); }

void Progress::update(std::int64_t items, std::int64_t bytes_done) {
  if (!active_) return;
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  const auto rate =
      static_cast<std::int64_t>(seconds > 0 ? static_cast<double>(items) / seconds : 0);
  std::string line = "\r" + label_ + ": ";
  if (total_bytes_ > 0 && bytes_done >= 0) {
    const int percent = static_cast<int>(100.0 * static_cast<double>(bytes_done) /
                                         static_cast<double>(total_bytes_));
    const int filled = percent / 5;
    line += "[" + std::string(filled, '#') + std::string(20 - filled, ' ') + "] " +
            std::to_string(percent) + "% ";
  }
  line += with_commas(items) + " " + unit_ + ", " + with_commas(rate) + "/s   ";
  std::fputs(line.c_str(), stderr);
  std::fflush(stderr);
  shown_ = true;
}

void Progress::finish() {
  if (shown_) std::fputs("\n", stderr);
  shown_ = false;
}

std::int64_t file_size(const std::string& path) {
  std::error_code error;
  const auto size = std::filesystem::file_size(path, error);
  return error ? 0 : static_cast<std::int64_t>(size);
}

std::function<void(std::int64_t, std::int64_t)> progress_reporter(std::optional<Progress>& slot,
                                                                  std::string label,
                                                                  std::string unit) {
  return [&slot, label = std::move(label), unit = std::move(unit)](std::int64_t done,
                                                                   std::int64_t total) {
    if (!slot) slot.emplace(label, total, unit);
    slot->update(done, done);
  };
}

}  // namespace haven::cli
