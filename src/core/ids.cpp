#include "haven/core/ids.h"

#include <cstdio>
#include <random>

namespace haven {

bool is_valid_id(std::string_view id) {
  if (id.empty() || id.size() > kMaxIdLength) return false;
  for (const char c : id) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                    c == '-' || c == '_' || c == '.' || c == ':' || c == '/';
    if (!ok) return false;
  }
  // Slashes separate parts (`MX/2026/17`), never a path: no empty, `.` or `..` part.
  std::size_t start = 0;
  while (start <= id.size()) {
    std::size_t end = id.find('/', start);
    if (end == std::string_view::npos) end = id.size();
    const std::string_view part = id.substr(start, end - start);
    if (part.empty() || part == "." || part == "..") return false;
    start = end + 1;
  }
  return true;
}

EventIdGenerator::EventIdGenerator() {
  std::random_device device;
  // A random start makes two processes importing at the same microsecond diverge.
  counter_ = (static_cast<std::uint64_t>(device()) << 8) ^ device();
}

std::string EventIdGenerator::next(Timestamp now) {
  const std::uint64_t n = counter_.fetch_add(1) & 0xFFFFFFFFFFULL;
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "ev-%014llx%010llx",
                static_cast<unsigned long long>(now.micros), static_cast<unsigned long long>(n));
  return buffer;
}

}  // namespace haven
