#pragma once
// The windows a rule's scope yields for one case: the case while open (or
// each span of it during which an episode of the scope's `while` types is
// open), each episode row of a type, or each period (rows of a type that
// follow on without a gap). Windows are produced one at a time, without
// allocating.
#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <utility>
#include <vector>

#include "core/date.h"
#include "data/dataset.h"
#include "standard/standard.h"

namespace ca {

struct Window {
  Date start;
  Date end;                      // min(episode or period end, case close); kOpenEnd while open
  Date period_start;             // where a phase's until_record is looked for from
  TagMask tags = 0;              // the episode's tags (a period's: the union of its rows')
  uint8_t episode_type = kNone;  // kNone for the case-level windows
};

// Yields the windows of `scope` for case `c`, in start order, that satisfy the
// scope's tags and have started by `as_of` (an episode that starts after the
// audit date is not yet in force). `cla` is the episode type whose episode
// windows count a phase's until_record from the start of the period of care
// holding the episode (kNone: none).
class Windows {
 public:
  Windows(const Scope& scope, const CaseView& c, Date as_of, uint8_t cla);
  bool next(Window& w);

 private:
  bool next_case(Window& w);
  bool next_case_while(Window& w);
  bool next_case_unless(Window& w);
  bool next_episode(Window& w);
  bool next_period(Window& w);
  bool accept(const Window& w) const;
  size_t earliest_head() const;
  bool bridges(Date end, Date next_start) const;
  void advance_head(size_t h);

  const Scope& scope_;
  CaseView c_;
  Date as_of_;
  bool periods_of_care_;  // episode level on `cla`
  size_t i_ = 0;
  bool done_ = false;
  Date run_start_ = kNoDate;  // the period being followed through the episodes
  Date run_end_ = kNoDate;
  // Case level with `while` types: the episodes of each of those types are one
  // run (episodes are sorted by type, then start); heads_ holds the next
  // episode of each run not yet merged into a window, so that taking the
  // earliest head each time visits them all in start order.
  std::array<uint32_t, 64> heads_;
  std::vector<std::pair<Date, Date>> spans_;  // unless_only: the case's windows
  size_t n_heads_ = 0;
};

// Whether an episode starting on `start` follows on from one ending on `end`
// (starts on or before the day after it; overlaps too).
inline bool follows_on(Date start, Date end) {
  return end == kOpenEnd || static_cast<int64_t>(start.days()) <= static_cast<int64_t>(end.days()) + 1;
}

// A case's periods of care: the episodes of type `cla` (Vocabulary::
// periods_of_care) that follow on without a gap, as [start, end] (end
// kOpenEnd while open), in start order. For a reader's timeline.
inline std::vector<std::pair<Date, Date>> periods_of_care(std::span<const Episode> episodes, EpisodeTypeId cla) {
  std::vector<std::pair<Date, Date>> periods;
  for (const Episode& e : episodes) {  // sorted by type, then start
    if (e.type != cla) continue;
    if (!periods.empty() && follows_on(e.start, periods.back().second))
      periods.back().second = std::max(periods.back().second, e.end);
    else
      periods.emplace_back(e.start, e.end);
  }
  return periods;
}

// The end of the run of episodes of one type that episode i starts or
// continues: a placement move or a new plan of the same kind that follows on
// without a gap is the same plan (a case's episodes are sorted by type, then
// start).
inline Date run_end(std::span<const Episode> eps, size_t i) {
  Date end = eps[i].end;
  for (size_t j = i + 1; j < eps.size() && eps[j].type == eps[i].type && follows_on(eps[j].start, end); ++j)
    end = std::max(end, eps[j].end);
  return end;
}

}  // namespace ca
