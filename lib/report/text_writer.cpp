#include "report/text_writer.h"

#include <fmt/format.h>

#include <algorithm>

#include "data/summary.h"
#include "report/cells.h"

namespace ca {
namespace {

std::string label(std::string_view what, std::string_view value) {
  std::string s(what);
  if (value.empty()) {
    s = fmt::format("no {} recorded", what);
  } else {
    s += ": ";
    append_text(s, value);
  }
  return s;
}

}  // namespace

std::string what_happened(const Row& r) {
  // A recording rule measures when a record was written up; every other rule
  // when something was done. The anchor is what the timescale ran from: for a
  // recording rule the record itself, else the start, trigger or previous record.
  const bool recording = r.measure == "recording";
  const std::string from = (recording ? " (record of " : " (counted from ") + r.anchor.iso() + ")";
  const std::string wd =
      r.working_days >= 0 ? fmt::format(" ({})", plural(static_cast<uint64_t>(r.working_days), "working day",
                                                        "working days"))
                          : std::string();
  std::string s;
  switch (r.status) {
    case RowStatus::missing:
      if (r.closed != kOpenEnd && r.due < r.closed) {
        // The case closed before the audit date: the work was owed until then.
        s = fmt::format("missing: not {} by the case's closure on {}, {} overdue then{}{}",
                        recording ? "written up" : "done", r.closed.iso(),
                        plural(static_cast<uint64_t>(std::max(0, days_between(r.due, r.closed))), "day", "days"), wd,
                        from);
      } else {
        s = fmt::format("missing: not {} by the audit date, {} overdue{}{}", recording ? "written up" : "done",
                        plural(r.days_overdue, "day", "days"), wd, from);
      }
      break;
    case RowStatus::late:
      s = fmt::format("late: {} {}, {} late{}{}", recording ? "written up" : "done", r.met.iso(),
                      plural(r.days_overdue, "day", "days"), wd, from);
      break;
    case RowStatus::met: s = fmt::format("met: {} {}{}", recording ? "written up" : "done", r.met.iso(), from); break;
  }
  if (r.change == "resolved") return "resolved since the baseline: was " + s;
  if (!r.change.empty()) s += fmt::format(" [{}]", r.change);
  return s;
}

std::string same_day_note(const Row& r) {
  return r.measure == "recording"  ? fmt::format("; another record of {}", r.anchor.iso())
         : r.episode_type.empty() ? std::string("; another requirement of this rule, due the same day")
                                  : fmt::format("; another requirement of this rule due the same day, on the {}",
                                                r.episode_type);
}

void TextWriter::begin(const AuditSummary& s) {
  std::string& b = out_.buf();
  b += fmt::format("caseaudit report as of {}\n", s.as_of.iso());
  for (const StandardSummary& st : s.standards) {
    std::string line = "Standard: ";
    append_text(line, st.name);
    std::string about;
    append_text(about, st.authority);
    if (!about.empty() && !st.document.empty()) about += ", ";
    append_text(about, st.document);
    if (!about.empty()) about += "; ";
    line += fmt::format(" ({}{})", about, plural(st.rules, "rule", "rules"));
    append_wrapped(b, 0, line, 100, 10);
  }
  if (s.from) b += fmt::format("Only requirements due on or after {}.\n", s.from->iso());
  if (s.include_met) b += "Requirements met on time are listed too.\n";
}

void TextWriter::row(const Row& r) {
  std::string& b = out_.buf();
  const bool new_standard = !any_ || r.standard != standard_;
  if (new_standard) {
    standard_ = r.standard;
    b += "\n== ";
    append_text(b, r.standard);
    b += " ==\n";
  }
  const bool new_case = new_standard || r.case_id != case_id_;
  if (new_case) {
    case_id_ = r.case_id;
    b += '\n';
    std::string heading = "Case ";
    append_text(heading, r.case_id);
    heading += fmt::format(" ({}; {})", label("team", r.team), label("worker", r.worker));
    if (r.closed != kOpenEnd) heading += fmt::format(", closed {}, before the audit date", r.closed.iso());
    append_wrapped(b, 0, heading);
    if (!r.case_note.empty()) {
      std::string note;
      append_text(note, r.case_note);
      append_wrapped(b, 2, note);
    }
  }
  any_ = true;
  std::string title = "due " + r.due.iso() + "  ";
  append_text(title, r.title);
  title += " (";
  append_text(title, r.rule_id);
  title += ")";
  append_wrapped(b, 2, title, 100, 16);  // a long title goes on under itself
  std::string what = what_happened(r);
  // Two requirements of one rule due on one day (two plans, two triggers):
  // say which this one is, so that one due date is never met and late at once
  // without a reason.
  if (!new_case && r.rule_id == rule_ && r.due == due_) what += same_day_note(r);
  rule_ = r.rule_id;
  due_ = r.due;
  append_wrapped(b, 18, what, 100, 20);
  out_.maybe_flush();
}

void TextWriter::finish(const AuditSummary& s) {
  std::string& b = out_.buf();
  const Counts total = s.reported();
  if (!any_) b += s.include_met ? "\nNothing to report.\n" : "\nNo breaches.\n";
  b += "\nSummary\n";
  b += fmt::format("  Cases audited:           {}\n", with_commas(s.cases));
  b += fmt::format("  Requirements evaluated:  {}\n", with_commas(s.requirements()));
  b += fmt::format("  Breaches reported:       {} ({} late, {} missing)\n", with_commas(total.breaches()),
                   with_commas(total.late), with_commas(total.missing));
  if (s.include_met) b += fmt::format("  Met on time reported:    {}\n", with_commas(total.met));

  // The table: breaches (and met) per standard, and per measure under it.
  size_t width = 24;
  for (const StandardSummary& st : s.standards) {
    width = std::max(width, st.name.size() + 4);
    for (const auto& [measure, c] : st.by_measure()) width = std::max(width, measure.size() + 6);
    for (const auto& [rule, c] : st.by_rule()) width = std::max(width, rule.size() + 6);
  }
  const auto line = [&](std::string_view name, const Counts& c) {
    std::string n;
    append_text(n, name);
    b += fmt::format("{:<{}}{:>10}{:>8}{:>9}", n, width, with_commas(c.breaches()), with_commas(c.late),
                     with_commas(c.missing));
    if (s.include_met) b += fmt::format("{:>8}", with_commas(c.met));
    b += '\n';
  };
  const auto heading = [&](std::string_view title) {
    b += fmt::format("\n{:<{}}{:>10}{:>8}{:>9}", title, width, "breaches", "late", "missing");
    if (s.include_met) b += fmt::format("{:>8}", "met");
    b += '\n';
  };
  heading("  By standard, measure");
  for (const StandardSummary& st : s.standards) {
    line("    " + st.name, st.reported);
    for (const auto& [measure, c] : st.by_measure()) line("      " + std::string(measure), c);
  }
  heading("  By standard, rule");
  for (const StandardSummary& st : s.standards) {
    line("    " + st.name, st.reported);
    for (const auto& [rule, c] : st.by_rule()) line("      " + std::string(rule), c);
  }
  b += "\n  Days late and overdue are calendar days from the due date (to the closure for a case closed\n"
       "  before the audit date); working days too where the timescale is in working days. \"Counted\n"
       "  from\" is the date the timescale ran from: the episode start, the trigger, or the previous record.\n";
  out_.flush();
}

}  // namespace ca
