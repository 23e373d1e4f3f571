// The bank holidays of England and Wales against the list gov.uk publishes.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "calendar/calendar.h"

namespace ca {
namespace {

// Typed out from gov.uk/bank-holidays (England and Wales), one line per year.
const std::map<int, std::vector<std::string>> kPublished = {
    {2015, {"2015-01-01", "2015-04-03", "2015-04-06", "2015-05-04", "2015-05-25", "2015-08-31", "2015-12-25",
            "2015-12-28"}},
    {2016, {"2016-01-01", "2016-03-25", "2016-03-28", "2016-05-02", "2016-05-30", "2016-08-29", "2016-12-26",
            "2016-12-27"}},
    {2017, {"2017-01-02", "2017-04-14", "2017-04-17", "2017-05-01", "2017-05-29", "2017-08-28", "2017-12-25",
            "2017-12-26"}},
    {2018, {"2018-01-01", "2018-03-30", "2018-04-02", "2018-05-07", "2018-05-28", "2018-08-27", "2018-12-25",
            "2018-12-26"}},
    {2019, {"2019-01-01", "2019-04-19", "2019-04-22", "2019-05-06", "2019-05-27", "2019-08-26", "2019-12-25",
            "2019-12-26"}},
    {2020, {"2020-01-01", "2020-04-10", "2020-04-13", "2020-05-08", "2020-05-25", "2020-08-31", "2020-12-25",
            "2020-12-28"}},
    {2021, {"2021-01-01", "2021-04-02", "2021-04-05", "2021-05-03", "2021-05-31", "2021-08-30", "2021-12-27",
            "2021-12-28"}},
    {2022, {"2022-01-03", "2022-04-15", "2022-04-18", "2022-05-02", "2022-06-02", "2022-06-03", "2022-08-29",
            "2022-09-19", "2022-12-26", "2022-12-27"}},
    {2023, {"2023-01-02", "2023-04-07", "2023-04-10", "2023-05-01", "2023-05-08", "2023-05-29", "2023-08-28",
            "2023-12-25", "2023-12-26"}},
    {2024, {"2024-01-01", "2024-03-29", "2024-04-01", "2024-05-06", "2024-05-27", "2024-08-26", "2024-12-25",
            "2024-12-26"}},
    {2025, {"2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-08-25", "2025-12-25",
            "2025-12-26"}},
    {2026, {"2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25",
            "2026-12-28"}},
    {2027, {"2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30", "2027-12-27",
            "2027-12-28"}},
};

std::string joined(const std::vector<std::string>& days) {
  std::string out;
  for (const auto& d : days) out += (out.empty() ? "" : " ") + d;
  return out;
}

std::string computed(int year) {
  std::vector<std::string> days;
  for (Date d : bank_holidays(year)) days.push_back(d.iso());
  return joined(days);
}

TEST_CASE("bank_holidays matches the published list, 2015-2027") {
  CHECK(kPublished.size() == 13);
  for (const auto& [year, days] : kPublished) {
    CAPTURE(year);
    CHECK(computed(year) == joined(days));
  }
}

TEST_CASE("is_working_day over 2015-2027: Monday to Friday and not a published bank holiday") {
  std::vector<std::string> holidays;
  for (const auto& [year, days] : kPublished) holidays.insert(holidays.end(), days.begin(), days.end());
  std::sort(holidays.begin(), holidays.end());
  const Calendar cal;
  int working = 0;
  int mismatches = 0;
  for (Date d = Date::from_ymd(2015, 1, 1); d <= Date::from_ymd(2027, 12, 31); d = add_days(d, 1)) {
    const bool expected = d.weekday() < 5 && !std::binary_search(holidays.begin(), holidays.end(), d.iso());
    if (cal.is_working_day(d) != expected) {
      ++mismatches;
      CAPTURE(d.iso());
      CHECK(cal.is_working_day(d) == expected);
    }
    working += expected;
  }
  CHECK(mismatches == 0);
  CHECK(holidays.size() == 107);  // 11 years of 8, 2022 with 10, 2023 with 9
  CHECK(working == 3392 - 107);   // 4748 days, of which 3392 are Monday to Friday
}

TEST_CASE("the historical one-off changes of 1995, 1999 and 2002") {
  // Published lists: VE Day 50th anniversary moved the early May holiday;
  // the millennium added 31 December 1999; the Golden Jubilee moved the
  // spring holiday to 3 June 2002 and added 4 June.
  CHECK(computed(1995) ==
        "1995-01-02 1995-04-14 1995-04-17 1995-05-08 1995-05-29 1995-08-28 1995-12-25 1995-12-26");
  CHECK(computed(1999) ==
        "1999-01-01 1999-04-02 1999-04-05 1999-05-03 1999-05-31 1999-08-30 1999-12-27 1999-12-28 1999-12-31");
  CHECK(computed(2002) ==
        "2002-01-01 2002-03-29 2002-04-01 2002-05-06 2002-06-03 2002-06-04 2002-08-26 2002-12-25 2002-12-26");
}

TEST_CASE("the one-off changes of 2011 and 2012") {
  CHECK(computed(2011) ==
        "2011-01-03 2011-04-22 2011-04-25 2011-04-29 2011-05-02 2011-05-30 2011-08-29 2011-12-26 2011-12-27");
  CHECK(computed(2012) ==
        "2012-01-02 2012-04-06 2012-04-09 2012-05-07 2012-06-04 2012-06-05 2012-08-27 2012-12-25 2012-12-26");
}

TEST_CASE("the rules hold at the ends of the table and beyond") {
  // 1899-12-25 was a Monday: Christmas and Boxing Day on Monday and Tuesday.
  CHECK(computed(1899) ==
        "1899-01-02 1899-03-31 1899-04-03 1899-05-01 1899-05-29 1899-08-28 1899-12-25 1899-12-26");
  // 1900: Easter Sunday 15 April; 25 December a Tuesday.
  CHECK(computed(1900) ==
        "1900-01-01 1900-04-13 1900-04-16 1900-05-07 1900-05-28 1900-08-27 1900-12-25 1900-12-26");
  // 2199: Easter Sunday 14 April; 2199-12-31 is a Tuesday, so 25 December a Wednesday.
  CHECK(computed(2199) ==
        "2199-01-01 2199-04-12 2199-04-15 2199-05-06 2199-05-27 2199-08-26 2199-12-25 2199-12-26");
  // 2200: 1 January a Wednesday; Easter Sunday 6 April.
  CHECK(computed(2200) ==
        "2200-01-01 2200-04-04 2200-04-07 2200-05-05 2200-05-26 2200-08-25 2200-12-25 2200-12-26");

  const Calendar cal;
  CHECK_FALSE(cal.is_working_day(Date::from_ymd(1899, 12, 26)));  // Boxing Day, outside the table
  CHECK(cal.is_working_day(Date::from_ymd(1899, 12, 27)));
  CHECK_FALSE(cal.is_working_day(Date::from_ymd(1899, 12, 30)));  // Saturday
  CHECK_FALSE(cal.is_working_day(Date::from_ymd(1900, 1, 1)));   // New Year's Day, inside
  CHECK(cal.is_working_day(Date::from_ymd(1900, 1, 2)));
  CHECK(cal.is_working_day(Date::from_ymd(2199, 12, 31)));        // Tuesday, inside
  CHECK_FALSE(cal.is_working_day(Date::from_ymd(2200, 1, 1)));   // New Year's Day, outside
  CHECK(cal.is_working_day(Date::from_ymd(2200, 1, 2)));
  CHECK_FALSE(cal.is_working_day(Date::from_ymd(2250, 12, 25)));  // a Wednesday
  CHECK(cal.is_working_day(Date::from_ymd(2250, 12, 24)));
  // The sentinels are computed without overflow.
  CHECK(cal.is_working_day(Date::max()));  // 5881580-07-11, a Friday
  CHECK_FALSE(cal.is_working_day(add_days(Date::max(), -6)));  // a Saturday
  CHECK(cal.is_working_day(Date::min()));  // -5877641-06-23, a Tuesday
}

TEST_CASE("easter_sunday") {
  CHECK(easter_sunday(2024).iso() == "2024-03-31");
  CHECK(easter_sunday(2025).iso() == "2025-04-20");
  CHECK(easter_sunday(2000).iso() == "2000-04-23");
  CHECK(easter_sunday(2008).iso() == "2008-03-23");
  CHECK(easter_sunday(1818).iso() == "1818-03-22");  // the earliest possible
  CHECK(easter_sunday(2285).iso() == "2285-03-22");
  CHECK(easter_sunday(1943).iso() == "1943-04-25");  // the latest possible
  CHECK(easter_sunday(2038).iso() == "2038-04-25");
  for (int year = 1583; year <= 4099; ++year) {
    const Date e = easter_sunday(year);
    CAPTURE(year);
    REQUIRE(e.weekday() == 6);
    REQUIRE(e >= Date::from_ymd(year, 3, 22));
    REQUIRE(e <= Date::from_ymd(year, 4, 25));
  }
}

}  // namespace
}  // namespace ca
