#pragma once
// Builders for the engine's tests: rules and cases written in a few lines,
// dates as ISO text, and the engine's output as one line per requirement,
//   "cp late anchor 2024-01-08 due 2024-01-22 met 2024-01-23"
// (episode type or "case", outcome, anchor, due, met or "-"; "r<index> " in
// front when a test runs several rules), so a failing CHECK shows both lists.
#include <doctest/doctest.h>
#include <fmt/format.h>

#include <algorithm>
#include <initializer_list>
#include <string>
#include <tuple>
#include <vector>

#include "calendar/calendar.h"
#include "engine/engine.h"

namespace ca::test {

inline const Vocabulary& vocab() { return Vocabulary::builtin(); }
inline const Calendar& calendar() {
  static const Calendar cal;
  return cal;
}

inline Date D(const char* iso) {
  const auto d = parse_date(iso, nullptr);
  REQUIRE_MESSAGE(d.has_value(), iso);
  return *d;
}

inline TypeId type(const char* name) {
  const auto t = vocab().record_type(name);
  REQUIRE_MESSAGE(t.has_value(), name);
  return *t;
}
inline uint8_t episode_type(const char* name) {
  const auto t = vocab().episode_type(name);
  REQUIRE_MESSAGE(t.has_value(), name);
  return *t;
}
inline TagMask tag(const char* name) {
  const auto t = vocab().tag(name);
  REQUIRE_MESSAGE(t.has_value(), name);
  return TagMask{1} << *t;
}
// A declared field of a record file, and its slot.
inline const FieldDecl& field(RecordFile file, const char* name) {
  const auto i = vocab().field(file, name);
  REQUIRE_MESSAGE(i.has_value(), name);
  return vocab().fields(file)[*i];
}
// The code an enum field's value is stored as.
inline uint8_t code(RecordFile file, const char* name, const char* value) {
  const FieldDecl& f = field(file, name);
  for (size_t i = 0; i < f.values.size(); ++i)
    if (f.values[i].name == value) return static_cast<uint8_t>(i + 1);
  FAIL(value);
  return 0;
}

inline Duration working_days(int n) { return {n, Unit::working_days, fmt::format("{} working days", n)}; }
inline Duration days(int n) { return {n, Unit::days, fmt::format("{} days", n)}; }
inline Duration weeks(int n) { return {n, Unit::weeks, fmt::format("{} weeks", n)}; }
inline Duration months(int n) { return {n, Unit::months, fmt::format("{} months", n)}; }

// Selectors: of({"visit"}), then .filters added with the helpers below.
inline Selector of(std::initializer_list<const char*> types, std::vector<Filter> filters = {}) {
  Selector s;
  for (const char* t : types) s.types.push_back(type(t));
  s.filters = std::move(filters);
  s.files_from(vocab());
  return s;
}
// A filter on a field of `file` (visits by default), as the parser makes it:
// values are codes (kCodeYes/kCodeNo for yes_no, value index + 1 for enums; 1 for a date's "present").
inline Filter filter_on(const char* name, std::vector<uint8_t> values, bool negate = false,
                        RecordFile file = RecordFile::visits) {
  const FieldDecl& d = field(file, name);
  Filter f;
  f.field = name;
  f.kind = d.kind;
  f.file = file;
  f.decl = *vocab().field(file, name);
  for (size_t i = 0; i < kRecordFiles; ++i) {
    const auto j = vocab().field(static_cast<RecordFile>(i), name);
    if (j) f.slot[i] = vocab().fields(static_cast<RecordFile>(i))[*j].slot;
  }
  f.values = values;
  uint64_t listed = 0;
  for (uint8_t c : values) listed |= uint64_t{1} << c;
  f.codes = (negate ? ~listed : listed) & ~uint64_t{1};
  f.negate = negate;
  return f;
}
inline Filter seen_is(YesNo v, bool negate = false) { return filter_on("seen", {static_cast<uint8_t>(v)}, negate); }
inline Filter seen_alone_is(YesNo v) { return filter_on("seen_alone", {static_cast<uint8_t>(v)}); }
inline Filter location_in(std::initializer_list<const char*> names, bool negate = false) {
  std::vector<uint8_t> codes;
  for (const char* n : names) codes.push_back(code(RecordFile::visits, "location", n));
  return filter_on("location", codes, negate);
}
inline Filter visit_type_is(const char* name) {
  return filter_on("visit_type", {code(RecordFile::visits, "visit_type", name)});
}
// The usual statutory visit: the child seen.
inline Selector seen_visits() { return of({"visit"}, {seen_is(YesNo::yes)}); }

inline Scope case_scope() { return {}; }
// The case, only while an episode of one of `types` is open.
inline Scope case_while_scope(std::initializer_list<const char*> types) {
  Scope s;
  for (const char* t : types) s.while_types |= EpisodeTypeMask{1} << episode_type(t);
  return s;
}
inline Scope episode_scope(const char* type, TagMask all = 0, TagMask none = 0) {
  return {Level::episode, episode_type(type), all, none};
}
inline Scope period_scope(const char* type, TagMask all = 0, TagMask none = 0) {
  return {Level::period, episode_type(type), all, none};
}

inline Rule make_rule(Kind kind, Scope scope, Selector records) {
  Rule r;
  r.id = "test";
  r.kind = kind;
  r.scope = scope;
  r.records = std::move(records);
  for (size_t f = 0; f < kRecordFiles; ++f)  // a recording lag measures recorded_date, as the parser sets it
    if (const auto i = vocab().field(static_cast<RecordFile>(f), "recorded_date"))
      r.lag_slot[f] = vocab().fields(static_cast<RecordFile>(f))[*i].slot;
  return r;
}
inline Rule recurring(Scope scope, Selector records, Duration every) {
  Rule r = make_rule(Kind::recurring, scope, std::move(records));
  r.schedule = {every};
  return r;
}
inline Rule deadline(Scope scope, Selector records, TriggerKind trigger, Duration within) {
  Rule r = make_rule(Kind::deadline, scope, std::move(records));
  r.trigger.kind = trigger;
  r.within = within;
  return r;
}

// A visit's optional fields; by default the child was seen, at home, on a statutory visit.
struct VisitFields {
  YesNo seen = YesNo::yes;
  YesNo seen_alone = YesNo::unknown;
  const char* location = "home";  // nullptr: blank
  const char* visit_type = "statutory";
  const char* recorded = nullptr;
};

// One case: records get lines 2, 3, ... in the order they are added.
struct CaseBuilder {
  Case info;
  std::vector<Episode> episodes;
  std::vector<Record> records;
  uint32_t next_line = 2;

