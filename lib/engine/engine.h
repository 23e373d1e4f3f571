#pragma once
// Evaluating one standard over one case. Independent of files and formats:
// given a case's episodes and records, it yields every requirement owed, the
// record that met it, and its status. Cases are independent, so callers may
// evaluate them in any order or in parallel; the engine holds no state.
#include <cstdint>
#include <vector>

#include "core/date.h"
#include "data/dataset.h"
#include "standard/standard.h"

namespace ca {

// Only named here (by reference), so that including engine.h does not bring in
// calendar/: report/ includes this header and may not depend on calendar
// (ARCHITECTURE.md). Whoever builds an EvalContext includes calendar/calendar.h.
class Calendar;

enum class Outcome : uint8_t {
  met,      // met on or before the due date
  late,     // met after the due date
  missing,  // not met, and the due date is before the audit date
  pending,  // not met yet, due on or after the audit date (not a breach)
};

struct Requirement {
  uint16_t rule = 0;               // index into Standard::rules
  uint8_t episode_type = kNone;    // the episode the rule applied to; kNone for case-level (a recording
                                   // lag: the type whose limit_when_open applied, if one did; every_while_open:
                                   // the type whose interval gave the due date)
  Outcome outcome = Outcome::met;
  Date anchor;                     // the date the timescale was counted from
  Date due;                        // last day on which it was still met
  Date met = kNoDate;              // the record that met it (late or on time); kNoDate when not met
  uint32_t record_line = 0;        // that record's line in its file (0 when none; a recording lag: the
                                   // line of the record whose write-up is measured)
};

struct EvalContext {
  const Calendar& calendar;
  const Vocabulary& vocab;
  Date as_of;  // the audit date: records after it are ignored
};

// Appends the requirements of every rule of `standard` for `c` to `out`,
// sorted by due date, then rule index, then anchor (then a chain's met
// requirements before its open one); what `out` already held is left alone.
// Records dated after ctx.as_of are ignored, and scope windows (the case, an
// episode, a period) that start after it are not evaluated. The counting
// rules are those of ../shared/docs/timescale-semantics.md; no allocation
// but `out`'s.
void evaluate_case(const Standard& standard, const CaseView& c, const EvalContext& ctx, std::vector<Requirement>& out);

// Adds `d` to `from` in its unit: working days through the calendar, weeks as
// 7 days, months clamped to the month's end. 0 working days ("the same working
// day") is `from` on a working day, else the next working day (a Saturday's is
// the Monday).
Date add_duration(Date from, const Duration& d, const Calendar& cal);
// Subtracts it (for lead times). 0 of any unit is `from` itself: a record on
// the day of a meeting held on a Saturday is on or before it.
Date subtract_duration(Date from, const Duration& d, const Calendar& cal);

}  // namespace ca
