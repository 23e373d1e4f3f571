#include "engine/explain.h"

#include <algorithm>

#include "calendar/calendar.h"
#include "engine/qualify.h"

namespace ca {
namespace {

bool has_type(const Selector& s, TypeId t) { return std::find(s.types.begin(), s.types.end(), t) != s.types.end(); }

// The first record of the case dated `d` that qualifies for `s` (-1: none).
int64_t record_on(const CaseView& c, Date d, const Selector& s) {
  for (size_t i = 0; i < c.records.size(); ++i)
    if (c.records[i].date() == d && qualifies(c.records[i], s)) return static_cast<int64_t>(i);
  return -1;
}

// The record a requirement names (its line and, unless a recording lag, its date).
int64_t met_record(const CaseView& c, const Rule& rule, const Requirement& q) {
  if (q.record_line == 0) return -1;
  for (size_t i = 0; i < c.records.size(); ++i) {
    const Record& r = c.records[i];
    if (r.line != q.record_line) continue;
    const bool own = rule.kind == Kind::recording_lag ? r.date() == q.anchor : r.date() == q.met;
    if (own && (has_type(rule.records, r.type()) || (rule.otherwise && has_type(*rule.otherwise, r.type()))))
      return static_cast<int64_t>(i);
  }
  return -1;
}

// What a requirement was counted from; `same_rule`: the rule's requirements
// for the case (one of them may have been met on this one's anchor).
void find_from(const Rule& rule, const CaseView& c, std::span<const Requirement> same_rule, ExplainedRequirement& e) {
  const Requirement& q = e.req;
  const auto from_record = [&](int64_t i) {
    e.from = From::record;
    e.from_record = i;
  };
  switch (rule.kind) {
    case Kind::age: e.from = From::dob; return;
    case Kind::recording_lag: from_record(met_record(c, rule, q)); return;
    case Kind::lead_time:
    case Kind::deadline:
      e.first = true;
      if (rule.trigger.kind == TriggerKind::record) return from_record(record_on(c, q.anchor, rule.trigger.record));
      if (rule.trigger.kind == TriggerKind::end) {
        e.from = From::window_end;
        return;
      }
      if (rule.anchor) return from_record(record_on(c, q.anchor, *rule.anchor));
      e.from = From::window_start;
      return;
    case Kind::recurring:
      // The previous requirement's record, when one met it on this day.
      for (const Requirement& p : same_rule) {
        const bool itself = p.anchor == q.anchor && p.due == q.due && p.episode_type == q.episode_type;
        if (!itself && p.met == q.anchor && p.record_line != 0) return from_record(met_record(c, rule, p));
      }
      e.first = true;  // not counted from a previous record: the first of its window
      if (rule.anchor) {
        const int64_t i = record_on(c, q.anchor, *rule.anchor);
        if (i >= 0) return from_record(i);
      }
      e.from = From::window_start;  // the window's, or (every_while_open) the plan's, start
      return;
  }
}

bool inside(const std::vector<Window>& ws, Date d) {
  return std::any_of(ws.begin(), ws.end(), [&](const Window& w) { return w.start <= d && d <= w.end; });
}

// The window a requirement belongs to: the first holding its anchor (an age
// rule's: its due date), else the first.
Window window_of(const Rule& rule, const std::vector<Window>& ws, const Requirement& q) {
  const Date d = rule.kind == Kind::age ? q.due : q.anchor;
  for (const Window& w : ws)
    if (w.start <= d && d <= w.end) return w;
  return ws.empty() ? Window{} : ws.front();
}

// The dates a requirement's evidence is looked for in: from what it was
// counted from (less a look-back) to the record that met it, or onwards.
// A lead time's record comes before its meeting.
bool in_span(const Rule& rule, const Requirement& q, Date d, const Calendar& cal) {
  const bool met = q.outcome == Outcome::met || q.outcome == Outcome::late;
  if (rule.kind == Kind::lead_time) return d <= (met ? q.met : q.anchor);
  if (rule.kind == Kind::age) return !met || d <= q.met;
  const Date from = rule.look_back ? subtract_duration(q.anchor, *rule.look_back, cal) : q.anchor;
  return from <= d && (!met || d <= q.met);
}

}  // namespace

Date late_until(const Case& c, const Requirement& q, Date as_of) {
  if (q.outcome == Outcome::late) return q.met;
  return c.close < as_of && q.due < c.close ? c.close : as_of;
}

Timescale timescale_of(const Rule& rule, const Requirement& q, const Calendar& cal) {
  switch (rule.kind) {
    case Kind::recurring: {
      for (const EveryWhileOpen& e : rule.every_while_open)
        if (e.episode_type == q.episode_type) return {&e.every, e.episode_type};
      const auto lands = [&](const Duration& d) { return add_duration(q.anchor, d, cal) == q.due; };
      if (rule.first && lands(*rule.first)) return {&*rule.first, kNone};
      for (const Duration& d : rule.schedule)
        if (lands(d)) return {&d, kNone};
      for (const Phase& p : rule.phases)
        if (lands(p.every)) return {&p.every, kNone};
      return {};
    }
    case Kind::deadline: return {&rule.within, kNone};
    case Kind::lead_time: return {&rule.before, kNone};
    case Kind::recording_lag:
      for (const LimitWhenOpen& l : rule.limit_when_open)
        if (l.episode_type == q.episode_type) return {&l.limit, l.episode_type};
      return {&rule.limit, kNone};
    case Kind::age: return {&rule.at_age, kNone};
  }
  return {};
}

CaseExplanation explain_case(const Standard& standard, const CaseView& c, std::span<const Requirement> reqs,
                             const EvalContext& ctx) {
  CaseExplanation out;
  out.requirements.resize(reqs.size());
  for (size_t i = 0; i < reqs.size(); ++i) out.requirements[i].req = reqs[i];
  const uint8_t cla = ctx.vocab.periods_of_care().value_or(kNone);

  for (uint16_t ix = 0; ix < standard.rules.size(); ++ix) {
    const Rule& rule = standard.rules[ix];
    ExplainedRule er;
    er.rule = ix;
    Windows windows(rule.scope, c, ctx.as_of, cla);
    for (Window w; windows.next(w);) er.windows.push_back(w);

    std::vector<size_t> mine;  // this rule's requirements, in the order given
    std::vector<Requirement> same_rule;
    for (size_t i = 0; i < reqs.size(); ++i) {
      if (reqs[i].rule != ix) continue;
      mine.push_back(i);
      same_rule.push_back(reqs[i]);
    }
    er.requirements = static_cast<uint32_t>(mine.size());
    std::vector<int64_t> met_by(mine.size());  // the record each of mine names
    for (size_t m = 0; m < mine.size(); ++m) met_by[m] = met_record(c, rule, reqs[mine[m]]);
    for (size_t i : mine) {
      ExplainedRequirement& e = out.requirements[i];
      const Timescale in = timescale_of(rule, e.req, ctx.calendar);
      e.interval = in.duration;
      e.interval_type = in.episode_type;
      e.window = window_of(rule, er.windows, e.req);
      find_from(rule, c, same_rule, e);
      if (e.interval && e.interval->unit == Unit::working_days &&
          (e.req.outcome == Outcome::late || e.req.outcome == Outcome::missing))
        e.working_days_late =
            std::max(0, ctx.calendar.working_days_between(e.req.due, late_until(c.info, e.req, ctx.as_of)));
    }

    // Every record of the rule's kinds: the one each requirement names, and
    // why each of the others did not count.
    for (uint32_t k = 0; k < c.records.size(); ++k) {
      const Record& r = c.records[k];
      const bool of_records = has_type(rule.records, r.type());
      const bool of_otherwise = rule.otherwise && has_type(*rule.otherwise, r.type());
      if (!of_records && !of_otherwise) continue;
      RecordNote note{k, Why::spare, 0, !of_records};
      size_t owner = reqs.size();
      // The record that met a requirement is named under each it met (one
      // record can meet two: the same plan quality-assured for two triggers).
      for (size_t m = 0; m < mine.size(); ++m) {
        if (met_by[m] != static_cast<int64_t>(k)) continue;
        if (owner != reqs.size()) out.requirements[owner].records.push_back({k, Why::met, 0, !of_records});
        note.why = Why::met;
        owner = mine[m];
      }
      if (owner == reqs.size()) {
        const Check chk = check(r, of_records ? rule.records : *rule.otherwise);
        if (r.date() > ctx.as_of) note.why = Why::after_as_of;
        else if (chk.miss == Miss::blank) note = {k, Why::blank, chk.filter, !of_records};
        else if (chk.miss == Miss::excluded) note = {k, Why::excluded, chk.filter, !of_records};
        else if (rule.kind == Kind::recording_lag && lag_date(r, rule) == kNoDate) note.why = Why::not_written;
        else if (rule.kind != Kind::age && !inside(er.windows, r.date())) note.why = Why::outside;
        if (rule.kind != Kind::recording_lag) {
          // Under the requirement whose time holds it: in its span and in its
          // own window (a record in another window belongs to that window's).
          const bool in_some_window = inside(er.windows, r.date());
          for (size_t i : mine) {
            const Window& w = out.requirements[i].window;
            const bool in_own = w.start <= r.date() && r.date() <= w.end;
            if (in_span(rule, reqs[i], r.date(), ctx.calendar) && (in_own || !in_some_window || rule.kind == Kind::age)) {
              owner = i;
              break;
            }
          }
          // An `otherwise` record (a completed assessment) when a record of the
          // rule's own kinds (its authorisation) met the requirement.
          if (owner != reqs.size() && note.why == Why::spare && note.otherwise) {
            const int64_t m = met_record(c, rule, reqs[owner]);
            if (m >= 0 && has_type(rule.records, c.records[static_cast<size_t>(m)].type())) note.why = Why::superseded;
          }
          // The record it was counted from is named already.
          if (owner != reqs.size() && out.requirements[owner].from == From::record &&
              out.requirements[owner].from_record == static_cast<int64_t>(k))
            continue;
        }
      }
      if (owner != reqs.size()) out.requirements[owner].records.push_back(note);
      else if (note.why != Why::spare && note.why != Why::outside && !mine.empty() && inside(er.windows, r.date()))
        er.others.push_back(note);  // in the rule's time, by no requirement's side, turned away
    }
    out.rules.push_back(std::move(er));
  }
  return out;
}

}  // namespace ca
