#include "haven/linkage/index.h"

#include <algorithm>
#include <mutex>
#include <random>
#include <shared_mutex>
#include <sstream>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "pairs.h"

namespace haven::linkage {
namespace {

// A key shared by more records than this says little and costs much: a query skips it (the
// other keys still find the person).
constexpr std::size_t kLargestBlock = 2'000;
// Pairs drawn at random to learn u, and how much the index must have grown (or shrunk) to
// learn it again.
constexpr std::size_t kRandomPairs = 50'000;
constexpr double kRelearnGrowth = 1.5;
constexpr double kPriorPairs = 1'000;

}  // namespace

struct Index::State {
  mutable std::shared_mutex mutex;
  Model model = agreement_model();
  const std::vector<std::vector<double>> prior_u = std::exchange(model.u, {});
  detail::NameTable names;
  std::vector<detail::Prepared> records;  // by slot
  std::vector<std::string> ids;           // by slot; empty when the slot is free
  std::vector<std::uint32_t> free_slots;
  std::unordered_map<std::string, std::uint32_t> slot_of;
  std::unordered_map<std::uint64_t, std::vector<std::uint32_t>> postings;
  detail::NameFrequencies frequencies;
  std::size_t learnt_at = 0;  // the size when u was last learnt

  std::vector<std::uint64_t> keys_of(const detail::Prepared& record) const {
    return detail::blocking_keys(record, names[record.given], names[record.family],
                                 names[record.whole]);
  }

  void forget(std::uint32_t slot) {
    for (std::uint64_t key : keys_of(records[slot])) {
      auto found = postings.find(key);
      if (found == postings.end()) continue;
      auto& members = found->second;
      members.erase(std::remove(members.begin(), members.end(), slot), members.end());
      if (members.empty()) postings.erase(found);
    }
    frequencies.count(records[slot], -1.0);
    slot_of.erase(ids[slot]);
    ids[slot].clear();
    records[slot] = {};
    free_slots.push_back(slot);
  }

