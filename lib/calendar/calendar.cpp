// The working-day calendar: a bit table of non-working days over 1900-2199,
// computed outside those years, plus local closures.
#include "calendar/calendar.h"

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <string_view>

namespace ca {
namespace {

constexpr int kFirstYear = 1900;
constexpr int kLastYear = 2199;
constexpr int32_t kTableFirst = Date::from_ymd(kFirstYear, 1, 1).days();
constexpr int32_t kTableSize = Date::from_ymd(kLastYear + 1, 1, 1).days() - kTableFirst;

void set_bit(std::vector<uint64_t>& bits, int32_t i) { bits[static_cast<size_t>(i) >> 6] |= uint64_t{1} << (i & 63); }
bool test_bit(const std::vector<uint64_t>& bits, int32_t i) {
  return (bits[static_cast<size_t>(i) >> 6] >> (i & 63)) & 1;
}

// Weekends and bank holidays, built on first use (thread-safe) and shared.
const std::vector<uint64_t>& england_and_wales_table() {
  static const std::vector<uint64_t> table = [] {
    std::vector<uint64_t> bits((static_cast<size_t>(kTableSize) + 63) / 64, 0);
    for (int32_t i = 0; i < kTableSize; ++i)
      if (Date(kTableFirst + i).weekday() >= 5) set_bit(bits, i);
    for (int year = kFirstYear; year <= kLastYear; ++year)
      for (Date d : bank_holidays(year)) set_bit(bits, d.days() - kTableFirst);
    return bits;
  }();
  return table;
}

// The table index of d, or -1 when d is outside 1900-2199.
int32_t table_index(Date d) {
  const int64_t i = static_cast<int64_t>(d.days()) - kTableFirst;
  return i >= 0 && i < kTableSize ? static_cast<int32_t>(i) : -1;
}

std::string_view trim(std::string_view s) {
  const size_t b = s.find_first_not_of(" \t\r");
  if (b == std::string_view::npos) return {};
  const size_t e = s.find_last_not_of(" \t\r");
  return s.substr(b, e - b + 1);
}

}  // namespace

Calendar::Calendar() : non_working_(england_and_wales_table()) { count_working_days(); }

void Calendar::count_working_days() {
  working_before_.resize(static_cast<size_t>(kTableSize) + 1);
  working_day_.clear();
  for (int32_t i = 0; i < kTableSize; ++i) {
    working_before_[static_cast<size_t>(i)] = static_cast<int32_t>(working_day_.size());
    if (!test_bit(non_working_, i)) working_day_.push_back(i);
  }
  working_before_.back() = static_cast<int32_t>(working_day_.size());
}

void Calendar::add_closure(Date d) {
  mark_closed(d);
  count_working_days();
}

void Calendar::mark_closed(Date d) {
  if (const int32_t i = table_index(d); i >= 0) {
    set_bit(non_working_, i);
    return;
  }
  const auto it = std::lower_bound(far_closures_.begin(), far_closures_.end(), d);
  if (it == far_closures_.end() || *it != d) far_closures_.insert(it, d);
}

Status Calendar::add_closures_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::error(fmt::format("{}: cannot open: {}", path, std::strerror(errno)));
  std::vector<Date> dates;
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    std::string_view text = line;
    if (number == 1 && text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);  // UTF-8 byte order mark
    text = trim(text);
    if (text.empty() || text.front() == '#') continue;
    const std::string_view date = text.substr(0, text.find_first_of(", \t"));
    std::string reason;
    const auto d = parse_date(date, &reason);
    if (!d) return Status::error(fmt::format("{}:{}: {}", path, number, reason));
    dates.push_back(*d);
  }
  if (in.bad()) return Status::error(fmt::format("{}: cannot read: {}", path, std::strerror(errno)));
  for (Date d : dates) mark_closed(d);
  count_working_days();
  return Status::ok();
}

bool Calendar::is_working_day(Date d) const {
  const int32_t i = table_index(d);
  if (i < 0) return is_working_day_slow(d);
  return !test_bit(non_working_, i);
}

bool Calendar::is_working_day_slow(Date d) const {
  if (d.weekday() >= 5) return false;
  const std::vector<Date> holidays = bank_holidays(d.ymd().year);
  if (std::binary_search(holidays.begin(), holidays.end(), d)) return false;
  return !std::binary_search(far_closures_.begin(), far_closures_.end(), d);
}

// The n-th working day after (n > 0) or before (n < 0) table day `from`, as
// a table index, or -1 when it lies beyond either end of the table (then the
// day-by-day count decides).
int64_t Calendar::table_add_working_days(int32_t from, int n) const {
  const int64_t k = n > 0 ? int64_t{working_before_[static_cast<size_t>(from) + 1]} + n - 1
                          : int64_t{working_before_[static_cast<size_t>(from)]} + n;
  return k >= 0 && k < static_cast<int64_t>(working_day_.size()) ? working_day_[static_cast<size_t>(k)] : -1;
}

Date Calendar::add_working_days(Date d, int n) const {
  if (n == 0) return d;
  if (const int32_t i = table_index(d); i >= 0) {
    if (const int64_t r = table_add_working_days(i, n); r >= 0) return Date(static_cast<int32_t>(kTableFirst + r));
  }
  const int step = n < 0 ? -1 : 1;
  for (int64_t left = n < 0 ? -static_cast<int64_t>(n) : n; left > 0;) {
    d = add_days(d, step);
    if (is_working_day(d)) --left;
  }
  return d;
}

int32_t Calendar::working_days_between(Date from, Date to) const {
  const bool back = to < from;
  const Date lo = back ? to : from, hi = back ? from : to;
  int32_t n = 0;
  const int32_t a = table_index(lo), b = table_index(hi);
  if (a >= 0 && b >= 0) {  // inside the table: the working days in (lo, hi]
    n = working_before_[static_cast<size_t>(b) + 1] - working_before_[static_cast<size_t>(a) + 1];
  } else {
    for (Date d = add_days(lo, 1); d <= hi; d = add_days(d, 1)) n += is_working_day(d);
  }
  return back ? -n : n;
}

}  // namespace ca
