#include "report/collect.h"

namespace ca {

bool reported(const Requirement& r, const RowFilter& filter) {
  if (r.outcome == Outcome::pending || r.outcome == Outcome::not_evaluable) return false;
  if (r.outcome == Outcome::met && !filter.include_met) return false;
  return !filter.from || r.due >= *filter.from;
}

void collect_rows(const ReportStandard& rs, const Dataset& data, const EvaluatedChunk& chunk, Date as_of,
                  const RowFilter& filter, Chunk& out) {
  out.rows.clear();
  out.requirements = chunk.requirements.size();
  out.not_evaluable = 0;
  for (CaseIx i = chunk.begin; i < chunk.end; ++i) {
    const Case& c = data.cases[i];
    for (const Requirement& r : chunk.of_case(i)) {
      if (r.outcome == Outcome::not_evaluable) ++out.not_evaluable;
      if (reported(r, filter)) out.rows.push_back(make_row(rs, data, c, r, as_of));
    }
  }
}

}  // namespace ca
