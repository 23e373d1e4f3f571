#include "core/date.h"

#include <array>

#include <fmt/format.h>

namespace ca {
namespace {

const char* const kMonthNames[] = {"January", "February", "March",     "April",   "May",      "June",
                                   "July",    "August",   "September", "October", "November", "December"};

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

int to_int(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

// HH:MM, HH:MM:SS or HH:MM:SS.f+ with valid ranges.
bool valid_time(std::string_view t) {
  if (t.size() < 5 || t[2] != ':') return false;
  if (!all_digits(t.substr(0, 2)) || !all_digits(t.substr(3, 2))) return false;
  if (to_int(t.substr(0, 2)) > 23 || to_int(t.substr(3, 2)) > 59) return false;
  if (t.size() == 5) return true;
  if (t.size() < 8 || t[5] != ':' || !all_digits(t.substr(6, 2)) || to_int(t.substr(6, 2)) > 59) return false;
  if (t.size() == 8) return true;
  return t[8] == '.' && all_digits(t.substr(9));
}

}  // namespace

// Howard Hinnant's civil_from_days (the inverse of Date::from_ymd, in
// date.h), with 64-bit intermediates for the extreme dates: Date::ymd's
// answer outside its fast range, and the reference its fast form is tested
// against over that range (tests/unit/core/date_test.cpp).
Ymd ymd_far(int32_t days) {
  const int64_t z = static_cast<int64_t>(days) + 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  const int y = static_cast<int>(yoe + era * 400 + (m <= 2));
  return {y, m, d};
}

int Date::weekday() const {
  // 1970-01-01 was a Thursday (3 when Monday is 0).
  const int w = (days_ % 7 + 7 + 3) % 7;
  return w;
}

std::string Date::iso() const {
  const Ymd x = ymd();
  return fmt::format("{:04d}-{:02d}-{:02d}", x.year, x.month, x.day);
}

bool is_leap_year(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int y, int m) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && is_leap_year(y) ? 29 : kDays[m - 1];
}

bool is_valid_ymd(int y, int m, int d) { return m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m); }

namespace {

// The first day of each month from January 1900 (month 0) to December 2199,
// and of January 2200 after them: the months an export's dates are in
// (parse_date refuses other years), so that a month later is two lookups.
constexpr int kTableYear = 1900, kTableMonths = 300 * 12;
constexpr auto kMonthStarts = [] {
  std::array<int32_t, kTableMonths + 1> t{};
  for (int k = 0; k <= kTableMonths; ++k) t[k] = Date::from_ymd(kTableYear + k / 12, k % 12 + 1, 1).days();
  return t;
}();

}  // namespace

Date add_months(Date d, int32_t n) {
  const Ymd x = d.ymd();
  const int64_t k = (int64_t{x.year} - kTableYear) * 12 + (x.month - 1) + n;
  if (x.year >= kTableYear && k >= 0 && k < kTableMonths) {
    const int32_t first = kMonthStarts[static_cast<size_t>(k)];
    const int32_t length = kMonthStarts[static_cast<size_t>(k) + 1] - first;
    return Date(first + (x.day < length ? x.day : length) - 1);
  }
  const int64_t total = static_cast<int64_t>(x.year) * 12 + (x.month - 1) + n;
  const int y = static_cast<int>(total >= 0 ? total / 12 : (total - 11) / 12);
  const int m = static_cast<int>(total - static_cast<int64_t>(y) * 12) + 1;
  const int day = x.day < days_in_month(y, m) ? x.day : days_in_month(y, m);
  return Date::from_ymd(y, m, day);
}

