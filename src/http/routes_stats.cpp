// GET /api/v1/stats/indicators, /api/v1/stats/tables and /api/v1/stats/tables/{name}: the
// statistics of a reference period, as `haven stats` publishes them. Every record is read
// (report/statistics.h) and a table leaves only after disclosure control
// (stats/publication.h): a withheld cell carries its status, never its count.

#include <array>
#include <charconv>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "haven/core/time.h"
#include "haven/report/statistics.h"
#include "haven/stats/persons.h"
#include "haven/stats/publication.h"
#include "http/problem.h"
#include "http/routes.h"

namespace haven::http {

struct StatisticsCache {
  struct Kept {
    std::string period;
    std::int64_t position = 0;  // the last event counted
    std::shared_ptr<const stats::PeriodStatistics> statistics;
  };
  std::mutex counting;
  std::vector<Kept> kept;
};

std::shared_ptr<StatisticsCache> make_statistics_cache() {
  return std::make_shared<StatisticsCache>();
}

namespace {

// The largest threshold accepted: beyond it every cell of any table would be withheld.
constexpr std::uint64_t kMaxThreshold = 1000;
// Periods whose counts are kept at once (a year, its quarters, a few months).
constexpr std::size_t kKeptPeriods = 8;

// `period`, required: the API answers for a period named, as the CLI does, so that two
// readers of one URL see the same figures whatever day they ask.
std::optional<stats::Period> read_period(const httplib::Request& req, httplib::Response& res) {
  const std::string text = req.get_param_value("period");
  if (text.empty()) {
    send_bad_parameter(res, "period", "name the reference period: 2026, 2026-Q3 or 2026-05");
    return std::nullopt;
  }
  auto period = stats::parse_period(text);
  if (!period) {
    send_bad_parameter(res, "period",
                       "must be a year (2026), a quarter (2026-Q3) or a month "
                       "(2026-05)");
    return std::nullopt;
  }
  return std::move(*period);
}

bool read_whole(const std::string& text, std::uint64_t& out) {
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), out);
  return error == std::errc() && end == text.data() + text.size();
}

// `threshold` (k) or `round` (3 or 5), not both: rounding replaces suppression.
bool read_publication(const httplib::Request& req, stats::Publication& out,
                      httplib::Response& res) {
  const std::string threshold = req.get_param_value("threshold");
  const std::string round = req.get_param_value("round");
  if (!threshold.empty()) {
    std::uint64_t k = 0;
    if (!read_whole(threshold, k) || k < 1 || k > kMaxThreshold) {
      send_bad_parameter(res, "threshold", "must be a whole number of persons from 1 to 1000");
      return false;
    }
    out.protection.threshold = k;
  }
  if (!round.empty()) {
    if (round != "3" && round != "5") {
      send_bad_parameter(res, "round", "must be 3 or 5");
      return false;
    }
    if (!threshold.empty()) {
      send_bad_parameter(res, "round", "rounding replaces suppression: give threshold or round");
      return false;
    }
    out.round = round == "3" ? 3 : 5;
  }
  return true;
}

// The period's statistics from every record; null after sending the store's failure.
// Counting reads every person, so the counts are kept per period until another event is
// recorded: the dashboard and a statistician paging through tables ask again and again.
std::shared_ptr<const stats::PeriodStatistics> counted(Api& api, const stats::Period& period,
                                                       httplib::Response& res) {
  auto position = api.ledger.store().last_event_position();
  if (!position) {
    send_problem(res, position.error());
    return nullptr;
  }
  StatisticsCache& cache = *api.statistics;
  // One count at a time: a second reader of the same period waits for the first's.
  std::lock_guard lock(cache.counting);
  for (const auto& kept : cache.kept) {
    if (kept.period == period.label && kept.position == *position) return kept.statistics;
  }
  auto statistics =
      report::period_statistics(api.ledger.store(), period, report::limits_of(profile_of(api)));
  if (!statistics) {
    send_problem(res, statistics.error());
    return nullptr;
  }
  auto shared = std::make_shared<const stats::PeriodStatistics>(std::move(*statistics));
  std::erase_if(cache.kept, [&](const auto& kept) {
    return kept.period == period.label || kept.position != *position;
  });
  if (cache.kept.size() >= kKeptPeriods) cache.kept.erase(cache.kept.begin());
  cache.kept.push_back({period.label, *position, shared});
  return shared;
}

bool known_table(const std::string& name) {
  for (const auto& info : stats::PeriodStatistics::tables()) {
    if (info.name == name) return true;
  }
  return false;
}

void send_unknown_table(httplib::Response& res, const std::string& name) {
  std::string known;
  for (const auto& info : stats::PeriodStatistics::tables()) {
    known += (known.empty() ? "" : ", ") + info.name;
  }
  // Table names are lower-case words: anything else sent in their place is not echoed.
  const bool plain =
      !name.empty() && name.size() <= 64 &&
      name.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789_") == std::string::npos;
  send_problem(res, Error{ErrorCode::kNotFound, "name",
                          (plain ? "no table '" + name + "'" : std::string("no such table")) +
                              " (tables: " + known + ")",
                          0});
}

}  // namespace

void get_stats_indicators(Api& api, const Routed& request, httplib::Response& res) {
  constexpr std::array<std::string_view, 1> kKnown = {"period"};
  if (!known_parameters(request.req, kKnown, res)) return;
  auto period = read_period(request.req, res);
  if (!period) return;
  auto statistics = counted(api, *period, res);
  if (!statistics) return;
  send_json(res, 200, stats::indicators_json(period->label, statistics->indicators()));
}

void get_stats_tables(Api&, const Routed& request, httplib::Response& res) {
  if (!known_parameters(request.req, {}, res)) return;
  send_json(res, 200, stats::tables_json(stats::PeriodStatistics::tables()));
}

void get_stats_table(Api& api, const Routed& request, httplib::Response& res) {
  constexpr std::array<std::string_view, 4> kKnown = {"period", "format", "threshold", "round"};
  if (!known_parameters(request.req, kKnown, res)) return;
  // Everything asked is checked before anyone's records are read.
  if (!known_table(request.id)) return send_unknown_table(res, request.id);
  auto period = read_period(request.req, res);
  if (!period) return;
  stats::Publication publication;
  if (!read_publication(request.req, publication, res)) return;
  std::string format_name = request.req.get_param_value("format");
  if (format_name.empty()) format_name = "json";
  auto format = stats::parse_table_format(format_name);
  if (!format) {
    return send_bad_parameter(res, "format",
                              "must be one of " + std::string(stats::table_format_names()));
  }
  auto statistics = counted(api, *period, res);
  if (!statistics) return;
  auto table = statistics->table(request.id);
  if (!table) return send_problem(res, table.error());
  auto safe = stats::protect(std::move(*table), publication);
  if (!safe) return send_problem(res, safe.error());
  stats::PublishedAs as;
  as.period = period->label;
  as.prepared = format_rfc3339(api.ledger.clock().now());
  auto written = stats::write_table(*safe, *format, as, publication);
  if (!written) return send_problem(res, written.error());
  const stats::FormatMedia media = stats::media_of(*format);
  if (*format != stats::TableFormat::kJson) {
    // A download is named after what it holds: registered-2026-Q3.xml.
    res.set_header("Content-Disposition", "attachment; filename=\"" + request.id + "-" +
                                              period->label + std::string(media.extension) + "\"");
  }
  res.status = 200;
  res.body = std::move(*written);
  res.set_header("Content-Type", std::string(media.media_type));
}

}  // namespace haven::http
