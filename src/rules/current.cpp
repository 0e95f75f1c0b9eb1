// Kept obligations: refreshed for the owners written since, read back as alerts.
#include "haven/rules/current.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <unordered_set>

#include "haven/rules/catalogue.h"
#include "haven/rules/profile.h"
#include "haven/store/store.h"
#include "rules/evaluation.h"
#include "rules/parallel.h"

namespace haven::rules {
namespace {

// Settings that say what the kept obligations are: the fingerprint of the profile and rules
// they were made under, and the last event they include.
constexpr const char* kFingerprintKey = "obligations.fingerprint";
constexpr const char* kThroughKey = "obligations.through";
constexpr std::string_view kPersonOwner = "person:";
constexpr std::string_view kIncidentOwner = "incident:";

// Owners evaluated and written in one go; bounds the memory a full refresh holds.
constexpr std::size_t kChunk = 20'000;

// From when the obligation is `ok` for good (see status_at); unset when never.
std::optional<std::int64_t> ok_from(const Obligation& o) {
  if (!o.closed_at) return std::nullopt;
  switch (o.closure) {
    case Closure::kMet:
    case Closure::kEnded:
      if (*o.closed_at <= o.due_at) return o.closed_at->micros;
      return std::nullopt;
    case Closure::kNotApplicable:
      return o.closed_at->micros;
    case Closure::kFailed:
      return std::nullopt;
  }
  return std::nullopt;
}

store::ObligationRow row_of(const std::string& owner, const Obligation& o) {
  store::ObligationRow row;
  row.owner = owner;
  row.rule = o.rule;
  row.person_id = o.person_id;
  row.subject = o.subject;
  row.opened_at = o.opened_at.micros;
  row.due_at = o.due_at.micros;
  if (o.closed_at) row.closed_at = o.closed_at->micros;
  row.closure = static_cast<int>(o.closure);
  row.ok_from = ok_from(o);
  row.open_ended = o.open_ended;
  row.detail = o.detail;
  return row;
}

// Fills `o` from `row`, reusing its strings' storage: a scan fills one obligation millions of
// times.
void fill_obligation(const store::ObligationRow& row, Obligation& o) {
  o.rule = row.rule;
  o.person_id = row.person_id;
  o.subject = row.subject;
  o.opened_at = Timestamp{row.opened_at};
  o.due_at = Timestamp{row.due_at};
  o.closed_at.reset();
  if (row.closed_at) o.closed_at = Timestamp{*row.closed_at};
  o.closure = static_cast<Closure>(row.closure);
  o.open_ended = row.open_ended;
  o.detail = row.detail;
}

// The obligations of one owner, found from its events; owners of no obligation (referrals,
// tracing requests: their persons are owners too) have none. A person merged into another
// has none either: `merged_into` names the owner whose obligations its events are part of.
Result<PersonObligations> evaluate_owner(store::Reader& reader, const std::string& owner,
                                         const Profile& profile, Timestamp horizon) {
  std::string_view name(owner);
  if (name.starts_with(kPersonOwner)) {
    return merged_person_obligations(
        std::string(name.substr(kPersonOwner.size())),
        [&](const std::string& id) { return reader.events_of_person(id); }, profile, horizon);
  }
  if (name.starts_with(kIncidentOwner)) {
    auto events = reader.events_of_subject(owner);
    if (!events) return events.error();
    return PersonObligations{incident_obligations(*events, profile), {}};
  }
  return PersonObligations{};
}

Result<std::int64_t> through_of(store::Reader& reader) {
  auto through = reader.setting(kThroughKey);
  if (!through) return through.error();
  if (!*through) return std::int64_t{-1};
  // Anything unreadable counts as nothing kept: every event is then after it.
  std::int64_t position = -1;
  const std::string& text = **through;
  std::from_chars(text.data(), text.data() + text.size(), position);
  return position;
}

// Whether anything changed since the last refresh; one read, so that readers do not queue
// for the write lock when nothing did.
Result<bool> stale(store::Store& store, const std::string& print, Timestamp now) {
  auto state = store.obligations_state(kFingerprintKey, kThroughKey);
  if (!state) return state.error();
  return state->fingerprint != print || state->through != std::to_string(state->last_event) ||
         (state->next_due_again && *state->next_due_again <= now.micros);
}

// Every owner: each person with events, then each incident.
Result<std::vector<std::string>> all_owners(store::Store& store) {
  auto persons = store.person_ids_with_events();
  if (!persons) return persons.error();
  auto incidents = store.subjects_with_events(std::string(kIncidentOwner));
  if (!incidents) return incidents.error();
  std::vector<std::string> owners;
  owners.reserve(persons->size() + incidents->size());
  for (const auto& id : *persons) owners.push_back(std::string(kPersonOwner) + id);
  owners.insert(owners.end(), incidents->begin(), incidents->end());
  return owners;
}

// The owners to evaluate again, given what the kept obligations say they are.
Result<std::vector<std::string>> owners_to_refresh(store::Store& store, store::WriteBatch& batch,
                                                   const std::string& print, Timestamp now) {
  auto kept = batch.setting(kFingerprintKey);
  if (!kept) return kept.error();
  if (*kept != print) {
    if (auto ok = batch.clear_obligations(); !ok) return ok.error();
    return all_owners(store);
  }
  auto through = through_of(batch);
  if (!through) return through.error();
  auto written = store.owners_written_after(*through);
  if (!written) return written.error();
  auto again = store.owners_due_again(now.micros);
  if (!again) return again.error();
  std::vector<std::string> owners = std::move(*written);
  owners.insert(owners.end(), again->begin(), again->end());
  std::sort(owners.begin(), owners.end());
  owners.erase(std::unique(owners.begin(), owners.end()), owners.end());
  return owners;
}

}  // namespace

Status refresh_obligations(store::Store& store, const Profile& profile, Timestamp now,
                           const EvaluationProgress& progress) {
  const std::string print = fingerprint(limits_of(profile));
  auto changed = stale(store, print, now);
  if (!changed) return changed.error();
  if (!*changed) return Status::Ok();

  auto batch = store.begin_write();
  if (!batch) return batch.error();
  // Under the write lock nothing is recorded meanwhile: the store's readers see what the
  // batch sees, so owners are evaluated on both threads through them. Another reader may
  // have refreshed while this one waited for the lock.
  changed = stale(store, print, now);
  if (!changed) return changed.error();
  if (!*changed) return Status::Ok();
  auto last = store.last_event_position();
  if (!last) return last.error();
  auto owners = owners_to_refresh(store, **batch, print, now);
  if (!owners) return owners.error();
  SharedProgress report(progress, static_cast<std::int64_t>(owners->size()));
  std::unordered_set<std::string> listed(owners->begin(), owners->end());
  // Grows while it is walked: a new event of a merged duplicate changes the kept person's
  // obligations, so the kept person is evaluated too.
  for (std::size_t from = 0, count = 0; from < owners->size(); from += count) {
    count = std::min(kChunk, owners->size() - from);
    std::vector<std::vector<store::ObligationRow>> rows(count);
    std::vector<std::string> kept_by(count);
    auto ok = for_each_on_workers(count, [&](std::size_t i, std::size_t) {
      const auto& owner = (*owners)[from + i];
      auto found = evaluate_owner(store, owner, profile, now);
      if (!found) return Status(found.error());
      for (const auto& o : found->obligations) rows[i].push_back(row_of(owner, o));
      kept_by[i] = std::move(found->merged_into);
      report.step();
      return Status::Ok();
    });
    if (!ok) return ok;
    for (std::size_t i = 0; i < count; ++i) {
      if (auto put = (*batch)->replace_obligations((*owners)[from + i], rows[i]); !put) return put;
      if (kept_by[i].empty()) continue;
      std::string keeper = std::string(kPersonOwner) + kept_by[i];
      if (listed.insert(keeper).second) owners->push_back(std::move(keeper));
    }
  }
  if (auto ok = (*batch)->put_setting(kFingerprintKey, print); !ok) return ok;
  if (auto ok = (*batch)->put_setting(kThroughKey, std::to_string(*last)); !ok) return ok;
  return (*batch)->commit();
}

namespace {

// The rules a query reads, one index range each.
std::vector<std::string> rules_of(const AlertQuery& query) {
  if (!query.rule.empty()) return {query.rule};
  std::vector<std::string> out;
  for (const auto& spec : rule_catalogue()) out.emplace_back(spec.id);
  return out;
}

// Refreshes the kept obligations as of `now`, then names the owners whose ongoing schedules
// outran the list kept at the refresh: none unless `query.as_of` is after `now`. Those are
// evaluated again up to `query.as_of` instead of read.
Result<std::unordered_set<std::string>> refresh_for(store::Store& store, const Profile& profile,
                                                    const AlertQuery& query, Timestamp now,
                                                    const EvaluationProgress& progress) {
  if (auto ok = refresh_obligations(store, profile, now, progress); !ok) return ok.error();
  std::unordered_set<std::string> again;
  if (now < query.as_of) {
    auto owners = store.owners_due_again(query.as_of.micros);
    if (!owners) return owners.error();
    again.insert(owners->begin(), owners->end());
  }
  return again;
}

// Visits every obligation `query` asks for with its status, calling `visit(worker, o,
// status)` from kWorkers threads: the kept obligations, rule by rule, except those of the
// owners `again` names (refresh_for), which are evaluated again up to `query.as_of`.
template <typename Visit>
Status visit_obligations(store::Store& store, const Profile& profile, const AlertQuery& query,
                         const std::unordered_set<std::string>& again, Visit visit) {
  store::ObligationFilter filter;
  filter.opened_by = query.as_of.micros;
  filter.settled_too = query.all || query.status == AlertStatus::kOk;
  filter.person_id = query.person_id;
  // One person's few rows are found at once; everyone's, a rule at a time on each worker.
  const auto rules = query.person_id.empty() ? rules_of(query) : std::vector<std::string>{""};
  auto ok = for_each_on_workers(rules.size(), [&](std::size_t i, std::size_t worker) {
    auto mine = filter;
    mine.rule = rules[i].empty() ? query.rule : rules[i];
    Obligation o;
    return store.for_each_obligation(mine, [&](const store::ObligationRow& row) {
      if (again.contains(row.owner)) return true;
      fill_obligation(row, o);
      if (auto status = wanted_status(o, query)) visit(worker, o, *status);
      return true;
    });
  });
  if (!ok) return ok;
  for (const auto& owner : again) {
    auto found = evaluate_owner(store, owner, profile, query.as_of);
    if (!found) return found.error();
    for (const auto& o : found->obligations) {
      if (auto status = wanted_status(o, query)) visit(0, o, *status);
    }
  }
  return Status::Ok();
}

}  // namespace

Result<std::vector<Alert>> current_alerts(store::Store& store, const Profile& profile,
                                          const AlertQuery& query, Timestamp now,
                                          const EvaluationProgress& progress) {
  if (query.known_at) return evaluate_store(store, profile, query, progress);
  auto again = refresh_for(store, profile, query, now, progress);
  if (!again) return again.error();
  std::vector<std::vector<Alert>> found(kWorkers);
  auto ok = visit_obligations(store, profile, query, *again,
                              [&](std::size_t worker, const Obligation& o, AlertStatus) {
                                if (auto alert = alert_of(o, query)) {
                                  found[worker].push_back(std::move(*alert));
                                }
                              });
  if (!ok) return ok.error();
  return join_alerts(found);
}

namespace {

// Counts by rule (as the catalogue orders them) and status.
class Tally {
 public:
  Tally() : counts_(rule_catalogue().size()) {}
  void add(std::string_view rule, AlertStatus status, std::int64_t n = 1) {
    const auto catalogue = rule_catalogue();
    for (std::size_t i = 0; i < catalogue.size(); ++i) {
      if (catalogue[i].id == rule) {
        counts_[i][static_cast<std::size_t>(status)] += n;
        return;
      }
    }
  }
  void merge(const Tally& other) {
    for (std::size_t i = 0; i < counts_.size(); ++i) {
      for (std::size_t s = 0; s < counts_[i].size(); ++s) counts_[i][s] += other.counts_[i][s];
    }
  }
  // The counts the query asks for (its status, or all but ok unless `all`).
  std::vector<AlertCount> counts(const AlertQuery& query) const {
    std::vector<AlertCount> out;
    const auto catalogue = rule_catalogue();
    for (std::size_t i = 0; i < catalogue.size(); ++i) {
      for (auto status :
           {AlertStatus::kDue, AlertStatus::kOverdue, AlertStatus::kBreach, AlertStatus::kOk}) {
        if (query.status ? status != *query.status : (status == AlertStatus::kOk && !query.all)) {
          continue;
        }
        const auto n = counts_[i][static_cast<std::size_t>(status)];
        if (n > 0) out.push_back({std::string(catalogue[i].id), status, n});
      }
    }
    return out;
  }