namespace {

// The common form, a bare valid YYYY-MM-DD in range, without the general
// path's splitting; nullopt for anything else (the general path decides).
std::optional<Date> parse_iso_date(std::string_view t) {
  if (t.size() != 10 || t[4] != '-' || t[7] != '-') return std::nullopt;
  const auto digit = [&](size_t i) { return static_cast<unsigned>(static_cast<unsigned char>(t[i])) - unsigned{'0'}; };
  const unsigned y1 = digit(0), y2 = digit(1), y3 = digit(2), y4 = digit(3);
  const unsigned m1 = digit(5), m2 = digit(6), d1 = digit(8), d2 = digit(9);
  if (y1 > 9 || y2 > 9 || y3 > 9 || y4 > 9 || m1 > 9 || m2 > 9 || d1 > 9 || d2 > 9) return std::nullopt;
  const unsigned y = y1 * 1000 + y2 * 100 + y3 * 10 + y4;
  const unsigned m = m1 * 10 + m2;
  const unsigned d = d1 * 10 + d2;
  if (y < kTableYear || y >= kTableYear + kTableMonths / 12 || m < 1 || m > 12 || d < 1) return std::nullopt;
  // The month's first day and length from the table (add_months').
  const size_t k = (y - kTableYear) * 12 + (m - 1);
  const int32_t first = kMonthStarts[k];
  if (static_cast<int32_t>(d) > kMonthStarts[k + 1] - first) return std::nullopt;
  return Date(first + static_cast<int32_t>(d) - 1);
}

// Every form, and the reason for a failure.
[[gnu::noinline]] std::optional<Date> parse_any_date(std::string_view text, std::string* reason) {
  auto fail = [&](std::string why) -> std::optional<Date> {
    if (reason) *reason = std::move(why);
    return std::nullopt;
  };
  const std::string_view shown = text.substr(0, 40);
  if (text.empty()) return fail("empty date");

  // Split off an optional time part; the date part is judged first, so that
  // "March 5" is reported as not a date rather than as a bad time.
  std::string_view date = text;
  std::string_view time;
  size_t sep = 0;
  while (sep < text.size() && text[sep] != 'T' && text[sep] != ' ') ++sep;
  if (sep < text.size()) {
    date = text.substr(0, sep);
    time = text.substr(sep + 1);
  } else {
    sep = std::string_view::npos;
  }

  int y = 0, m = 0, d = 0;
  bool day_first = false;
  if (date.size() == 10 && date[4] == '-' && date[7] == '-' && all_digits(date.substr(0, 4)) &&
      all_digits(date.substr(5, 2)) && all_digits(date.substr(8, 2))) {
    y = to_int(date.substr(0, 4));
    m = to_int(date.substr(5, 2));
    d = to_int(date.substr(8, 2));
  } else if (date.size() == 10 && (date[2] == '/' || date[2] == '-') && date[5] == date[2] &&
             all_digits(date.substr(0, 2)) && all_digits(date.substr(3, 2)) && all_digits(date.substr(6, 4))) {
    d = to_int(date.substr(0, 2));
    m = to_int(date.substr(3, 2));
    y = to_int(date.substr(6, 4));
    day_first = true;
  } else if (date.size() == 8 && (date[2] == '/' || date[2] == '-') && date[5] == date[2] &&
             all_digits(date.substr(0, 2)) && all_digits(date.substr(3, 2)) && all_digits(date.substr(6, 2))) {
    return fail(fmt::format("ambiguous date: '{}' (two-digit year; use DD/MM/YYYY or YYYY-MM-DD)", shown));
  } else {
    return fail(fmt::format("not a date: '{}' (expected YYYY-MM-DD, DD/MM/YYYY or DD-MM-YYYY)", shown));
  }
  if (sep != std::string_view::npos && !valid_time(time))
    return fail(fmt::format("not a date: '{}' (bad time '{}'; expected HH:MM, HH:MM:SS or HH:MM:SS.fff)", shown,
                            time.substr(0, 20)));
  if (m < 1 || m > 12) {
    if (day_first && m > 12 && d >= 1 && d <= 12)
      return fail(fmt::format("not a date: '{}' (no month {}; dates are day first, DD/MM/YYYY)", shown, m));
    return fail(fmt::format("not a date: '{}' (no month {})", shown, m));
  }
  if (y < 1900 || y > 2199) return fail(fmt::format("not a date: '{}' (year {} is out of range 1900-2199)", shown, y));
  if (d < 1 || d > days_in_month(y, m))
    return fail(fmt::format("not a date: '{}' (no day {} in {} {})", shown, d, kMonthNames[m - 1], y));
  return Date::from_ymd(y, m, d);
}

}  // namespace

std::optional<Date> parse_date(std::string_view text, std::string* reason) {
  Date d;
  if (parse_date(text, d, reason)) return d;
  return std::nullopt;
}

bool parse_date(std::string_view text, Date& out, std::string* reason) {
  if (const auto d = parse_iso_date(text)) {
    out = *d;
    return true;
  }
  const auto d = parse_any_date(text, reason);
  if (d) out = *d;
  return d.has_value();
}

}  // namespace ca
