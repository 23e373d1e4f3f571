// explain --format json: the case and its requirements as one object, in the
// words of the text (report/explain_words.h).
#include <fmt/format.h>

#include <algorithm>

#include "report/cells.h"
#include "report/explain_words.h"
#include "report/explain_writer.h"
#include "report/row.h"
#include "standard/describe.h"

namespace ca {

using namespace explain_words;

void write_case_json(std::string& out, const Dataset& data, CaseIx ix, const Vocabulary& vocab, Date as_of,
                     std::span<const ExplainedStandard> standards) {
  const CaseView c = data.view(ix);
  const Case& k = c.info;
  const auto str = [&](std::string_view key, std::string_view value) {
    append_json_string(out, key);
    out += ':';
    append_json_string(out, value);
  };
  const auto date = [&](std::string_view key, Date d) {
    append_json_string(out, key);
    out += ':';
    append_json_date(out, d);
  };
  const auto record = [&](const Record& r) {
    out += '{';
    str("type", vocab.record_types()[r.type()].name);
    out += ',';
    date("date", r.date());
    out += ',';
    const Located at = data.locate(input_file_of(vocab.file_of(r.type())), r.line);
    str("file", file_name(at.path));
    out += fmt::format(",\"line\":{}", at.line);
  };
  out += '{';
  str("case_id", k.id);
  out += ',';
  date("as_of", as_of);
  out += ',';
  str("team", data.name(k.team));
  out += ',';
  str("worker", data.name(k.worker));
  out += ',';
  date("dob", k.dob);
  out += ',';
  date("open_date", k.open);
  out += ',';
  date("close_date", k.close);
  out += ",\"episodes\":[";
  for (size_t i = 0; i < c.episodes.size(); ++i) {
    const Episode& e = c.episodes[i];
    out += i ? ",{" : "{";
    str("episode_type", vocab.episode_types()[e.type].name);
    out += ',';
    date("start_date", e.start);
    out += ',';
    date("end_date", e.end);
    out += ",\"tags\":[";
    bool any = false;
    for (size_t bit = 0; bit < vocab.tags().size(); ++bit) {
      if (!(e.tags & (TagMask{1} << bit))) continue;
      if (any) out += ',';
      append_json_string(out, vocab.tags()[bit].name);
      any = true;
    }
    const Located at = data.locate(InputFile::episodes, e.line);
    out += "],";
    str("file", file_name(at.path));
    out += fmt::format(",\"line\":{}}}", at.line);
  }
  out += "],\"standards\":[";
  for (size_t si = 0; si < standards.size(); ++si) {
    const ExplainedStandard& s = standards[si];
    const Standard& st = s.standard;
    out += si ? ",{" : "{";
    str("standard", st.name);
    out += ",\"requirements\":[";
    for (size_t i = 0; i < s.explanation.requirements.size(); ++i) {
      const ExplainedRequirement& e = s.explanation.requirements[i];
      const Rule& rule = st.rules[e.req.rule];
      out += i ? ",{" : "{";
      str("rule_id", rule.id);
      out += ',';
      str("title", rule.title);
      out += ',';
      str("measure", rule.measure < vocab.measures().size() ? vocab.measures()[rule.measure].name : "");
      out += ',';
      if (e.req.episode_type == kNone) out += "\"episode_type\":null";
      else str("episode_type", vocab.episode_types()[e.req.episode_type].name);
      out += ',';
      str("status", outcome_name(e.req.outcome));
      out += ',';
      date("anchor_date", e.req.anchor);
      out += ',';
      date("due_date", e.req.due);
      out += ',';
      date("met_date", e.req.met);
      out += fmt::format(",\"days_overdue\":{}", days_overdue(e.req.outcome, e.req.due, e.req.met, as_of));
      // days_overdue as the CSV counts it (to the audit date); days_late and
      // working_days_late as the text does (to the closure for a requirement owed
      // while a case that has closed was open).
      if (e.req.outcome == Outcome::late || e.req.outcome == Outcome::missing) {
        const Date until = late_until(c.info, e.req, as_of);
        out += fmt::format(",\"days_late\":{}", std::max(0, days_between(e.req.due, until)));
        if (e.working_days_late >= 0) out += fmt::format(",\"working_days_late\":{}", e.working_days_late);
      }
      out += ',';
      str("timescale", interval_text(rule, e, c, vocab));
      out += ',';
      str("counted_from", from_text(data, rule, e, c, vocab));
      out += ',';
      str("outcome", outcome_text(data, rule, e, c, vocab, as_of, s.status[e.req.rule]));
      if (e.req.outcome == Outcome::missing || e.req.outcome == Outcome::pending) {
        out += ',';
        str("waiting_for", rule.met_by_end ? "the " + scope_noun(rule.scope, vocab) + " to end"
                                           : describe_records(rule.records, vocab));
      }
      out += ",\"records\":[";
      for (size_t j = 0; j < e.records.size(); ++j) {
        const Record& r = c.records[e.records[j].record];
        if (j) out += ',';
        record(r);
        out += fmt::format(",\"counted\":{},", e.records[j].why == Why::met ? "true" : "false");
        str("reason", reason(vocab, rule, r, e.records[j]));
        out += '}';
      }
      out += "]}";
    }
    out += "],\"other_records\":[";
    bool any = false;
    for (const ExplainedRule& er : s.explanation.rules) {
      if (er.windows.empty()) continue;
      const Rule& rule = st.rules[er.rule];
      for (const RecordNote& n : er.others) {
        const Record& r = c.records[n.record];
        if (any) out += ',';
        any = true;
        record(r);
        out += ',';
        str("rule_id", rule.id);
        out += ',';
        str("reason", reason(vocab, rule, r, n));
        out += '}';
      }
    }
    out += "],\"not_owed\":[";
    any = false;
    for (const ExplainedRule& er : s.explanation.rules) {
      if (er.requirements != 0) continue;
      if (any) out += ',';
      any = true;
      append_json_string(out, st.rules[er.rule].id);
    }
    out += "]}";
  }
  out += "]}";
}

}  // namespace ca
