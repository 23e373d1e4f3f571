#include "engine/case_index.h"

#include <algorithm>

namespace ca {

void CaseIndex::build(std::span<const Record> records) {
  records_ = records;
  used_ = 0;
  std::fill(begin_.begin(), begin_.end(), 0);
  for (const Record& r : records) ++begin_[r.type + 1u];
  for (size_t t = 1; t < begin_.size(); ++t) begin_[t] += begin_[t - 1];
  pos_.resize(records.size());
  // Placing each record after the ones before it keeps each type's positions in date order.
  std::vector<uint32_t>& next = merged_.empty() ? merged_.emplace_back() : merged_[0];
  next.assign(begin_.begin(), begin_.end() - 1);
  for (uint32_t i = 0; i < records.size(); ++i) pos_[next[records[i].type]++] = i;
  used_ = 1;  // merged_[0] held the cursors
}

Candidates CaseIndex::of(const Selector& s) {
  if (s.types.size() == 1) {
    const TypeId t = s.types[0];
    return {records_, std::span<const uint32_t>(pos_.data() + begin_[t], begin_[t + 1] - begin_[t])};
  }
  if (used_ == merged_.size()) merged_.emplace_back();
  std::vector<uint32_t>& out = merged_[used_++];
  out.clear();
  for (TypeId t : s.types) {
    const size_t mid = out.size();
    out.insert(out.end(), pos_.begin() + begin_[t], pos_.begin() + begin_[t + 1]);
    std::inplace_merge(out.begin(), out.begin() + static_cast<std::ptrdiff_t>(mid), out.end());
  }
  out.erase(std::unique(out.begin(), out.end()), out.end());  // a type listed twice
  return {records_, out};
}

}  // namespace ca
