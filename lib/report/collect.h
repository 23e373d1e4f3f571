#pragma once
// Turning the engine's evaluation stream (engine/evaluation.h) into report
// rows. A chunk's requirements are already in report order, so its rows are
// too; chunks come in case order, so concatenating their rows gives the
// report.
#include <cstdint>
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

struct Chunk {
  std::vector<Row> rows;       // the reported rows, in report order
  uint64_t requirements = 0;   // every requirement evaluated, reported or not
  uint64_t not_evaluable = 0;  // of those, the ones the export could not support
};

// Fills `out` (clearing it first) with the rows of an evaluated chunk of `rs`'s standard.
void collect_rows(const ReportStandard& rs, const Dataset& data, const EvaluatedChunk& chunk, Date as_of,
                  const RowFilter& filter, Chunk& out);

}  // namespace ca
