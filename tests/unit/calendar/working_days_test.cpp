// add_working_days: the n-th working day after (or before) a date.
#include <doctest/doctest.h>

#include "calendar/calendar.h"

namespace ca {
namespace {

std::string plus(int y, int m, int d, int n) {
  static const Calendar cal;
  return cal.add_working_days(Date::from_ymd(y, m, d), n).iso();
}

TEST_CASE("the day itself never counts; weekends are skipped") {
  CHECK(plus(2024, 3, 9, 1) == "2024-03-11");   // Saturday + 1 = Monday
  CHECK(plus(2024, 3, 10, 1) == "2024-03-11");  // Sunday + 1 = Monday
  CHECK(plus(2024, 3, 8, 1) == "2024-03-11");   // Friday + 1 = Monday
  CHECK(plus(2024, 3, 5, 1) == "2024-03-06");   // Tuesday + 1 = Wednesday
  CHECK(plus(2024, 3, 5, 5) == "2024-03-12");
}

TEST_CASE("n = 0 returns the date itself, working day or not") {
  CHECK(plus(2024, 3, 5, 0) == "2024-03-05");
  CHECK(plus(2024, 3, 9, 0) == "2024-03-09");    // Saturday
  CHECK(plus(2024, 12, 25, 0) == "2024-12-25");  // Christmas Day
}

TEST_CASE("negative n counts backwards the same way") {
  CHECK(plus(2024, 3, 11, -1) == "2024-03-08");  // Monday - 1 = Friday
  CHECK(plus(2024, 3, 9, -1) == "2024-03-08");   // Saturday - 1 = Friday
  CHECK(plus(2024, 3, 10, -1) == "2024-03-08");  // Sunday - 1 = Friday
  CHECK(plus(2024, 3, 12, -5) == "2024-03-05");
  CHECK(plus(2024, 4, 2, -1) == "2024-03-28");   // back over Easter 2024
}

TEST_CASE("Easter 2024: Good Friday 29 March, Easter Monday 1 April") {
  CHECK(plus(2024, 3, 28, 1) == "2024-04-02");  // Thursday + 1 = Tuesday
  CHECK(plus(2024, 3, 29, 1) == "2024-04-02");  // from Good Friday itself
  CHECK(plus(2024, 3, 28, 2) == "2024-04-03");
  CHECK(plus(2024, 4, 3, -2) == "2024-03-28");
  // 2, 3, 4, 5 April (4); 8-12 (9); 15 (10).
  CHECK(plus(2024, 3, 28, 10) == "2024-04-15");
}

TEST_CASE("Easter 2025: Good Friday 18 April, Easter Monday 21 April") {
  CHECK(plus(2025, 4, 17, 1) == "2025-04-22");
  CHECK(plus(2025, 4, 22, -1) == "2025-04-17");
  // 22-25 April (4); 28 April-2 May (9); 5 May is early May; 6 May (10).
  CHECK(plus(2025, 4, 17, 10) == "2025-05-06");
}

TEST_CASE("Christmas 2020: Friday 25, Boxing Day substitute Monday 28") {
  CHECK(plus(2020, 12, 24, 1) == "2020-12-29");
  // 29, 30, 31 December; 1 January 2021 (a Friday) is New Year's Day; 4, 5 January.
  CHECK(plus(2020, 12, 24, 5) == "2021-01-05");
  CHECK(plus(2020, 12, 29, -1) == "2020-12-24");
}

TEST_CASE("Christmas 2021: Saturday 25 and Sunday 26, substitutes Monday 27 and Tuesday 28") {
  CHECK(plus(2021, 12, 24, 1) == "2021-12-29");
  CHECK(plus(2021, 12, 24, 3) == "2021-12-31");
  // 1 January 2022 a Saturday: substitute Monday 3 January.
  CHECK(plus(2021, 12, 24, 4) == "2022-01-04");
  CHECK(plus(2022, 1, 4, -1) == "2021-12-31");
}

TEST_CASE("Christmas 2022: Sunday 25, Boxing Day Monday 26, substitute Tuesday 27") {
  CHECK(plus(2022, 12, 23, 1) == "2022-12-28");
  // 28, 29, 30 December; 2 January 2023 the substitute for New Year's Day; 3 January.
  CHECK(plus(2022, 12, 23, 4) == "2023-01-03");
  CHECK(plus(2022, 12, 28, -1) == "2022-12-23");
}

TEST_CASE("Christmas 2023: Monday 25 and Tuesday 26, no substitutes") {
  CHECK(plus(2023, 12, 22, 1) == "2023-12-27");
  // 27, 28, 29 December; 1 January 2024 (Monday); 2 January.
  CHECK(plus(2023, 12, 22, 4) == "2024-01-02");
  CHECK(plus(2024, 1, 2, -4) == "2023-12-22");
}

TEST_CASE("the 2022 one-offs") {
  CHECK(plus(2022, 6, 1, 1) == "2022-06-06");    // Thursday 2 and Friday 3 June are holidays
  CHECK(plus(2022, 5, 27, 1) == "2022-05-30");   // the usual late-May Monday is a working day in 2022
  CHECK(plus(2022, 9, 16, 1) == "2022-09-20");   // Monday 19 September, the state funeral
  CHECK(plus(2022, 9, 20, -1) == "2022-09-16");
  // Saturday 28 May: 30, 31 May, 1 June (3); 6-10 June (8); 13, 14 June (10).
  CHECK(plus(2022, 5, 28, 10) == "2022-06-14");
}

TEST_CASE("2023-05-08 (coronation) and 2020-05-08 (VE Day)") {
  CHECK(plus(2023, 5, 5, 1) == "2023-05-09");
  CHECK(plus(2023, 4, 28, 1) == "2023-05-02");  // 1 May 2023 is the early May holiday
  CHECK(plus(2020, 5, 7, 1) == "2020-05-11");
  CHECK(plus(2020, 5, 1, 1) == "2020-05-04");   // 4 May 2020 was a working day
}

TEST_CASE("10, 28 and 45 working days, counted by hand") {
  // From Monday 2 September 2024, no holidays until Christmas:
  // 3-6 Sep (4), 9-13 (9), 16 (10) | 16-20 (14), 23-27 (19), 30 Sep-4 Oct (24), 7-10 Oct (28)
  // | 11 Oct (29), 14-18 (34), 21-25 (39), 28 Oct-1 Nov (44), 4 Nov (45).
  CHECK(plus(2024, 9, 2, 10) == "2024-09-16");
  CHECK(plus(2024, 9, 2, 28) == "2024-10-10");
  CHECK(plus(2024, 9, 2, 45) == "2024-11-04");

  // From Monday 2 December 2024, across Christmas and New Year:
  // 3-6 Dec (4), 9-13 (9), 16 (10) | 17-20 (14), 23, 24 (16), [25, 26], 27 (17), 30, 31 (19), [1 Jan], 2, 3 (21),
  // 6-10 (26), 13, 14 (28) | 15-17 (31), 20-24 (36), 27-31 (41), 3-6 Feb (45).
  CHECK(plus(2024, 12, 2, 10) == "2024-12-16");
  CHECK(plus(2024, 12, 2, 28) == "2025-01-14");
  CHECK(plus(2024, 12, 2, 45) == "2025-02-06");

  // From Wednesday 9 April 2025, across Easter, early May and spring:
  // 10, 11 (2), 14-17 (6), [18, 21], 22-25 (10) | 28 Apr-2 May (15), [5 May], 6-9 (19), 12-16 (24), 19-22 (28)
  // | 23 (29), [26 May], 27-30 (33), 2-6 Jun (38), 9-13 (43), 16, 17 (45).
  CHECK(plus(2025, 4, 9, 10) == "2025-04-25");
  CHECK(plus(2025, 4, 9, 28) == "2025-05-22");
  CHECK(plus(2025, 4, 9, 45) == "2025-06-17");

  // Backwards from those answers lands on the start, which is a working day.
  CHECK(plus(2025, 6, 17, -45) == "2025-04-09");
  CHECK(plus(2025, 1, 14, -28) == "2024-12-02");
  CHECK(plus(2024, 11, 4, -45) == "2024-09-02");
}

TEST_CASE("counting runs past the end of the table") {
  // 2199-12-31 is a Tuesday; 1 January 2200 (Wednesday) is New Year's Day.
  CHECK(plus(2199, 12, 30, 1) == "2199-12-31");
  CHECK(plus(2199, 12, 31, 1) == "2200-01-02");
  CHECK(plus(2200, 1, 2, -1) == "2199-12-31");
  // 1899-12-29 is a Friday; 1 January 1900 (Monday) is New Year's Day.
  CHECK(plus(1899, 12, 29, 1) == "1900-01-02");
  CHECK(plus(1900, 1, 2, -1) == "1899-12-29");
}

TEST_CASE("working_days_between: the working days after one date up to another") {
  static const Calendar cal;
  const auto between = [](Date a, Date b) { return cal.working_days_between(a, b); };
  const Date tue = Date::from_ymd(2026, 12, 22);  // before Christmas 2026: Fri 25 and (for Sat 26) Mon 28 Dec
  CHECK(between(tue, tue) == 0);
  CHECK(between(tue, Date::from_ymd(2026, 12, 24)) == 2);
  CHECK(between(tue, Date::from_ymd(2026, 12, 28)) == 2);  // over the bank holidays and the weekend
  CHECK(between(tue, Date::from_ymd(2026, 12, 29)) == 3);
  CHECK(between(tue, Date::from_ymd(2027, 1, 1)) == 5);    // New Year's Day does not count
  CHECK(between(Date::from_ymd(2026, 12, 18), tue) == 2);  // Friday to Tuesday: Monday, Tuesday
  CHECK(between(tue, Date::from_ymd(2026, 12, 18)) == -2);
  // Due on Friday 20 November, done on Monday 23rd: 3 days late, 1 working day.
  CHECK(between(Date::from_ymd(2026, 11, 20), Date::from_ymd(2026, 11, 23)) == 1);
  // The inverse of add_working_days onto a working day.
  for (int n = 0; n <= 30; ++n) CHECK(between(tue, cal.add_working_days(tue, n)) == n);
}

TEST_CASE("working_days_between agrees with counting day by day, closures included") {
  Calendar cal;
  cal.add_closure(Date::from_ymd(2026, 12, 29));
  cal.add_closure(Date::from_ymd(2027, 3, 1));
  const auto slow = [&](Date a, Date b) {
    int32_t n = 0;
    for (Date d = add_days(a, 1); d <= b; d = add_days(d, 1)) n += cal.is_working_day(d);
    return n;
  };
  const Date base = Date::from_ymd(2026, 10, 1);
  for (int from = 0; from < 200; from += 7)
    for (int len : {0, 1, 5, 6, 63, 64, 65, 127, 128, 300, 800}) {
      const Date a = add_days(base, from), b = add_days(a, len);
      CHECK(cal.working_days_between(a, b) == slow(a, b));
      CHECK(cal.working_days_between(b, a) == -slow(a, b));
    }
  // Outside the table's years, day by day.
  CHECK(cal.working_days_between(Date::from_ymd(2250, 1, 1), Date::from_ymd(2250, 1, 8)) ==
        slow(Date::from_ymd(2250, 1, 1), Date::from_ymd(2250, 1, 8)));
}

}  // namespace
}  // namespace ca

