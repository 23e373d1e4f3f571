// The bank holidays of England and Wales, computed for any year.
#include <algorithm>
#include <cstdint>
#include <vector>

#include "calendar/calendar.h"

namespace ca {
namespace {

constexpr int kMonday = 0;
constexpr int kSaturday = 5;

int64_t floor_div(int64_t a, int64_t b) { return a / b - (a % b != 0 && (a < 0) != (b < 0)); }
int64_t floor_mod(int64_t a, int64_t b) { return a - floor_div(a, b) * b; }

bool is_weekend(Date d) { return d.weekday() >= kSaturday; }

Date first_monday(int year, int month) {
  const Date first = Date::from_ymd(year, month, 1);
  return add_days(first, (7 + kMonday - first.weekday()) % 7);
}

Date last_monday(int year, int month) {
  const Date last = Date::from_ymd(year, month, days_in_month(year, month));
  return add_days(last, -((7 + last.weekday() - kMonday) % 7));
}

Date next_weekday_from(Date d) {
  while (is_weekend(d)) d = add_days(d, 1);
  return d;
}

}  // namespace

// The anonymous Gregorian algorithm (Meeus, Jones, Butcher), with floored
// division so that it holds for every year of the proleptic calendar.
Date easter_sunday(int year) {
  const int64_t y = year;
  const int64_t a = floor_mod(y, 19);
  const int64_t b = floor_div(y, 100);
  const int64_t c = floor_mod(y, 100);
  const int64_t d = floor_div(b, 4);
  const int64_t e = floor_mod(b, 4);
  const int64_t f = floor_div(b + 8, 25);
  const int64_t g = floor_div(b - f + 1, 3);
  const int64_t h = floor_mod(19 * a + b - d - g + 15, 30);
  const int64_t i = c / 4;
  const int64_t k = c % 4;
  const int64_t l = floor_mod(32 + 2 * e + 2 * i - h - k, 7);
  const int64_t m = (a + 11 * h + 22 * l) / 451;
  const int64_t n = h + l - 7 * m + 114;
  return Date::from_ymd(year, static_cast<int>(n / 31), static_cast<int>(n % 31 + 1));
}

std::vector<Date> bank_holidays(int year) {
  std::vector<Date> days;
  days.reserve(10);
  days.push_back(next_weekday_from(Date::from_ymd(year, 1, 1)));

  const Date easter = easter_sunday(year);
  days.push_back(add_days(easter, -2));  // Good Friday
  days.push_back(add_days(easter, 1));   // Easter Monday

  // Early May: the first Monday, moved to VE Day (8 May) for its 50th (1995)
  // and 75th (2020) anniversaries.
  days.push_back(year == 2020 || year == 1995 ? Date::from_ymd(year, 5, 8) : first_monday(year, 5));
  // Spring: the last Monday of May, moved for the 2012 and 2022 jubilees.
  if (year == 2002) {
    days.push_back(Date::from_ymd(2002, 6, 3));
    days.push_back(Date::from_ymd(2002, 6, 4));  // Golden Jubilee
  } else if (year == 2012) {
    days.push_back(Date::from_ymd(2012, 6, 4));
    days.push_back(Date::from_ymd(2012, 6, 5));  // Diamond Jubilee
  } else if (year == 2022) {
    days.push_back(Date::from_ymd(2022, 6, 2));
    days.push_back(Date::from_ymd(2022, 6, 3));  // Platinum Jubilee
  } else {
    days.push_back(last_monday(year, 5));
  }
  days.push_back(last_monday(year, 8));  // summer

  // Christmas Day and Boxing Day: each one on a weekend gets the next free
  // weekday after Boxing Day (25 Sat: 27, 28; 25 Sun: 26 is Boxing Day, 27
  // the substitute for Christmas; 25 Fri: 28 for Boxing Day).
  int substitutes = 0;
  for (int day : {25, 26}) {
    const Date d = Date::from_ymd(year, 12, day);
    if (is_weekend(d)) {
      ++substitutes;
    } else {
      days.push_back(d);
    }
  }
  for (Date d = Date::from_ymd(year, 12, 27); substitutes > 0; d = add_days(d, 1)) {
    if (!is_weekend(d)) {
      days.push_back(d);
      --substitutes;
    }
  }

  // Extra one-off days.
  if (year == 1999) days.push_back(Date::from_ymd(1999, 12, 31));  // millennium
  if (year == 2011) days.push_back(Date::from_ymd(2011, 4, 29));  // royal wedding
  if (year == 2022) days.push_back(Date::from_ymd(2022, 9, 19));  // state funeral of Queen Elizabeth II
  if (year == 2023) days.push_back(Date::from_ymd(2023, 5, 8));   // coronation of King Charles III

  std::sort(days.begin(), days.end());
  days.erase(std::unique(days.begin(), days.end()), days.end());
  return days;
}

}  // namespace ca
