#pragma once
// Evaluating a standard over a range of cases into report rows, in report
// order. A range's result depends only on its cases, so the cases may be cut
// into chunks evaluated in any order (or in parallel) and the chunks' rows
// concatenated in case order: the output is the same as one pass.
#include <cstdint>
#include <optional>
#include <vector>

#include "data/dataset.h"
#include "engine/engine.h"
#include "report/row.h"

namespace ca {

// Which evaluated requirements become rows.
struct RowFilter {
  bool include_met = false;   // also rows met on time (never pending ones)
  std::optional<Date> from;   // only requirements due on or after this
};

// Whether a requirement is reported under `filter`.
bool reported(const Requirement& r, const RowFilter& filter);

struct Chunk {
  CaseIx begin = 0, end = 0;   // the cases [begin, end)
  std::vector<Row> rows;       // the reported rows, in report order
  uint64_t requirements = 0;   // every requirement evaluated, reported or not
};

// Fills chunk.rows and chunk.requirements for chunk.begin..end (clearing
// them first). `scratch` is reused between calls to save allocations.
void collect_rows(const ReportStandard& rs, const Dataset& data, const EvalContext& ctx, const RowFilter& filter,
                  Chunk& chunk, std::vector<Requirement>& scratch);

}  // namespace ca
