#pragma once
// Internal to the rules module: persons are independent, so their evaluation is spread over
// two threads (the machines Haven runs on have two cores or more), each reading through
// the store's pool of connections.

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include "haven/core/result.h"
#include "haven/rules/evaluate.h"

namespace haven::rules {

inline constexpr std::size_t kWorkers = 2;

// Calls `work(i, worker)` for every i in [0, count): worker w takes every kWorkers-th i
// from w, so a worker may keep its own results without locks. Stops a worker at its first
// error; returns the first worker's error, if any.
template <typename Work>
Status for_each_on_workers(std::size_t count, Work work) {
  std::vector<std::optional<Error>> failed(kWorkers);
  auto run = [&](std::size_t worker) {
    for (std::size_t i = worker; i < count; i += kWorkers) {
      if (Status ok = work(i, worker); !ok) {
        failed[worker] = ok.error();
        return;
      }
    }
  };
  if (count > 1) {
    std::thread helper(run, 1);
    run(0);
    helper.join();
  } else {
    // One item (a person's alerts) is not worth a thread.
    run(0);
  }
  for (const auto& error : failed) {
    if (error) return *error;
  }
  return Status::Ok();
}

// Counts work done on any thread and tells `progress` every 10,000 items and at the end.
class SharedProgress {
 public:
  SharedProgress(const EvaluationProgress& progress, std::int64_t total)
      : progress_(progress), total_(total) {}
  void step() {
    const auto done = ++done_;
    if (progress_ && (done % 10'000 == 0 || done == total_)) {
      std::lock_guard lock(mutex_);
      progress_(done, total_);
    }
  }

 private:
  const EvaluationProgress& progress_;
  const std::int64_t total_;
  std::atomic<std::int64_t> done_{0};
  std::mutex mutex_;
};

}  // namespace haven::rules
