// evaluate_case: every rule of a standard over one case's scope windows.
#include <algorithm>

#include "engine/kinds.h"

namespace ca {
namespace {

// Due date, rule, anchor; then a chain's met requirements before its open one
// (a record on the anchor day gives two with one anchor); the rest only makes
// the order total, so that the output never depends on the sort.
bool before(const Requirement& a, const Requirement& b) {
  if (a.due != b.due) return a.due < b.due;
  if (a.rule != b.rule) return a.rule < b.rule;
  if (a.anchor != b.anchor) return a.anchor < b.anchor;
  if (a.episode_type != b.episode_type) return a.episode_type < b.episode_type;
  if ((a.met == kNoDate) != (b.met == kNoDate)) return b.met == kNoDate;
  if (a.met != b.met) return a.met < b.met;
  if (a.record_line != b.record_line) return a.record_line < b.record_line;
  return a.outcome < b.outcome;
}

}  // namespace

void evaluate_case(const Standard& standard, const CaseView& c, const EvalContext& ctx, std::vector<Requirement>& out) {
  const size_t begin = out.size();
  const uint8_t cla = ctx.vocab.episode_type("cla").value_or(kNone);
  for (size_t n = 0; n < standard.rules.size(); ++n) {
    const Rule& rule = standard.rules[n];
    const auto ix = static_cast<uint16_t>(n);
    if (rule.kind == Kind::age) {
      eval_age(rule, ix, c, ctx, cla, out);
      continue;
    }
    Windows windows(rule.scope, c, ctx.as_of, cla);
    Window w;
    while (windows.next(w)) {
      switch (rule.kind) {
        case Kind::recurring: eval_recurring(rule, ix, w, c, ctx, out); break;
        case Kind::deadline: eval_deadline(rule, ix, w, c, ctx, out); break;
        case Kind::lead_time: eval_lead_time(rule, ix, w, c, ctx, out); break;
        case Kind::recording_lag: eval_recording_lag(rule, ix, w, c, ctx, out); break;
        case Kind::age: break;
      }
    }
  }
  std::sort(out.begin() + static_cast<std::ptrdiff_t>(begin), out.end(),
            [](const Requirement& a, const Requirement& b) { return before(a, b); });
}

}  // namespace ca
