// deadline: "Y within N of X", X the scope's start or end or each trigger record.
#include <algorithm>

#include "engine/kinds.h"

namespace ca {

void eval_deadline(const RuleRun& run, const Window& w, std::vector<Requirement>& out) {
  const Rule& rule = run.rule;
  const EvalContext& ctx = run.ctx;
  const Candidates records = run.index.of(rule.records);
  const Date last = std::min(w.end, ctx.as_of);
  const auto emit = [&](Date trigger, Date due, size_t i) {
    Requirement q = requirement(run.ix, w.episode_type, trigger, due);
    settle(q, i < records.size() ? &records[i] : nullptr, ctx.as_of);
    out.push_back(q);
  };
  // Where the search for a trigger's record starts: the trigger's day, or as
  // far back as look_back allows (a plan made before the placement began).
  const auto search_from = [&](Date trigger) {
    return rule.look_back ? subtract_duration(trigger, *rule.look_back, ctx.calendar) : trigger;
  };

  switch (rule.trigger.kind) {
    case TriggerKind::start: {
      const Date due = add_duration(w.start, rule.within, ctx.calendar);
      if (due > w.end) return;  // the scope ended first: not owed
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
      for (size_t t = first_on_or_after(triggers, w.start); t < triggers.size() && triggers[t].date <= last; ++t) {
        const Date trigger = triggers[t].date;
        if (trigger == previous || !qualifies(triggers[t], rule.trigger.record)) continue;  // two on one day are one
        previous = trigger;
        const Date due = add_duration(trigger, rule.within, ctx.calendar);
        if (due > w.end) continue;
        const Date from = search_from(trigger);
        while (met < records.size() && records[met].date < from) ++met;
        met = next_qualifying(records, met, last, rule.records);
        emit(trigger, due, met);
      }
      return;
    }
  }
}

}  // namespace ca
