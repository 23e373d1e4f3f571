#pragma once
// One case's records indexed by type once, so that a rule looks only at the
// records its selector can match instead of rescanning the whole case: with
// hundreds of rules, each touches its own few records. Likewise the case's
// scope windows, worked out once for each distinct scope of the standard
// (rules share a handful of scopes).
#include <cstdint>
#include <span>
#include <vector>

#include "data/dataset.h"
#include "engine/qualify.h"
#include "engine/scope.h"
#include "standard/standard.h"

namespace ca {

class CaseIndex {
 public:
  // `types`: how many record types the vocabulary has.
  explicit CaseIndex(size_t types) : start_(types, 0), count_(types, 0), blanks_(types, 0), seen_(types, 0) {}

  // Indexes case `c` (its records sorted by date, as a CaseView's are), to
  // be evaluated against `standard`; forgets the last case. `c` must outlive
  // the index's use for it.
  void build(const CaseView& c, const Standard& standard);
  // The windows of the scope of rule `n` of the standard, as Windows yields
  // them (`as_of` and `cla` as Windows takes them, the same for the whole
  // run). Valid until the next build().
  std::span<const Window> windows(size_t n, Date as_of, uint8_t cla);
  // False when rule `n` can owe nothing for this case, by one test of the
  // episode types the case has: a rule (not an age) whose scope is an
  // episode or period of a type the case has none of, or a `while` scope
  // none of whose types it has, so that no window can be. True tells
  // nothing: windows() decides.
  bool may_have_windows(size_t n) const { return needs_[n] == 0 || (needs_[n] & episode_types_) != 0; }
  // The records of the selector's types, in date order. The positions of a
  // selector with several types are merged into a buffer that stays valid
  // until the next build().
  Candidates of(const Selector& s);
  // How many records of type `t` the case has.
  uint32_t count(TypeId t) const { return count_[t]; }
  // Which slots are blank in some record of type `t`: bit s for code slot s
  // (kCodeBlank), bit kCodeSlots + s for date slot s (kNoDate). A rule that
  // counts records with a blank value it needs looks only when one is.
  // Worked out for a type when first asked, once per case.
  uint8_t blanks(TypeId t) {
    if (seen_[t] != case_no_) note_blanks(t);
    return blanks_[t];
  }

 private:
  std::span<const Record> records_;
  // The positions of type t are pos_[start_[t], start_[t] + count_[t]). Only
  // the case's own types (present_) are set, and reset by the next build, so
  // a build costs the case's records, not the vocabulary's types.
  std::vector<uint32_t> start_, count_;
  std::vector<TypeId> present_;
  std::vector<uint32_t> pos_;
  std::span<const uint32_t> positions(TypeId t) const { return {pos_.data() + start_[t], count_[t]}; }
  void note_blanks(TypeId t);
  std::vector<uint8_t> blanks_;  // by type, valid when seen_[t] == case_no_
  std::vector<uint32_t> seen_;
  uint32_t case_no_ = 0;         // counts build()s
  std::vector<std::vector<uint32_t>> merged_;  // buffers for selectors of several types
  size_t used_ = 0;                            // merged_ buffers handed out for this case
  struct Memo {
    std::span<const TypeId> types;  // a selector's types (the standard outlives the index)
    size_t buffer;                  // ... merged into merged_[buffer] for this case
  };
  std::vector<Memo> memo_;
  std::vector<uint32_t> scratch_;  // merging

  void number_scopes(const Standard& standard);
  const CaseView* case_ = nullptr;
  const Standard* standard_ = nullptr;  // whose rules scope_of_ numbers
  const Rule* rules_ = nullptr;         // ... and their address and count, in case another took its place
  size_t rule_count_ = 0;
  std::vector<uint16_t> scope_of_;  // by rule: its scope's number among the standard's distinct scopes
  std::vector<EpisodeTypeMask> needs_;  // by rule: episode types of which the case must have one (0: none)
  EpisodeTypeMask episode_types_ = 0;   // the case's (types of 64 or more: all bits)
  std::vector<const Scope*> scopes_;           // by number
  std::vector<std::vector<Window>> windows_;   // by number: valid when windows_seen_ is case_no_
  std::vector<uint32_t> windows_seen_;
};

}  // namespace ca
