#include "engine/scope.h"

#include <algorithm>
#include <utility>
#include <vector>

namespace ca {

Windows::Windows(const Scope& scope, const CaseView& c, Date as_of, uint8_t cla)
    : scope_(scope),
      c_(c),
      as_of_(as_of),
      periods_of_care_(scope.level == Level::episode && scope.episode_type == cla) {
  if (scope.level != Level::case_open || scope.while_types == 0) return;
  const auto& eps = c.episodes;
  for (size_t i = 0; i < eps.size(); ++i) {
    const EpisodeTypeId t = eps[i].type;
    if (i > 0 && eps[i - 1].type == t) continue;  // not the first of its type
    if (t < 64 && (scope.while_types & (EpisodeTypeMask{1} << t))) heads_[n_heads_++] = static_cast<uint32_t>(i);
  }
}

bool Windows::next(Window& w) {
  switch (scope_.level) {
    case Level::case_open: return next_case(w);
    case Level::episode: return next_episode(w);
    case Level::period: return next_period(w);
  }
  return false;
}

bool Windows::accept(const Window& w) const {
  if ((w.tags & scope_.tags_all) != scope_.tags_all) return false;
  if ((w.tags & scope_.tags_none) != 0) return false;
  if (scope_.tags_any != 0 && (w.tags & scope_.tags_any) == 0) return false;
  return w.start <= as_of_ && w.start <= w.end;
}

bool Windows::next_case(Window& w) {
  if (scope_.while_types) return next_case_while(w);
  if (scope_.unless_only) return next_case_unless(w);
  if (done_) return false;
  done_ = true;
  const Case& info = c_.info;
  if (info.open == kNoDate) return false;
  w = {info.open, info.close, info.open, 0, kNone};
  return accept(w);
}

// `unless_only`: the case while open, less the stretches during which the
// only episodes open are of those types (another service has the child).
// Worked out once, on the first call.
bool Windows::next_case_unless(Window& w) {
  const Case& info = c_.info;
  if (info.open == kNoDate) return false;
  if (!done_) {
    done_ = true;
    const auto listed = [&](const Episode& e) {
      return e.type < 64 && (scope_.unless_only & (EpisodeTypeMask{1} << e.type));
    };
    // Days covered by the other services' episodes, less those any other episode covers.
    std::vector<std::pair<Date, Date>> other, own;
    for (const Episode& e : c_.episodes) (listed(e) ? other : own).push_back({e.start, e.end});
    std::sort(other.begin(), other.end());
    std::vector<std::pair<Date, Date>> excluded;
    for (auto [s, e] : other) {
      // cut [s, e] by every own episode
      std::vector<std::pair<Date, Date>> pieces{{s, e}};
      for (auto [os, oe] : own) {
        std::vector<std::pair<Date, Date>> next;
        for (auto [ps, pe] : pieces) {
          if (oe < ps || os > pe) { next.push_back({ps, pe}); continue; }
          if (os > ps) next.push_back({ps, add_days(os, -1)});
          if (oe != kOpenEnd && oe < pe) next.push_back({add_days(oe, 1), pe});
        }
        pieces.swap(next);
      }
      excluded.insert(excluded.end(), pieces.begin(), pieces.end());
    }
    std::sort(excluded.begin(), excluded.end());
    // The case span less the excluded stretches.
    Date at = info.open;
    for (auto [s, e] : excluded) {
      if (e < at) continue;
      if (s > at) spans_.push_back({at, std::min(add_days(s, -1), info.close)});
      if (e == kOpenEnd) { at = kOpenEnd; break; }
      at = std::max(at, add_days(e, 1));
      if (at > info.close) break;
    }
    if (at != kOpenEnd && at <= info.close) spans_.push_back({at, info.close});
  }
  while (i_ < spans_.size()) {
    const auto [s, e] = spans_[i_++];
    w = {s, e, s, 0, kNone};
    if (accept(w)) return true;
  }
  return false;
}

// With `gaps: count`: whether the gap after `end` up to `next_start` belongs
// to the window: the case is still open at the next start and no episode of
// a type the scope does not list is open in between.
bool Windows::bridges(Date end, Date next_start) const {
  if (!scope_.count_gaps || end == kOpenEnd || next_start > c_.info.close) return false;
  const Date from = add_days(end, 1), to = add_days(next_start, -1);
  for (const Episode& e : c_.episodes) {
    if (e.type < 64 && (scope_.while_types & (EpisodeTypeMask{1} << e.type))) continue;
    if (e.start <= to && e.end >= from) return false;  // another service had the child in the gap
  }
  return true;
}

// The run whose next episode starts first (n_heads_ if every run is used up).
size_t Windows::earliest_head() const {
  size_t best = n_heads_;
  for (size_t h = 0; h < n_heads_; ++h)
    if (best == n_heads_ || c_.episodes[heads_[h]].start < c_.episodes[heads_[best]].start) best = h;
  return best;
}

// Moves run `h` on to its next episode, dropping the run once its type's episodes are used up.
void Windows::advance_head(size_t h) {
  const auto& eps = c_.episodes;
  const uint32_t next = heads_[h] + 1;
  if (next < eps.size() && eps[next].type == eps[heads_[h]].type)
    heads_[h] = next;
  else
    heads_[h] = heads_[--n_heads_];
}

// Episodes of the `while` types in start order, merged as periods are (across
// types), each span clipped to the case's open and close dates.
bool Windows::next_case_while(Window& w) {
  const auto& eps = c_.episodes;
  const Case& info = c_.info;
  if (info.open == kNoDate) return false;
  for (size_t h = earliest_head(); h < n_heads_; h = earliest_head()) {
    const Date start = eps[heads_[h]].start;
    Date end = eps[heads_[h]].end;
    advance_head(h);
    while ((h = earliest_head()) < n_heads_ &&
           (follows_on(eps[heads_[h]].start, end) || bridges(end, eps[heads_[h]].start))) {
      end = std::max(end, eps[heads_[h]].end);
      advance_head(h);
    }
    const Date from = std::max(start, info.open);
    w = {from, std::min(end, info.close), from, 0, kNone};
    if (accept(w)) return true;
  }
  return false;
}

bool Windows::next_episode(Window& w) {
  const auto& eps = c_.episodes;
  while (i_ < eps.size()) {
    const Episode& e = eps[i_++];
    if (e.type != scope_.episode_type) continue;
    // Follow the period of care through every row of the type, whatever its tags.
    if (run_start_ == kNoDate || !follows_on(e.start, run_end_)) {
      run_start_ = e.start;
      run_end_ = e.end;
    } else {
      run_end_ = std::max(run_end_, e.end);
    }
    w = {e.start, std::min(e.end, c_.info.close), periods_of_care_ ? run_start_ : e.start, e.tags, e.type};
    if (accept(w)) return true;
  }
  return false;
}

bool Windows::next_period(Window& w) {
  const auto& eps = c_.episodes;
  while (true) {
    while (i_ < eps.size() && eps[i_].type != scope_.episode_type) ++i_;
    if (i_ == eps.size()) return false;
    // Episodes are sorted by type, then start: the type's rows are contiguous.
    const Date start = eps[i_].start;
    Date end = eps[i_].end;
    TagMask tags = eps[i_].tags;
    for (++i_; i_ < eps.size() && eps[i_].type == scope_.episode_type && follows_on(eps[i_].start, end); ++i_) {
      end = std::max(end, eps[i_].end);
      tags |= eps[i_].tags;
    }
    w = {start, std::min(end, c_.info.close), start, tags, scope_.episode_type};
    if (accept(w)) return true;
  }
}

}  // namespace ca
