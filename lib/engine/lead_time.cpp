// lead_time: "Y at least N before meeting X", and after the previous such meeting.
#include <algorithm>

#include "engine/kinds.h"

namespace ca {

void eval_lead_time(const RuleRun& run, const Window& w, std::vector<Requirement>& out) {
  const Rule& rule = run.rule;
  const EvalContext& ctx = run.ctx;
  const Candidates meetings = run.index.of(rule.trigger.record);
  const Candidates records = run.index.of(rule.records);
  const Date last = std::min(w.end, ctx.as_of);
  const size_t first = first_on_or_after(meetings, w.start);

  // The previous meeting may lie before the window (an earlier episode's
  // conference): work done before it was for that meeting, not this one.
  Date previous = kNoDate;
  for (size_t t = 0; t < first; ++t)
    if (qualifies(meetings[t], rule.trigger.record)) previous = meetings[t].date();
  size_t from = previous == kNoDate ? 0 : first_on_or_after(records, add_days(previous, 1));  // after it

  for (size_t t = first; t < meetings.size() && meetings[t].date() <= last; ++t) {
    const Date meeting = meetings[t].date();
    if (meeting == previous || !qualifies(meetings[t], rule.trigger.record)) continue;  // two on one day are one
    previous = meeting;
    Requirement q = requirement(run.ix, w.episode_type, meeting, subtract_duration(meeting, rule.before, ctx.calendar));
    const Record* on_time = nullptr;  // the latest on or before the due date
    const Record* late = nullptr;     // else the first after it
    size_t i = from;
    for (; i < records.size() && records[i].date() <= meeting; ++i) {
      if (!qualifies(records[i], rule.records)) continue;
      if (records[i].date() <= q.due) {
        on_time = &records[i];
      } else if (!late) {
        late = &records[i];
      }
    }
    settle(q, on_time ? on_time : late, ctx.as_of);
    out.push_back(q);
    from = i;  // the next meeting counts the records after this one
  }
}

}  // namespace ca
