#include "standard/duration.h"

#include <doctest/doctest.h>

namespace ca {
namespace {

Duration ok(std::string_view text, DurationUse use = DurationUse::interval) {
  Duration d;
  const Status s = parse_duration(text, use, d);
  INFO(text, ": ", s.message());
  CHECK(s.is_ok());
  return d;
}

std::string error(std::string_view text, DurationUse use = DurationUse::interval) {
  Duration d;
  return parse_duration(text, use, d).message();
}

void check(std::string_view text, int count, Unit unit, DurationUse use = DurationUse::interval) {
  const Duration d = ok(text, use);
  CHECK_MESSAGE(d.count == count, text);
  CHECK_MESSAGE(d.unit == unit, text);
  CHECK(d.text == text);
}

TEST_CASE("every unit the format names, singular and plural") {
  check("10 working days", 10, Unit::working_days);
  check("1 working day", 1, Unit::working_days);
  check("28 days", 28, Unit::days);
  check("1 day", 1, Unit::days);
  check("6 weeks", 6, Unit::weeks);
  check("1 week", 1, Unit::weeks);
  check("3 months", 3, Unit::months);
  check("1 month", 1, Unit::months);
}

TEST_CASE("years are 12 months, hours whole days, working hours whole working days") {
  check("1 year", 12, Unit::months);
  check("2 years", 24, Unit::months);
  check("48 hours", 2, Unit::days);
  check("24 hours", 1, Unit::days);
  check("72 working hours", 3, Unit::working_days);
}

TEST_CASE("an age combines years and months") {
  check("15 years 9 months", 189, Unit::months, DurationUse::age);
  check("16 years", 192, Unit::months, DurationUse::age);
  check("18 months", 18, Unit::months, DurationUse::age);
}

TEST_CASE("the text keeps the words as written, trimmed; units ignore case and extra spaces") {
  const Duration d = ok("  10   Working  Days ");
  CHECK(d.count == 10);
  CHECK(d.unit == Unit::working_days);
  CHECK(d.text == "10   Working  Days");
}

TEST_CASE("0 is allowed where a span may be the same day, not for an interval") {
  check("0 working days", 0, Unit::working_days, DurationUse::span);
  CHECK(error("0 days") == "'0 days': an interval must be at least 1");
}

TEST_CASE("mistakes name the text and say what is wrong") {
  CHECK(error("10 workdays") ==
        "'10 workdays': unknown unit 'workdays' (use working days, days, weeks, months, years, hours, working hours)");
  CHECK(
      error("2 fortnights") ==
      "'2 fortnights': unknown unit 'fortnights' (use working days, days, weeks, months, years, hours, working hours)");
  CHECK(error("10") == "'10': missing a unit (use working days, days, weeks, months, years, hours, working hours)");
  CHECK(error("ten days") == "'ten days': expected a number and a unit, e.g. '10 working days'");
  CHECK(error("-3 days") == "'-3 days': expected a number and a unit, e.g. '10 working days'");
  CHECK(error("1.5 days") == "'1.5 days': expected a number and a unit, e.g. '10 working days'");
  CHECK(error("") == "a duration is empty (write a number and a unit, e.g. '10 working days')");
  CHECK(error("30 hours") == "'30 hours': hours must be whole days (24, 48, 72, ...)");
  CHECK(error("36 working hours") == "'36 working hours': hours must be whole days (24, 48, 72, ...)");
  CHECK(error("1 year 6 months") == "'1 year 6 months': give one number and one unit (only at_age may combine them)");
  CHECK(error("15 years 9 months", DurationUse::span) ==
        "'15 years 9 months': give one number and one unit (only at_age may combine them)");
  CHECK(error("99999999 days") == "'99999999 days': the number is too large");
}

TEST_CASE("at most 10 years' worth in each unit, for every use but an age") {
  for (DurationUse use : {DurationUse::interval, DurationUse::span}) {
    check("2610 working days", 2610, Unit::working_days, use);
    check("3660 days", 3660, Unit::days, use);
    check("520 weeks", 520, Unit::weeks, use);
    check("120 months", 120, Unit::months, use);
    check("10 years", 120, Unit::months, use);
    check("87840 hours", 3660, Unit::days, use);
    check("62640 working hours", 2610, Unit::working_days, use);
    CHECK(error("2611 working days", use) == "'2611 working days': too long: at most 10 years (2610 working days)");
    CHECK(error("999999 working days", use) ==
          "'999999 working days': too long: at most 10 years (2610 working days)");
    CHECK(error("3661 days", use) == "'3661 days': too long: at most 10 years (3660 days)");
    CHECK(error("521 weeks", use) == "'521 weeks': too long: at most 10 years (520 weeks)");
    CHECK(error("121 months", use) == "'121 months': too long: at most 10 years (120 months)");
    CHECK(error("11 years", use) == "'11 years': too long: at most 10 years");
    CHECK(error("87864 hours", use) == "'87864 hours': too long: at most 10 years (87840 hours)");
    CHECK(error("62664 working hours", use) == "'62664 working hours': too long: at most 10 years (62640 working hours)");
  }
}

TEST_CASE("an age is at most 25 years") {
  check("25 years", 300, Unit::months, DurationUse::age);
  check("24 years 12 months", 300, Unit::months, DurationUse::age);
  check("300 months", 300, Unit::months, DurationUse::age);
  CHECK(error("25 years 1 month", DurationUse::age) == "'25 years 1 month': an age must be at most 25 years");
  CHECK(error("301 months", DurationUse::age) == "'301 months': an age must be at most 25 years");
  CHECK(error("999999 years", DurationUse::age) == "'999999 years': an age must be at most 25 years");
}

TEST_CASE("an age is in years and months, years first") {
  CHECK(error("16 weeks", DurationUse::age) == "'16 weeks': at_age is in years and months, e.g. '15 years 9 months'");
  CHECK(error("9 months 15 years", DurationUse::age) ==
        "'9 months 15 years': write the years, then the months, e.g. '15 years 9 months'");
  CHECK(error("0 years", DurationUse::age) == "'0 years': an age must be more than 0");
}

}  // namespace
}  // namespace ca
