#pragma once
// The working-day calendar of England and Wales: Monday to Friday, less the
// bank holidays (computed for any year, plus the one-off changes), less any
// local closures the user adds with --holidays FILE.
#include <cstdint>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/status.h"

namespace ca {

// The bank holidays of England and Wales in one year, in date order:
// New Year's Day, Good Friday, Easter Monday, early May, spring and summer
// bank holidays, Christmas Day and Boxing Day with their substitute days, and
// the one-off changes (1995-05-08 instead of 05-01; 1999-12-31; 2002-06-03/04
// and 2012-06-04/05 instead of the late-May Monday; 2011-04-29; 2020-05-08
// instead of 05-04; 2022-06-02/03 instead of the late-May Monday; 2022-09-19;
// 2023-05-08). Earlier years follow today's rules.
std::vector<Date> bank_holidays(int year);

// Easter Sunday of a Gregorian year.
Date easter_sunday(int year);

class Calendar {
 public:
  Calendar();  // England and Wales, no local closures

  // Adds local closures read from a file: one date per line (any form that
  // parse_date accepts), blank lines and lines starting with '#' ignored,
  // anything after the date and a comma or whitespace is a free-text label.
  // Errors name the file and line: "closures.txt:3: not a date: '...'", or
  // "closures.txt: cannot open: No such file or directory". On error no
  // closure from the file is added.
  Status add_closures_file(const std::string& path);
  void add_closure(Date d);

  bool is_working_day(Date d) const;
  // The n-th working day after d (d itself never counts; Saturday + 1 is the
  // Monday). n = 0 returns d itself. n < 0 counts backwards the same way
  // (the n-th working day before d).
  Date add_working_days(Date d, int n) const;
  // How many working days lie after `from` up to and including `to`: the n
  // for which add_working_days(from, n) is `to` when `to` is a working day.
  // Negative when `to` is before `from` (minus the working days after `to`
  // up to and including `from`); 0 when they are the same day. `due` uses
  // it for "due in 7 days (3 working days)".
  int32_t working_days_between(Date from, Date to) const;

 private:
  bool is_working_day_slow(Date d) const;  // outside the table's years
  int64_t table_add_working_days(int32_t from, int n) const;

  // One bit per day from 1900-01-01 to 2199-12-31, set for every non-working
  // day (weekends, bank holidays, closures). The bank-holiday part is built
  // once per process and copied; a Calendar is never changed by a lookup, so
  // one const Calendar can be shared by threads.
  std::vector<uint64_t> non_working_;
  // From the table: working_before_[i] is the number of working days before
  // table day i (kTableSize + 1 of them), working_day_[k] the table day of
  // the k-th working day (from 0); so adding or counting working days is two
  // lookups. Rebuilt when a closure is added.
  std::vector<int32_t> working_before_;
  std::vector<int32_t> working_day_;
  void count_working_days();
  void mark_closed(Date d);  // without count_working_days()
  // Closures outside the table's years, sorted and unique.
  std::vector<Date> far_closures_;
};

}  // namespace ca
