#include "report/collect.h"

#include <algorithm>
#include <tuple>

namespace ca {
namespace {

// row_before for two rows of one case, whose standard and case_id are equal:
// due date, then rule_id, then the rest of its keys.
bool row_before_in_case(const Row& a, const Row& b) {
  return std::tie(a.due, a.rule_id, a.anchor, a.met, a.episode_type, a.status) <
         std::tie(b.due, b.rule_id, b.anchor, b.met, b.episode_type, b.status);
}

}  // namespace

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
    // date, then rule_id, as row_before would.
    std::sort(chunk.rows.begin() + first, chunk.rows.end(), row_before_in_case);
  }
}

}  // namespace ca
