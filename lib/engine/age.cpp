// age: "by the age of N", owed when an episode in scope is open on that day.
#include "engine/kinds.h"
#include "engine/qualify.h"

namespace ca {

void eval_age(const Rule& rule, uint16_t ix, const CaseView& c, const EvalContext& ctx, uint8_t cla,
              std::vector<Requirement>& out) {
  if (c.info.dob == kNoDate) return;
  const Date due = add_duration(c.info.dob, rule.at_age, ctx.calendar);
  Windows windows(rule.scope, c, ctx.as_of, cla);
  Window w;
  bool owed = false;
  while (!owed && windows.next(w)) owed = w.start <= due && due <= w.end;
  if (!owed) return;

  // Any qualifying record of the case counts, whenever it was made.
  const Record* on_time = nullptr;  // the latest on or before the due date
  const Record* late = nullptr;     // else the first after it
  for (const Record& r : c.records) {
    if (r.date > ctx.as_of) break;
    if (!qualifies(r, rule.records)) continue;
    if (r.date <= due) {
      on_time = &r;
    } else {
      late = &r;
      break;
    }
  }
  Requirement q = requirement(ix, w.episode_type, c.info.dob, due);
  settle(q, on_time ? on_time : late, ctx.as_of);
  out.push_back(q);
}

}  // namespace ca
