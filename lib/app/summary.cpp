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
  // The tables counted: the one --by asks for (default: by rule); for the
  // HTML page without --by, by rule, by team and by worker, and with --from,
  // by month too (its month-by-month line).
  const Format format = output_format(o.format, o.output);
  std::vector<std::vector<GroupBy>> keys;
  if (!o.by.empty()) keys.push_back(o.by);
  else if (format == Format::html) keys = {{GroupBy::rule}, {GroupBy::team}, {GroupBy::worker}};
  else keys.push_back({GroupBy::rule});
  std::vector<ComplianceTable> tables;
  tables.reserve(keys.size());
  for (const std::vector<GroupBy>& by : keys) tables.emplace_back(names, by, o.from);
  std::optional<ComplianceTable> months;
  if (format == Format::html && o.from) months.emplace(names, std::vector<GroupBy>{GroupBy::month}, o.from);
  Evaluation evaluation(p.standards, data, ctx, o.complete_export);
  evaluation.set_reading({kAllOutcomes, kNoDate, 0});  // counted, never listed
  evaluation.run([&](const EvaluatedChunk& chunk) {
    for (ComplianceTable& table : tables) table.add(report_standards[chunk.standard], data, chunk);
    if (months) months->add(report_standards[chunk.standard], data, chunk);
    p.progress->cases(chunk.end, data.size(), p.standards[chunk.standard].name);
    return true;
  }, p.jobs);
  p.progress->clear();

  std::vector<ComplianceReport> reports;
  for (const ComplianceTable& table : tables) reports.push_back({o.as_of, o.from, table.by(), table.rows()});
  const ComplianceReport& report = reports.front();
  std::string text;
  switch (format) {
    case Format::csv: write_compliance_csv(report, text); break;
    case Format::json:
    case Format::jsonl: write_compliance_json(report, text); break;
    case Format::text: write_compliance_text(report, text); break;
    case Format::html: {
      const std::optional<ComplianceReport> by_month =
          months ? std::optional<ComplianceReport>({o.as_of, o.from, months->by(), months->rows()}) : std::nullopt;
      write_compliance_html(reports, by_month ? &*by_month : nullptr, text);
      break;
    }
  }
  write_rule_notes(p, evaluation, err);
  return p.output.deliver(text, out, err, kExitOk);
}

}  // namespace ca
