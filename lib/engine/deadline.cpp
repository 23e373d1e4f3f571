// deadline: "Y within N of X", X the scope's start or end or each trigger record.
#include <algorithm>

#include "engine/kinds.h"

namespace ca {

void eval_deadline(const RuleRun& run, const Window& window, std::vector<Requirement>& out) {
  const Rule& rule = run.rule;
  const EvalContext& ctx = run.ctx;
  const Candidates records = run.index.of(rule.records);
  Window w = window;
  // With an anchor the window starts at its first record: nothing is owed
  // without one, and nothing before it counts.
  Date floor = kNoDate;
  if (rule.anchor) {
    const Candidates a = run.index.of(*rule.anchor);
    const size_t k = next_qualifying(a, first_on_or_after(a, w.start), std::min(w.end, ctx.as_of), *rule.anchor);
    if (k == a.size()) return;
    w.start = floor = a[k].date();
  }
  const Date last = std::min(w.end, ctx.as_of);
  // The requirement met by the record at `i` (records.size(): none), or with
  // `records: end` by the window's end.
  const auto emit = [&](Date trigger, Date due, size_t i) {
    Requirement q = requirement(run.ix, w.episode_type, trigger, due);
    if (rule.met_by_end) {
      if (w.end != kOpenEnd && w.end <= ctx.as_of) {
        q.met = w.end;
        q.outcome = w.end <= due ? Outcome::met : Outcome::late;
      } else {
        q.outcome = due < ctx.as_of ? Outcome::missing : Outcome::pending;
      }
    } else {
      settle(q, i < records.size() ? &records[i] : nullptr, ctx.as_of);
    }
    out.push_back(q);
  };
  // Where the search for a trigger's record starts: the trigger's day, or as
  // far back as look_back allows (a plan made before the placement began),
  // never before the anchor.
  const auto search_from = [&](Date trigger) {
    const Date from = rule.look_back ? subtract_duration(trigger, *rule.look_back, ctx.calendar) : trigger;
    return std::max(from, floor);
  };

  switch (rule.trigger.kind) {
    case TriggerKind::start: {
      const Date due = add_duration(w.start, rule.within, ctx.calendar);
      if (due > w.end && !rule.met_by_end) return;  // the scope ended first: not owed
      emit(w.start, due, next_qualifying(records, first_on_or_after(records, search_from(w.start)), last, rule.records));
      return;
    }
    case TriggerKind::end: {
      if (w.end == kOpenEnd || w.end > ctx.as_of) return;  // not ended by the audit date
      // Work after the end is what this measures: records up to the audit date count.
      emit(w.end, add_duration(w.end, rule.within, ctx.calendar),
           next_qualifying(records, first_on_or_after(records, search_from(w.end)), ctx.as_of, rule.records));
      return;
    }
    case TriggerKind::record: {
      // Triggers come in date order, so the first qualifying record on or
      // after each one only moves forward.
      const Candidates triggers = run.index.of(rule.trigger.record);
      size_t met = 0;
      Date previous = kNoDate;
      for (size_t t = first_on_or_after(triggers, w.start); t < triggers.size() && triggers[t].date() <= last; ++t) {
        const Date trigger = triggers[t].date();
        if (trigger == previous || !qualifies(triggers[t], rule.trigger.record)) continue;  // two on one day are one
        previous = trigger;
        const Date due = add_duration(trigger, rule.within, ctx.calendar);
        if (due > w.end && !rule.met_by_end) {
          if (rule.trigger.record.first) return;
          continue;
        }
        const Date from = search_from(trigger);
        while (met < records.size() && records[met].date() < from) ++met;
        met = next_qualifying(records, met, last, rule.records);
        // The trigger is not its own follow-up (a visit where the child was
        // not seen, and "a further visit within 48 hours"): another record of
        // the same day still is.
        if (met < records.size() && &records[met] == &triggers[t])
          met = next_qualifying(records, met + 1, last, rule.records);
        if (met == records.size() && rule.otherwise) {  // none: the fallback record counts instead
          const Candidates alt = run.index.of(*rule.otherwise);
          const size_t k = next_qualifying(alt, first_on_or_after(alt, from), last, *rule.otherwise);
          Requirement q = requirement(run.ix, w.episode_type, trigger, due);
          settle(q, k < alt.size() ? &alt[k] : nullptr, ctx.as_of);
          out.push_back(q);
        } else {
          emit(trigger, due, met);
        }
        if (rule.trigger.record.first) return;  // only the first trigger in the window
      }
      return;
    }
  }
}

}  // namespace ca
