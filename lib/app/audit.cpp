// caseaudit audit: load the export, evaluate the standards over every case,
// write the breach report (../shared/docs/data-contract.md sections 2-4).
#include <algorithm>
#include <cstring>
#include <exception>
#include <iostream>
#include <memory>
#include <optional>

#include "app/output.h"
#include "app/commands.h"
#include "app/prepare.h"
#include "calendar/calendar.h"
#include "core/status.h"
#include "data/load.h"
#include "data/summary.h"
#include "engine/evaluation.h"
#include "engine/explain.h"
#include "report/baseline.h"
#include "report/collect.h"
#include "report/html_audit.h"
#include "report/summary.h"
#include "report/writer.h"
#include "standard/registry.h"
#include "vocab/vocabulary.h"

namespace ca {
namespace {

ReportFormat report_format(const AuditOptions& o, bool to_terminal) {
  if (o.format) {
    switch (*o.format) {
      case Format::text: return ReportFormat::text;
      case Format::csv: return ReportFormat::csv;
      case Format::json: return ReportFormat::json;
      case Format::jsonl: return ReportFormat::jsonl;
      case Format::html: return ReportFormat::html;
    }
  }
  if (o.output && *o.output != "-") return format_for_path(*o.output).value_or(ReportFormat::csv);
  return to_terminal ? ReportFormat::text : ReportFormat::csv;
}

std::string_view chunk_name(const std::vector<Standard>& standards, const EvaluatedChunk& chunk) {
  return standards[chunk.standard].name;
}

int audit(const AuditOptions& o, std::ostream& out, std::ostream& err) {
  const bool to_stdout = &out == &std::cout;

  // The output file is created first, so that a bad path fails at once.
  Prepared p;
  if (!p.output.open(o.output, err)) return kExitFailure;
  if (o.baseline) p.inputs.add(*o.baseline, *o.baseline, "the --baseline report");
  if (!prepare(o.common, o.standards, p, err)) return kExitFailure;
  const Vocabulary& vocab = *p.vocab;
  const std::vector<Standard>& standards = p.standards;
  const Dataset& data = p.data();

  AuditSummary summary;
  summary.as_of = o.as_of;
  summary.from = o.from;
  summary.include_met = o.include_met;
  summary.cases = data.size();
  for (const Standard& st : standards)
    summary.standards.push_back({st.name, st.authority, st.document, st.rules.size(), 0, {}, {}});

  std::ostream& dest = p.output.stream(out);
  const ReportFormat format = report_format(o, to_stdout && stdout_is_terminal());
  const EvalContext ctx{p.calendar, vocab, o.as_of};
  // The HTML page also holds each reported case's timeline, from its
  // explanation (engine/explain.h) under the standard reported.
  HtmlAuditWriter* html = nullptr;
  std::unique_ptr<ReportWriter> writer;
  if (format == ReportFormat::html) {
    auto w = std::make_unique<HtmlAuditWriter>(dest, data, vocab, o.as_of);
    html = w.get();
    writer = std::move(w);
  } else {
    writer = make_writer(format, dest);
  }
  std::vector<ReportStandard> report_standards;
  for (const Standard& st : standards) report_standards.emplace_back(st, vocab);
  const RowFilter filter{o.include_met, o.from};
  Evaluation evaluation(standards, data, ctx, o.complete_export);
  // The html page's timelines read every requirement of a case in order; the
  // other formats only the rows they report.
  if (!html) evaluation.set_reading(reading_for(filter));
  // --baseline: tonight's breaches marked new or continuing, and last night's
  // resolved since written in their place (never counted as breaches).
  std::optional<Baseline> baseline;
  if (o.baseline) {
    baseline.emplace();
    if (Status s = baseline->read(*o.baseline); !s) {
      err << "caseaudit: " << message_text(s.message()) << "\n";
      return kExitFailure;
    }
    std::vector<std::string_view> names;
    for (const Standard& st : standards) names.push_back(st.name);
    baseline->restrict_to(names, o.from);
    summary.baseline = true;
  }
  const auto write_resolved = [&](const Row& row) {
    ++summary.resolved;
    writer->row(row);
  };
  writer->begin(summary);
  // The text report, read by a person, also gives working days late and the
  // episodes open in the period under each case's heading.
  RowDetail detail;
  detail.case_notes = true;
  detail.period_start = o.from.value_or(kNoDate);
  detail.working_days = [&](const Rule& rule, const Requirement& r, Date until) -> int32_t {
    const Timescale t = timescale_of(rule, r, p.calendar);
    if (!t.duration || t.duration->unit != Unit::working_days) return -1;
    return std::max(0, p.calendar.working_days_between(r.due, until));
  };
  const RowDetail* text_detail = format == ReportFormat::text || html ? &detail : nullptr;
  // Each chunk's rows are made, and formatted when each row's text stands
  // alone and no baseline marks them in turn, on the thread that evaluated
  // it; the rows are counted and written here, in order.
  const bool formatted_ahead = writer->rows_stand_alone() && !baseline;
  struct Slot {
    Chunk rows;
    std::string text;
  };
  std::vector<Slot> slots(Evaluation::slots(p.jobs));
  const auto prepare = [&](const EvaluatedChunk& chunk, size_t k) {
    Slot& slot = slots[k];
    collect_rows(report_standards[chunk.standard], data, chunk, ctx.as_of, filter, slot.rows, text_detail);
    slot.text.clear();
    if (formatted_ahead)
      for (const Row& row : slot.rows.rows) writer->format_row(row, slot.text);
  };
  // A text report on the terminal would be broken up by a progress line.
  const bool show_progress = p.output.to_file() || !(to_stdout && stdout_is_terminal());
  evaluation.run(prepare, [&](const EvaluatedChunk& chunk, size_t k) {
    if (show_progress) p.progress->cases(chunk.end, data.size(), chunk_name(standards, chunk));
    Slot& slot = slots[k];
    StandardSummary& tally = summary.standards[chunk.standard];
    tally.requirements += slot.rows.requirements;
    std::vector<Row>& rows = slot.rows.rows;
    const auto take = [&](Row& row) {
      if (baseline) {
        baseline->pass(row, write_resolved);
        summary.new_breaches += row.change == "new";
        summary.continuing += row.change == "continuing";
      }
      tally.add(row);
      if (!formatted_ahead) writer->row(row);
    };
    if (!html) {
      for (Row& row : rows) take(row);
    } else {
      // The rows come case by case, in the chunk's case order: each reported
      // case's timeline first.
      size_t next = 0;
      for (CaseIx c = chunk.begin; c < chunk.end && next < rows.size(); ++c) {
        if (rows[next].case_id != data.cases[c].id) continue;
        const CaseExplanation e = explain_case(standards[chunk.standard], data.view(c), chunk.of_case(c), ctx);
        html->timeline({standards[chunk.standard], evaluation.status(chunk.standard), e}, c);
        for (; next < rows.size() && rows[next].case_id == data.cases[c].id; ++next) take(rows[next]);
      }
    }
    if (formatted_ahead) writer->write_formatted(slot.text);
    return writer->ok();
  }, p.jobs);
  if (baseline) baseline->finish(write_resolved);
  p.progress->clear();
  writer->finish(summary);
  if (!writer->ok()) {
    if (to_stdout && !p.output.to_file() && writer->error() == EPIPE) return kExitReaderGone;
    const std::string where = p.output.to_file() ? o.output.value() : to_stdout ? "standard output" : "the report";
    err << "caseaudit: cannot write " << where << ": "
        << (writer->error() ? std::strerror(writer->error()) : "write error") << "\n";
    return kExitFailure;
  }
  if (!p.output.commit(err)) return kExitFailure;
  write_rule_notes(p, evaluation, err);
  if (baseline && baseline->left_out())
    err << "caseaudit: baseline: " << plural(baseline->left_out(), "breach", "breaches")
        << " of standards not audited now or due before --from left out (neither continuing nor resolved)\n";
  err << run_summary_line(summary) << "\n";
  const uint64_t breaches = summary.reported().breaches();
  return breaches > 0 && !o.exit_zero ? kExitFindings : kExitOk;
}

}  // namespace

int run_audit(const AuditOptions& options, std::ostream& out, std::ostream& err) { return audit(options, out, err); }

}  // namespace ca
