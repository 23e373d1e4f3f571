#include "report/collect.h"

#include <algorithm>

namespace ca {

bool reported(const Requirement& r, const RowFilter& filter) {
  if (r.outcome == Outcome::pending) return false;
  if (r.outcome == Outcome::met && !filter.include_met) return false;
  return !filter.from || r.due >= *filter.from;
}

void collect_rows(const ReportStandard& rs, const Dataset& data, const EvalContext& ctx, const RowFilter& filter,
                  Chunk& chunk, std::vector<Requirement>& scratch) {
  chunk.rows.clear();
  chunk.requirements = 0;
  for (CaseIx i = chunk.begin; i < chunk.end; ++i) {
    scratch.clear();
    const CaseView c = data.view(i);
    evaluate_case(rs.standard(), c, ctx, scratch);
    chunk.requirements += scratch.size();
    const size_t first = chunk.rows.size();
    for (const Requirement& r : scratch)
      if (reported(r, filter)) chunk.rows.push_back(make_row(rs, data, c.info, r, ctx.as_of));
    // Within one case the standard and case_id are equal: this orders by due
    // date, then rule_id.
    std::sort(chunk.rows.begin() + first, chunk.rows.end(), row_before);
  }
}

}  // namespace ca
