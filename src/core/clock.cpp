#include <chrono>

#include "haven/core/time.h"

namespace haven {

// The one place in Haven that reads the system clock (STYLE.md rule 10).
Timestamp SystemClock::now() const {
  const auto since_epoch = std::chrono::system_clock::now().time_since_epoch();
  return Timestamp{std::chrono::duration_cast<std::chrono::microseconds>(since_epoch).count()};
}

}  // namespace haven
