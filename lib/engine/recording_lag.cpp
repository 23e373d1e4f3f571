// recording_lag: "written up within N" of the record's own date.
#include <algorithm>

#include "engine/kinds.h"
#include "engine/qualify.h"

namespace ca {
namespace {

bool open_on(std::span<const Episode> episodes, uint8_t type, Date d) {
  for (const Episode& e : episodes)
    if (e.type == type && e.start <= d && d <= e.end) return true;
  return false;
}

}  // namespace

void eval_recording_lag(const Rule& rule, uint16_t ix, const Window& w, const CaseView& c, const EvalContext& ctx,
                        std::vector<Requirement>& out) {
  const auto records = c.records;
  const Date last = std::min(w.end, ctx.as_of);
  for (size_t i = first_on_or_after(records, w.start); i < records.size() && records[i].date <= last; ++i) {
    const Record& r = records[i];
    if (r.recorded == kNoDate || !qualifies(r, rule.records)) continue;  // no recorded date: a data issue
    const Duration* limit = &rule.limit;
    uint8_t episode_type = w.episode_type;
    for (const LimitWhenOpen& l : rule.limit_when_open) {
      if (open_on(c.episodes, l.episode_type, r.date)) {
        limit = &l.limit;
        episode_type = l.episode_type;
        break;
      }
    }
    Requirement q = requirement(ix, episode_type, r.date, add_duration(r.date, *limit, ctx.calendar));
    q.record_line = r.line;
    if (r.recorded > ctx.as_of) {  // written up after the audit date: not yet, as far as the audit knows
      q.outcome = q.due < ctx.as_of ? Outcome::missing : Outcome::pending;
    } else {
      q.met = r.recorded;
      q.outcome = r.recorded <= q.due ? Outcome::met : Outcome::late;
    }
    out.push_back(q);
  }
}

}  // namespace ca
