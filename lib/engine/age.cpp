// age: "by the age of N", owed when an episode in scope is open on that day.
#include "engine/kinds.h"

namespace ca {

void eval_age(const RuleRun& run, std::vector<Requirement>& out) {
  const Rule& rule = run.rule;
  const CaseView& c = run.c;
  const EvalContext& ctx = run.ctx;
  if (c.info.dob == kNoDate) return;
  const Date due = add_duration(c.info.dob, rule.at_age, ctx.calendar);
  const Window* owed = nullptr;
  for (const Window& w : run.index.windows(run.ix, ctx.as_of, ctx.vocab.periods_of_care().value_or(kNone)))
    if (w.start <= due && due <= w.end) {
      owed = &w;
      break;
    }
  if (!owed) return;

  // Any qualifying record of the case counts, whenever it was made.
  const Candidates records = run.index.of(rule.records);
  const Record* on_time = nullptr;  // the latest on or before the due date
  const Record* late = nullptr;     // else the first after it
  for (size_t i = 0; i < records.size(); ++i) {
    const Record& r = records[i];
    if (r.date() > ctx.as_of) break;
    if (!qualifies(r, rule.records)) continue;
    if (r.date() <= due) {
      on_time = &r;
    } else {
      late = &r;
      break;
    }
  }
  Requirement q = requirement(run.ix, owed->episode_type, c.info.dob, due);
  settle(q, on_time ? on_time : late, ctx.as_of);
  out.push_back(q);
}

}  // namespace ca
