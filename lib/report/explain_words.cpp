#include "report/explain_words.h"

#include <fmt/format.h>

#include <algorithm>

#include "report/cells.h"
#include "report/row.h"
#include "report/summary.h"
#include "standard/describe.h"

namespace ca::explain_words {

std::string date_or_open(Date d) { return d == kOpenEnd ? "(open)" : d.iso(); }

static std::string record_type(const Vocabulary& vocab, const Record& r) {
  std::string name = vocab.record_types()[r.type()].name;
  std::replace(name.begin(), name.end(), '_', ' ');
  return name;
}

std::string file_name(std::string_view path) {
  const size_t slash = path.rfind('/');
  return std::string(slash == std::string_view::npos ? path : path.substr(slash + 1));
}

std::string place(const Dataset& data, InputFile f, uint32_t ref) {
  const Located at = data.locate(f, ref);
  return fmt::format("{} line {}", terminal_text(file_name(at.path)), at.line);
}

// "visit of 2026-01-22 (visits.csv line 45)"
std::string record_text(const Dataset& data, const Vocabulary& vocab, const Record& r) {
  return fmt::format("{} of {} ({})", record_type(vocab, r), r.date().iso(),
                     place(data, input_file_of(vocab.file_of(r.type())), r.line));
}

// The name of a field's value as the export writes it: "Y", "N", "virtual".
static std::string code_name(const Vocabulary& vocab, const Filter& f, uint8_t code) {
  if (f.kind == FieldKind::yes_no) return code == kCodeYes ? "Y" : code == kCodeNo ? "N" : "";
  const auto& values = vocab.fields(f.file)[f.decl].values;
  return code >= 1 && code <= values.size() ? values[code - 1].name : "";
}

// What the filter lets through: "Y", "home or placement", "anything but virtual".
static std::string filter_wants(const Vocabulary& vocab, const Filter& f) {
  std::string names;
  for (size_t i = 0; i < f.values.size(); ++i)
    names += (i == 0 ? "" : i + 1 == f.values.size() ? " or " : ", ") + code_name(vocab, f, f.values[i]);
  if (f.kind == FieldKind::date) return "a date";
  return f.negate ? "anything but " + names : names;
}

// Why a record did not count, in words.
std::string reason(const Vocabulary& vocab, const Rule& rule, const Record& r, const RecordNote& n) {
  const Selector& s = n.otherwise ? *rule.otherwise : rule.records;
  switch (n.why) {
    case Why::met: return "met it";
    case Why::blank: {
      const Filter& f = s.filters[n.filter];
      return fmt::format("{} is blank (the rule needs {}): unknown, not evidence", f.field, filter_wants(vocab, f));
    }
    case Why::excluded: {
      const Filter& f = s.filters[n.filter];
      const auto at = std::find(s.types.begin(), s.types.end(), r.type());
      const auto file = static_cast<size_t>(s.files[static_cast<size_t>(at - s.types.begin())]);
      return fmt::format("{} is {} (the rule needs {})", f.field, terminal_text(code_name(vocab, f, r.code(f.slot[file]))),
                         filter_wants(vocab, f));
    }
    case Why::not_written: return fmt::format("{} is blank, so its write-up was not checked", rule.lag_field);
    case Why::outside: return fmt::format("dated outside the time the rule applies ({})", during(rule.scope, vocab));
    case Why::after_as_of: return "dated after the audit date";
    case Why::spare:
      // An age rule counts the latest record by the due date (else the first after it).
      if (rule.kind == Kind::age) return "counts, but the record taken is the latest by the due date (else the first after it)";
      return "counts, but no requirement was waiting for it";
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
std::string from_text(const Dataset& data, const Rule& rule, const ExplainedRequirement& e, const CaseView& c, const Vocabulary& vocab) {
  const Date at = e.req.anchor;
  const bool case_level = rule.scope.level == Level::case_open;
  switch (e.from) {
    case From::dob: return fmt::format("{}, the date of birth", at.iso());
    case From::window_end: return fmt::format("{}, {}", at.iso(), scope_end(rule.scope, vocab, true));
    case From::window_start:
      if (e.interval_type != kNone && at != e.window.start)
        return fmt::format("{}, the start of the {}", at.iso(), episode_noun(e.interval_type, Level::episode, vocab));
      if (case_level && rule.scope.while_types == 0) {
        if (at == c.info.open) return fmt::format("{}, the date the case opened", at.iso());
        return fmt::format("{}, the start of the time the rule applies ({})", at.iso(), during(rule.scope, vocab));
      }
      return fmt::format("{}, {}", at.iso(), scope_start(rule.scope, vocab, true));
    case From::record:
      if (e.from_record < 0) return at.iso();
      return fmt::format("the {}", record_text(data, vocab, c.records[static_cast<size_t>(e.from_record)]));
  }
  return at.iso();
}

// "late: the visit of 2026-01-22 (visits.csv line 45), 3 days late (1 working day)"
std::string outcome_text(const Dataset& data, const Rule& rule, const ExplainedRequirement& e, const CaseView& c, const Vocabulary& vocab,
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
      by = "the " + record_text(data, vocab, c.records[n.record]);
      if (rule.kind == Kind::recurring && c.records[n.record].date() < q.anchor) by += ", made before the count began (in the rule's time, it counts)";
    }
  }
  const auto days = [](int32_t n) { return plural(static_cast<uint64_t>(std::max(0, n)), "day", "days"); };
  switch (q.outcome) {
    case Outcome::met: return "met: " + by;
    case Outcome::late: return fmt::format("late: {}, {} late{}", by, days(days_between(q.due, q.met)), wd);
    case Outcome::missing:
      if (late_until(c.info, q, as_of) != as_of)  // owed while the case was open, until its closure
        return fmt::format("missing: not done by the case's closure on {}, {} overdue then{}", c.info.close.iso(),
                           days(days_between(q.due, c.info.close)), wd);
      return fmt::format("missing: not done by the audit date, {} overdue{}", days(days_between(q.due, as_of)), wd);
    case Outcome::pending: return fmt::format("not yet due: nothing has met it by the audit date {}", as_of.iso());
    case Outcome::not_evaluable: return "not evaluable from this export: " + status.why;
  }
  return "";
}

}  // namespace ca::explain_words
