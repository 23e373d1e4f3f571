#pragma once
// The worklist of `caseaudit due`, for team managers: the requirements not
// yet met that fall due between the audit date and a horizon, and those
// already overdue that someone can still act on, per worker, soonest first.
//
// Built from the one evaluation stream (engine/evaluation.h). The horizon and
// the working-day counts need the calendar, which report may not use
// (ARCHITECTURE.md): the caller works them out and hands over plain dates and
// numbers.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "data/dataset.h"
#include "engine/evaluation.h"
#include "report/row.h"

namespace ca {

struct WorkFilter {
  Date as_of;                         // the audit date
  Date horizon;                       // the last due date listed (on or after as_of)
  std::optional<std::string> worker;  // only this worker's cases ("" : the unallocated ones)
  std::optional<std::string> team;    // only this team's cases
};

// Whether requirement `r` of case `c` is on the worklist:
// - pending (not met, not yet due) with as_of <= due <= horizon, or
// - missing (overdue), and still actionable: the case is open on the audit
//   date (no close date, or one on or after it) and, for an episode-level
//   requirement (episode_type != kNone), an episode of that type is open on
//   the audit date; for a requirement of a rule of each episode or period
//   (`rule` given, scope not the case), the very episode (period) it was
//   counted in. A breach on a closed case or episode is history for
//   `audit`, not a task.
// Met, late and not evaluable requirements never are.
bool on_worklist(const Requirement& r, const CaseView& c, const WorkFilter& f, const Rule* rule = nullptr);

struct WorkItem {
  std::string_view worker;        // "" when the case is unallocated
  std::string_view team;
  std::string_view case_id;
  std::string_view standard;
  std::string_view rule_id;
  std::string_view measure;
  std::string_view episode_type;  // "" for case-level rules
  std::string_view title;
  Date anchor;                    // the date the timescale was counted from
  Date due;
  bool overdue = false;           // missing; otherwise due within the horizon
  int32_t days = 0;               // calendar days from the audit date to the due date (negative when overdue)
  int32_t working_days = 0;       // working days likewise (Calendar::working_days_between), set by the caller
};

// Appends the worklist items of `chunk`, a chunk of `rs`'s standard, to `out`
// (working_days left 0 for the caller to set).
void collect_work(const ReportStandard& rs, const Dataset& data, const EvaluatedChunk& chunk, const WorkFilter& f,
                  std::vector<WorkItem>& out);

// The worklist's order: by worker (bytes; unallocated last), then due date
// (so the most overdue first, then the soonest due), case id, rule id, and
// standard, anchor and episode type so that the order is total.
void sort_worklist(std::vector<WorkItem>& items);

struct Worklist {
  Date as_of;
  Date horizon;
  std::string within;                 // the horizon as asked for: "5 working days", "10 days", "2 weeks"
  std::optional<std::string> worker;  // the filters given, for the heading
  std::optional<std::string> team;
  std::vector<WorkItem> items;        // sorted (sort_worklist)
};

// CSV: worker,team,case_id,standard,rule_id,measure,episode_type,anchor_date,
// due_date,state,days,working_days,title. state is "overdue" or "due"; days
// and working_days are negative when overdue. Cells through append_csv_cell.
inline constexpr std::string_view kWorklistCsvHeader =
    "worker,team,case_id,standard,rule_id,measure,episode_type,anchor_date,due_date,state,days,working_days,title";
void write_worklist_csv(const Worklist& w, std::string& out);
// JSON: {"as_of":..., "horizon":..., "within":..., "items":[...]}, one item
// object per line with the CSV's keys, days as numbers, a blank episode_type null.
void write_worklist_json(const Worklist& w, std::string& out);
// Text: a heading (audit date, horizon, what is listed), then per worker
// (unallocated last) each item on two lines: the due date and how far off it
// is ("due in 7 days (3 working days)", "4 days overdue (2 working days)"),
// the case and team; then the standard, rule, title and counted-from date.
// Lines are word-wrapped to 100 columns.
void write_worklist_text(const Worklist& w, std::string& out);

}  // namespace ca
