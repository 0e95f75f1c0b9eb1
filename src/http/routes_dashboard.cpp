// GET /api/v1/dashboard: aggregates for a supervisor's or a detention monitor's dashboard as
// of any moment, over the persons in the caller's scope: the alerts by rule, who is held
// where and for how long (dashboard_detention.cpp), and how soon detained foreign nationals
// were told of their consular rights, week by week. The counts come from the kept
// obligations GET /api/v1/alerts reads, and the legal numbers from the profile.

#include <algorithm>
#include <array>
#include <charconv>
#include <string>
#include <tuple>
#include <vector>

#include "haven/rules/catalogue.h"
#include "haven/rules/current.h"
#include "haven/rules/profile.h"
#include "http/dashboard.h"
#include "http/problem.h"

namespace haven::http {
namespace {

using nlohmann::ordered_json;

constexpr int kDefaultWeeks = 12;
constexpr int kMaxWeeks = 52;

// A detention monitor's view holds the vulnerability part, whose families include a
// victim's referrals to services they may not see: of the alerts they get only those about
// detention, consular contact and children.
constexpr std::array<std::string_view, 3> kMonitorRules = {"detention.", "consular.", "child."};

bool read_query(Api& api, const httplib::Request& req, DashboardQuery& query,
                httplib::Response& res) {
  constexpr std::array<std::string_view, 2> kKnown = {"as_of", "weeks"};
  if (!known_parameters(req, kKnown, res)) return false;
  query.now = api.ledger.clock().now();
  query.as_of = query.now;
  if (const std::string as_of = req.get_param_value("as_of"); !as_of.empty()) {
    auto moment = parse_moment(as_of);
    if (!moment) {
      send_bad_parameter(res, "as_of", moment.error().message);
      return false;
    }
    query.as_of = *moment;
  }
  if (const std::string weeks = req.get_param_value("weeks"); !weeks.empty()) {
    auto [end, error] = std::from_chars(weeks.data(), weeks.data() + weeks.size(), query.weeks);
    if (error != std::errc() || end != weeks.data() + weeks.size() || query.weeks < 1 ||
        query.weeks > kMaxWeeks) {
      send_bad_parameter(res, "weeks", "must be a whole number from 1 to 52");
      return false;
    }
  }
  return true;
}

bool monitored(std::string_view rule) {
  return std::any_of(kMonitorRules.begin(), kMonitorRules.end(),
                     [&](std::string_view family) { return rule.starts_with(family); });
}

// Per rule, the alerts GET /api/v1/alerts lists by default as of the moment: due, overdue
// and breach (never those met in time); overdue first, then due, then breach.
Result<ordered_json> alerts_section(Api& api, const access::Viewer& viewer,
                                    const DashboardQuery& query) {
  rules::AlertQuery alerts_query;
  alerts_query.as_of = query.as_of;
  auto alerts = rules::current_alerts(api.ledger.store(), profile_of(api), alerts_query, query.now);
  if (!alerts) return alerts.error();
  if (viewer.user().role == "detention_monitor") {
    std::erase_if(*alerts, [](const rules::Alert& alert) { return !monitored(alert.rule); });
  }
  if (auto kept = keep_visible(api, viewer, *alerts); !kept) return kept.error();

  struct Row {
    const rules::RuleSpec* rule;
    std::int64_t due = 0;
    std::int64_t overdue = 0;
    std::int64_t breach = 0;
  };
  std::vector<Row> rows;
  for (const rules::RuleSpec& rule : rules::rule_catalogue()) rows.push_back(Row{&rule});
  for (const rules::Alert& alert : *alerts) {
    auto row = std::find_if(rows.begin(), rows.end(),
                            [&](const Row& r) { return r.rule->id == alert.rule; });
    if (row == rows.end()) continue;
    if (alert.status == rules::AlertStatus::kDue) ++row->due;
    if (alert.status == rules::AlertStatus::kOverdue) ++row->overdue;
    if (alert.status == rules::AlertStatus::kBreach) ++row->breach;
  }
  std::erase_if(rows, [](const Row& r) { return r.due + r.overdue + r.breach == 0; });
  // Most urgent first: what is late and can still be done, then what is coming, then what
  // was failed; ties in the catalogue's order.
  std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
    return std::tie(b.overdue, b.due, b.breach) < std::tie(a.overdue, a.due, a.breach);
  });
  ordered_json out = ordered_json::array();
  for (const Row& row : rows) {
    ordered_json cites = ordered_json::array();
    for (std::string_view cite : row.rule->cites) cites.push_back(cite);
    out.push_back({{"rule", row.rule->id},
                   {"cites", std::move(cites)},
                   {"due", row.due},
                   {"overdue", row.overdue},
                   {"breach", row.breach}});
  }
  return out;
}

