#pragma once
// Turning the engine's evaluation stream (engine/evaluation.h) into report
// rows. A chunk's requirements are already in report order, so its rows are
// too; chunks come in case order, so concatenating their rows gives the
// report.
#include <cstdint>
#include <functional>
#include <string>
#include <optional>
#include <vector>

#include "data/dataset.h"
#include "engine/evaluation.h"
#include "report/row.h"

namespace ca {

// Which evaluated requirements become rows.
struct RowFilter {
  bool include_met = false;   // also rows met on time (never pending or not evaluable ones)
  std::optional<Date> from;   // only requirements due on or after this
};

// Whether a requirement is reported under `filter`.
bool reported(const Requirement& r, const RowFilter& filter);
// The Reading that keeps what `filter` can report, all of it in report order
// (Evaluation::set_reading): the engine then keeps no requirement that
// reported() would pass over.
Reading reading_for(const RowFilter& filter);

// What the text report adds to its rows, worked out only when asked for.
struct RowDetail {
  // Working days late or overdue of a requirement of `rule` up to `until`,
  // or -1 when its timescale is not in working days (app supplies it: report
  // has no calendar).
  std::function<int32_t(const Rule& rule, const Requirement& r, Date until)> working_days;
  // Each case's heading note: the episodes open between this date (kNoDate:
  // any time) and the audit date.
  bool case_notes = false;
  Date period_start = kNoDate;
};

struct Chunk {
  std::vector<Row> rows;       // the reported rows, in report order
  std::vector<std::string> case_notes;  // what rows' case_note point into
  uint64_t requirements = 0;   // every requirement evaluated, reported or not
  uint64_t not_evaluable = 0;  // of those, the ones the export could not support
};

// Fills `out` (clearing it first) with the rows of an evaluated chunk of `rs`'s standard.
// With `detail`, rows get working days and case notes as it asks.
void collect_rows(const ReportStandard& rs, const Dataset& data, const EvaluatedChunk& chunk, Date as_of,
                  const RowFilter& filter, Chunk& out, const RowDetail* detail = nullptr);

// "open in the period: child protection plan 2026-01-05 to 2026-06-30;
// looked-after placement 2026-07-01 (open)": the case's episodes that were
// open between `from` (kNoDate: any time) and `as_of`; "" when none.
std::string case_note(const Dataset& data, CaseIx c, const Vocabulary& vocab, Date from, Date as_of);

}  // namespace ca
