#include "haven/domain/age.h"

namespace haven::domain {
namespace {

bool all_digits(std::string_view text) {
  for (char c : text) {
    if (c < '0' || c > '9') return false;
  }
  return !text.empty();
}

int to_int(std::string_view digits) {
  int value = 0;
  for (char c : digits) value = value * 10 + (c - '0');
  return value;
}

Error bad_birth_date(std::string_view text, std::string why) {
  return Fail(ErrorCode::kInvalidField, "",
              "'" + std::string(text.substr(0, 20)) + "' " + std::move(why));
}

}  // namespace

Result<CivilDate> latest_day_of(std::string_view text) {
  constexpr const char* kForms = "is not a birth date (use YYYY, YYYY-MM or YYYY-MM-DD)";
  if (text.size() == 4 && all_digits(text)) return CivilDate{to_int(text), 12, 31};
  if (text.size() == 7 && text[4] == '-' && all_digits(text.substr(0, 4)) &&
      all_digits(text.substr(5, 2))) {
    const int year = to_int(text.substr(0, 4));
    const int month = to_int(text.substr(5, 2));
    if (month < 1 || month > 12) return bad_birth_date(text, "has no such month");
    return CivilDate{year, month, days_in_month(year, month)};
  }
  if (text.size() == 10 && text[4] == '-' && text[7] == '-') {
    auto date = parse_date(text);
    if (!date) return bad_birth_date(text, "is not a calendar date");
    return *date;
  }
  return bad_birth_date(text, kForms);
}

std::optional<Age> age_on(std::string_view birth_date, bool estimated, CivilDate on) {
  auto born = latest_day_of(birth_date);
  if (!born || *born > on) {
    // A partial date whose latest day is after `on` (born this year): under one year old.
    if (born && birth_date.size() < 10 && born->year <= on.year) return Age{0, true};
    return std::nullopt;
  }
  int years = on.year - born->year;
  if (on.month < born->month || (on.month == born->month && on.day < born->day)) --years;
  return Age{years, estimated || birth_date.size() < 10};
}

}  // namespace haven::domain
