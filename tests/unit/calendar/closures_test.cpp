// Local closures: add_closure and the --holidays file.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include <unistd.h>

#include "calendar/calendar.h"

namespace ca {
namespace {

Date ymd(int y, int m, int d) { return Date::from_ymd(y, m, d); }

// A file in a fresh temporary folder, removed at the end of the test.
class TempFile {
 public:
  explicit TempFile(const std::string& content) {
    static int counter = 0;
    dir_ = std::filesystem::temp_directory_path() /
           ("caseaudit-closures-" + std::to_string(::getpid()) + "-" + std::to_string(++counter));
    std::filesystem::create_directories(dir_);
    path_ = (dir_ / "closures.txt").string();
    std::ofstream(path_, std::ios::binary) << content;
  }
  ~TempFile() { std::filesystem::remove_all(dir_); }
  const std::string& path() const { return path_; }

 private:
  std::filesystem::path dir_;
  std::string path_;
};

TEST_CASE("a closure on a weekday is skipped") {
  Calendar cal;
  const Date wednesday = ymd(2024, 3, 6);
  REQUIRE(cal.is_working_day(wednesday));
  cal.add_closure(wednesday);
  CHECK_FALSE(cal.is_working_day(wednesday));
  CHECK(cal.add_working_days(ymd(2024, 3, 5), 1).iso() == "2024-03-07");
  CHECK(cal.add_working_days(ymd(2024, 3, 7), -1).iso() == "2024-03-05");
  cal.add_closure(wednesday);  // twice is the same as once
  CHECK(cal.add_working_days(ymd(2024, 3, 5), 2).iso() == "2024-03-08");
  // Other calendars are not touched.
  CHECK(Calendar().is_working_day(wednesday));
}

TEST_CASE("a closure on a weekend or a bank holiday changes nothing") {
  Calendar cal;
  cal.add_closure(ymd(2024, 3, 9));    // Saturday
  cal.add_closure(ymd(2024, 12, 25));  // Christmas Day
  CHECK(cal.add_working_days(ymd(2024, 3, 8), 1).iso() == "2024-03-11");
  CHECK(cal.add_working_days(ymd(2024, 12, 24), 1).iso() == "2024-12-27");
}

TEST_CASE("closures outside 1900-2199") {
  Calendar cal;
  cal.add_closure(ymd(2250, 12, 24));  // a Tuesday
  cal.add_closure(ymd(1850, 6, 4));    // a Tuesday
  CHECK_FALSE(cal.is_working_day(ymd(2250, 12, 24)));
  CHECK_FALSE(cal.is_working_day(ymd(1850, 6, 4)));
  CHECK(cal.is_working_day(ymd(1850, 6, 5)));
  // Monday 23 December 2250 + 1: 24 closed, 25 and 26 bank holidays.
  CHECK(cal.add_working_days(ymd(2250, 12, 23), 1).iso() == "2250-12-27");
}

TEST_CASE("the closures file: forms, labels, comments and blank lines") {
  const TempFile file(
      "\xEF\xBB\xBF# Local closures, winter 2024\n"
      "2024-12-24, Christmas Eve closure\n"
      "\n"
      "  27/12/2024\toffice shut\r\n"
      "30-12-2024 # staff day\n"
      "   # an indented comment\n"
      "2024-12-31T00:00\n"
      "2025-01-02,INSET\n"
      "\t\n"
      "2025-01-03");  // no final newline
  Calendar cal;
  const Status status = cal.add_closures_file(file.path());
  REQUIRE_MESSAGE(status.is_ok(), status.message());
  for (const Date d : {ymd(2024, 12, 24), ymd(2024, 12, 27), ymd(2024, 12, 30), ymd(2024, 12, 31), ymd(2025, 1, 2),
                       ymd(2025, 1, 3)}) {
    CAPTURE(d.iso());
    CHECK_FALSE(cal.is_working_day(d));
  }
  CHECK(cal.is_working_day(ymd(2024, 12, 23)));
  // Monday 23 December: 24 closed, 25-26 holidays, 27 closed, weekend, 30-31 closed, 1 Jan holiday,
  // 2-3 Jan closed, weekend: Monday 6 January 2025.
  CHECK(cal.add_working_days(ymd(2024, 12, 23), 1).iso() == "2025-01-06");
  CHECK(cal.add_working_days(ymd(2025, 1, 6), -1).iso() == "2024-12-23");
}

TEST_CASE("the closures file: errors name the file and line") {
  SUBCASE("an impossible date") {
    const TempFile file("# closures\n2024-03-06\n2024-02-30, bad\n");
    Calendar cal;
    const Status status = cal.add_closures_file(file.path());
    REQUIRE_FALSE(status.is_ok());
    CHECK(status.message() == file.path() + ":3: not a date: '2024-02-30' (no day 30 in February 2024)");
    // Nothing from a bad file is kept.
    CHECK(cal.is_working_day(ymd(2024, 3, 6)));
  }
  SUBCASE("a two-digit year") {
    const TempFile file("24/12/24,Christmas Eve\n");
    Calendar cal;
    CHECK(cal.add_closures_file(file.path()).message() ==
          file.path() + ":1: ambiguous date: '24/12/24' (two-digit year; use DD/MM/YYYY or YYYY-MM-DD)");
  }
  SUBCASE("words instead of a date") {
    const TempFile file("2024-12-24\n\nChristmas Eve\n");
    Calendar cal;
    CHECK(cal.add_closures_file(file.path()).message() ==
          file.path() + ":3: not a date: 'Christmas' (expected YYYY-MM-DD, DD/MM/YYYY or DD-MM-YYYY)");
  }
  SUBCASE("a month-first date") {
    const TempFile file("12/24/2024\n");
    Calendar cal;
    CHECK(cal.add_closures_file(file.path()).message() ==
          file.path() + ":1: not a date: '12/24/2024' (no month 24; dates are day first, DD/MM/YYYY)");
  }
  SUBCASE("a label with no date") {
    const TempFile file(",staff day\n");
    Calendar cal;
    CHECK(cal.add_closures_file(file.path()).message() == file.path() + ":1: empty date");
  }
  SUBCASE("a missing file") {
    const TempFile file("");
    const std::string missing = file.path() + ".missing";
    Calendar cal;
    CHECK(cal.add_closures_file(missing).message() == missing + ": cannot open: No such file or directory");
  }
  SUBCASE("an empty file is fine") {
    const TempFile file("");
    Calendar cal;
    CHECK(cal.add_closures_file(file.path()).is_ok());
  }
}

}  // namespace
}  // namespace ca
