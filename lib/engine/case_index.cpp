#include "engine/case_index.h"

#include <algorithm>

namespace ca {
namespace {

// The bit of episode type t (the vocabulary allows at most 64; a type past
// them, were there one, would take every bit, never ruling a rule out).
EpisodeTypeMask bit_of(EpisodeTypeId t) { return t < 64 ? EpisodeTypeMask{1} << t : ~EpisodeTypeMask{0}; }

}  // namespace

void CaseIndex::number_scopes(const Standard& standard) {
  standard_ = &standard;
  rules_ = standard.rules.data();
  rule_count_ = standard.rules.size();
  scopes_.clear();
  scope_of_.clear();
  needs_.clear();
  for (const Rule& r : standard.rules) {
    const Scope& sc = r.scope;
    EpisodeTypeMask needs = 0;
    if (sc.level != Level::case_open) needs = bit_of(sc.episode_type);
    else needs = sc.while_types;
    if (r.kind == Kind::age) needs = 0;  // an age is owed whatever the windows (eval_age)
    needs_.push_back(needs);
    const auto same = std::find_if(scopes_.begin(), scopes_.end(), [&](const Scope* s) { return *s == r.scope; });
    scope_of_.push_back(static_cast<uint16_t>(same - scopes_.begin()));
    if (same == scopes_.end()) scopes_.push_back(&r.scope);
  }
  windows_.resize(scopes_.size());
  windows_seen_.assign(scopes_.size(), 0);
}

std::span<const Window> CaseIndex::windows(size_t n, Date as_of, uint8_t cla) {
  const uint16_t k = scope_of_[n];
  std::vector<Window>& list = windows_[k];
  if (windows_seen_[k] != case_no_) {
    windows_seen_[k] = case_no_;
    list.clear();
    Windows ws(*scopes_[k], *case_, as_of, cla);
    for (Window w; ws.next(w);) list.push_back(w);
  }
  return list;
}

void CaseIndex::build(const CaseView& c, const Standard& standard) {
  const std::span<const Record> records = c.records;
  case_ = &c;
  if (standard_ != &standard || rules_ != standard.rules.data() || rule_count_ != standard.rules.size())
    number_scopes(standard);
  records_ = records;
  used_ = 0;
  episode_types_ = 0;
  for (const Episode& e : c.episodes) episode_types_ |= bit_of(e.type);
  for (TypeId t : present_) start_[t] = count_[t] = 0;
  present_.clear();
  for (const Record& r : records) {
    const TypeId t = r.type();
    if (count_[t]++ == 0) present_.push_back(t);
  }
  uint32_t at = 0;
  for (TypeId t : present_) {
    start_[t] = at;
    at += count_[t];
  }
  pos_.resize(records.size());
  // Placing each record after the ones before it keeps each type's positions in date order.
  std::vector<uint32_t>& next = merged_.empty() ? merged_.emplace_back() : merged_[0];
  next.resize(start_.size());
  for (TypeId t : present_) next[t] = start_[t];
  for (uint32_t i = 0; i < records.size(); ++i) pos_[next[records[i].type()]++] = i;
  if (++case_no_ == 0) {  // wrapped: forget every type's and scope's
    std::fill(seen_.begin(), seen_.end(), 0u);
    std::fill(windows_seen_.begin(), windows_seen_.end(), 0u);
    case_no_ = 1;
  }
  used_ = 1;  // merged_[0] held the cursors
  memo_.clear();
}

void CaseIndex::note_blanks(TypeId t) {
  static_assert(kCodeSlots + kDateSlots <= 8, "blanks_ holds a bit per slot");
  unsigned bits = 0;
  for (const uint32_t p : positions(t)) {
    const Record& r = records_[p];
    for (size_t s = 0; s < kCodeSlots; ++s) bits |= unsigned{r.code(s) == kCodeBlank} << s;
    for (size_t s = 0; s < kDateSlots; ++s) bits |= unsigned{r.slot_date(s) == kNoDate} << (kCodeSlots + s);
  }
  blanks_[t] = static_cast<uint8_t>(bits);
  seen_[t] = case_no_;
}

Candidates CaseIndex::of(const Selector& s) {
  if (s.types.size() == 1) {
    const TypeId t = s.types[0];
    return {records_, positions(t)};
  }
  // Rules often share a list of types ([visit, case_note]): merged once per case.
  const std::span<const TypeId> types(s.types);
  for (const Memo& m : memo_)
    if (std::equal(m.types.begin(), m.types.end(), types.begin(), types.end())) return {records_, merged_[m.buffer]};
  if (used_ == merged_.size()) merged_.emplace_back();
  std::vector<uint32_t>& out = merged_[used_];
  out.clear();
  for (TypeId t : types) {
    const std::span<const uint32_t> mine = positions(t);
    const auto from = mine.begin(), to = mine.end();
    if (out.empty()) {
      out.assign(from, to);
      continue;
    }
    scratch_.resize(out.size() + static_cast<size_t>(to - from));
    std::merge(out.begin(), out.end(), from, to, scratch_.begin());
    out.swap(scratch_);
  }
  out.erase(std::unique(out.begin(), out.end()), out.end());  // a type listed twice
  memo_.push_back({types, used_++});
  return {records_, out};
}

}  // namespace ca
