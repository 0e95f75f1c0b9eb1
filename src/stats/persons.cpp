// PeriodStatistics: the period, and the projections it is given to count. What is counted
// is in persons_tables.cpp and persons_indicators.cpp.

#include <nlohmann/json.hpp>

#include "stats/person_facts.h"

namespace haven::stats {
namespace {

using nlohmann::json;

Error period_error(std::string_view text) {
  return Error{ErrorCode::kInvalidField, "period",
               "'" + std::string(text) + "' is not a period: use YYYY, YYYY-Qn or YYYY-MM", 0};
}

Timestamp start_of(int year, int month) {
  return Timestamp{days_from_civil(CivilDate{year, month, 1}) * kMicrosPerDay};
}

}  // namespace

Result<Period> parse_period(std::string_view text) {
  const auto number = [&](std::size_t at, std::size_t length) -> int {
    if (at + length > text.size()) return -1;
    int value = 0;
    for (std::size_t i = at; i < at + length; ++i) {
      if (text[i] < '0' || text[i] > '9') return -1;
      value = value * 10 + (text[i] - '0');
    }
    return value;
  };
  const int year = number(0, 4);
  if (year < 1900) return period_error(text);
  Period period{std::string(text), {}, {}};
  if (text.size() == 4) {
    period.begin = start_of(year, 1);
    period.end = start_of(year + 1, 1);
  } else if (text.size() == 7 && text[4] == '-' && text[5] == 'Q' && number(6, 1) >= 1 &&
             number(6, 1) <= 4) {
    const int first = (number(6, 1) - 1) * 3 + 1;
    period.begin = start_of(year, first);
    period.end = first == 10 ? start_of(year + 1, 1) : start_of(year, first + 3);
  } else if (text.size() == 7 && text[4] == '-' && number(5, 2) >= 1 && number(5, 2) <= 12) {
    const int month = number(5, 2);
    period.begin = start_of(year, month);
    period.end = month == 12 ? start_of(year + 1, 1) : start_of(year, month + 1);
  } else {
    return period_error(text);
  }
  return period;
}

PeriodStatistics::PeriodStatistics(Period period, LegalLimits limits)
    : impl_(std::make_unique<Impl>()) {
  impl_->period = std::move(period);
  impl_->limits = std::move(limits);
}
PeriodStatistics::~PeriodStatistics() = default;
PeriodStatistics::PeriodStatistics(PeriodStatistics&&) noexcept = default;
PeriodStatistics& PeriodStatistics::operator=(PeriodStatistics&&) noexcept = default;

Status PeriodStatistics::add(std::string_view projection) {
  const json person = json::parse(projection, nullptr, false);
  if (!person.is_object()) {
    return Fail(ErrorCode::kInvalidDocument, "", "a person's projection is not a JSON object");
  }
  if (json_field(person, "merged_into").is_string()) return Status::Ok();
  impl_->persons.push_back(read_facts(person, impl_->period));
  return Status::Ok();
}

Status PeriodStatistics::add_incident(std::string_view projection) {
  const json doc = json::parse(projection, nullptr, false);
  if (!doc.is_object()) {
    return Fail(ErrorCode::kInvalidDocument, "", "an incident's projection is not a JSON object");
  }
  const json& dead = json_field(doc, "dead");
  const json& missing = json_field(doc, "missing");
  Incident incident{json_text(doc, "category"),
                    moment(json_field(doc, "reported_at")),
                    dead.is_number_unsigned() ? dead.get<std::uint64_t>() : 0,
                    missing.is_number_unsigned() ? missing.get<std::uint64_t>() : 0,
                    {},
                    {}};
  for (const json& stage : json_list(doc, "stages")) {
    auto at = moment(json_field(stage, "at"));
    if (at) incident.stages.emplace_back(json_text(stage, "stage"), *at);
  }
  for (const json& victim : json_list(doc, "victims")) {
    if (victim.is_string()) incident.victims.push_back(victim.get<std::string>());
  }
  impl_->incidents.push_back(std::move(incident));
  return Status::Ok();
}

Status PeriodStatistics::add_tracing_request(std::string_view projection) {
  const json doc = json::parse(projection, nullptr, false);
  if (!doc.is_object()) {
    return Fail(ErrorCode::kInvalidDocument, "",
                "a tracing request's projection is not a JSON object");
  }
  impl_->tracing.push_back({moment(json_field(doc, "requested_at")), json_text(doc, "status"),
                            moment(json_field(json_field(doc, "reunified"), "at"))});
  return Status::Ok();
}

}  // namespace haven::stats
