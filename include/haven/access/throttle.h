#pragma once
// Sign-in throttling: after a few failed sign-ins an account, or an address, waits before
// the next try, so that passwords cannot be guessed at the speed of the network. Kept in
// memory: a restart forgives, which costs a guesser a restart of the server per window.
//
// Thread-safety: all members may be called from any thread.

#include <cstdint>
#include <deque>
#include <mutex>
#include <string>
#include <unordered_map>

#include "haven/core/time.h"

namespace haven::access {

struct ThrottleLimits {
  // Failed sign-ins allowed within the window, per account name and per client address.
  int per_account = 5;
  int per_address = 20;
  std::int64_t window_seconds = 15 * 60;
};

class SignInThrottle {
 public:
  explicit SignInThrottle(ThrottleLimits limits = {}) : limits_(limits) {}

  // Seconds until `name` may try again from `address`; 0 when a try is allowed now.
  std::int64_t wait_seconds(const std::string& name, const std::string& address, Timestamp now);
  void failed(const std::string& name, const std::string& address, Timestamp now);
  // A good password clears the account's failures (not the address's).
  void succeeded(const std::string& name);

 private:
  using Failures = std::deque<std::int64_t>;  // times of failures, oldest first
  std::int64_t wait_for(std::unordered_map<std::string, Failures>& table, const std::string& key,
                        int limit, std::int64_t now);
  void forget_old(std::int64_t now);

  ThrottleLimits limits_;
  std::mutex mutex_;
  std::unordered_map<std::string, Failures> accounts_;
  std::unordered_map<std::string, Failures> addresses_;
};

// A limit on the rate of requests from one client address: a token bucket of `burst`
// requests, refilled at `per_minute`, so that a page loading its parts at once is served
// and a script hammering the API (or guessing ids) is slowed. Kept in memory, like the
// sign-in throttle.
class RequestLimiter {
 public:
  // `per_minute` 0: no limit.
  RequestLimiter(int per_minute, int burst);

  // Seconds `address` must wait before its next request; 0 when this one may be served now
  // (it is then counted).
  std::int64_t admit(const std::string& address, Timestamp now);

 private:
  struct Bucket {
    double tokens = 0;
    std::int64_t at = 0;  // when `tokens` was last brought up to date (UTC microseconds)
  };

  double per_second_;
  double burst_;
  std::mutex mutex_;
  std::unordered_map<std::string, Bucket> buckets_;
};

}  // namespace haven::access
