// explain --format html: one case as a page (report/explain_writer.h): its
// facts and episodes, then per standard its timeline (report/html_timeline.h)
// and, as the timeline's text equivalent, every requirement in words.
#include <fmt/format.h>

#include <algorithm>
#include <vector>

#include "engine/scope.h"
#include "report/explain_words.h"
#include "report/explain_writer.h"
#include "report/html_chart.h"
#include "report/html_page.h"
#include "report/html_timeline.h"
#include "report/summary.h"
#include "standard/describe.h"

namespace ca {

using namespace explain_words;
using html::escaped;

namespace {

// "not yet due", "not evaluable": the outcome as a word for its column.
std::string_view outcome_word(Outcome o) {
  switch (o) {
    case Outcome::met: return "met";
    case Outcome::late: return "late";
    case Outcome::missing: return "missing";
    case Outcome::pending: return "not yet due";
    case Outcome::not_evaluable: return "not evaluable";
  }
  return "";
}

void case_facts(std::string& out, const Dataset& data, CaseIx ix, const Vocabulary& vocab, Date as_of) {
  const CaseView c = data.view(ix);
  const Case& k = c.info;
  const std::string_view team = data.name(k.team), worker = data.name(k.worker);
  out += fmt::format("<p class=\"meta\">team: {}; worker: {}<br>", team.empty() ? "(none)" : escaped(team),
                     worker.empty() ? "(none)" : escaped(worker));
  if (k.dob != kNoDate) out += fmt::format("born {}; ", k.dob.iso());
  out += k.open == kNoDate ? "open (no open date)" : fmt::format("open {}", k.open.iso());
  if (k.close != kOpenEnd)
    out += fmt::format("; closed {}{}", k.close.iso(), k.close < as_of ? ", before the audit date" : "");
  out += "</p>\n<h2>Episodes</h2>\n";
  if (c.episodes.empty()) {
    out += "<p>None.</p>\n";
    return;
  }
  out += "<table>\n<thead><tr><th>episode</th><th>type</th><th>start</th><th>end</th><th>tags</th><th>row</th>"
         "</tr></thead>\n<tbody>\n";
  for (const Episode* e : by_start(c.episodes)) {
    std::string tags;
    for (size_t bit = 0; bit < vocab.tags().size(); ++bit)
      if (e->tags & (TagMask{1} << bit)) tags += (tags.empty() ? "" : ", ") + vocab.tags()[bit].name;
    out += fmt::format(
        "<tr><td>{}</td><td class=\"ids\">{}</td><td class=\"date\">{}</td><td class=\"date\">{}{}</td><td>{}</td>"
        "<td>{}</td></tr>\n",
        escaped(episode_noun(e->type, Level::episode, vocab)), escaped(vocab.episode_types()[e->type].name),
        e->start.iso(), date_or_open(e->end), e->start > as_of ? " (starts after the audit date)" : "", escaped(tags),
        escaped(place(data, InputFile::episodes, e->line)));
  }
  out += "</tbody>\n</table>\n";
  if (const auto cla = vocab.periods_of_care()) {
    const std::vector<std::pair<Date, Date>> periods = periods_of_care(c.episodes, *cla);
    if (!periods.empty()) {
      out += "<p>Periods of care: ";
      for (size_t i = 0; i < periods.size(); ++i)
        out += fmt::format("{}{} to {}", i ? "; " : "", periods[i].first.iso(), date_or_open(periods[i].second));
      out += ".</p>\n";
    }
  }
}

}  // namespace

void write_explained_html(std::string& out, const ExplainedStandard& s, const Dataset& data, CaseIx ix,
                          const Vocabulary& vocab, Date as_of, std::string_view id) {
  const CaseView c = data.view(ix);
  const Standard& st = s.standard;
  if (s.explanation.requirements.empty()) out += "<p>No requirement owed.</p>\n";
  html::append_timeline(out, s, data, ix, vocab, as_of, id);
  if (!s.explanation.requirements.empty()) {
    out += "<table class=\"fixed\">\n<colgroup><col class=\"w-date\"><col class=\"w-rule\"><col class=\"w-status\">"
           "<col class=\"w-what\"><col></colgroup>\n<thead><tr><th>due</th><th>rule</th><th>outcome</th>"
           "<th>what happened</th><th>timescale, and what it was counted from</th></tr></thead>\n<tbody>\n";
    for (const ExplainedRequirement& e : s.explanation.requirements) {
      const Rule& rule = st.rules[e.req.rule];
      const std::string how = interval_text(rule, e, c, vocab);
      std::string from = (how.empty() ? std::string("counted from ") : how + "; counted from ") +
                         from_text(data, rule, e, c, vocab);
      if (e.req.outcome == Outcome::missing || e.req.outcome == Outcome::pending)
        from += rule.met_by_end ? "; waiting for the " + scope_noun(rule.scope, vocab) + " to end"
                                : "; waiting for " + describe_records(rule.records, vocab);
      out += fmt::format(
          "<tr><td class=\"date\">{}</td><td>{} <span class=\"ids\">({})</span></td><td class=\"status s-{}\">{}</td>"
          "<td>{}",
          e.req.due.iso(), escaped(rule.title), escaped(rule.id), outcome_name(e.req.outcome),
          outcome_word(e.req.outcome), escaped(outcome_text(data, rule, e, c, vocab, as_of, s.status[e.req.rule])));
      std::string notes;
      for (const RecordNote& n : e.records) {
        if (n.why == Why::met) continue;
        const Record& r = c.records[n.record];
        notes += fmt::format("<li>{}: {}</li>", escaped(record_text(data, vocab, r)), escaped(reason(vocab, rule, r, n)));
      }
      if (!notes.empty()) out += "<ul class=\"notcounted\" aria-label=\"records that did not count\">" + notes + "</ul>";
      out += fmt::format("</td><td>{}</td></tr>\n", escaped(from));
    }
    out += "</tbody>\n</table>\n";
    out += "<p class=\"note\">Under \"what happened\", each record of the rule's kinds that did not count, with the "
           "reason.</p>\n";
  }
  std::string others;
  for (const ExplainedRule& er : s.explanation.rules) {
    if (er.windows.empty()) continue;
    const Rule& rule = st.rules[er.rule];
    for (const RecordNote& n : er.others) {
      const Record& r = c.records[n.record];
      others += fmt::format("<li><span class=\"ids\">{}</span>: {}: {}</li>\n", escaped(rule.id),
                            escaped(record_text(data, vocab, r)), escaped(reason(vocab, rule, r, n)));
    }
  }
  if (!others.empty()) out += "<h4>Other records in a rule's time that did not count</h4>\n<ul>\n" + others + "</ul>\n";
  std::string not_owed;
  for (const ExplainedRule& r : s.explanation.rules)
    if (r.requirements == 0) not_owed += (not_owed.empty() ? "" : ", ") + escaped(st.rules[r.rule].id);
  if (!not_owed.empty())
    out += "<p class=\"note\">No requirement owed for this case under: <span class=\"ids\">" + not_owed +
           "</span></p>\n";
}

void write_case_html(std::string& out, const Dataset& data, CaseIx ix, const Vocabulary& vocab, Date as_of,
                     std::span<const ExplainedStandard> standards, std::string_view back) {
  const Case& k = data.cases[ix];
  html::begin_page(out, fmt::format("Case {} as of {}", k.id, as_of.iso()));
  if (!back.empty()) out += fmt::format("<p><a href=\"{}\">The sample</a></p>\n", html::url_segment(back));
  case_facts(out, data, ix, vocab, as_of);
  if (!standards.empty()) {
    out += "<h2>Requirements</h2>\n<p>Per standard, the case's episodes as bands on a time axis and each "
           "requirement as a mark at its due date; the table under each timeline says the same in words.</p>\n";
    html::append_timeline_legend(out);
  }
  for (size_t i = 0; i < standards.size(); ++i) {
    const ExplainedStandard& s = standards[i];
    out += fmt::format("<section>\n<h3>{} ({})</h3>\n", escaped(s.standard.name),
                       plural(s.standard.rules.size(), "rule", "rules"));
    write_explained_html(out, s, data, ix, vocab, as_of, fmt::format("s{}", i + 1));
    out += "</section>\n";
  }
  html::end_page(out);
}

}  // namespace ca
