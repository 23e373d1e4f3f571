// Prints the weekdays that caseaudit's working-day calendar (lib/calendar)
// does not count as working days, the bank holidays of England and Wales
// with their substitute days and one-off changes, for the years FROM to TO,
// as a CSV (header `date`, one ISO date a line) for DuckDB's side of the
// benchmark (bench/duckdb/cp_visit.sql), so that both sides count working
// days over the same calendar:
//   caseaudit-holidays FROM_YEAR TO_YEAR > holidays.csv
// Not part of caseaudit; built only for bench/run.sh and bench/duckdb/check.sh.
#include <charconv>
#include <cstdio>
#include <string_view>

#include "calendar/calendar.h"
#include "core/date.h"

namespace {

bool parse_year(std::string_view s, int& year) {
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), year);
  return ec == std::errc() && end == s.data() + s.size() && year >= 1900 && year <= 2199;
}

}  // namespace

int main(int argc, char** argv) {
  int from = 0, to = 0;
  if (argc != 3 || !parse_year(argv[1], from) || !parse_year(argv[2], to) || from > to) {
    std::fprintf(stderr, "usage: caseaudit-holidays FROM_YEAR TO_YEAR (years 1900 to 2199, FROM <= TO)\n");
    return 2;
  }
  const ca::Calendar calendar;
  std::puts("date");
  const ca::Date last = ca::Date::from_ymd(to, 12, 31);
  for (ca::Date d = ca::Date::from_ymd(from, 1, 1); d <= last; d = ca::add_days(d, 1))
    if (d.weekday() < 5 && !calendar.is_working_day(d)) std::printf("%s\n", d.iso().c_str());
  if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
    std::perror("caseaudit-holidays: cannot write standard output");
    return 2;
  }
  return 0;
}
