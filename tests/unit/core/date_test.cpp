// Date as a day count: civil conversion, weekday, iso, month arithmetic.
#include "core/date.h"

#include <algorithm>
#include <iterator>

#include <doctest/doctest.h>

namespace ca {
namespace {

std::string plus_months(int y, int m, int d, int n) { return add_months(Date::from_ymd(y, m, d), n).iso(); }

TEST_CASE("known day numbers (1970-01-01 is day 0)") {
  CHECK(Date().days() == 0);
  CHECK(Date::from_ymd(1970, 1, 1).days() == 0);
  CHECK(Date::from_ymd(1969, 12, 31).days() == -1);
  CHECK(Date::from_ymd(2000, 3, 1).days() == 11017);
  CHECK(Date::from_ymd(2024, 2, 29).days() == 19782);
  CHECK(Date::from_ymd(1900, 1, 1).days() == -25567);
  CHECK(Date::from_ymd(2200, 1, 1).days() - Date::from_ymd(1900, 1, 1).days() == 109573);
}

TEST_CASE("ymd round trip, day by day, 1600-01-01 to 2400-12-31") {
  const Date first = Date::from_ymd(1600, 1, 1);
  const Date last = Date::from_ymd(2400, 12, 31);
  Ymd expected{1600, 1, 1};
  int weekday = 5;  // 1600-01-01 was a Saturday
  int checked = 0;
  for (Date d = first; d <= last; d = add_days(d, 1)) {
    const Ymd got = d.ymd();
    // Stop at the first mismatch rather than print 300,000 failures.
    REQUIRE(got.year == expected.year);
    REQUIRE(got.month == expected.month);
    REQUIRE(got.day == expected.day);
    REQUIRE(Date::from_ymd(got.year, got.month, got.day) == d);
    REQUIRE(d.weekday() == weekday);
    weekday = (weekday + 1) % 7;
    if (++expected.day > days_in_month(expected.year, expected.month)) {
      expected.day = 1;
      if (++expected.month > 12) {
        expected.month = 1;
        ++expected.year;
      }
    }
    ++checked;
  }
  CHECK(checked == 292560);  // 801 years: 801 * 365 + 195 leap days
  CHECK(expected.year == 2401);
}

TEST_CASE("ymd's fast range agrees with the general form (ymd_far), at its ends and every 997th day") {
  const auto same = [](int32_t days) {
    const Ymd a = Date(days).ymd(), b = ymd_far(days);
    return a.year == b.year && a.month == b.month && a.day == b.day;
  };
  const int32_t lo = -12699422, hi = 1061042401;
  int wrong = 0, checked = 0;
  for (int64_t d = lo; d <= hi; d += 997, ++checked) wrong += !same(static_cast<int32_t>(d));
  for (int32_t d : {lo, lo + 1, hi - 1, hi, lo - 1, hi + 1, 0, -1}) wrong += !same(d);
  CHECK(wrong == 0);
  CHECK(checked == 1076973);
}

TEST_CASE("the extreme dates convert without overflow") {
  CHECK(Date::max().iso() == "5881580-07-11");
  CHECK(Date::min().iso() == "-5877641-06-23");
  const Ymd hi = Date::max().ymd();
  CHECK(Date::from_ymd(hi.year, hi.month, hi.day) == Date::max());
  const Ymd lo = Date::min().ymd();
  CHECK(Date::from_ymd(lo.year, lo.month, lo.day) == Date::min());
}

TEST_CASE("weekday: 0 is Monday, 6 is Sunday") {
  CHECK(Date::from_ymd(1970, 1, 1).weekday() == 3);  // Thursday
  CHECK(Date::from_ymd(1969, 12, 31).weekday() == 2);  // Wednesday
  CHECK(Date::from_ymd(1900, 1, 1).weekday() == 0);  // Monday
  CHECK(Date::from_ymd(2000, 1, 1).weekday() == 5);  // Saturday
  CHECK(Date::from_ymd(2024, 3, 5).weekday() == 1);  // Tuesday
  CHECK(Date::from_ymd(2024, 3, 10).weekday() == 6);  // Sunday
  CHECK(Date::from_ymd(2199, 12, 31).weekday() == 1);  // Tuesday
}

TEST_CASE("iso pads to YYYY-MM-DD") {
  CHECK(Date::from_ymd(2024, 3, 5).iso() == "2024-03-05");
  CHECK(Date::from_ymd(1900, 1, 1).iso() == "1900-01-01");
  CHECK(Date::from_ymd(2199, 12, 31).iso() == "2199-12-31");
  CHECK(Date::from_ymd(999, 10, 9).iso() == "0999-10-09");
}

TEST_CASE("leap years and month lengths") {
  CHECK(is_leap_year(2024));
  CHECK(is_leap_year(2000));
  CHECK_FALSE(is_leap_year(1900));
  CHECK_FALSE(is_leap_year(2023));
  CHECK_FALSE(is_leap_year(2100));
  CHECK(days_in_month(2024, 2) == 29);
  CHECK(days_in_month(2023, 2) == 28);
  CHECK(days_in_month(2024, 4) == 30);
  CHECK(days_in_month(2024, 12) == 31);
  CHECK(is_valid_ymd(2024, 2, 29));
  CHECK_FALSE(is_valid_ymd(2023, 2, 29));
  CHECK_FALSE(is_valid_ymd(2024, 13, 1));
  CHECK_FALSE(is_valid_ymd(2024, 0, 1));
  CHECK_FALSE(is_valid_ymd(2024, 1, 0));
}

TEST_CASE("add_months keeps the day number, clamped to the month's end") {
  SUBCASE("31 January + 1 month") {
    CHECK(plus_months(2023, 1, 31, 1) == "2023-02-28");
    CHECK(plus_months(2024, 1, 31, 1) == "2024-02-29");
    CHECK(plus_months(2000, 1, 31, 1) == "2000-02-29");
    CHECK(plus_months(1900, 1, 31, 1) == "1900-02-28");
  }
  SUBCASE("month ends of other lengths") {
    CHECK(plus_months(2024, 5, 31, 1) == "2024-06-30");
    CHECK(plus_months(2024, 3, 31, -1) == "2024-02-29");
    CHECK(plus_months(2023, 3, 31, -1) == "2023-02-28");
    CHECK(plus_months(2024, 8, 31, -6) == "2024-02-29");
    CHECK(plus_months(2024, 10, 31, -1) == "2024-09-30");
  }
  SUBCASE("across years") {
    CHECK(plus_months(2023, 11, 30, 3) == "2024-02-29");
    CHECK(plus_months(2024, 11, 30, 3) == "2025-02-28");
    CHECK(plus_months(2024, 12, 15, 1) == "2025-01-15");
    CHECK(plus_months(2024, 1, 15, -1) == "2023-12-15");
    CHECK(plus_months(2024, 3, 15, -15) == "2022-12-15");
    CHECK(plus_months(2024, 3, 15, -24) == "2022-03-15");
    CHECK(plus_months(2024, 2, 29, 12) == "2025-02-28");
    CHECK(plus_months(2024, 2, 29, 48) == "2028-02-29");
    CHECK(plus_months(2024, 7, 10, 6) == "2025-01-10");
    CHECK(plus_months(1969, 12, 31, 2) == "1970-02-28");
  }
  SUBCASE("every day of 1900-2199, and out of that range") {
    // The day number kept, clamped to the target month's length, for every
    // day the table covers and steps that leave it (to 1899 or 2200) too.
    const int32_t steps[] = {-3601, -1200, -25, -13, -12, -11, -2, -1, 0, 1, 2, 11, 12, 13, 25, 1200, 3601};
    size_t checked = 0, wrong = 0;
    for (int32_t day = Date::from_ymd(1900, 1, 1).days(); day <= Date::from_ymd(2199, 12, 31).days(); ++day) {
      const Ymd x = Date(day).ymd();
      for (const int32_t n : steps) {
        const int64_t months = int64_t{x.year} * 12 + (x.month - 1) + n;
        const int y = static_cast<int>(months >= 0 ? months / 12 : (months - 11) / 12);
        const int m = static_cast<int>(months - int64_t{y} * 12) + 1;
        const Date expected = Date::from_ymd(y, m, std::min(x.day, days_in_month(y, m)));
        wrong += add_months(Date(day), n) != expected;
        ++checked;
      }
    }
    CHECK(checked == 109573 * std::size(steps));
    CHECK(wrong == 0);
    CHECK(plus_months(1899, 12, 31, 2) == "1900-02-28");
    CHECK(plus_months(2199, 12, 31, 2) == "2200-02-28");  // 2200 is not a leap year
    CHECK(plus_months(2200, 1, 31, -1) == "2199-12-31");
  }
  SUBCASE("zero and the clamp is not sticky") {
    CHECK(plus_months(2024, 1, 31, 0) == "2024-01-31");
    // 31 Jan + 1 = 29 Feb, and 29 Feb + 1 = 29 Mar: each step counts from the date it is given.
    CHECK(add_months(add_months(Date::from_ymd(2024, 1, 31), 1), 1).iso() == "2024-03-29");
    CHECK(plus_months(2024, 1, 31, 2) == "2024-03-31");
  }
}

TEST_CASE("add_days and days_between") {
  CHECK(add_days(Date::from_ymd(2024, 2, 28), 1).iso() == "2024-02-29");
  CHECK(add_days(Date::from_ymd(2024, 3, 1), -1).iso() == "2024-02-29");
  CHECK(add_days(Date::from_ymd(2023, 12, 31), 1).iso() == "2024-01-01");
  CHECK(days_between(Date::from_ymd(2024, 1, 1), Date::from_ymd(2025, 1, 1)) == 366);
  CHECK(days_between(Date::from_ymd(2025, 1, 1), Date::from_ymd(2024, 1, 1)) == -366);
}

}  // namespace
}  // namespace ca
