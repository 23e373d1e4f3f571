#include "report/explain_writer.h"

#include <fmt/format.h>

#include <algorithm>

#include "report/cells.h"
#include "report/row.h"
#include "report/summary.h"
#include "standard/describe.h"

namespace ca {
namespace {

std::string text(std::string_view s) {
  std::string out;
  append_text(out, s);
  return out;
}

std::string date_or_open(Date d) { return d == kOpenEnd ? "(open)" : d.iso(); }

std::string_view name_of(const Dataset& data, uint32_t ix) {
  return ix < data.names.size() ? std::string_view(data.names[ix]) : std::string_view();
}

std::string record_type(const Vocabulary& vocab, const Record& r) {
  std::string name = vocab.record_types()[r.type].name;
  std::replace(name.begin(), name.end(), '_', ' ');
  return name;
}

std::string record_place(const Vocabulary& vocab, const Record& r) {
  return fmt::format("{}.csv line {}", record_file_name(vocab.file_of(r.type)), r.line);
}

// "visit of 2026-01-22 (visits.csv line 45)"
std::string record_text(const Vocabulary& vocab, const Record& r) {
  return fmt::format("{} of {} ({})", record_type(vocab, r), r.date.iso(), record_place(vocab, r));
}

// The name of a field's value as the export writes it: "Y", "N", "virtual".
std::string code_name(const Vocabulary& vocab, const Filter& f, uint8_t code) {
  if (f.kind == FieldKind::yes_no) return code == kCodeYes ? "Y" : code == kCodeNo ? "N" : "";
  const auto& values = vocab.fields(f.file)[f.decl].values;
  return code >= 1 && code <= values.size() ? values[code - 1].name : "";
}

// What the filter lets through: "Y", "home or placement", "anything but virtual".
std::string filter_wants(const Vocabulary& vocab, const Filter& f) {
  std::string names;
  for (size_t i = 0; i < f.values.size(); ++i)
    names += (i == 0 ? "" : i + 1 == f.values.size() ? " or " : ", ") + code_name(vocab, f, f.values[i]);
  if (f.kind == FieldKind::date) return "a date";
  return f.negate ? "anything but " + names : names;
}

// Why a record did not count, in words.
std::string reason(const Vocabulary& vocab, const Rule& rule, const Record& r, const RecordNote& n) {
  const bool of_otherwise = rule.otherwise &&
                            std::find(rule.records.types.begin(), rule.records.types.end(), r.type) ==
                                rule.records.types.end();
  const Selector& s = of_otherwise ? *rule.otherwise : rule.records;
  switch (n.why) {
    case Why::met: return "met it";
    case Why::blank: {
      const Filter& f = s.filters[n.filter];
      return fmt::format("{} is blank (the rule needs {}): unknown, not evidence", f.field, filter_wants(vocab, f));
    }
    case Why::excluded: {
      const Filter& f = s.filters[n.filter];
      const auto at = std::find(s.types.begin(), s.types.end(), r.type);
      const auto file = static_cast<size_t>(s.files[static_cast<size_t>(at - s.types.begin())]);
      return fmt::format("{} is {} (the rule needs {})", f.field, text(code_name(vocab, f, r.codes[f.slot[file]])),
                         filter_wants(vocab, f));
    }
    case Why::not_written: return fmt::format("{} is blank, so its write-up was not checked", rule.lag_field);
    case Why::outside: return fmt::format("dated outside the time the rule applies ({})", during(rule.scope, vocab));
    case Why::after_as_of: return "dated after the audit date";
    case Why::spare: return "counts, but no requirement was waiting for it";
    case Why::superseded:
      return fmt::format("counts only where no {} follows, and one did", describe_records(rule.records, vocab));
  }
  return "";
}

// "every 10 working days (child protection plan)", "within 45 working days".
std::string interval_text(const Rule& rule, const ExplainedRequirement& e, const CaseView& c,
                          const Vocabulary& vocab) {
  if (!e.interval) return "";
  const std::string& d = e.interval->text;
  std::string s;
  const bool none = e.interval->count == 0;  // "0 working days": the same (working) day
  const std::string same = e.interval->unit == Unit::working_days ? "the same working day" : "the same day";
  switch (rule.kind) {
    case Kind::recurring:  // "every month", not "every 1 month"
      s = e.first ? "within " + d : "every " + (d.starts_with("1 ") ? d.substr(2) : d);
      break;
    case Kind::deadline: s = none ? (rule.met_by_end ? "closed " : "done ") + same : (rule.met_by_end ? "closed within " : "within ") + d; break;
    case Kind::lead_time: s = none ? "on or before the day" : d + " before"; break;
    case Kind::recording_lag: s = none ? "written up " + same : "written up within " + d; break;
    case Kind::age: s = "by the age of " + d; break;
  }
  if (e.interval_type != kNone) {
    s += fmt::format(", set by the {}", episode_noun(e.interval_type, Level::episode, vocab));
    // A plan that began after the date counted from (a step-down, a new plan):
    // say when, since it was not open then.
    bool open_then = false;
    Date began = kNoDate;
    for (const Episode& ep : c.episodes) {
      if (ep.type != e.interval_type) continue;
      if (ep.start <= e.req.anchor && e.req.anchor <= ep.end) open_then = true;
      if (ep.start > e.req.anchor && ep.start <= e.req.due && began == kNoDate) began = ep.start;
    }
    if (!open_then && began != kNoDate) s += fmt::format(" from {}", began.iso());
  }
  return s;
}

// "2026-01-05, the start of the child protection plan"
std::string from_text(const Rule& rule, const ExplainedRequirement& e, const CaseView& c, const Vocabulary& vocab) {
  const Date at = e.req.anchor;
  const bool case_level = rule.scope.level == Level::case_open;
  const auto the = [](const std::string& s) {  // "the start of each X" -> "the start of the X"
    for (std::string_view p : {std::string_view("the start of each "), std::string_view("the end of each ")})
      if (s.rfind(p, 0) == 0) return std::string(p.substr(0, p.size() - 5)) + "the " + s.substr(p.size());
    return s;
  };
  switch (e.from) {
    case From::dob: return fmt::format("{}, the date of birth", at.iso());
    case From::window_end: return fmt::format("{}, {}", at.iso(), the(scope_end(rule.scope, vocab)));
    case From::window_start:
      if (e.interval_type != kNone && at != e.window.start)
        return fmt::format("{}, the start of the {}", at.iso(), episode_noun(e.interval_type, Level::episode, vocab));
      if (case_level && rule.scope.while_types == 0) {
        if (at == c.info.open) return fmt::format("{}, the date the case opened", at.iso());
        return fmt::format("{}, the start of the time the rule applies ({})", at.iso(), during(rule.scope, vocab));
      }
      return fmt::format("{}, {}", at.iso(), the(scope_start(rule.scope, vocab)));
    case From::record:
      if (e.from_record < 0) return at.iso();
      return fmt::format("the {}", record_text(vocab, c.records[static_cast<size_t>(e.from_record)]));
  }
  return at.iso();
}

// "late: the visit of 2026-01-22 (visits.csv line 45), 3 days late (1 working day)"
std::string outcome_text(const Rule& rule, const ExplainedRequirement& e, const CaseView& c, const Vocabulary& vocab,
                         Date as_of, const RuleStatus& status) {
  const Requirement& q = e.req;
  const std::string wd = e.working_days_late >= 0
                             ? fmt::format(" ({})", plural(static_cast<uint64_t>(e.working_days_late), "working day",
                                                           "working days"))
                             : std::string();
  std::string by;  // what met it
  if (rule.met_by_end) {
    by = fmt::format("closed {}", q.met.iso());
  } else if (rule.kind == Kind::recording_lag) {
    by = fmt::format("written up {}", q.met.iso());
  } else {
    by = fmt::format("done {}", q.met.iso());
    for (const RecordNote& n : e.records) {
      if (n.why != Why::met) continue;
      by = "the " + record_text(vocab, c.records[n.record]);
      if (rule.kind == Kind::recurring && c.records[n.record].date < q.anchor) by += ", made before the count began (in the rule's time, it counts)";
    }
  }
  const auto days = [](int32_t n) { return plural(static_cast<uint64_t>(std::max(0, n)), "day", "days"); };
  switch (q.outcome) {
    case Outcome::met: return "met: " + by;
    case Outcome::late: return fmt::format("late: {}, {} late{}", by, days(days_between(q.due, q.met)), wd);
    case Outcome::missing:
      if (c.info.close < as_of && q.due < c.info.close)  // owed while the case was open
        return fmt::format("missing: not done by the case's closure on {}, {} overdue then{}", c.info.close.iso(),
                           days(days_between(q.due, c.info.close)), wd);
      return fmt::format("missing: not done by the audit date, {} overdue{}", days(days_between(q.due, as_of)), wd);
    case Outcome::pending: return fmt::format("not yet due: nothing has met it by the audit date {}", as_of.iso());
    case Outcome::not_evaluable: return "not evaluable from this export: " + status.why;
  }
  return "";
}

}  // namespace

void write_case_text(std::string& out, const Dataset& data, CaseIx ix, const Vocabulary& vocab, Date as_of) {
  const CaseView c = data.view(ix);
  const Case& k = c.info;
  out += fmt::format("Case {} as of {}\n", text(k.id), as_of.iso());
  const std::string_view team = name_of(data, k.team), worker = name_of(data, k.worker);
  out += fmt::format("  team: {}; worker: {}\n", team.empty() ? "(none)" : text(team),
                     worker.empty() ? "(none)" : text(worker));
  std::string dates = "  ";
  if (k.dob != kNoDate) dates += fmt::format("born {}; ", k.dob.iso());
  dates += k.open == kNoDate ? "open (no open date)" : fmt::format("open {}", k.open.iso());
  if (k.close != kOpenEnd) dates += fmt::format("; closed {}{}", k.close.iso(), k.close < as_of ? ", before the audit date" : "");
  out += dates + "\n";
  out += c.episodes.empty() ? "  Episodes: none\n" : "  Episodes:\n";
  size_t w = 0;
  for (const Episode& e : c.episodes) w = std::max(w, vocab.episode_types()[e.type].name.size());
  std::vector<const Episode*> by_start;  // stored by type, then start: shown in date order
  for (const Episode& e : c.episodes) by_start.push_back(&e);
  std::stable_sort(by_start.begin(), by_start.end(),
                   [](const Episode* a, const Episode* b) { return a->start < b->start; });
  for (const Episode* ep : by_start) {
    const Episode& e = *ep;
    std::string line = fmt::format("{:<{}}  {} to {}  (episodes.csv line {})", vocab.episode_types()[e.type].name, w,
                                   e.start.iso(), date_or_open(e.end), e.line);
    if (e.start > as_of) line += " (starts after the audit date)";
    std::string tags;
    for (size_t bit = 0; bit < vocab.tags().size(); ++bit)
      if (e.tags & (TagMask{1} << bit)) tags += (tags.empty() ? "" : ", ") + vocab.tags()[bit].name;
    if (!tags.empty()) line += " tags: " + tags;
    append_wrapped(out, 4, line);
  }
  if (const auto cla = vocab.periods_of_care()) {
    // Placements that follow on without a gap are one period of care.
    std::vector<std::pair<Date, Date>> periods;
    for (const Episode& e : c.episodes) {
      if (e.type != *cla) continue;
      if (!periods.empty() && (periods.back().second == kOpenEnd || e.start.days() <= periods.back().second.days() + 1))
        periods.back().second = std::max(periods.back().second, e.end);
      else
        periods.emplace_back(e.start, e.end);
    }
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
  out += fmt::format("\n== {} ({}) ==\n", text(st.name), plural(st.rules.size(), "rule", "rules"));
  if (s.explanation.requirements.empty()) out += "\nNo requirement owed.\n";
  for (const ExplainedRequirement& e : s.explanation.requirements) {
    const Rule& rule = st.rules[e.req.rule];
    out += '\n';
    append_wrapped(out, 0, fmt::format("due {}  {} ({})", e.req.due.iso(), text(rule.title), text(rule.id)));
    append_wrapped(out, 4, outcome_text(rule, e, c, vocab, as_of, s.status[e.req.rule]));
    std::string how = interval_text(rule, e, c, vocab);
    append_wrapped(out, 4, (how.empty() ? std::string("counted from ") : how + "; counted from ") +
                               from_text(rule, e, c, vocab));
    if (e.req.outcome == Outcome::missing || e.req.outcome == Outcome::pending) {
      // What would have met it.
      append_wrapped(out, 4, rule.met_by_end ? "waiting for the " + scope_noun(rule.scope, vocab) + " to end"
                                             : "waiting for " + describe_records(rule.records, vocab));
    }
    for (const RecordNote& n : e.records) {
      const Record& r = c.records[n.record];
      if (n.why == Why::met) continue;  // on the outcome's line
      append_wrapped(out, 4, fmt::format("not counted: {}: {}", record_text(vocab, r), reason(vocab, rule, r, n)));
    }
  }
  // Rules with no requirement for the case, and records no requirement explains.
  std::string not_owed;
  for (const ExplainedRule& r : s.explanation.rules)
    if (r.requirements == 0) not_owed += (not_owed.empty() ? "" : ", ") + text(st.rules[r.rule].id);
  bool heading = false;
  for (const ExplainedRule& er : s.explanation.rules) {
    if (er.windows.empty() || er.others.empty()) continue;
    const Rule& rule = st.rules[er.rule];
    if (!heading) out += "\nOther records in a rule's time that did not count:\n";
    heading = true;
    for (const RecordNote& n : er.others) {
      const Record& r = c.records[n.record];
      append_wrapped(out, 2, fmt::format("{}: {}: {}", text(rule.id), record_text(vocab, r), reason(vocab, rule, r, n)));
    }
  }
  if (!not_owed.empty()) {
    out += '\n';
    append_wrapped(out, 0, "No requirement owed for this case under: " + not_owed);
  }
}

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
    if (d == kNoDate || d == kOpenEnd) out += "null";
    else append_json_string(out, d.iso());
  };
  const auto record = [&](const Record& r) {
    out += '{';
    str("type", vocab.record_types()[r.type].name);
    out += ',';
    date("date", r.date);
    out += ',';
    str("file", fmt::format("{}.csv", record_file_name(vocab.file_of(r.type))));
    out += fmt::format(",\"line\":{}", r.line);
  };
  out += '{';
  str("case_id", k.id);
  out += ',';
  date("as_of", as_of);
  out += ',';
  str("team", name_of(data, k.team));
  out += ',';
  str("worker", name_of(data, k.worker));
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
    out += fmt::format("],\"line\":{}}}", e.line);
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
        const Date until = e.req.outcome == Outcome::late                              ? e.req.met
                           : c.info.close < as_of && e.req.due < c.info.close ? c.info.close
                                                                                : as_of;
        out += fmt::format(",\"days_late\":{}", std::max(0, days_between(e.req.due, until)));
        if (e.working_days_late >= 0) out += fmt::format(",\"working_days_late\":{}", e.working_days_late);
      }
      out += ',';
      str("timescale", interval_text(rule, e, c, vocab));
      out += ',';
      str("counted_from", from_text(rule, e, c, vocab));
      out += ',';
      str("outcome", outcome_text(rule, e, c, vocab, as_of, s.status[e.req.rule]));
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
