#pragma once
// Which records count for a selector, why one does not, and finding them
// among a case's records of the selector's types (engine/case_index.h).
#include <algorithm>
#include <cstddef>
#include <span>

#include "data/dataset.h"
#include "standard/standard.h"

namespace ca {

// Why a record of the case does not count for a selector.
enum class Miss : uint8_t {
  none,        // it counts
  other_type,  // not one of the selector's types
  blank,       // a filtered field is blank (and no filter excludes it): unknown, not evidence
  excluded,    // a filter's field has a value the filter does not let through (not seen, virtual, ...)
};

struct Check {
  Miss miss = Miss::none;
  uint8_t filter = 0;  // for blank and excluded: the index of the filter in the selector
  bool ok() const { return miss == Miss::none; }
};

// Checks every filter: a value that is excluded wins over a blank one (a
// visit where the child was not seen and whose location is blank does not
// count because the child was not seen).
inline Check check(const Record& r, const Selector& s) {
  const auto at = std::find(s.types.begin(), s.types.end(), r.type());
  if (at == s.types.end()) return {Miss::other_type, 0};
  const auto file = static_cast<size_t>(s.files[static_cast<size_t>(at - s.types.begin())]);
  Check blank{Miss::none, 0};
  for (size_t i = 0; i < s.filters.size(); ++i) {
    const Filter& f = s.filters[i];
    const uint8_t slot = f.slot[file];
    bool is_blank;
    bool passes;
    if (f.kind == FieldKind::date) {
      is_blank = r.slot_date(slot) == kNoDate;
      passes = !is_blank;
    } else {
      const uint8_t code = r.code(slot);
      is_blank = code == kCodeBlank;
      passes = (f.codes >> code) & 1;
    }
    if (is_blank) {
      if (blank.ok()) blank = {Miss::blank, static_cast<uint8_t>(i)};
    } else if (!passes) {
      return {Miss::excluded, static_cast<uint8_t>(i)};
    }
  }
  return blank;
}

// The record is of one of the selector's types and passes all its filters.
inline bool qualifies(const Record& r, const Selector& s) {
  if (s.filters.empty()) return std::find(s.types.begin(), s.types.end(), r.type()) != s.types.end();
  return check(r, s).ok();
}

// A case's records of some types, in date order: positions into `records`.
struct Candidates {
  std::span<const Record> records;
  std::span<const uint32_t> pos;

  size_t size() const { return pos.size(); }
  const Record& operator[](size_t k) const { return records[pos[k]]; }
};

// The index of the first candidate dated on or after `d` (size() if none).
inline size_t first_on_or_after(const Candidates& c, Date d) {
  return static_cast<size_t>(std::partition_point(c.pos.begin(), c.pos.end(),
                                                  [&](uint32_t p) { return c.records[p].date() < d; }) -
                             c.pos.begin());
}

// The index of the first candidate at or after `k` that qualifies for `s` and
// is dated on or before `last` (size() if none).
inline size_t next_qualifying(const Candidates& c, size_t k, Date last, const Selector& s) {
  for (; k < c.size() && c[k].date() <= last; ++k)
    if (qualifies(c[k], s)) return k;
  return c.size();
}

// The date of a recording lag's measured field of `r`, one of the rule's
// records (kNoDate when blank).
inline Date lag_date(const Record& r, const Rule& rule) {
  const auto& s = rule.records;
  const auto at = std::find(s.types.begin(), s.types.end(), r.type());
  if (at == s.types.end()) return kNoDate;
  const uint8_t slot = rule.lag_slot[static_cast<size_t>(s.files[static_cast<size_t>(at - s.types.begin())])];
  return slot == kNoSlot ? kNoDate : r.slot_date(slot);
}

}  // namespace ca