 private:
  std::vector<std::array<std::int64_t, 4>> counts_;
};

}  // namespace

std::vector<AlertCount> count_alerts(std::span<const Alert> alerts) {
  Tally tally;
  for (const auto& alert : alerts) tally.add(alert.rule, alert.status);
  AlertQuery every;
  every.all = true;
  return tally.counts(every);
}

Result<std::vector<AlertCount>> count_current_alerts(store::Store& store, const Profile& profile,
                                                     const AlertQuery& query, Timestamp now,
                                                     const EvaluationProgress& progress) {
  if (query.known_at) {
    auto alerts = evaluate_store(store, profile, query, progress);
    if (!alerts) return alerts.error();
    return count_alerts(*alerts);  // the query chose which alerts there are
  }
  auto again = refresh_for(store, profile, query, now, progress);
  if (!again) return again.error();
  std::vector<Tally> tallies(kWorkers);
  if (!query.person_id.empty() || !again->empty()) {
    // One person's rows, or owners to evaluate again: count what is visited.
    auto ok = visit_obligations(store, profile, query, *again,
                                [&](std::size_t worker, const Obligation& o, AlertStatus status) {
                                  tallies[worker].add(o.rule, status);
                                });
    if (!ok) return ok.error();
  } else {
    // Everyone's: SQLite counts each rule's rows where a status "as of" puts them.
    const auto rules = rules_of(query);
    const bool settled_too = query.all || query.status == AlertStatus::kOk;
    auto ok = for_each_on_workers(rules.size(), [&](std::size_t i, std::size_t worker) {
      auto counts = store.count_obligations(rules[i], query.as_of.micros, settled_too);
      if (!counts) return Status(counts.error());
      tallies[worker].add(rules[i], AlertStatus::kDue, counts->open_before_due);
      tallies[worker].add(rules[i], AlertStatus::kOverdue, counts->open_after_due);
      tallies[worker].add(rules[i], AlertStatus::kBreach, counts->closed_unsettled);
      tallies[worker].add(rules[i], AlertStatus::kOk, counts->settled);
      return Status::Ok();
    });
    if (!ok) return ok.error();
  }
  for (std::size_t w = 1; w < kWorkers; ++w) tallies[0].merge(tallies[w]);
  return tallies[0].counts(query);
}

}  // namespace haven::rules
