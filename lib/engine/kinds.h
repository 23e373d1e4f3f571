#pragma once
// One function per kind of requirement (../shared/docs/timescale-semantics.md),
// each appending the requirements of one rule in one scope window to `out`.
// evaluate_case (engine.cpp) runs them over the rule's scope windows.
#include <cstdint>
#include <vector>

#include "engine/case_index.h"
#include "engine/engine.h"
#include "engine/scope.h"

namespace ca {

// What every kind reads: the rule, its index in the standard, the case (its
// records indexed by type) and the context.
struct RuleRun {
  const Rule& rule;
  uint16_t ix;
  const CaseView& c;
  const EvalContext& ctx;
  CaseIndex& index;
};

// The fields every requirement of a rule in a window starts from.
inline Requirement requirement(uint16_t rule, uint8_t episode_type, Date anchor, Date due) {
  Requirement q;
  q.rule = rule;
  q.episode_type = episode_type;
  q.anchor = anchor;
  q.due = due;
  return q;
}

// Sets the outcome of `q` (due already set) from the record that met it
// (nullptr: none by the audit date).
inline void settle(Requirement& q, const Record* r, Date as_of) {
  if (r) {
    q.met = r->date();
    q.record_line = r->line;
    q.outcome = r->date() <= q.due ? Outcome::met : Outcome::late;
  } else {
    q.outcome = q.due < as_of ? Outcome::missing : Outcome::pending;
  }
}

void eval_recurring(const RuleRun& run, const Window& w, std::vector<Requirement>& out);
void eval_deadline(const RuleRun& run, const Window& w, std::vector<Requirement>& out);
void eval_lead_time(const RuleRun& run, const Window& w, std::vector<Requirement>& out);
void eval_recording_lag(const RuleRun& run, const Window& w, std::vector<Requirement>& out);
// Age rules are owed once per case, when one of the scope's windows holds the due date.
void eval_age(const RuleRun& run, std::vector<Requirement>& out);

}  // namespace ca
