// recording_lag: "written up within N" of the record's own date.
#include <algorithm>

#include "engine/kinds.h"

namespace ca {
namespace {

bool open_on(std::span<const Episode> episodes, uint8_t type, Date d) {
  for (const Episode& e : episodes)
    if (e.type == type && e.start <= d && d <= e.end) return true;
  return false;
}

}  // namespace

void eval_recording_lag(const RuleRun& run, const Window& w, std::vector<Requirement>& out) {
  const Rule& rule = run.rule;
  const EvalContext& ctx = run.ctx;
  const Candidates records = run.index.of(rule.records);
  const Date last = std::min(w.end, ctx.as_of);
  for (size_t i = first_on_or_after(records, w.start); i < records.size() && records[i].date() <= last; ++i) {
    const Record& r = records[i];
    if (!qualifies(r, rule.records)) continue;
    const Date written = lag_date(r, rule);
    if (written == kNoDate) continue;  // no date to measure: a data issue, counted by the engine, not a breach
    const Duration* limit = &rule.limit;
    uint8_t episode_type = w.episode_type;
    for (const LimitWhenOpen& l : rule.limit_when_open) {
      if (open_on(run.c.episodes, l.episode_type, r.date())) {
        limit = &l.limit;
        episode_type = l.episode_type;
        break;
      }
    }
    Requirement q = requirement(run.ix, episode_type, r.date(), add_duration(r.date(), *limit, ctx.calendar));
    q.record_line = r.line;
    if (written > ctx.as_of) {  // written up after the audit date: not yet, as far as the audit knows
      q.outcome = q.due < ctx.as_of ? Outcome::missing : Outcome::pending;
    } else {
      q.met = written;
      q.outcome = written <= q.due ? Outcome::met : Outcome::late;
    }
    out.push_back(q);
  }
}

}  // namespace ca
