// add_duration / subtract_duration: the units of
// ../shared/docs/timescale-semantics.md.
#include "fixture.h"

namespace ca::test {
namespace {

Date add(const char* from, const Duration& d) { return add_duration(D(from), d, calendar()); }
Date sub(const char* from, const Duration& d) { return subtract_duration(D(from), d, calendar()); }

TEST_CASE("working days skip weekends and bank holidays") {
  // From Mon 2024-03-25: Tue 26 (1), Wed 27 (2), Thu 28 (3), Good Friday 29 and
  // the weekend skipped, Easter Monday 1 Apr skipped, Tue 2 Apr (4), Wed 3 (5),
  // Thu 4 (6), Fri 5 (7), Mon 8 (8), Tue 9 (9), Wed 10 (10).
  CHECK(add("2024-03-25", working_days(10)) == D("2024-04-10"));
  // D itself never counts: Sat 2024-03-23 + 1 working day = Mon 2024-03-25.
  CHECK(add("2024-03-23", working_days(1)) == D("2024-03-25"));
  // Sat 2024-03-30 + 1: Sun 31, Easter Monday 1 Apr, so Tue 2024-04-02.
  CHECK(add("2024-03-30", working_days(1)) == D("2024-04-02"));
}

TEST_CASE("0 working days is the same working day: the day itself, or the next working day") {
  // On a working day, the day itself: Wed 2024-03-27, Thu 2024-03-28.
  CHECK(add("2024-03-27", working_days(0)) == D("2024-03-27"));
  CHECK(add("2024-03-28", working_days(0)) == D("2024-03-28"));
  // Sat 2024-03-23 and Sun 2024-03-24: the Monday, 2024-03-25.
  CHECK(add("2024-03-23", working_days(0)) == D("2024-03-25"));
  CHECK(add("2024-03-24", working_days(0)) == D("2024-03-25"));
  // Good Friday 2024-03-29: Sat 30, Sun 31 and Easter Monday 1 Apr skipped, Tue 2024-04-02.
  CHECK(add("2024-03-29", working_days(0)) == D("2024-04-02"));
  CHECK(add("2024-03-30", working_days(0)) == D("2024-04-02"));
  CHECK(add("2024-04-01", working_days(0)) == D("2024-04-02"));
  // Christmas Day 2024 (Wednesday) and Boxing Day: Fri 2024-12-27.
  CHECK(add("2024-12-25", working_days(0)) == D("2024-12-27"));
  // A local closure is not a working day either: closed Wed 2024-03-27, so Thu 2024-03-28.
  Calendar closed;
  closed.add_closure(D("2024-03-27"));
  CHECK(add_duration(D("2024-03-27"), working_days(0), closed) == D("2024-03-28"));
  // Calendar days are not moved: Sat + 0 days is the Saturday.
  CHECK(add("2024-03-23", days(0)) == D("2024-03-23"));
  // Nor is a lead time: 0 working days before a Saturday is the Saturday (on or before the meeting).
  CHECK(sub("2024-03-23", working_days(0)) == D("2024-03-23"));
}

TEST_CASE("calendar days, weeks and months") {
  CHECK(add("2024-02-28", days(2)) == D("2024-03-01"));    // through 29 Feb 2024
  CHECK(add("2024-01-01", weeks(6)) == D("2024-02-12"));   // 42 days: 31 in January, then 11
  CHECK(add("2024-01-31", months(1)) == D("2024-02-29"));  // clamped, leap year
  CHECK(add("2023-01-31", months(1)) == D("2023-02-28"));  // clamped
  CHECK(add("2024-01-30", months(1)) == D("2024-02-29"));
  CHECK(add("2023-08-31", months(6)) == D("2024-02-29"));
  CHECK(add("2008-05-31", months(189)) == D("2024-02-29"));  // 15 years 9 months: 2024-02-31, clamped
}

TEST_CASE("subtracting counts backwards the same way") {
  // Before Wed 2024-04-03: Tue 2 Apr (1), Easter Monday, the weekend and Good
  // Friday skipped, Thu 2024-03-28 (2).
  CHECK(sub("2024-04-03", working_days(2)) == D("2024-03-28"));
  CHECK(sub("2024-04-10", working_days(10)) == D("2024-03-25"));
  CHECK(sub("2024-03-01", days(2)) == D("2024-02-28"));
  CHECK(sub("2024-02-12", weeks(6)) == D("2024-01-01"));
  CHECK(sub("2024-03-31", months(1)) == D("2024-02-29"));  // clamped
}

}  // namespace
}  // namespace ca::test
