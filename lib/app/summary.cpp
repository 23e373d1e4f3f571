// caseaudit summary: compliance figures per standard and group
// (report/compliance.h), from the one evaluation stream. Not a breach report:
// it exits 0 whenever it could run.
#include <ostream>

#include "app/commands.h"
#include "app/prepare.h"
#include "engine/evaluation.h"
#include "report/compliance.h"
#include "report/row.h"
#include "report/summary.h"

namespace ca {

int run_summary(const SummaryOptions& o, std::ostream& out, std::ostream& err) {
  Prepared p;
  if (!p.output.open(o.output, err)) return kExitFailure;
  if (!prepare(o.common, o.standards, p, err)) return kExitFailure;
  const Dataset& data = p.data();
  const EvalContext ctx{p.calendar, *p.vocab, o.as_of};

  std::vector<ReportStandard> report_standards;
  std::vector<std::string_view> names;
  for (const Standard& st : p.standards) {
    report_standards.emplace_back(st, *p.vocab);
    names.push_back(st.name);
  }
  ComplianceTable table(names, o.by, o.from);
  Evaluation evaluation(p.standards, data, ctx, o.complete_export);
  evaluation.run([&](const EvaluatedChunk& chunk) {
    table.add(report_standards[chunk.standard], data, chunk);
    p.progress->cases(chunk.end, data.size(), p.standards[chunk.standard].name);
    return true;
  }, p.jobs);
  p.progress->clear();

  const ComplianceReport report{o.as_of, o.from, table.by(), table.rows()};
  std::string text;
  switch (output_format(o.format, o.output)) {
    case Format::csv: write_compliance_csv(report, text); break;
    case Format::json:
    case Format::jsonl: write_compliance_json(report, text); break;
    case Format::text: write_compliance_text(report, text); break;
  }
  write_rule_notes(p, evaluation, err);
  return p.output.deliver(text, out, err, kExitOk);
}

}  // namespace ca