// The Monday (UTC) of the week `at` falls in, in days since 1970-01-01 (a Thursday).
std::int64_t monday_of(Timestamp at) {
  const std::int64_t day = days_from_civil(utc_date(at));
  return day - ((day + 3) % 7 + 7) % 7;
}

// Week by week, the detentions of foreign nationals (each consular.rights_not_informed
// obligation, counted in the week its clock started: the detention, or the grounds to think
// the person foreign), and whether the person was told of consular rights in time, late, or
// not (yet) by the moment.
Result<ordered_json> consular_section(Api& api, const access::Viewer& viewer,
                                      const DashboardQuery& query) {
  const rules::Profile& profile = profile_of(api);
  const std::int64_t first = monday_of(query.as_of) - 7 * std::int64_t{query.weeks - 1};
  rules::AlertQuery alerts_query;
  alerts_query.as_of = query.as_of;
  alerts_query.rule = "consular.rights_not_informed";
  alerts_query.all = true;  // the rights given in time too
  auto alerts = rules::current_alerts(api.ledger.store(), profile, alerts_query, query.now);
  if (!alerts) return alerts.error();
  std::erase_if(*alerts, [&](const rules::Alert& alert) {
    return alert.opened_at.micros < first * kMicrosPerDay;
  });
  if (auto kept = keep_visible(api, viewer, *alerts); !kept) return kept.error();

  struct Week {
    std::int64_t detained = 0;
    std::int64_t on_time = 0;
    std::int64_t late = 0;
    std::int64_t not_given = 0;
  };
  std::vector<Week> weeks(static_cast<std::size_t>(query.weeks));
  for (const rules::Alert& alert : *alerts) {
    const std::int64_t day = days_from_civil(utc_date(alert.opened_at));
    Week& week = weeks[static_cast<std::size_t>((day - first) / 7)];
    ++week.detained;
    // closed_at is unset when it closed after the moment: not given *yet*.
    if (!alert.closed_at || alert.closure != rules::Closure::kMet) {
      ++week.not_given;
    } else if (*alert.closed_at <= alert.due_at) {
      ++week.on_time;
    } else {
      ++week.late;
    }
  }
  ordered_json rows = ordered_json::array();
  for (std::size_t i = 0; i < weeks.size(); ++i) {
    const Timestamp start{(first + 7 * static_cast<std::int64_t>(i)) * kMicrosPerDay};
    rows.push_back({{"week_start", format_rfc3339(start).substr(0, 10)},
                    {"detained", weeks[i].detained},
                    {"on_time", weeks[i].on_time},
                    {"late", weeks[i].late},
                    {"not_given", weeks[i].not_given}});
  }
  return ordered_json{{"rights_hours", profile.consular.rights / kMicrosPerHour},
                      {"weeks", std::move(rows)}};
}

}  // namespace

void get_dashboard(Api& api, const Routed& request, httplib::Response& res) {
  DashboardQuery query;
  if (!read_query(api, request.req, query, res)) return;
  auto viewer = viewer_of(api, *request.caller);
  if (!viewer) return send_problem(res, viewer.error());
  auto alerts = alerts_section(api, *viewer, query);
  if (!alerts) return send_problem(res, alerts.error());
  auto detention = detention_section(api, *viewer, query);
  if (!detention) return send_problem(res, detention.error());
  auto consular = consular_section(api, *viewer, query);
  if (!consular) return send_problem(res, consular.error());
  const ordered_json body = {{"as_of", format_rfc3339(query.as_of)},
                             {"profile", profile_of(api).name},
                             {"alerts", std::move(*alerts)},
                             {"detention", std::move(*detention)},
                             {"consular", std::move(*consular)}};
  send_json(res, 200, body.dump(-1, ' ', false, ordered_json::error_handler_t::replace));
}

}  // namespace haven::http
