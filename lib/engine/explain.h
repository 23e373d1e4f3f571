#pragma once
// Why one case's requirements came out as they did, for `explain`: for each
// requirement the engine evaluated (from the one evaluation stream,
// engine/evaluation.h), the timescale in force, what it was counted from and
// every record of the rule's kinds around it, the one that met it and each
// one that did not count, with the reason. It re-reads the case's records and
// scope windows to say why; it does not evaluate anything a second time.
#include <cstdint>
#include <span>
#include <vector>

#include "data/dataset.h"
#include "engine/engine.h"
#include "engine/scope.h"
#include "standard/standard.h"

namespace ca {

// Why a record of one of a rule's kinds did or did not count for it.
enum class Why : uint8_t {
  met,          // it met the requirement it is listed under (on time or late)
  blank,        // a field the rule needs is blank (`filter`: which): unknown, not evidence
  excluded,     // a field's value is one the rule turns away (`filter`: which): not seen, virtual, ...
  not_written,  // a recording lag: the date it measures (recorded_date) is blank, so it was not checked
  outside,      // it counts in kind, but is dated outside every window of the rule (the episode, the plan, the case)
  after_as_of,  // dated after the audit date
  spare,        // it counts, but no requirement was waiting for it (a second on one day, a deadline already met)
  superseded,   // of the rule's `otherwise` kinds (a completed assessment), which count only when no record
                // of its own kinds (the authorisation) meets the requirement; one did
};

struct RecordNote {
  uint32_t record = 0;  // index into the case's records
  Why why = Why::met;
  uint8_t filter = 0;   // blank, excluded: the filter's index in the selector checked
  bool otherwise = false;  // the selector checked is the rule's `otherwise` (not of its `records` kinds)
};

// What a requirement was counted from.
enum class From : uint8_t {
  window_start,  // the start of the rule's window (the episode, the period, the plan, the case)
  window_end,    // its end (a closure, an episode ending)
  record,        // a record (`from_record`): the previous one that met the rule, a trigger, the first anchor
  dob,           // the date of birth (an age rule)
};

struct ExplainedRequirement {
  Requirement req;
  const Duration* interval = nullptr;  // the timescale in force (nullptr when none can be named)
  uint8_t interval_type = kNone;       // every_while_open, limit_when_open: the episode type that set it
  From from = From::window_start;
  bool first = false;                  // the first of its window (counted from its start, trigger or anchor),
                                       // not from a previous record
  int64_t from_record = -1;            // From::record: index into the case's records (-1: none found)
  Window window;                       // the window of the rule the requirement belongs to
  int64_t working_days_late = -1;      // a timescale in working days, not met on time: working days from
                                       // the due date to the met date (or the audit date); else -1
  std::vector<RecordNote> records;     // in date order: the record that met it, and those that did not count
};

struct ExplainedRule {
  uint16_t rule = 0;
  std::vector<Window> windows;         // where the rule applied to the case (none: not owed)
  std::vector<RecordNote> others;      // records of its kinds dated in one of its windows, listed under none of
                                       // its requirements, that did not count (blank, excluded, not written up,
                                       // after the audit date); those that count but were not needed are left out
  uint32_t requirements = 0;           // how many of the case's requirements are this rule's
};

struct CaseExplanation {
  std::vector<ExplainedRequirement> requirements;  // in the order given (report order)
  std::vector<ExplainedRule> rules;                // every rule of the standard, in rule order
};

// The timescale that gave a requirement of `rule` its due date, and (for
// every_while_open and limit_when_open) the episode type that set it. For a
// recurring rule with a schedule or phases, the interval whose count from the
// anchor lands on the due date (the first, if several do); none if none does.
struct Timescale {
  const Duration* duration = nullptr;
  uint8_t episode_type = kNone;
};
Timescale timescale_of(const Rule& rule, const Requirement& q, const Calendar& calendar);

// Where a late or missing requirement's lateness is counted to, in what a
// person reads (the text report, explain): the met date when late; when
// missing, the case's closure if the case closed before the audit date and
// the requirement fell due before the closure (it was owed while the case was
// open), else the audit date (where the CSV's days_overdue always counts).
Date late_until(const Case& c, const Requirement& q, Date as_of);

// Explains the requirements `reqs` of case `c` under `standard` (all of the
// case's requirements for that standard, as the evaluation stream gave them).
CaseExplanation explain_case(const Standard& standard, const CaseView& c, std::span<const Requirement> reqs,
                             const EvalContext& ctx);

}  // namespace ca
