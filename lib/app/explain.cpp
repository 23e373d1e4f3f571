// caseaudit explain: one case's timeline, every requirement with the
// timescale in force, what it was counted from, the record that met it and
// every record of its kinds that did not count, with the reason.
#include "app/explain.h"

#include <algorithm>
#include <ostream>

#include "app/commands.h"
#include "engine/explain.h"
#include "report/cells.h"
#include "report/explain_writer.h"

namespace ca {

std::optional<CaseIx> find_case(const Dataset& data, std::string_view id) {
  const auto at = std::lower_bound(data.cases.begin(), data.cases.end(), id,
                                   [](const Case& c, std::string_view v) { return std::string_view(c.id) < v; });
  if (at == data.cases.end() || at->id != id) return std::nullopt;
  return static_cast<CaseIx>(at - data.cases.begin());
}

std::string explain_text(const Prepared& p, const Evaluation& evaluation, CaseIx c, Date as_of, Format format,
                         std::string_view back) {
  const EvalContext ctx{p.calendar, *p.vocab, as_of};
  CaseIndex index(p.vocab->record_types().size());
  std::vector<EvaluatedChunk> chunks(p.standards.size());
  std::vector<CaseExplanation> explanations;
  std::vector<ExplainedStandard> standards;
  explanations.reserve(p.standards.size());
  for (size_t s = 0; s < p.standards.size(); ++s) {
    evaluation.evaluate_chunk(s, c, c + 1, index, chunks[s]);
    explanations.push_back(explain_case(p.standards[s], p.data().view(c), chunks[s].of_case(c), ctx));
    standards.push_back({p.standards[s], evaluation.status(s), explanations.back()});
  }
  std::string out;
  if (format == Format::json) {
    write_case_json(out, p.data(), c, *p.vocab, as_of, standards);
    out += '\n';
    return out;
  }
  if (format == Format::html) {
    write_case_html(out, p.data(), c, *p.vocab, as_of, standards, back);
    return out;
  }
  write_case_text(out, p.data(), c, *p.vocab, as_of);
  for (const ExplainedStandard& s : standards) write_explained_text(out, s, p.data(), c, *p.vocab, as_of);
  return out;
}

int run_explain(const ExplainOptions& o, std::ostream& out, std::ostream& err) {
  Prepared p;
  if (!p.output.open(o.output, err)) return kExitFailure;
  if (!prepare(o.common, o.standards, p, err)) return kExitFailure;
  const auto c = find_case(p.data(), o.case_id);
  if (!c) {
    std::string id;
    append_text(id, o.case_id);
    err << "caseaudit: --case: no case '" << id << "' in the export's cases\n";
    return kExitFailure;
  }
  const EvalContext ctx{p.calendar, *p.vocab, o.as_of};
  const Evaluation evaluation(p.standards, p.data(), ctx, o.complete_export);
  return p.output.deliver(explain_text(p, evaluation, *c, o.as_of, o.format), out, err, kExitOk);
}

}  // namespace ca
