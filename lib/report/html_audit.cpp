#include "report/html_audit.h"

#include <fmt/format.h>

#include "data/summary.h"
#include "report/html_chart.h"
#include "report/html_page.h"
#include "report/summary.h"
#include "report/text_writer.h"

namespace ca {

using html::escaped;

void HtmlAuditWriter::begin(const AuditSummary& s) {
  std::string& b = out_.buf();
  html::begin_page(b, fmt::format("caseaudit report as of {}", s.as_of.iso()));
  b += "<ul class=\"meta\">\n";
  for (const StandardSummary& st : s.standards) {
    std::string about = escaped(st.authority);
    if (!about.empty() && !st.document.empty()) about += ", ";
    about += escaped(st.document);
    b += fmt::format("<li>Standard: <b>{}</b> ({}{})</li>\n", escaped(st.name), about.empty() ? "" : about + "; ",
                     plural(st.rules, "rule", "rules"));
  }
  b += "</ul>\n";
  if (s.from) b += fmt::format("<p>Only requirements due on or after {}.</p>\n", s.from->iso());
  if (s.include_met) b += "<p>Requirements met on time are listed too.</p>\n";
  b += "<p class=\"note\">Each case's heading links to its timeline, further down this page: every requirement of "
       "the standard for the case, met or not, on a time axis and in words.</p>\n";
  b += "<nav class=\"toc\"><ul><li><a href=\"#summary\">Summary</a></li><li><a href=\"#timelines\">Timelines</a>"
       "</li></ul></nav>\n";
}

void HtmlAuditWriter::close_case() {
  if (open_) out_.buf() += "</tbody>\n</table>\n</section>\n";
  open_ = false;
}

void HtmlAuditWriter::timeline(const ExplainedStandard& s, CaseIx c) {
  ++timeline_count_;
  timeline_standard_ = s.standard.name;
  timeline_case_ = data_.cases[c].id;
  timelines_ += fmt::format("<section id=\"t{0}\">\n<h3>Case {1} under {2}</h3>\n<p><a href=\"#b{0}\">Back to its "
                            "breaches</a></p>\n",
                            timeline_count_, escaped(timeline_case_), escaped(timeline_standard_));
  write_explained_html(timelines_, s, data_, c, vocab_, as_of_, fmt::format("t{}-svg", timeline_count_));
  timelines_ += "</section>\n";
}

void HtmlAuditWriter::row(const Row& r) {
  std::string& b = out_.buf();
  const bool new_standard = !any_ || r.standard != standard_;
  if (new_standard) {
    close_case();
    standard_ = r.standard;
    b += fmt::format("<h2>{}</h2>\n", escaped(r.standard));
  }
  const bool new_case = new_standard || r.case_id != case_id_;
  if (new_case) {
    close_case();
    case_id_ = r.case_id;
    const bool linked = timeline_standard_ == r.standard && timeline_case_ == r.case_id;
    const auto label = [](std::string_view what, std::string_view value) {
      return value.empty() ? fmt::format("no {} recorded", what) : fmt::format("{}: {}", what, escaped(value));
    };
    b += fmt::format("<section class=\"case\">\n<h3{}>Case {}</h3>\n<p class=\"meta\">{}; {}",
                     linked ? fmt::format(" id=\"b{}\"", timeline_count_) : "", escaped(r.case_id),
                     label("team", r.team), label("worker", r.worker));
    if (r.closed != kOpenEnd) b += fmt::format("; closed {}, before the audit date", r.closed.iso());
    if (!r.case_note.empty()) b += "<br>" + escaped(r.case_note);
    if (linked) {
      b += fmt::format("<br><a href=\"#t{}\">Its timeline</a>", timeline_count_);
      timeline_case_.clear();  // one heading has the id its timeline links back to
    }
    b += "</p>\n<table class=\"fixed\">\n<colgroup><col class=\"w-date\"><col class=\"w-what\"><col "
         "class=\"w-status\"><col></colgroup>\n<thead><tr><th>due</th><th>rule</th><th>status</th><th>what "
         "happened</th></tr></thead>\n<tbody>\n";
    open_ = true;
  }
  any_ = true;
  std::string what = what_happened(r);
  if (!new_case && r.rule_id == rule_ && r.due == due_) what += same_day_note(r);
  rule_ = r.rule_id;
  due_ = r.due;
  const std::string_view status = r.change == "resolved" ? "resolved" : status_name(r.status);
  b += fmt::format("<tr><td class=\"date\">{}</td><td>{} <span class=\"ids\">({})</span></td><td class=\"status "
                   "s-{}\">{}</td><td>{}",
                   r.due.iso(), escaped(r.title), escaped(r.rule_id), status, status, escaped(what));
  if (!r.change.empty() && r.change != "resolved") b += fmt::format("<span class=\"change\">{}</span>", r.change);
  b += "</td></tr>\n";
  out_.maybe_flush();
}

void HtmlAuditWriter::finish(const AuditSummary& s) {
  close_case();
  std::string& b = out_.buf();
  const Counts total = s.reported();
  if (!any_) b += s.include_met ? "<p>Nothing to report.</p>\n" : "<p>No breaches.</p>\n";
  b += "<h2 id=\"summary\">Summary</h2>\n<table class=\"facts\">\n<tbody>\n";
  b += fmt::format("<tr><th>Cases audited</th><td class=\"num\">{}</td></tr>\n", with_commas(s.cases));
  b += fmt::format("<tr><th>Requirements evaluated</th><td class=\"num\">{}</td></tr>\n", with_commas(s.requirements()));
  b += fmt::format("<tr><th>Breaches reported</th><td class=\"num\">{} ({} late, {} missing)</td></tr>\n",
                   with_commas(total.breaches()), with_commas(total.late), with_commas(total.missing));
  if (s.include_met)
    b += fmt::format("<tr><th>Met on time reported</th><td class=\"num\">{}</td></tr>\n", with_commas(total.met));
  b += "</tbody>\n</table>\n";
  const auto table = [&](std::string_view heading, std::string_view key, bool by_rule) {
    b += fmt::format("<h3>{}</h3>\n<table class=\"sortable\">\n<thead><tr><th>standard</th><th>{}</th>"
                     "<th class=\"num\">breaches</th><th class=\"num\">late</th><th class=\"num\">missing</th>{}"
                     "</tr></thead>\n<tbody>\n",
                     heading, key, s.include_met ? "<th class=\"num\">met</th>" : "");
    const auto line = [&](std::string_view standard, std::string_view name, const Counts& c) {
      b += fmt::format("<tr><td>{}</td><td class=\"ids\">{}</td>", escaped(standard), escaped(name));
      for (const uint64_t n : {c.breaches(), c.late, c.missing})
        b += fmt::format("<td class=\"num\" data-v=\"{}\">{}</td>", n, with_commas(n));
      if (s.include_met) b += fmt::format("<td class=\"num\" data-v=\"{}\">{}</td>", c.met, with_commas(c.met));
      b += "</tr>\n";
    };
    for (const StandardSummary& st : s.standards) {
      line(st.name, "(all)", st.reported);
      for (const auto& [name, c] : by_rule ? st.by_rule() : st.by_measure()) line(st.name, name, c);
    }
    b += "</tbody>\n</table>\n";
  };
  table("By standard and measure", "measure", false);
  table("By standard and rule", "rule", true);
  b += "<p class=\"note\">Days late and overdue are calendar days from the due date (to the closure for a case "
       "closed before the audit date); working days too where the timescale is in working days. \"Counted from\" is "
       "the date the timescale ran from: the episode start, the trigger, or the previous record.</p>\n";
  b += "<h2 id=\"timelines\">Timelines</h2>\n";
  if (timelines_.empty()) {
    b += "<p>No case has a breach, so there is no timeline.</p>\n";
  } else {
    b += "<p>Each reported case's requirements under one standard: its episodes as bands on a time axis and each "
         "requirement as a mark at its due date; the table under each timeline says the same in words.</p>\n";
    html::append_timeline_legend(b);
    b += timelines_;
  }
  html::end_page(b);
  out_.flush();
}

}  // namespace ca
