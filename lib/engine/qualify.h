#pragma once
// Which records count for a selector, and finding them in a case's records
// (sorted by date).
#include <algorithm>
#include <cstddef>
#include <span>

#include "data/dataset.h"
#include "standard/standard.h"

namespace ca {

// A blank field (YesNo::unknown, kNone) never passes, negated or not.
inline bool passes(const Record& r, const Filter& f) {
  uint8_t value = kNone;
  switch (f.field) {
    case Field::seen:
      if (r.seen == YesNo::unknown) return false;
      value = static_cast<uint8_t>(r.seen);
      break;
    case Field::seen_alone:
      if (r.seen_alone == YesNo::unknown) return false;
      value = static_cast<uint8_t>(r.seen_alone);
      break;
    case Field::location:
      value = r.location;
      break;
    case Field::visit_type:
      value = r.visit_type;
      break;
  }
  if (value == kNone) return false;
  const bool listed = std::find(f.values.begin(), f.values.end(), value) != f.values.end();
  return listed != f.negate;
}

// The record is of one of the selector's types and passes all its filters.
inline bool qualifies(const Record& r, const Selector& s) {
  if (std::find(s.types.begin(), s.types.end(), r.type) == s.types.end()) return false;
  for (const Filter& f : s.filters)
    if (!passes(r, f)) return false;
  return true;
}

// The index of the first record dated on or after `d` (records.size() if none).
inline size_t first_on_or_after(std::span<const Record> records, Date d) {
  return static_cast<size_t>(
      std::partition_point(records.begin(), records.end(), [d](const Record& r) { return r.date < d; }) -
      records.begin());
}

// The index of the first record at or after `i` that qualifies for `s` and is
// dated on or before `last` (records.size() if none).
inline size_t next_qualifying(std::span<const Record> records, size_t i, Date last, const Selector& s) {
  for (; i < records.size() && records[i].date <= last; ++i)
    if (qualifies(records[i], s)) return i;
  return records.size();
}

}  // namespace ca
