// recurring (and schedule, phases and every_while_open): "at least every N while the scope holds".
#include <algorithm>
#include <array>

#include "engine/kinds.h"

namespace ca {
namespace {

// When each phase stops being in force: anchor + until, or the first
// until_record on or after the period's start (whichever comes first when a
// phase has both); Date::max() when it never ends (yet). Worked out once per
// window for the first few phases; more than that are worked out on demand.
class PhaseEnds {
 public:
  PhaseEnds(const RuleRun& run, const Window& w, Date anchor) : run_(run), w_(w), anchor_(anchor) {
    const size_t n = std::min(run.rule.phases.size(), kCached);
    for (size_t i = 0; i < n; ++i) cached_[i] = compute(run.rule.phases[i]);
  }

  // The interval of the first phase in force at `prev` (the last phase if none is).
  const Duration* in_force(Date prev) const {
    const auto& phases = run_.rule.phases;
    if (phases.empty()) return nullptr;
    for (size_t i = 0; i + 1 < phases.size(); ++i)
      if (prev < (i < kCached ? cached_[i] : compute(phases[i]))) return &phases[i].every;
    return &phases.back().every;
  }

 private:
  static constexpr size_t kCached = 8;

  Date compute(const Phase& p) const {
    Date end = Date::max();
    if (p.until) end = std::min(end, add_duration(anchor_, *p.until, run_.ctx.calendar));
    if (p.until_record) {
      const Candidates c = run_.index.of(*p.until_record);
      const size_t i = next_qualifying(c, first_on_or_after(c, w_.period_start), run_.ctx.as_of, *p.until_record);
      if (i < c.size()) end = std::min(end, c[i].date());
    }
    return end;
  }

  const RuleRun& run_;
  const Window& w_;
  Date anchor_;
  std::array<Date, kCached> cached_{};
};

// A requirement's due date, the date it is counted from and the episode type
// whose interval gave it.
struct Due {
  Date from;
  Date due;
  uint8_t episode_type;
};

// every_while_open (../shared/docs/timescale-semantics.md, "a plan's interval
// ends with the plan"): the earliest of
// - prev + the interval of each listed episode open on prev's date that is
//   still open on that due date (a plan's interval is never charged after
//   the plan has ended);
// - start + the interval of each listed episode that starts after prev
//   (inside the window, by the audit date): a plan that starts brings its own
//   first deadline;
// - for such an episode, prev + its interval, when an episode open on prev's
//   date ended before its own due date and the new interval is the longer
//   (a step-down: the less intensive plan counts from the last record).
// On a tie, the earlier start of the count, then the type listed first. due
// is Date::max() when no episode gives one.
// `counted` is the date the previous requirement was counted from: an episode
// whose start already gave a requirement (met by a record made before the
// start) does not give it again; the next counts from that record at the
// episode's interval.
Due due_while_open(const Rule& rule, Date prev, Date counted, const Window& w, const CaseView& c,
                   const EvalContext& ctx) {
  Due best{prev, Date::max(), kNone};
  const auto consider = [&](Date from, Date due, uint8_t type) {
    if (due < best.due || (due == best.due && from < best.from)) best = {from, due, type};
  };
  // The earliest due date of the plans open at prev that ended before it.
  Date ended_due = Date::max();
  const Date last_start = std::min(w.end, ctx.as_of);
  for (const EveryWhileOpen& every : rule.every_while_open) {
    for (size_t i = 0; i < c.episodes.size(); ++i) {
      const Episode& e = c.episodes[i];
      if (e.type != every.episode_type || !(e.start <= prev && prev <= e.end)) continue;
      const Date due = add_duration(prev, every.every, ctx.calendar);
      if (due <= run_end(c.episodes, i)) consider(prev, due, every.episode_type);
      else ended_due = std::min(ended_due, due);
    }
  }
  for (const EveryWhileOpen& every : rule.every_while_open) {
    for (const Episode& e : c.episodes) {
      if (e.type != every.episode_type || !(prev < e.start && e.start <= last_start)) continue;
      if (e.start <= counted) {  // its first deadline was met early: count on from that record
        consider(prev, add_duration(prev, every.every, ctx.calendar), every.episode_type);
        continue;
      }
      if (e.start >= best.due) continue;  // an interval is at least 1: it cannot come first
      consider(e.start, add_duration(e.start, every.every, ctx.calendar), every.episode_type);
      if (ended_due != Date::max()) {
        const Date due = add_duration(prev, every.every, ctx.calendar);
        if (due > ended_due && due >= e.start) consider(prev, due, every.episode_type);
      }
    }
  }
  return best;
}

}  // namespace

void eval_recurring(const RuleRun& run, const Window& w, std::vector<Requirement>& out) {
  const Rule& rule = run.rule;
  const EvalContext& ctx = run.ctx;
  const Date last = std::min(w.end, ctx.as_of);  // records after either do not count
  Date anchor = w.start;
  // When the record counted from is itself one that meets the rule (the first
  // health assessment, for "then annually"), it is the previous record, not
  // one that meets a first requirement of its own.
  bool anchor_is_previous = false;
  if (rule.anchor) {
    const Candidates a = run.index.of(*rule.anchor);
    const size_t k = next_qualifying(a, first_on_or_after(a, w.start), last, *rule.anchor);
    if (k == a.size()) return;  // nothing to count from yet
    anchor = a[k].date();
    anchor_is_previous = qualifies(a[k], rule.records);
  }
  const PhaseEnds phases(run, w, anchor);
  const Candidates records = run.index.of(rule.records);

  size_t i = first_on_or_after(records, anchor);  // a record on the anchor day counts for the first
  Date prev = anchor;
  Date counted = kNoDate;  // every_while_open: what the previous requirement was counted from
  for (size_t k = 0;; ++k) {
    Due next{prev, Date::max(), w.episode_type};
    if (!rule.every_while_open.empty()) {
      next = due_while_open(rule, prev, counted, w, run.c, ctx);
    } else {
      const Duration* interval = nullptr;
      if (k == 0 && rule.first) {
        interval = &*rule.first;
      } else if (!rule.schedule.empty()) {
        interval = &rule.schedule[std::min(k, rule.schedule.size() - 1)];
      } else {
        interval = phases.in_force(prev);
      }
      if (interval) next.due = add_duration(prev, *interval, ctx.calendar);
    }
    if (next.due == Date::max() || next.due > w.end) return;  // falls after the scope has ended: not owed

    if (k > 0 || anchor_is_previous)
      while (i < records.size() && records[i].date() <= prev) ++i;  // two on one day count once
    i = next_qualifying(records, i, last, rule.records);
    Requirement q = requirement(run.ix, next.episode_type, next.from, next.due);
    const Record* r = i < records.size() ? &records[i] : nullptr;
    settle(q, r, ctx.as_of);
    out.push_back(q);
    if (!r) return;
    prev = r->date();  // a late record restarts the clock too
    counted = next.from;
  }
}

}  // namespace ca
