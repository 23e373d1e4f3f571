#include "report/explain_writer.h"

#include <fmt/format.h>

#include <algorithm>
#include <vector>

#include "engine/scope.h"
#include "report/cells.h"
#include "report/explain_words.h"
#include "report/summary.h"
#include "standard/describe.h"

namespace ca {

using namespace explain_words;

void write_case_text(std::string& out, const Dataset& data, CaseIx ix, const Vocabulary& vocab, Date as_of) {
  const CaseView c = data.view(ix);
  const Case& k = c.info;
  out += fmt::format("Case {} as of {}\n", terminal_text(k.id), as_of.iso());
  const std::string_view team = data.name(k.team), worker = data.name(k.worker);
  out += fmt::format("  team: {}; worker: {}\n", team.empty() ? "(none)" : terminal_text(team),
                     worker.empty() ? "(none)" : terminal_text(worker));
  std::string dates = "  ";
  if (k.dob != kNoDate) dates += fmt::format("born {}; ", k.dob.iso());
  dates += k.open == kNoDate ? "open (no open date)" : fmt::format("open {}", k.open.iso());
  if (k.close != kOpenEnd) dates += fmt::format("; closed {}{}", k.close.iso(), k.close < as_of ? ", before the audit date" : "");
  out += dates + "\n";
  out += c.episodes.empty() ? "  Episodes: none\n" : "  Episodes:\n";
  size_t w = 0;
  for (const Episode& e : c.episodes) w = std::max(w, vocab.episode_types()[e.type].name.size());
  for (const Episode* ep : by_start(c.episodes)) {
    const Episode& e = *ep;
    std::string line = fmt::format("{:<{}}  {} to {}  ({})", vocab.episode_types()[e.type].name, w, e.start.iso(),
                                   date_or_open(e.end), place(data, InputFile::episodes, e.line));
    if (e.start > as_of) line += " (starts after the audit date)";
    std::string tags;
    for (size_t bit = 0; bit < vocab.tags().size(); ++bit)
      if (e.tags & (TagMask{1} << bit)) tags += (tags.empty() ? "" : ", ") + vocab.tags()[bit].name;
    if (!tags.empty()) line += " tags: " + tags;
    append_wrapped(out, 4, line);
  }
  if (const auto cla = vocab.periods_of_care()) {
    // Placements that follow on without a gap are one period of care.
    const std::vector<std::pair<Date, Date>> periods = periods_of_care(c.episodes, *cla);
    if (!periods.empty()) {
      out += "  Periods of care:\n";
      for (const auto& [from, to] : periods) out += fmt::format("    {} to {}\n", from.iso(), date_or_open(to));
    }
  }
}

void write_explained_text(std::string& out, const ExplainedStandard& s, const Dataset& data, CaseIx ix,
                          const Vocabulary& vocab, Date as_of) {
  const CaseView c = data.view(ix);
  const Standard& st = s.standard;
  out += fmt::format("\n== {} ({}) ==\n", terminal_text(st.name), plural(st.rules.size(), "rule", "rules"));
  if (s.explanation.requirements.empty()) out += "\nNo requirement owed.\n";
  for (const ExplainedRequirement& e : s.explanation.requirements) {
    const Rule& rule = st.rules[e.req.rule];
    out += '\n';
    append_wrapped(out, 0, fmt::format("due {}  {} ({})", e.req.due.iso(), terminal_text(rule.title), terminal_text(rule.id)));
    append_wrapped(out, 4, outcome_text(data, rule, e, c, vocab, as_of, s.status[e.req.rule]));
    std::string how = interval_text(rule, e, c, vocab);
    append_wrapped(out, 4, (how.empty() ? std::string("counted from ") : how + "; counted from ") +
                               from_text(data, rule, e, c, vocab));
    if (e.req.outcome == Outcome::missing || e.req.outcome == Outcome::pending) {
      // What would have met it.
      append_wrapped(out, 4, rule.met_by_end ? "waiting for the " + scope_noun(rule.scope, vocab) + " to end"
                                             : "waiting for " + describe_records(rule.records, vocab));
    }
    for (const RecordNote& n : e.records) {
      const Record& r = c.records[n.record];
      if (n.why == Why::met) continue;  // on the outcome's line
      append_wrapped(out, 4, fmt::format("not counted: {}: {}", record_text(data, vocab, r), reason(vocab, rule, r, n)));
    }
  }
  // Rules with no requirement for the case, and records no requirement explains.
  std::string not_owed;
  for (const ExplainedRule& r : s.explanation.rules)
    if (r.requirements == 0) not_owed += (not_owed.empty() ? "" : ", ") + terminal_text(st.rules[r.rule].id);
  bool heading = false;
  for (const ExplainedRule& er : s.explanation.rules) {
    if (er.windows.empty() || er.others.empty()) continue;
    const Rule& rule = st.rules[er.rule];
    if (!heading) out += "\nOther records in a rule's time that did not count:\n";
    heading = true;
    for (const RecordNote& n : er.others) {
      const Record& r = c.records[n.record];
      append_wrapped(out, 2, fmt::format("{}: {}: {}", terminal_text(rule.id), record_text(data, vocab, r), reason(vocab, rule, r, n)));
    }
  }
  if (!not_owed.empty()) {
    out += '\n';
    append_wrapped(out, 0, "No requirement owed for this case under: " + not_owed);
  }
}

}  // namespace ca
