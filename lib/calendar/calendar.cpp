// The working-day calendar: a bit table of non-working days over 1900-2199,
// computed outside those years, plus local closures.
#include "calendar/calendar.h"

#include <fmt/format.h>

#include <algorithm>
#include <bit>
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

// The set bits of x. std::popcount is a call into libgcc unless the target
// has the instruction, and Debian builds for x86-64 without it: this is the
// same count, inline, in a dozen instructions.
int count_ones(uint64_t x) {
#if defined(__POPCNT__) || !defined(__x86_64__)
  return std::popcount(x);
#else
  x -= (x >> 1) & 0x5555555555555555u;
  x = (x & 0x3333333333333333u) + ((x >> 2) & 0x3333333333333333u);
  x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0Fu;
  return static_cast<int>((x * 0x0101010101010101u) >> 56);
#endif
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

Calendar::Calendar() : non_working_(england_and_wales_table()) {}

void Calendar::add_closure(Date d) {
  const int32_t i = table_index(d);
  if (i >= 0) {
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
  for (Date d : dates) add_closure(d);
  return Status::ok();
}

bool Calendar::is_working_day(Date d) const {
  const int32_t i = table_index(d);
  if (i < 0) return is_working_day_slow(d);
  return !((non_working_[static_cast<size_t>(i) >> 6] >> (i & 63)) & 1);
}

bool Calendar::is_working_day_slow(Date d) const {
  if (d.weekday() >= 5) return false;
  const std::vector<Date> holidays = bank_holidays(d.ymd().year);
  if (std::binary_search(holidays.begin(), holidays.end(), d)) return false;
  return !std::binary_search(far_closures_.begin(), far_closures_.end(), d);
}

// Counting working days in the table a word (64 days) at a time: the
// working days of a word are its clear bits. The result, as a table index,
// or -1 when the count runs off either end of the table (then the day-by-day
// count decides).
int64_t Calendar::table_add_working_days(int32_t from, int n) const {
  const auto& bits = non_working_;
  int64_t left = n < 0 ? -static_cast<int64_t>(n) : n;
  if (n > 0) {
    for (int64_t i = int64_t{from} + 1; i < kTableSize; i = (i | 63) + 1) {
      uint64_t working = ~bits[static_cast<size_t>(i) >> 6] & (~uint64_t{0} << (i & 63));
      if (const int count = count_ones(working); count < left) {
        left -= count;
        continue;
      }
      for (; left > 1; --left) working &= working - 1;  // drop the earliest
      const int64_t r = (i & ~int64_t{63}) + std::countr_zero(working);
      return r < kTableSize ? r : -1;  // the bits past the table's last day are clear
    }
  } else {
    for (int64_t i = int64_t{from} - 1; i >= 0; i = (i & ~int64_t{63}) - 1) {
      uint64_t working = ~bits[static_cast<size_t>(i) >> 6] & (~uint64_t{0} >> (63 - (i & 63)));
      if (const int count = count_ones(working); count < left) {
        left -= count;
        continue;
      }
      for (; left > 1; --left) working &= ~(uint64_t{1} << (63 - std::countl_zero(working)));  // drop the latest
      return (i & ~int64_t{63}) + 63 - std::countl_zero(working);
    }
  }
  return -1;
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
  if (a >= 0 && b >= 0) {
    // Inside the table: the days in (lo, hi] less the non-working ones, a
    // word of 64 days at a time.
    const auto& bits = non_working_;
    int64_t off = 0;
    for (int64_t i = int64_t{a} + 1; i <= b;) {
      const int64_t word = i >> 6, first = i & 63;
      const int64_t last = std::min<int64_t>(63, b - (word << 6));
      uint64_t mask = ~uint64_t{0} << first;
      if (last < 63) mask &= (uint64_t{1} << (last + 1)) - 1;
      off += count_ones(bits[static_cast<size_t>(word)] & mask);
      i = (word + 1) << 6;
    }
    n = static_cast<int32_t>(int64_t{b} - a - off);
  } else {
    for (Date d = add_days(lo, 1); d <= hi; d = add_days(d, 1)) n += is_working_day(d);
  }
  return back ? -n : n;
}

}  // namespace ca