namespace ca {
namespace {

TEST_CASE("counting across the ends of the calendar's table (1900 to 2199) goes on day by day") {
  // 2199-12-31 is a Tuesday; 2200-01-01, a Wednesday, is New Year's Day.
  CHECK(plus(2199, 12, 31, 1) == "2200-01-02");
  CHECK(plus(2200, 1, 2, -1) == "2199-12-31");
  // 1900-01-01 is a Monday and New Year's Day; 1899-12-29 a Friday.
  CHECK(plus(1900, 1, 2, -1) == "1899-12-29");
  CHECK(plus(1899, 12, 29, 1) == "1900-01-02");
  static const Calendar cal;
  CHECK(cal.working_days_between(Date::from_ymd(1899, 12, 29), Date::from_ymd(1900, 1, 2)) == 1);
  CHECK(cal.working_days_between(Date::from_ymd(2199, 12, 30), Date::from_ymd(2200, 1, 2)) == 2);
  // Around both ends and inside, the lookups agree with a count day by day.
  size_t wrong = 0;
  for (const Date start : {Date::from_ymd(1899, 12, 1), Date::from_ymd(2024, 12, 1), Date::from_ymd(2199, 12, 1)}) {
    for (int offset = 0; offset < 60; ++offset) {
      const Date d = add_days(start, offset);
      for (int n = -25; n <= 25; ++n) {
        Date expected = d;
        for (int left = n < 0 ? -n : n; left > 0;) {
          expected = add_days(expected, n < 0 ? -1 : 1);
          if (cal.is_working_day(expected)) --left;
        }
        wrong += cal.add_working_days(d, n) != expected;
        // Counted forwards, the working days between are n (backwards, the
        // day counted from is one of them when it is a working day).
        wrong += n > 0 && cal.working_days_between(d, expected) != n;
        wrong += n < 0 && cal.working_days_between(d, expected) != n + 1 - cal.is_working_day(d);
      }
    }
  }
  CHECK(wrong == 0);
}

TEST_CASE("a closure added after counting is counted") {
  Calendar cal;
  CHECK(cal.add_working_days(Date::from_ymd(2024, 3, 5), 1).iso() == "2024-03-06");
  cal.add_closure(Date::from_ymd(2024, 3, 6));
  CHECK(cal.add_working_days(Date::from_ymd(2024, 3, 5), 1).iso() == "2024-03-07");
  CHECK(cal.working_days_between(Date::from_ymd(2024, 3, 5), Date::from_ymd(2024, 3, 8)) == 2);
}

}  // namespace
}  // namespace ca
