// caseaudit due: the worklist of requirements falling due by a horizon, and
// those overdue that can still be acted on (report/worklist.h), from the one
// evaluation stream. The horizon and the working-day counts come from the
// calendar here, since report may not use it. Exits 0 whenever it could run,
// the list empty or not (a cron job's mail is the list, not the status).
#include <fmt/format.h>

#include <ostream>
#include <stdexcept>
#include <unordered_map>

#include "app/commands.h"
#include "app/prepare.h"
#include "calendar/calendar.h"
#include "data/summary.h"
#include "engine/evaluation.h"
#include "report/row.h"
#include "report/summary.h"
#include "report/worklist.h"

namespace ca {
namespace {

// The last due date listed, and the horizon in words.
Date horizon(const Within& w, Date as_of, const Calendar& cal) {
  switch (w.unit) {
    case Within::Unit::days: return add_days(as_of, w.n);
    case Within::Unit::working_days: return cal.add_working_days(as_of, w.n);
    case Within::Unit::weeks: return add_days(as_of, 7 * w.n);
  }
  return as_of;
}

std::string within_text(const Within& w) {
  const auto n = static_cast<uint64_t>(w.n);
  switch (w.unit) {
    case Within::Unit::days: return plural(n, "day", "days");
    case Within::Unit::working_days: return plural(n, "working day", "working days");
    case Within::Unit::weeks: return plural(n, "week", "weeks");
  }
  return {};
}

}  // namespace

int run_due(const DueOptions& o, std::ostream& out, std::ostream& err) {
  Prepared p;
  if (!p.output.open(o.output, err)) return kExitFailure;
  if (!prepare(o.common, o.standards, p, err)) return kExitFailure;
  const Dataset& data = p.data();
  const EvalContext ctx{p.calendar, *p.vocab, o.as_of};

  Worklist list{o.as_of, horizon(o.within, o.as_of, p.calendar), within_text(o.within), o.worker, o.team, {}};
  const WorkFilter filter{o.as_of, list.horizon, o.worker, o.team};
  std::vector<ReportStandard> report_standards;
  for (const Standard& st : p.standards) report_standards.emplace_back(st, *p.vocab);
  Evaluation evaluation(p.standards, data, ctx, o.complete_export);
  evaluation.run([&](const EvaluatedChunk& chunk) {
    collect_work(report_standards[chunk.standard], data, chunk, filter, list.items);
    p.progress->cases(chunk.end, data.size(), p.standards[chunk.standard].name);
    return true;
  }, p.jobs);
  p.progress->clear();
  std::unordered_map<int32_t, int32_t> working;  // by due date: many items share one
  for (WorkItem& item : list.items) {
    const auto [it, added] = working.try_emplace(item.due.days(), 0);
    if (added) it->second = p.calendar.working_days_between(o.as_of, item.due);
    item.working_days = it->second;
  }
  sort_worklist(list.items);

  std::string text;
  switch (output_format(o.format, o.output)) {
    case Format::csv: write_worklist_csv(list, text); break;
    case Format::json:
    case Format::jsonl: write_worklist_json(list, text); break;
    case Format::text: write_worklist_text(list, text); break;
    case Format::html: throw std::logic_error("due: no html worklist (refused with the options)");
  }
  write_rule_notes(p, evaluation, err);
  size_t overdue = 0;
  for (const WorkItem& item : list.items) overdue += item.overdue;
  err << fmt::format("caseaudit: {} on the worklist as of {} ({} overdue, {} due by {})\n",
                     plural(list.items.size(), "item", "items"), o.as_of.iso(), with_commas(overdue),
                     with_commas(list.items.size() - overdue), list.horizon.iso());
  return p.output.deliver(text, out, err, kExitOk);
}

}  // namespace ca
