#pragma once
// What the scale benchmarks print: wall time since a start and the process's peak memory.

#include <sys/resource.h>

#include <chrono>

namespace haven::bench {

using Clock = std::chrono::steady_clock;

inline double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

// Peak resident memory so far, in MiB (getrusage: Linux reports kilobytes).
inline double peak_mib() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

}  // namespace haven::bench
