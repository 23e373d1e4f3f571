// parse_date: every accepted form, and the exact reason for each refusal.
#include <doctest/doctest.h>

#include <fmt/format.h>

#include "core/date.h"

namespace ca {
namespace {

// The date as YYYY-MM-DD, or "error: <reason>".
std::string parsed(std::string_view text) {
  std::string reason;
  const auto d = parse_date(text, &reason);
  return d ? d->iso() : "error: " + reason;
}

TEST_CASE("parse_date accepts the export's forms") {
  CHECK(parsed("2024-03-05") == "2024-03-05");
  CHECK(parsed("05/03/2024") == "2024-03-05");
  CHECK(parsed("05-03-2024") == "2024-03-05");
  CHECK(parsed("29/02/2024") == "2024-02-29");
  CHECK(parsed("1900-01-01") == "1900-01-01");
  CHECK(parsed("31/12/2199") == "2199-12-31");
  CHECK(parsed("12/01/2024") == "2024-01-12");  // day first, always
}

TEST_CASE("parse_date: every day of 1900-2199 as YYYY-MM-DD, and every day number 0 to 32 of every month") {
  size_t wrong = 0, days = 0;
  for (int32_t day = Date::from_ymd(1900, 1, 1).days(); day <= Date::from_ymd(2199, 12, 31).days(); ++day) {
    Date out;
    wrong += !parse_date(Date(day).iso(), out, nullptr) || out != Date(day);
    ++days;
  }
  CHECK(days == 109573);
  CHECK(wrong == 0);
  size_t accepted = 0;
  for (int y = 1900; y <= 2199; ++y)
    for (int m = 1; m <= 12; ++m)
      for (int d = 0; d <= 32; ++d) {
        Date out;
        const bool ok = parse_date(fmt::format("{:04d}-{:02d}-{:02d}", y, m, d), out, nullptr);
        accepted += ok;
        wrong += ok != (d >= 1 && d <= days_in_month(y, m)) || (ok && out != Date::from_ymd(y, m, d));
      }
  CHECK(accepted == 109573);
  CHECK(wrong == 0);
}

TEST_CASE("parse_date reads and drops a time part") {
  CHECK(parsed("2024-03-05T14:30") == "2024-03-05");
  CHECK(parsed("2024-03-05T14:30:59") == "2024-03-05");
  CHECK(parsed("2024-03-05 14:30:00.000") == "2024-03-05");  // SQL Server datetime
  CHECK(parsed("2024-03-05 23:59:59.9999999") == "2024-03-05");  // SQL Server datetime2
  CHECK(parsed("05/03/2024 09:15") == "2024-03-05");
  CHECK(parsed("05-03-2024 00:00:00") == "2024-03-05");
}

TEST_CASE("parse_date refuses with an exact reason") {
  CHECK(parsed("") == "error: empty date");
  CHECK(parsed("05/03/24") == "error: ambiguous date: '05/03/24' (two-digit year; use DD/MM/YYYY or YYYY-MM-DD)");
  CHECK(parsed("05-03-24") == "error: ambiguous date: '05-03-24' (two-digit year; use DD/MM/YYYY or YYYY-MM-DD)");
  CHECK(parsed("31/02/2024") == "error: not a date: '31/02/2024' (no day 31 in February 2024)");
  CHECK(parsed("29/02/2023") == "error: not a date: '29/02/2023' (no day 29 in February 2023)");
  CHECK(parsed("2024-04-31") == "error: not a date: '2024-04-31' (no day 31 in April 2024)");
  CHECK(parsed("00/03/2024") == "error: not a date: '00/03/2024' (no day 0 in March 2024)");
  CHECK(parsed("2024-13-01") == "error: not a date: '2024-13-01' (no month 13)");
  CHECK(parsed("2024-00-10") == "error: not a date: '2024-00-10' (no month 0)");
  CHECK(parsed("03/31/2024") == "error: not a date: '03/31/2024' (no month 31; dates are day first, DD/MM/YYYY)");
  CHECK(parsed("1899-12-31") == "error: not a date: '1899-12-31' (year 1899 is out of range 1900-2199)");
  CHECK(parsed("01/01/2200") == "error: not a date: '01/01/2200' (year 2200 is out of range 1900-2199)");
}

TEST_CASE("parse_date refuses other shapes") {
  const std::string shape = " (expected YYYY-MM-DD, DD/MM/YYYY or DD-MM-YYYY)";
  CHECK(parsed("2024-3-5") == "error: not a date: '2024-3-5'" + shape);
  CHECK(parsed("March 5") == "error: not a date: 'March 5'" + shape);
  CHECK(parsed("5 March 2024") == "error: not a date: '5 March 2024'" + shape);
  CHECK(parsed("2024/03/05") == "error: not a date: '2024/03/05'" + shape);
  CHECK(parsed("05/03-2024") == "error: not a date: '05/03-2024'" + shape);
  CHECK(parsed("20240305") == "error: not a date: '20240305'" + shape);
  CHECK(parsed(" 2024-03-05") == "error: not a date: ' 2024-03-05'" + shape);
  // Only the first 40 characters are quoted.
  CHECK(parsed("no visit recorded because the family was away on holiday") ==
        "error: not a date: 'no visit recorded because the family was'" + shape);
}

TEST_CASE("parse_date refuses bad times") {
  const std::string expected = "; expected HH:MM, HH:MM:SS or HH:MM:SS.fff)";
  CHECK(parsed("2024-03-05T25:00") == "error: not a date: '2024-03-05T25:00' (bad time '25:00'" + expected);
  CHECK(parsed("2024-03-05T14:60") == "error: not a date: '2024-03-05T14:60' (bad time '14:60'" + expected);
  CHECK(parsed("2024-03-05 14:30:60") == "error: not a date: '2024-03-05 14:30:60' (bad time '14:30:60'" + expected);
  CHECK(parsed("05/03/2024 9:15") == "error: not a date: '05/03/2024 9:15' (bad time '9:15'" + expected);
  CHECK(parsed("2024-03-05 14:30:00.") == "error: not a date: '2024-03-05 14:30:00.' (bad time '14:30:00.'" + expected);
  CHECK(parsed("2024-03-05T14:30Z") == "error: not a date: '2024-03-05T14:30Z' (bad time '14:30Z'" + expected);
  CHECK(parsed("2024-03-05 14.30") == "error: not a date: '2024-03-05 14.30' (bad time '14.30'" + expected);
  CHECK(parsed("2024-03-05 ") == "error: not a date: '2024-03-05 ' (bad time ''" + expected);
  CHECK(parsed("2024-03-05  14:30") == "error: not a date: '2024-03-05  14:30' (bad time ' 14:30'" + expected);
}

TEST_CASE("parse_date takes a null reason") {
  CHECK_FALSE(parse_date("31/02/2024", nullptr).has_value());
  CHECK(parse_date("2024-03-05", nullptr) == Date::from_ymd(2024, 3, 5));
}

}  // namespace
}  // namespace ca