  CaseBuilder() { info.id = "C1"; }
  CaseBuilder& open(const char* d) { info.open = D(d); return *this; }
  CaseBuilder& close(const char* d) { info.close = D(d); return *this; }
  CaseBuilder& dob(const char* d) { info.dob = D(d); return *this; }
  CaseBuilder& episode(const char* type, const char* start, const char* end = nullptr, TagMask tags = 0) {
    Episode e;
    e.type = episode_type(type);
    e.start = D(start);
    e.end = end ? D(end) : kOpenEnd;
    e.tags = tags;
    e.line = next_line++;
    episodes.push_back(e);
    return *this;
  }
  CaseBuilder& visit(const char* date, VisitFields f = {}) {
    Record r;
    r.set_date(D(date));
    r.set_type(Vocabulary::kVisit);
    r.set_code(field(RecordFile::visits, "seen").slot, static_cast<uint8_t>(f.seen));
    r.set_code(field(RecordFile::visits, "seen_alone").slot, static_cast<uint8_t>(f.seen_alone));
    r.set_code(field(RecordFile::visits, "location").slot, f.location ? code(RecordFile::visits, "location", f.location) : kCodeBlank);
    r.set_code(field(RecordFile::visits, "visit_type").slot, f.visit_type ? code(RecordFile::visits, "visit_type", f.visit_type) : kCodeBlank);
    r.set_slot_date(field(RecordFile::visits, "recorded_date").slot, f.recorded ? D(f.recorded) : kNoDate);
    r.line = next_line++;
    records.push_back(r);
    return *this;
  }
  // A review or contact.
  CaseBuilder& record(const char* type_name, const char* date, const char* recorded = nullptr) {
    Record r;
    r.set_date(D(date));
    r.set_type(type(type_name));
    r.set_slot_date(field(vocab().file_of(r.type()), "recorded_date").slot, recorded ? D(recorded) : kNoDate);
    r.line = next_line++;
    records.push_back(r);
    return *this;
  }

  // As the loader leaves it: episodes by type, start, end; records by date,
  // type, line; the open date defaulting to the earliest episode start.
  CaseView view() {
    std::sort(episodes.begin(), episodes.end(), [](const Episode& a, const Episode& b) {
      return std::tie(a.type, a.start, a.end) < std::tie(b.type, b.start, b.end);
    });
    std::sort(records.begin(), records.end(), [](const Record& a, const Record& b) {
      return a.order() != b.order() ? a.order() < b.order() : a.line < b.line;
    });
    if (info.open == kNoDate)
      for (const Episode& e : episodes)
        if (info.open == kNoDate || e.start < info.open) info.open = e.start;
    return {info, episodes, records};
  }
};

inline std::string show(const Requirement& q, bool with_rule) {
  const std::string episode =
      q.episode_type == kNone ? "case" : vocab().episode_types().at(q.episode_type).name;
  return fmt::format("{}{} {} anchor {} due {} met {}", with_rule ? fmt::format("r{} ", q.rule) : "", episode,
                     outcome_name(q.outcome), q.anchor.iso(), q.due.iso(), q.met == kNoDate ? "-" : q.met.iso());
}

inline std::vector<Requirement> evaluate(const std::vector<Rule>& rules, CaseBuilder& c, const char* as_of) {
  Standard s;
  s.name = "test";
  s.rules = rules;
  const EvalContext ctx{calendar(), vocab(), D(as_of)};
  std::vector<Requirement> out;
  evaluate_case(s, c.view(), ctx, out);
  return out;
}

inline std::string lines(const std::vector<Requirement>& reqs, bool with_rule) {
  std::string s;
  for (const Requirement& q : reqs) s += show(q, with_rule) + "\n";
  return s;
}
inline std::string lines(std::initializer_list<const char*> expected) {
  std::string s;
  for (const char* l : expected) s += std::string(l) + "\n";
  return s;
}

// The requirements of one rule (or several, each line then starting "r<index> ").
inline std::string run(const Rule& rule, CaseBuilder& c, const char* as_of) {
  return lines(evaluate({rule}, c, as_of), false);
}
inline std::string run(const std::vector<Rule>& rules, CaseBuilder& c, const char* as_of) {
  return lines(evaluate(rules, c, as_of), true);
}

}  // namespace ca::test
