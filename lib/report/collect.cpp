#include "report/collect.h"

#include <fmt/format.h>

#include <algorithm>
#include <vector>

#include "engine/explain.h"
#include "standard/describe.h"

namespace ca {

bool reported(const Requirement& r, const RowFilter& filter) {
  if (r.outcome == Outcome::pending || r.outcome == Outcome::not_evaluable) return false;
  if (r.outcome == Outcome::met && !filter.include_met) return false;
  return !filter.from || r.due >= *filter.from;
}

Reading reading_for(const RowFilter& filter) {
  const OutcomeMask shown = mask_of(Outcome::late) | mask_of(Outcome::missing) |
                            (filter.include_met ? mask_of(Outcome::met) : OutcomeMask{0});
  return {shown, filter.from.value_or(kNoDate), shown};
}

std::string case_note(const Dataset& data, CaseIx ix, const Vocabulary& vocab, Date from, Date as_of) {
  std::string note;
  for (const Episode* ep : by_start(data.view(ix).episodes)) {
    const Episode& e = *ep;
    if (e.start > as_of || (from != kNoDate && e.end < from)) continue;
    note += note.empty() ? "open in the period: " : "; ";
    note += episode_noun(e.type, Level::episode, vocab);
    note += e.end == kOpenEnd ? fmt::format(" {} (open)", e.start.iso())
                              : fmt::format(" {} to {}", e.start.iso(), e.end.iso());
  }
  return note;
}

void collect_rows(const ReportStandard& rs, const Dataset& data, const EvaluatedChunk& chunk, Date as_of,
                  const RowFilter& filter, Chunk& out, const RowDetail* detail) {
  out.rows.clear();
  out.case_notes.clear();
  out.requirements = chunk.evaluated();
  out.not_evaluable = chunk.unkept[static_cast<size_t>(Outcome::not_evaluable)];
  if (detail && detail->case_notes) out.case_notes.reserve(chunk.end - chunk.begin);  // no reallocation: rows point in
  for (CaseIx i = chunk.begin; i < chunk.end; ++i) {
    const Case& c = data.cases[i];
    bool noted = false;
    for (const Requirement& r : chunk.of_case(i)) {
      if (r.outcome == Outcome::not_evaluable) ++out.not_evaluable;
      if (!reported(r, filter)) continue;
      Row row = make_row(rs, data, c, r, as_of);
      if (detail) {
        if (detail->working_days && r.outcome != Outcome::met)
          row.working_days = detail->working_days(rs.standard().rules[r.rule], r, late_until(c, r, as_of));
        if (detail->case_notes) {
          if (!noted) out.case_notes.push_back(case_note(data, i, rs.vocabulary(), detail->period_start, as_of));
          noted = true;
          row.case_note = out.case_notes.back();
        }
      }
      out.rows.push_back(row);
    }
  }
}

}  // namespace ca
