// deadline: "Y within N of X", X the scope's start or end or each trigger record.
#include <algorithm>

#include "engine/kinds.h"
#include "engine/qualify.h"

namespace ca {

void eval_deadline(const Rule& rule, uint16_t ix, const Window& w, const CaseView& c, const EvalContext& ctx,
                   std::vector<Requirement>& out) {
  const auto records = c.records;
  const Date last = std::min(w.end, ctx.as_of);
  const auto emit = [&](Date trigger, Date due, size_t i) {
    Requirement q = requirement(ix, w.episode_type, trigger, due);
    settle(q, i < records.size() ? &records[i] : nullptr, ctx.as_of);
    out.push_back(q);
  };

  switch (rule.trigger.kind) {
    case TriggerKind::start: {
      const Date due = add_duration(w.start, rule.within, ctx.calendar);
      if (due > w.end) return;  // the scope ended first: not owed
      emit(w.start, due, next_qualifying(records, first_on_or_after(records, w.start), last, rule.records));
      return;
    }
    case TriggerKind::end: {
      if (w.end == kOpenEnd || w.end > ctx.as_of) return;  // not ended by the audit date
      // Work after the end is what this measures: records up to the audit date count.
      emit(w.end, add_duration(w.end, rule.within, ctx.calendar),
           next_qualifying(records, first_on_or_after(records, w.end), ctx.as_of, rule.records));
      return;
    }
    case TriggerKind::record: {
      // Triggers come in date order, so the first qualifying record on or
      // after each one only moves forward.
      size_t met = first_on_or_after(records, w.start);
      Date previous = kNoDate;
      for (size_t t = met; t < records.size() && records[t].date <= last; ++t) {
        const Date trigger = records[t].date;
        if (trigger == previous || !qualifies(records[t], rule.trigger.record)) continue;  // two on one day are one
        previous = trigger;
        const Date due = add_duration(trigger, rule.within, ctx.calendar);
        if (due > w.end) continue;
        while (met < records.size() && records[met].date < trigger) ++met;
        met = next_qualifying(records, met, last, rule.records);
        emit(trigger, due, met);
      }
      return;
    }
  }
}

}  // namespace ca
