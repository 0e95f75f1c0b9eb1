#include "haven/access/throttle.h"

#include <algorithm>
#include <cmath>
#include <tuple>

namespace haven::access {
namespace {

constexpr std::int64_t kMicrosPerSecond = 1'000'000;
// Past this many remembered keys, keys with no failure in the window are dropped, so that a
// flood of made-up names cannot grow memory without bound.
constexpr std::size_t kMaxKeys = 100'000;

}  // namespace

std::int64_t SignInThrottle::wait_for(std::unordered_map<std::string, Failures>& table,
                                      const std::string& key, int limit, std::int64_t now) {
  auto found = table.find(key);
  if (found == table.end()) return 0;
  Failures& failures = found->second;
  const std::int64_t window = limits_.window_seconds * kMicrosPerSecond;
  while (!failures.empty() && failures.front() <= now - window) failures.pop_front();
  if (static_cast<int>(failures.size()) < limit) return 0;
  // The oldest failure still counted must leave the window first.
  const std::int64_t free_at = failures[failures.size() - static_cast<std::size_t>(limit)] + window;
  return std::max<std::int64_t>(1, (free_at - now + kMicrosPerSecond - 1) / kMicrosPerSecond);
}

std::int64_t SignInThrottle::wait_seconds(const std::string& name, const std::string& address,
                                          Timestamp now) {
  std::lock_guard lock(mutex_);
  return std::max(wait_for(accounts_, name, limits_.per_account, now.micros),
                  wait_for(addresses_, address, limits_.per_address, now.micros));
}

void SignInThrottle::forget_old(std::int64_t now) {
  const std::int64_t window = limits_.window_seconds * kMicrosPerSecond;
  for (auto* table : {&accounts_, &addresses_}) {
    if (table->size() < kMaxKeys) continue;
    std::erase_if(*table, [&](const auto& entry) {
      return entry.second.empty() || entry.second.back() <= now - window;
    });
  }
}

void SignInThrottle::failed(const std::string& name, const std::string& address, Timestamp now) {
  std::lock_guard lock(mutex_);
  forget_old(now.micros);
  accounts_[name].push_back(now.micros);
  addresses_[address].push_back(now.micros);
  // Only the last `limit` failures ever matter.
  for (auto [table, key, limit] : {std::tuple{&accounts_, &name, limits_.per_account},
                                   std::tuple{&addresses_, &address, limits_.per_address}}) {
    Failures& failures = (*table)[*key];
    while (static_cast<int>(failures.size()) > limit) failures.pop_front();
  }
}

void SignInThrottle::succeeded(const std::string& name) {
  std::lock_guard lock(mutex_);
  accounts_.erase(name);
}

RequestLimiter::RequestLimiter(int per_minute, int burst)
    : per_second_(per_minute / 60.0), burst_(std::max(1, burst)) {}

std::int64_t RequestLimiter::admit(const std::string& address, Timestamp now) {
  if (per_second_ <= 0) return 0;
  std::lock_guard lock(mutex_);
  if (buckets_.size() >= kMaxKeys) {
    // A bucket that has filled up again says nothing: forget it.
    std::erase_if(buckets_, [&](const auto& entry) {
      const double idle = static_cast<double>(now.micros - entry.second.at) / kMicrosPerSecond;
      return entry.second.tokens + idle * per_second_ >= burst_;
    });
  }
  auto [found, fresh] = buckets_.try_emplace(address, Bucket{burst_, now.micros});
  Bucket& bucket = found->second;
  const double elapsed =
      static_cast<double>(std::max<std::int64_t>(0, now.micros - bucket.at)) / kMicrosPerSecond;
  bucket.tokens = std::min(burst_, bucket.tokens + elapsed * per_second_);
  bucket.at = now.micros;
  if (bucket.tokens >= 1) {
    bucket.tokens -= 1;
    return 0;
  }
  return std::max<std::int64_t>(
      1, static_cast<std::int64_t>(std::ceil((1 - bucket.tokens) / per_second_)));
}

}  // namespace haven::access
