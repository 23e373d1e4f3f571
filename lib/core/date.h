#pragma once
// Civil dates as a day count, so that a record's dates cost 4 bytes each and
// compare as integers. Day 0 is 1970-01-01; the proleptic Gregorian calendar.
#include <compare>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>

namespace ca {

struct Ymd {
  int year;
  int month;  // 1..12
  int day;    // 1..31
};
// Date::ymd of a day count outside its fast range.
Ymd ymd_far(int32_t days);

class Date {
 public:
  constexpr Date() = default;  // 1970-01-01
  constexpr explicit Date(int32_t days) : days_(days) {}
  static constexpr Date from_ymd(int year, int month, int day);  // the caller checks validity
  static constexpr Date min() { return Date(std::numeric_limits<int32_t>::min()); }
  static constexpr Date max() { return Date(std::numeric_limits<int32_t>::max()); }

  constexpr int32_t days() const { return days_; }
  // Inline, for reports render millions of dates: returned from a call, the
  // three ints went through the stack and stalled on reading them back.
  Ymd ymd() const;
  int weekday() const;  // 0 = Monday ... 6 = Sunday
  std::string iso() const;  // YYYY-MM-DD

  constexpr auto operator<=>(const Date&) const = default;

 private:
  int32_t days_ = 0;
};

// Howard Hinnant's days_from_civil, with 64-bit intermediates so that the
// extreme dates (Date::min(), Date::max()) convert without signed overflow.
// constexpr, so that fixed dates (the calendar table's bounds) are constants.
constexpr Date Date::from_ymd(int year, int m, int d) {
  const int64_t y = static_cast<int64_t>(year) - (m <= 2);
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return Date(static_cast<int32_t>(era * 146097 + doe - 719468));
}

// Every date written out goes through here. For days from -12,699,422 to
// 1,061,042,401 (about 32,800 BC to AD 2,900,000): Neri and Schneider's
// 32-bit form of the computation ("Euclidean affine functions and their
// application to calendar algorithms", 2022); beyond, ymd_far.
inline Ymd Date::ymd() const {
  if (days_ >= -12699422 && days_ <= 1061042401) {
    constexpr uint32_t kShift = 82, kDays = 719468 + 146097 * kShift, kYears = 400 * kShift;
    const uint32_t n1 = 4 * (static_cast<uint32_t>(days_) + kDays) + 3;
    const uint32_t century = n1 / 146097;
    const uint32_t n2 = n1 % 146097 / 4 * 4 + 3;
    const uint64_t p2 = uint64_t{2939745} * n2;
    const uint32_t year = 100 * century + static_cast<uint32_t>(p2 >> 32);
    const uint32_t day_of_year = static_cast<uint32_t>(p2) / 2939745 / 4;  // from 1 March
    const uint32_t n3 = 2141 * day_of_year + 197913;
    const uint32_t january_or_february = day_of_year >= 306;
    const uint32_t month = (n3 >> 16) - (january_or_february ? 12 : 0);
    return {static_cast<int>(year + january_or_february) - static_cast<int>(kYears), static_cast<int>(month),
            static_cast<int>((n3 & 0xFFFF) / 2141 + 1)};
  }
  return ymd_far(days_);
}

// d + n calendar days.
inline Date add_days(Date d, int32_t n) { return Date(d.days() + n); }
// The same day number n months later, clamped to the month's end
// (31 Jan + 1 month = 28 or 29 Feb). n may be negative.
Date add_months(Date d, int32_t n);
// Calendar days from a to b (b - a).
inline int32_t days_between(Date a, Date b) { return b.days() - a.days(); }

bool is_leap_year(int year);
int days_in_month(int year, int month);
bool is_valid_ymd(int year, int month, int day);

// Parses one of the export's date forms: YYYY-MM-DD, DD/MM/YYYY, DD-MM-YYYY,
// each optionally followed by a time part ("T" or one space, then HH:MM,
// HH:MM:SS or HH:MM:SS.fff; the time is read and dropped). Never month-first.
// Years outside 1900-2199 are refused. On failure returns nullopt and sets
// *reason (if not null) to a short phrase, e.g.
// "not a date: '31/02/2024' (no day 31 in February 2024)".
std::optional<Date> parse_date(std::string_view text, std::string* reason);
// The same, into `out` (left alone on failure): the loader's form, which
// returns its flag in a register (an optional<Date> comes back through the
// stack, as two stores read by one load, a stall on every date of an export).
bool parse_date(std::string_view text, Date& out, std::string* reason);

}  // namespace ca
