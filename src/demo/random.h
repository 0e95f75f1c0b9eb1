#pragma once
// Private to the demo module: the generator's source of randomness. xoshiro256** seeded
// through splitmix64, with integer-only helpers. The standard distributions are not used on
// purpose: their output differs between library versions, and the demo must give the same
// bytes everywhere.

#include <cstdint>
#include <span>

#include "demo/tables.h"

namespace haven::demo {

// splitmix64: one step of a good 64-bit mixer, used to seed and to derive streams.
constexpr std::uint64_t mix64(std::uint64_t x) {
  x += 0x9E3779B97F4A7C15ull;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
  return x ^ (x >> 31);
}

class Random {
 public:
  // A generator for one purpose (`stream`) and one item (`index`) under a seed: person 17's
  // history is the same whatever came before it.
  Random(std::uint64_t seed, std::uint64_t stream, std::uint64_t index) {
    std::uint64_t x = mix64(seed ^ mix64(stream * 0x632BE59BD9B4E019ull + index));
    for (auto& word : state_) {
      x = mix64(x);
      word = x;
    }
  }

  std::uint64_t next() {
    const std::uint64_t result = rotl(state_[1] * 5, 7) * 9;
    const std::uint64_t t = state_[1] << 17;
    state_[2] ^= state_[0];
    state_[3] ^= state_[1];
    state_[1] ^= state_[2];
    state_[0] ^= state_[3];
    state_[2] ^= t;
    state_[3] = rotl(state_[3], 45);
    return result;
  }

  // 0..n-1 (n > 0). Multiply-shift on the high 32 bits: a bias below 2^-32 is irrelevant here.
  std::uint32_t below(std::uint32_t n) {
    return static_cast<std::uint32_t>(((next() >> 32) * n) >> 32);
  }
  // lo..hi inclusive.
  std::int64_t between(std::int64_t lo, std::int64_t hi) {
    if (hi <= lo) return lo;
    return lo + static_cast<std::int64_t>(next() % static_cast<std::uint64_t>(hi - lo + 1));
  }
  // True `percent` times in a hundred.
  bool percent(int percent) { return static_cast<int>(below(100)) < percent; }
  // True `per_mille` times in a thousand.
  bool per_mille(int per_mille) { return static_cast<int>(below(1000)) < per_mille; }

  template <typename T>
  const T& pick(std::span<const T> items) {
    return items[below(static_cast<std::uint32_t>(items.size()))];
  }
  template <typename T, std::size_t N>
  const T& pick(const T (&items)[N]) {
    return items[below(N)];
  }

  // An item drawn with probability proportional to `weight_of(item)`.
  template <typename T, typename Weight>
  const T& weighted(std::span<const T> items, Weight weight_of) {
    std::uint32_t total = 0;
    for (const auto& item : items) total += static_cast<std::uint32_t>(weight_of(item));
    std::uint32_t at = below(total);
    for (const auto& item : items) {
      const auto weight = static_cast<std::uint32_t>(weight_of(item));
      if (at < weight) return item;
      at -= weight;
    }
    return items.back();
  }
  template <typename T>
  const T& weighted(std::span<const T> items) {
    return weighted(items, [](const T& item) { return item.weight; });
  }

  // A duration in seconds drawn from weighted bands of hours.
  std::int64_t seconds_in(std::span<const HourBand> bands) {
    const HourBand& band = weighted(bands);
    return between(std::int64_t{band.min_hours} * 3600, std::int64_t{band.max_hours} * 3600);
  }

 private:
  static constexpr std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
  std::uint64_t state_[4];
};

}  // namespace haven::demo