  void learn_u_if_grown() {
    const std::size_t size = slot_of.size();
    if (size < 2) return;
    const auto grown = static_cast<double>(size);
    const auto before = static_cast<double>(learnt_at);
    if (learnt_at != 0 && grown < before * kRelearnGrowth && grown * kRelearnGrowth > before) {
      return;
    }
    std::vector<std::uint32_t> live;
    live.reserve(size);
    for (std::uint32_t slot = 0; slot < ids.size(); ++slot) {
      if (!ids[slot].empty()) live.push_back(slot);
    }
    std::mt19937_64 random(20111219);  // the day resolution 66/172 was adopted
    std::uniform_int_distribution<std::size_t> pick(0, live.size() - 1);
    // No more pairs than there are: a small registry sampled over and over would look
    // surer of its chances than it is.
    const auto n = static_cast<double>(live.size());
    const auto draws =
        static_cast<std::size_t>(std::min(static_cast<double>(kRandomPairs), n * (n - 1) / 2.0));
    std::vector<Pattern> chance;
    chance.reserve(draws);
    detail::Comparer compare(names);
    while (chance.size() < draws) {
      const std::size_t a = pick(random);
      const std::size_t b = pick(random);
      if (a != b) chance.push_back(detail::to_pattern(compare(records[live[a]], records[live[b]])));
    }
    // A small registry tells little about chance: its few pairs are weighed against the
    // prior u of data/linkage/agreement.txt, which a thousand pairs' worth of its own
    // outweighs as it grows.
    const std::vector<std::vector<double>> learnt = chance_levels(chance, model.fields);
    const auto weight = static_cast<double>(chance.size());
    model.u = prior_u;
    for (std::size_t f = 0; f < model.u.size(); ++f) {
      for (std::size_t l = 0; l < model.u[f].size(); ++l) {
        model.u[f][l] =
            (weight * learnt[f][l] + kPriorPairs * prior_u[f][l]) / (weight + kPriorPairs);
      }
    }
    learnt_at = size;
  }
};

Index::Index() : state_(std::make_unique<State>()) {}
Index::~Index() = default;

void Index::put(const Record& record) {
  std::unique_lock lock(state_->mutex);
  State& s = *state_;
  detail::Prepared prepared = detail::prepare(record, s.names);
  if (const auto found = s.slot_of.find(record.id); found != s.slot_of.end()) {
    s.forget(found->second);
  }
  std::uint32_t slot = 0;
  if (!s.free_slots.empty()) {
    slot = s.free_slots.back();
    s.free_slots.pop_back();
  } else {
    slot = static_cast<std::uint32_t>(s.records.size());
    s.records.emplace_back();
    s.ids.emplace_back();
  }
  for (std::uint64_t key : s.keys_of(prepared)) s.postings[key].push_back(slot);
  s.frequencies.count(prepared);
  s.records[slot] = std::move(prepared);
  s.ids[slot] = record.id;
  s.slot_of.emplace(record.id, slot);
  s.learn_u_if_grown();
}

void Index::remove(std::string_view id) {
  std::unique_lock lock(state_->mutex);
  const auto found = state_->slot_of.find(std::string(id));
  if (found != state_->slot_of.end()) state_->forget(found->second);
}

std::size_t Index::size() const {
  std::shared_lock lock(state_->mutex);
  return state_->slot_of.size();
}

std::vector<Suggestion> Index::query(const Record& record, const QueryOptions& options) const {
  // The query's own names are prepared apart: the table is only written under the writer's
  // lock.
  const detail::PreparedName given = detail::prepare_name(record.given);
  const detail::PreparedName family = detail::prepare_name(record.family);
  const NormalisedName all_parts = detail::whole_name(record);
  const detail::PreparedName whole = detail::prepare_name(all_parts);
  detail::Prepared prepared = detail::prepare_fields(record);
  const std::vector<std::uint64_t> keys = detail::blocking_keys(prepared, given, family, whole);
  const detail::PreparedName* mine[] = {&given, &family, &whole};
  std::shared_lock lock(state_->mutex);
  const State& s = *state_;
  // A name the registry already holds is weighed by how common it is there.
  prepared.given = s.names.find(record.given);
  prepared.family = s.names.find(record.family);
  prepared.whole = s.names.find(all_parts);
  std::vector<Suggestion> out;
  if (s.model.u.empty()) return out;  // fewer than two records: nothing learnt, none to find
  std::unordered_set<std::uint32_t> seen;
  const Model& model = s.model;
  // The prior: of the persons registered, about `match_share` of registrations repeat one
  // already there; any one record is the repeat with that chance shared among them all.
  const double prior =
      std::clamp(model.match_share / static_cast<double>(s.slot_of.size()), 1e-12, 0.5);
  for (std::uint64_t key : keys) {
    const auto found = s.postings.find(key);
    if (found == s.postings.end() || found->second.size() > kLargestBlock) continue;
    for (std::uint32_t slot : found->second) {
      if (!seen.insert(slot).second || s.ids[slot] == record.id) continue;
      const detail::Prepared& other = s.records[slot];
      const detail::PreparedName* theirs[] = {&s.names[other.given], &s.names[other.family],
                                              &s.names[other.whole]};
      detail::Levels levels{};
      detail::name_levels(
          [&](std::size_t x, std::size_t y, std::uint8_t below) {
            return detail::name_level(*mine[std::min<std::size_t>(x, 2)],
                                      *theirs[std::min<std::size_t>(y, 2)], below);
          },
          whole.parts.size() >= 3 || s.names[other.whole].parts.size() >= 3, levels);
      detail::other_levels(prepared, other, levels);
      const Pattern pattern = detail::to_pattern(levels);
      Weight weight = match_weight(model, pattern);
      s.frequencies.adjust(model, prepared, other, pattern, weight);
      const double probability = match_probability(prior, weight.total);
      if (probability < options.review) continue;
      LinkedPair pair;
      pair.probability = probability;
      pair.weight = std::move(weight);
      pair.pattern = pattern;
      out.push_back({s.ids[slot], probability,
                     probability >= options.match ? Decision::kMatch : Decision::kReview,
                     explain(model, pair)});
    }
  }
  std::sort(out.begin(), out.end(), [](const Suggestion& a, const Suggestion& b) {
    return a.probability != b.probability ? a.probability > b.probability : a.id < b.id;
  });
  if (out.size() > options.limit) out.resize(options.limit);
  return out;
}

}  // namespace haven::linkage
