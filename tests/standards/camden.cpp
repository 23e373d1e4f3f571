// Camden, "Getting the basics right for Camden's children": one test case per
// rule of standards/camden.yaml, built from the sentence the rule quotes.
// Every date below is worked out by hand in the comment beside it; the
// calendar facts used are: 2026-01-05, 01-12, 01-26, 03-02, 03-09, 03-16,
// 03-23, 03-30 are Mondays (so 03-05 is a Thursday, 03-06 and 03-13 Fridays);
// Good Friday 2026-04-03, Easter Monday 04-06 and the early May bank
// holiday 05-04 are the only bank holidays between 2 January and 24 May 2026.
//
// Each test evaluates one small case against the whole standard and compares
// the full list of requirements of one rule, written as
//   "<outcome> <anchor>..<due> [@<record that met it>] [<episode type>]".
#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <initializer_list>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "calendar/calendar.h"
#include "core/date.h"
#include "data/dataset.h"
#include "engine/engine.h"
#include "standard/parse.h"
#include "standard/standard.h"
#include "vocab/vocabulary.h"

namespace ca {
namespace {

const std::string kPath = std::string(CASEAUDIT_SOURCE_DIR) + "/standards/camden.yaml";

const Vocabulary& vocab() { return Vocabulary::builtin(); }

ParseResult parse_camden() {
  std::ifstream in(kPath, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return parse_standard(text.str(), kPath, vocab());
}

const Standard& camden() {
  static const Standard s = parse_camden().standard;
  return s;
}

Date dt(const char* text) {
  std::string reason;
  auto d = parse_date(text, &reason);
  REQUIRE_MESSAGE(d.has_value(), reason);
  return *d;
}

// One child's case, built the way the loader leaves it: episodes sorted by
// type then start, records by date then type, the open date defaulting to the
// earliest episode start.
class Kase {
 public:
  Kase() { info_.id = "T1"; }

  Kase& open(const char* d) { info_.open = dt(d); return *this; }
  Kase& close(const char* d) { info_.close = dt(d); return *this; }

  Kase& episode(const char* type, const char* start, const char* end = nullptr,
                std::initializer_list<const char*> tags = {}) {
    Episode e;
    auto t = vocab().episode_type(type);
    REQUIRE_MESSAGE(t.has_value(), type);
    e.type = *t;
    e.start = dt(start);
    e.end = end ? dt(end) : kOpenEnd;
    for (const char* tag : tags) {
      auto bit = vocab().tag(tag);
      REQUIRE_MESSAGE(bit.has_value(), tag);
      e.tags |= TagMask{1} << *bit;
    }
    e.line = ++line_;
    episodes_.push_back(e);
    return *this;
  }

  // A statutory visit where the child was seen, unless told otherwise.
  Kase& visit(const char* date, YesNo seen = YesNo::yes, const char* recorded = nullptr,
              const char* visit_type = "statutory") {
    Record r = record("visit", date);
    const auto& fields = vocab().fields(RecordFile::visits);
    const auto slot = [&](const char* name) { return fields[*vocab().field(RecordFile::visits, name)].slot; };
    r.set_code(slot("seen"), static_cast<uint8_t>(seen));
    const auto& types = fields[*vocab().field(RecordFile::visits, "visit_type")].values;
    for (size_t i = 0; i < types.size(); ++i)
      if (types[i].name == visit_type) r.set_code(slot("visit_type"), static_cast<uint8_t>(i + 1));
    if (recorded) r.set_slot_date(slot("recorded_date"), dt(recorded));
    // A blank location, as the loader leaves it: the vocabulary's blank value (unknown).
    r.set_code(slot("location"), fields[*vocab().field(RecordFile::visits, "location")].blank);
    records_.push_back(r);
    return *this;
  }
  Kase& recorded_visit(const char* date, const char* recorded) { return visit(date, YesNo::yes, recorded); }

  // A review (reviews.csv) or contact (contacts.csv) record.
  Kase& add(const char* type, const char* date) {
    records_.push_back(record(type, date));
    return *this;
  }

  // The requirements of rule `id` at audit date `as_of`, one string each.
  std::string eval(const char* id, const char* as_of) {
    const Standard& s = camden();
    auto it = std::find_if(s.rules.begin(), s.rules.end(), [&](const Rule& r) { return r.id == id; });
    REQUIRE_MESSAGE(it != s.rules.end(), id);
    const auto ix = static_cast<uint16_t>(it - s.rules.begin());

    Case info = info_;
    if (info.open == kNoDate && !episodes_.empty())
      info.open = std::min_element(episodes_.begin(), episodes_.end(), [](auto& a, auto& b) { return a.start < b.start; })->start;
    std::vector<Episode> eps = episodes_;
    std::stable_sort(eps.begin(), eps.end(), [](const Episode& a, const Episode& b) {
      return std::tie(a.type, a.start, a.end) < std::tie(b.type, b.start, b.end);
    });
    std::vector<Record> recs = records_;
    std::stable_sort(recs.begin(), recs.end(), [](const Record& a, const Record& b) {
      return a.order() != b.order() ? a.order() < b.order() : a.line < b.line;
    });

    Calendar calendar;
    EvalContext ctx{calendar, vocab(), dt(as_of)};
    std::vector<Requirement> out;
    evaluate_case(s, CaseView{info, eps, recs}, ctx, out);

    std::string text;
    for (const Requirement& q : out) {
      if (q.rule != ix) continue;
      if (!text.empty()) text += "; ";
      text += outcome_name(q.outcome);
      text += " " + q.anchor.iso() + ".." + q.due.iso();
      if (q.met != kNoDate) text += " @" + q.met.iso();
      if (q.episode_type != kNone) text += " " + vocab().episode_types()[q.episode_type].name;
    }
    return text;
  }

 private:
  Record record(const char* type, const char* date) {
    Record r;
    auto t = vocab().record_type(type);
    REQUIRE_MESSAGE(t.has_value(), type);
    r.set_type(*t);
    r.set_date(dt(date));
    r.line = ++line_;
    return r;
  }

  Case info_;
  std::vector<Episode> episodes_;
  std::vector<Record> records_;
  uint32_t line_ = 1;
};

}  // namespace

TEST_CASE("camden.yaml parses, and every rule cites its section and sentence") {
  const ParseResult r = parse_camden();
  std::string errors;
  for (const auto& e : r.errors) errors += e + "\n";
  REQUIRE_MESSAGE(r.ok(), errors);
  const Standard& s = r.standard;
  CHECK(s.name == "camden");
  CHECK(s.authority == "London Borough of Camden");

  std::vector<std::string> ids;
  for (const Rule& rule : s.rules) {
    ids.push_back(rule.id);
    CHECK_MESSAGE(!rule.title.empty(), rule.id);
    CHECK_MESSAGE(!rule.source.section.empty(), rule.id);
    CHECK_MESSAGE(!rule.source.quote.empty(), rule.id);
    CHECK_MESSAGE(!rule.note.empty(), rule.id);
  }
  const std::vector<std::string> expected = {"chronology", "case-summary",      "cp-visit",        "cin-visit",
                                             "cla-visit",  "cla-visit-settled", "visit-recording", "assessment",
                                             "cin-review", "cp-review",         "cla-review",      "case-supervision"};
  CHECK(ids == expected);
}

// --- 1. Chronologies -------------------------------------------------------

// "The chronology is updated when there is a significant incident or event
// and, at a minimum, every 90 days." Case-level; 90 calendar days.
TEST_CASE("chronology: updated at least every 90 days") {
  // Case opened Mon 2026-01-05. First due 2026-01-05 + 90 days: 26 days to
  // 31 Jan, 28 in Feb (54), 31 in Mar (85), 5 into April = 2026-04-05.
  // 2026-04-05 + 90: 25 to 30 Apr, 31 May (56), 30 Jun (86), 4 July = 2026-07-04.
  // 2026-07-04 + 90: 27 to 31 Jul, 31 Aug (58), 30 Sep (88), 2 Oct = 2026-10-02.
  SUBCASE("met on the due date; each update restarts the 90 days; missing when none follows") {
    Kase k;
    k.episode("cin", "2026-01-05").add("chronology_update", "2026-04-05").add("chronology_update", "2026-07-04");
    CHECK(k.eval("chronology", "2026-11-23") ==
          "met 2026-01-05..2026-04-05 @2026-04-05; met 2026-04-05..2026-07-04 @2026-07-04; "
          "missing 2026-07-04..2026-10-02");
  }
  SUBCASE("late by one day; the clock restarts from the late update") {
    // 2026-04-06 + 90 days = 2026-07-05; the audit on 2026-05-01 is before it: pending.
    Kase k;
    k.episode("cp", "2026-01-05").add("chronology_update", "2026-04-06");
    CHECK(k.eval("chronology", "2026-05-01") ==
          "late 2026-01-05..2026-04-05 @2026-04-06; pending 2026-04-06..2026-07-05");
  }
  SUBCASE("due on the audit date: pending, not missing") {
    Kase k;
    k.episode("cin", "2026-01-05");
    CHECK(k.eval("chronology", "2026-04-05") == "pending 2026-01-05..2026-04-05");
    CHECK(k.eval("chronology", "2026-04-06") == "missing 2026-01-05..2026-04-05");
  }
  SUBCASE("counted from the child becoming open to CSSW, not the case's open date") {
    // Issue 9: one scope for the whole standard, CSSW's (camden.md "Scope"). open_date 2026-01-05,
    // early help from 02-02 (not CSSW), CIN plan from 2026-03-02: due 2026-03-02 + 90 = 2026-05-31.
    Kase k;
    k.open("2026-01-05").episode("early_help", "2026-02-02", "2026-03-01").episode("cin", "2026-03-02");
    CHECK(k.eval("chronology", "2026-11-23") == "missing 2026-03-02..2026-05-31");
  }
  SUBCASE("not owed once the case has closed") {
    // Closed 2026-03-31, before the first due date 2026-04-05: nothing owed.
    Kase closed;
    closed.episode("cin", "2026-01-05", "2026-03-31").close("2026-03-31");
    CHECK(closed.eval("chronology", "2026-11-23") == "");
    // Closed on the due date itself: still owed.
    Kase on_due;
    on_due.episode("cin", "2026-01-05", "2026-04-05").close("2026-04-05");
    CHECK(on_due.eval("chronology", "2026-11-23") == "missing 2026-01-05..2026-04-05");
  }
  SUBCASE("a case summary is not a chronology update") {
    Kase k;
    k.episode("cin", "2026-01-05").add("case_summary", "2026-03-02");
    CHECK(k.eval("chronology", "2026-05-01") == "missing 2026-01-05..2026-04-05");
  }
}

// --- 2. Case summaries -----------------------------------------------------

// "A case summary should be recorded on case notes for every child allocated
// in Children's Safeguarding and Social Work (CSSW). It should be updated
// whenever there is a significant change in circumstances and at a minimum of
// every 90 days." Case-level, but only while a CSSW episode (CIN, CP, CLA,
// care leaver, private fostering) is open: early help is not CSSW. 90 days.
TEST_CASE("case-summary: updated at least every 90 days while open to CSSW") {
  // CIN plan from 2026-01-05: due 2026-04-05, then 2026-07-04 (as for the chronology).
  SUBCASE("met on the due date, then late by one day") {
    // 2026-04-05 + 90 = 2026-07-04; recorded 2026-07-05, a day late;
    // 2026-07-05 + 90: 26 to 31 Jul, 31 Aug (57), 30 Sep (87), 3 Oct = 2026-10-03, none: missing.
    Kase k;
    k.episode("cin", "2026-01-05").add("case_summary", "2026-04-05").add("case_summary", "2026-07-05");
    CHECK(k.eval("case-summary", "2026-11-23") ==
          "met 2026-01-05..2026-04-05 @2026-04-05; late 2026-04-05..2026-07-04 @2026-07-05; "
          "missing 2026-07-05..2026-10-03");
  }
  SUBCASE("a chronology update is not a case summary") {
    Kase k;
    k.episode("cin", "2026-01-05").add("chronology_update", "2026-03-02");
    CHECK(k.eval("case-summary", "2026-05-01") == "missing 2026-01-05..2026-04-05");
  }
  SUBCASE("pending when due after the audit date") {
    // CP plan from 2026-10-01: + 90 days = 30 to 31 Oct, 30 Nov (60), 30 Dec = 2026-12-30.
    Kase k;
    k.episode("cp", "2026-10-01");
    CHECK(k.eval("case-summary", "2026-11-23") == "pending 2026-10-01..2026-12-30");
  }
  SUBCASE("a case open only to early help owes nothing") {
    // Early help is a separate service, not CSSW: since issue 9 the whole standard is CSSW's, so
    // neither the case summary nor the chronology is owed (camden.md "Scope").
    Kase k;
    k.episode("early_help", "2026-01-05");
    CHECK(k.eval("case-summary", "2026-11-23") == "");
    CHECK(k.eval("chronology", "2026-11-23") == "");
  }
  SUBCASE("stepped up from early help: counted from the start of the CIN plan") {
    // Early help 2026-01-05 to 03-08, CIN plan from Mon 2026-03-09. The summary of 2026-02-20 was
    // written in early help and does not count. 2026-03-09 + 90: 22 to 31 Mar, 30 Apr (52),
    // 31 May (83), 7 June = 2026-06-07, met 06-01; 2026-06-01 + 90: 29 to 30 Jun, 31 Jul (60),
    // 30 Aug = 2026-08-30, pending on 2026-08-01. (Counted from the case's opening it would have
    // been due 2026-04-05, and missing then.)
    Kase k;
    k.episode("early_help", "2026-01-05", "2026-03-08")
        .episode("cin", "2026-03-09")
        .add("case_summary", "2026-02-20")
        .add("case_summary", "2026-06-01");
    CHECK(k.eval("case-summary", "2026-08-01") ==
          "met 2026-03-09..2026-06-07 @2026-06-01; pending 2026-06-01..2026-08-30");
  }
  SUBCASE("a CIN plan, then a CP plan the day after: one count, not restarted") {
    // CIN 2026-01-05 to 02-15, CP from 02-16: one span from 2026-01-05, due 2026-04-05 as above
    // (not 2026-02-16 + 90 = 2026-05-17).
    Kase k;
    k.episode("cin", "2026-01-05", "2026-02-15").episode("cp", "2026-02-16");
    CHECK(k.eval("case-summary", "2026-05-01") == "missing 2026-01-05..2026-04-05");
  }
  SUBCASE("stepped down to early help before the first was due: not owed") {
    // CIN plan 2026-01-05 to 03-31, then early help: the span ends before 2026-04-05.
    Kase k;
    k.episode("cin", "2026-01-05", "2026-03-31").episode("early_help", "2026-04-01");
    CHECK(k.eval("case-summary", "2026-11-23") == "");
  }
}

// --- 3. Visits -------------------------------------------------------------

// "Children on a child protection plan every 10 working days"
TEST_CASE("cp-visit: every 10 working days while on a child protection plan") {
  // Plan from Mon 2026-01-12: 10 working days = two weeks, Mon 2026-01-26.
  // 2026-01-26 + 10 wd = Mon 2026-02-09; 2026-01-27 + 10 wd = Tue 2026-02-10.
  SUBCASE("met on the due date") {
    Kase k;
    k.episode("cp", "2026-01-12").visit("2026-01-26");
    CHECK(k.eval("cp-visit", "2026-02-02") == "met 2026-01-12..2026-01-26 @2026-01-26 cp; pending 2026-01-26..2026-02-09 cp");
  }
  SUBCASE("late by one working day; the clock restarts from the late visit") {
    Kase k;
    k.episode("cp", "2026-01-12").visit("2026-01-27");
    CHECK(k.eval("cp-visit", "2026-02-02") == "late 2026-01-12..2026-01-26 @2026-01-27 cp; pending 2026-01-27..2026-02-10 cp");
  }
  SUBCASE("missing at the audit date") {
    Kase k;
    k.episode("cp", "2026-01-12");
    CHECK(k.eval("cp-visit", "2026-01-27") == "missing 2026-01-12..2026-01-26 cp");
    CHECK(k.eval("cp-visit", "2026-01-26") == "pending 2026-01-12..2026-01-26 cp");
  }
  SUBCASE("working days skip the Easter bank holidays") {
    // Plan from Mon 2026-03-30: Mar 31 (1), Apr 1 (2), Apr 2 (3), [Good Friday 3rd,
    // weekend, Easter Monday 6th], Apr 7-10 (4-7), Apr 13-15 (8-10): due Wed 2026-04-15.
    Kase k;
    k.episode("cp", "2026-03-30").visit("2026-04-15");
    CHECK(k.eval("cp-visit", "2026-04-16") == "met 2026-03-30..2026-04-15 @2026-04-15 cp; pending 2026-04-15..2026-04-29 cp");
    // (2026-04-15 + 10 wd = Wed 2026-04-29, no holiday between.)
  }
  SUBCASE("a visit where the child was not seen, or not known to be seen, does not count") {
    Kase k;
    k.episode("cp", "2026-01-12").visit("2026-01-15", YesNo::no).visit("2026-01-20", YesNo::unknown);
    CHECK(k.eval("cp-visit", "2026-02-02") == "missing 2026-01-12..2026-01-26 cp");
  }
  SUBCASE("a personal adviser's visit is not a statutory visit") {
    Kase k;
    k.episode("cp", "2026-01-12").visit("2026-01-15", YesNo::yes, nullptr, "pa");
    CHECK(k.eval("cp-visit", "2026-02-02") == "missing 2026-01-12..2026-01-26 cp");
  }
  SUBCASE("not owed after the plan ends; visits after the end do not count") {
    // Plan 2026-01-12 to Fri 2026-01-23: first due 2026-01-26 is after the end.
    Kase short_plan;
    short_plan.episode("cp", "2026-01-12", "2026-01-23");
    CHECK(short_plan.eval("cp-visit", "2026-11-23") == "");
    // Plan to Fri 2026-02-06: visit Tue 01-20 (met); next due 01-20 + 10 wd = Tue 2026-02-03,
    // before the end; the visit on 2026-02-09 is after the end and does not count.
    Kase k;
    k.episode("cp", "2026-01-12", "2026-02-06").visit("2026-01-20").visit("2026-02-09");
    CHECK(k.eval("cp-visit", "2026-11-23") == "met 2026-01-12..2026-01-26 @2026-01-20 cp; missing 2026-01-20..2026-02-03 cp");
  }
}

// "Children on a children in need (CIN) plan every 28 working days"
TEST_CASE("cin-visit: every 28 working days while on a child in need plan") {
  // Plan from Mon 2026-01-05: 28 wd = five weeks (25, Mon 2026-02-09) and three more:
  // Thu 2026-02-12. 2026-02-12 + 28 wd = five weeks to Thu 03-19, three more: Tue 2026-03-24.
  // 2026-02-13 (Fri) + 28 wd = Fri 03-20, then Mon 23, Tue 24, Wed 25: 2026-03-25.
  SUBCASE("met on the due date") {
    Kase k;
    k.episode("cin", "2026-01-05").visit("2026-02-12");
    CHECK(k.eval("cin-visit", "2026-03-01") == "met 2026-01-05..2026-02-12 @2026-02-12 cin; pending 2026-02-12..2026-03-24 cin");
  }
  SUBCASE("late by one day") {
    Kase k;
    k.episode("cin", "2026-01-05").visit("2026-02-13");
    CHECK(k.eval("cin-visit", "2026-03-01") == "late 2026-01-05..2026-02-12 @2026-02-13 cin; pending 2026-02-13..2026-03-25 cin");
  }
  SUBCASE("28 working days, not 28 calendar days: a visit 36 days in is on time") {
    Kase k;
    k.episode("cin", "2026-01-05").visit("2026-02-10");
    CHECK(k.eval("cin-visit", "2026-02-11") == "met 2026-01-05..2026-02-12 @2026-02-10 cin; pending 2026-02-10..2026-03-20 cin");
    // (2026-02-10, Tue + 28 wd = Tue 03-17 + 3 = Fri 2026-03-20.)
  }
  SUBCASE("missing at the audit date; not owed after the plan ends") {
    Kase open_plan;
    open_plan.episode("cin", "2026-01-05");
    CHECK(open_plan.eval("cin-visit", "2026-11-23") == "missing 2026-01-05..2026-02-12 cin");
    Kase ended;
    ended.episode("cin", "2026-01-05", "2026-02-11");
    CHECK(ended.eval("cin-visit", "2026-11-23") == "");
  }
  SUBCASE("a child protection plan's visit counts for an overlapping CIN plan too") {
    // Visits are the child's, not the plan's: one visit meets both rules.
    Kase k;
    k.episode("cin", "2026-01-05").episode("cp", "2026-01-12").visit("2026-01-26");
    CHECK(k.eval("cin-visit", "2026-01-27") == "met 2026-01-05..2026-02-12 @2026-01-26 cin; pending 2026-01-26..2026-03-05 cin");
    // (Mon 2026-01-26 + 28 wd: five weeks = Mon 03-02, + 3 = Thu 2026-03-05.)
  }
}

// "Children looked after (CLA) within one week of the child being placed
// (including any placement moves), then: - For the first year of the
// placement, at least every six weeks - After the first year, every three
// months if the child is in a settled, permanent placement and this is
// agreed at the CLA review. In all other circumstances, visits should
// continue to be at least every six weeks."
TEST_CASE("cla-visit: within a week of each placement, then every six weeks (not settled)") {
  // Placed Mon 2026-01-05: first visit due 2026-01-12 (7 days).
  // 2026-01-12 + 42 days: 19 to 31 Jan, 23 into Feb = 2026-02-23.
  // 2026-02-24 + 42: 4 days to 28 Feb, 31 to 31 Mar (35), 7 into April = 2026-04-07.
  SUBCASE("met on the due date, then late by one day") {
    Kase k;
    k.episode("cla", "2026-01-05").visit("2026-01-12").visit("2026-02-24");
    CHECK(k.eval("cla-visit", "2026-03-01") ==
          "met 2026-01-05..2026-01-12 @2026-01-12 cla; late 2026-01-12..2026-02-23 @2026-02-24 cla; "
          "pending 2026-02-24..2026-04-07 cla");
  }
  SUBCASE("the first visit a day after the first week is late") {
    // Late visit 2026-01-13 restarts: + 42 = 18 to 31 Jan, 24 Feb = 2026-02-24.
    Kase k;
    k.episode("cla", "2026-01-05").visit("2026-01-13");
    CHECK(k.eval("cla-visit", "2026-02-01") == "late 2026-01-05..2026-01-12 @2026-01-13 cla; pending 2026-01-13..2026-02-24 cla");
  }
  SUBCASE("a placement move restarts the first week; earlier visits do not count for the new placement") {
    // Placement 1: 2026-01-05 to 2026-03-01. Visit Thu 01-08 (due 01-12, met); next due
    // 01-08 + 42 = 23 to 31 Jan, 19 Feb = 2026-02-19, met on 02-19; then 02-19 + 42 = 2026-04-02,
    // after the placement ended: not owed.
    // Placement 2 from 2026-03-02: first visit due 2026-03-09; the visit on 03-10 is a day late;
    // 03-10 + 42 = 21 to 31 Mar, 21 Apr = 2026-04-21.
    Kase k;
    k.episode("cla", "2026-01-05", "2026-03-01").episode("cla", "2026-03-02");
    k.visit("2026-01-08").visit("2026-02-19").visit("2026-03-10");
    CHECK(k.eval("cla-visit", "2026-03-20") ==
          "met 2026-01-05..2026-01-12 @2026-01-08 cla; met 2026-01-08..2026-02-19 @2026-02-19 cla; "
          "late 2026-03-02..2026-03-09 @2026-03-10 cla; pending 2026-03-10..2026-04-21 cla");
  }
  SUBCASE("after the first year, still six-weekly when the placement is not settled") {
    // Placed Mon 2024-01-08; visits Mon 2024-01-15 (due 01-15) and every 42 days:
    // 02-26, 04-08, 05-20, 07-01, 08-12, 09-23, 11-04, 12-16, 2025-01-27 (all on their due dates).
    // Next due 2025-01-27 + 42: 4 days to 31 Jan, 28 to 28 Feb (32), 10 into March = 2025-03-10.
    // A three-monthly visit on 2025-04-27 is late.
    Kase k;
    k.episode("cla", "2024-01-08");
    for (const char* d : {"2024-01-15", "2024-02-26", "2024-04-08", "2024-05-20", "2024-07-01", "2024-08-12",
                          "2024-09-23", "2024-11-04", "2024-12-16", "2025-01-27", "2025-04-27"})
      k.visit(d);
    CHECK(k.eval("cla-visit", "2025-05-01") ==
          "met 2024-01-08..2024-01-15 @2024-01-15 cla; met 2024-01-15..2024-02-26 @2024-02-26 cla; "
          "met 2024-02-26..2024-04-08 @2024-04-08 cla; met 2024-04-08..2024-05-20 @2024-05-20 cla; "
          "met 2024-05-20..2024-07-01 @2024-07-01 cla; met 2024-07-01..2024-08-12 @2024-08-12 cla; "
          "met 2024-08-12..2024-09-23 @2024-09-23 cla; met 2024-09-23..2024-11-04 @2024-11-04 cla; "
          "met 2024-11-04..2024-12-16 @2024-12-16 cla; met 2024-12-16..2025-01-27 @2025-01-27 cla; "
          "late 2025-01-27..2025-03-10 @2025-04-27 cla; pending 2025-04-27..2025-06-08 cla");
    // (2025-04-27 + 42 = 3 to 30 Apr, 31 May (34), 8 June = 2025-06-08.)
  }
  SUBCASE("a settled placement is not checked by this rule") {
    Kase k;
    k.episode("cla", "2026-01-05", nullptr, {"settled"});
    CHECK(k.eval("cla-visit", "2026-11-23") == "");
  }
  SUBCASE("not owed after the placement ends within the first week") {
    Kase k;
    k.episode("cla", "2026-01-05", "2026-01-09");
    CHECK(k.eval("cla-visit", "2026-11-23") == "");
  }
}

TEST_CASE("cla-visit-settled: within a week, six-weekly in the placement's first year, then three-monthly") {
  // Settled placement from Mon 2024-01-08; its first year ends 2025-01-08.
  // Visits on their due dates: 2024-01-15 (7 days), then every 42 days: 02-26, 04-08, 05-20,
  // 07-01, 08-12, 09-23, 11-04, 12-16 (still in the first year, so the next is due 42 days
  // later: 2024-12-16 + 42 = 15 to 31 Dec, 27 Jan = 2025-01-27).
  const std::vector<const char*> first_year = {"2024-01-15", "2024-02-26", "2024-04-08", "2024-05-20", "2024-07-01",
                                               "2024-08-12", "2024-09-23", "2024-11-04", "2024-12-16"};
  const std::string first_year_met =
      "met 2024-01-08..2024-01-15 @2024-01-15 cla; met 2024-01-15..2024-02-26 @2024-02-26 cla; "
      "met 2024-02-26..2024-04-08 @2024-04-08 cla; met 2024-04-08..2024-05-20 @2024-05-20 cla; "
      "met 2024-05-20..2024-07-01 @2024-07-01 cla; met 2024-07-01..2024-08-12 @2024-08-12 cla; "
      "met 2024-08-12..2024-09-23 @2024-09-23 cla; met 2024-09-23..2024-11-04 @2024-11-04 cla; ";

  SUBCASE("after the first year: three months from a visit made after the anniversary") {
    // 2025-01-27 is after 2025-01-08: next due 2025-01-27 + 3 months = 2025-04-27, met on the day;
    // then 2025-07-27, and the visit on 2025-07-28 is a day late; then 2025-10-28, pending.
    Kase k;
    k.episode("cla", "2024-01-08", nullptr, {"settled"});
    for (const char* d : first_year) k.visit(d);
    k.visit("2025-01-27").visit("2025-04-27").visit("2025-07-28");
    CHECK(k.eval("cla-visit-settled", "2025-08-01") ==
          first_year_met +
              "met 2024-11-04..2024-12-16 @2024-12-16 cla; met 2024-12-16..2025-01-27 @2025-01-27 cla; "
              "met 2025-01-27..2025-04-27 @2025-04-27 cla; late 2025-04-27..2025-07-27 @2025-07-28 cla; "
              "pending 2025-07-28..2025-10-28 cla");
  }
  SUBCASE("the last visit inside the first year still sets a six-week due date") {
    // After 2024-12-16 (before the anniversary) the next is due 2025-01-27; a visit on
    // 2025-03-10 is late although it is within three months of 2024-12-16. It falls after the
    // anniversary, so the next is due three months later: 2025-06-10.
    Kase k;
    k.episode("cla", "2024-01-08", nullptr, {"settled"});
    for (const char* d : first_year) k.visit(d);
    k.visit("2025-03-10");
    CHECK(k.eval("cla-visit-settled", "2025-04-01") ==
          first_year_met +
              "met 2024-11-04..2024-12-16 @2024-12-16 cla; late 2024-12-16..2025-01-27 @2025-03-10 cla; "
              "pending 2025-03-10..2025-06-10 cla");
  }
  SUBCASE("within the first year a settled placement is six-weekly too") {
    // Settled placement from Mon 2026-01-05: first due 2026-01-12, met; then 2026-01-12 + 42 =
    // 2026-02-23; a visit on 2026-03-02 (within three months) is late.
    Kase k;
    k.episode("cla", "2026-01-05", nullptr, {"settled", "long_term_match"}).visit("2026-01-12").visit("2026-03-02");
    CHECK(k.eval("cla-visit-settled", "2026-03-03") ==
          "met 2026-01-05..2026-01-12 @2026-01-12 cla; late 2026-01-12..2026-02-23 @2026-03-02 cla; "
          "pending 2026-03-02..2026-04-13 cla");
    // (2026-03-02 + 42 = 29 to 31 Mar, 13 Apr = 2026-04-13.)
  }
  SUBCASE("a move from a settled placement to an unsettled one switches rules") {
    // Settled placement 2026-01-05 to 2026-02-01, then a new placement from 2026-02-02 (not
    // settled): cla-visit-settled for the first (visit 01-09 met; 01-09 + 42 = 2026-02-20 is
    // after its end, not owed); cla-visit for the second (first due 2026-02-09).
    Kase k;
    k.episode("cla", "2026-01-05", "2026-02-01", {"settled"}).episode("cla", "2026-02-02");
    k.visit("2026-01-09").visit("2026-02-06");
    CHECK(k.eval("cla-visit-settled", "2026-02-10") == "met 2026-01-05..2026-01-12 @2026-01-09 cla");
    CHECK(k.eval("cla-visit", "2026-02-10") ==
          "met 2026-02-02..2026-02-09 @2026-02-06 cla; pending 2026-02-06..2026-03-20 cla");
    // (2026-02-06 + 42 = 22 to 28 Feb, 20 Mar = 2026-03-20.)
  }
  SUBCASE("missing at the audit date: a settled child not visited in the first week") {
    Kase k;
    k.episode("cla", "2026-01-05", nullptr, {"settled"});
    CHECK(k.eval("cla-visit-settled", "2026-01-13") == "missing 2026-01-05..2026-01-12 cla");
  }
}

// "Written records should be within five days of the visit and recording for
// child protection cases should be completed within two days." Read as working days.
TEST_CASE("visit-recording: within five working days, two while on a child protection plan") {
  SUBCASE("five working days: on the fifth met, on the sixth late") {
    // Visit Thu 2026-03-05: Fri 6 (1), Mon 9 (2), Tue 10 (3), Wed 11 (4), Thu 12 (5): due 2026-03-12.
    Kase k;
    k.episode("cin", "2026-01-05").recorded_visit("2026-03-05", "2026-03-12");
    CHECK(k.eval("visit-recording", "2026-11-23") == "met 2026-03-05..2026-03-12 @2026-03-12");
    Kase late;
    late.episode("cin", "2026-01-05").recorded_visit("2026-03-05", "2026-03-13");
    CHECK(late.eval("visit-recording", "2026-11-23") == "late 2026-03-05..2026-03-12 @2026-03-13");
  }
  SUBCASE("working days, not calendar days: a Thursday visit written up the next Wednesday is on time") {
    // Six calendar days, four working days (Fri 6, Mon 9, Tue 10, Wed 11); due 2026-03-12 as above.
    Kase k;
    k.episode("cin", "2026-01-05").recorded_visit("2026-03-05", "2026-03-11");
    CHECK(k.eval("visit-recording", "2026-11-23") == "met 2026-03-05..2026-03-12 @2026-03-11");
  }
  SUBCASE("two working days on a child protection plan: a Friday visit written up on Tuesday is met") {
    // Visit Fri 2026-03-06: Mon 9 (1), Tue 10 (2): due 2026-03-10. Written up Wednesday: late.
    Kase k;
    k.episode("cp", "2026-01-05").recorded_visit("2026-03-06", "2026-03-10");
    CHECK(k.eval("visit-recording", "2026-11-23") == "met 2026-03-06..2026-03-10 @2026-03-10 cp");
    Kase late;
    late.episode("cp", "2026-01-05").recorded_visit("2026-03-06", "2026-03-11");
    CHECK(late.eval("visit-recording", "2026-11-23") == "late 2026-03-06..2026-03-10 @2026-03-11 cp");
  }
  SUBCASE("bank holidays are not working days") {
    // CP visit Thu 2026-04-02: Good Friday 04-03 and Easter Monday 04-06 do not count: Tue 7 (1),
    // Wed 8 (2): due 2026-04-08.
    Kase k;
    k.episode("cp", "2026-01-05").recorded_visit("2026-04-02", "2026-04-08");
    CHECK(k.eval("visit-recording", "2026-11-23") == "met 2026-04-02..2026-04-08 @2026-04-08 cp");
    Kase late;
    late.episode("cp", "2026-01-05").recorded_visit("2026-04-02", "2026-04-09");
    CHECK(late.eval("visit-recording", "2026-11-23") == "late 2026-04-02..2026-04-08 @2026-04-09 cp");
  }
  SUBCASE("the two days apply from the plan's first day to its last, and five again the day after") {
    // Plan Mon 2026-03-02 to Fri 2026-03-13. Visits written up three working days later: on
    // 03-02 (due Wed 03-04, late), on Fri 03-13 (due Tue 03-17, late), on Mon 03-16 (plan
    // ended: due Mon 03-23, met).
    Kase k;
    k.episode("cin", "2026-01-05").episode("cp", "2026-03-02", "2026-03-13");
    k.recorded_visit("2026-03-02", "2026-03-05").recorded_visit("2026-03-13", "2026-03-18");
    k.recorded_visit("2026-03-16", "2026-03-19");
    CHECK(k.eval("visit-recording", "2026-11-23") ==
          "late 2026-03-02..2026-03-04 @2026-03-05 cp; late 2026-03-13..2026-03-17 @2026-03-18 cp; "
          "met 2026-03-16..2026-03-23 @2026-03-19");
  }
  SUBCASE("a looked-after child on a child protection plan: two working days") {
    // Visit Thu 2026-03-05: Fri 6 (1), Mon 9 (2): due 2026-03-09; written up Tue 03-10: late.
    Kase k;
    k.episode("cla", "2026-01-05").episode("cp", "2026-02-02").recorded_visit("2026-03-05", "2026-03-10");
    CHECK(k.eval("visit-recording", "2026-11-23") == "late 2026-03-05..2026-03-09 @2026-03-10 cp");
  }
  SUBCASE("every statutory visit is written up, whether or not the child was seen") {
    // Due 2026-03-12 as above; written up Fri 03-13: late.
    Kase k;
    k.episode("cin", "2026-01-05").visit("2026-03-05", YesNo::no, "2026-03-13");
    CHECK(k.eval("visit-recording", "2026-11-23") == "late 2026-03-05..2026-03-12 @2026-03-13");
  }
  SUBCASE("no recorded date: a data issue, not a breach; other visit types not checked") {
    Kase k;
    k.episode("care_leaver", "2026-01-05").visit("2026-03-05").visit("2026-03-06", YesNo::yes, "2026-03-20", "pa");
    CHECK(k.eval("visit-recording", "2026-11-23") == "");
  }
}

// --- 4. Assessment ---------------------------------------------------------

// "A multi-agency assessment of need should be completed for every child
// receiving a service within the agreed timescale - a maximum of 45 days for
// a Child and Family Assessment." Read as 45 working days from the start.
TEST_CASE("assessment: completed within 45 working days of its start") {
  // Started Mon 2026-01-05: 45 wd = nine weeks, Mon 2026-03-09 (no bank holiday between).
  SUBCASE("met on the due date; late by one day") {
    Kase k;
    k.episode("cin", "2026-01-05").add("assessment_start", "2026-01-05").add("assessment_completed", "2026-03-09");
    CHECK(k.eval("assessment", "2026-11-23") == "met 2026-01-05..2026-03-09 @2026-03-09");
    Kase late;
    late.episode("cin", "2026-01-05").add("assessment_start", "2026-01-05").add("assessment_completed", "2026-03-10");
    CHECK(late.eval("assessment", "2026-11-23") == "late 2026-01-05..2026-03-09 @2026-03-10");
  }
  SUBCASE("45 working days, not 45 calendar days: completed on day 60 is on time") {
    // 2026-01-05 + 60 days = 26 to 31 Jan, 28 Feb (54), 6 Mar = Fri 2026-03-06, before 03-09.
    Kase k;
    k.episode("cin", "2026-01-05").add("assessment_start", "2026-01-05").add("assessment_completed", "2026-03-06");
    CHECK(k.eval("assessment", "2026-11-23") == "met 2026-01-05..2026-03-09 @2026-03-06");
  }
  SUBCASE("over Easter and the early May bank holiday") {
    // Started Mon 2026-03-16: nine weeks = Mon 2026-05-18, plus the three bank holidays in
    // between (3 Apr, 6 Apr, 4 May): Tue 19, Wed 20, Thu 2026-05-21.
    Kase k;
    k.episode("cin", "2026-03-02").add("assessment_start", "2026-03-16").add("assessment_completed", "2026-05-21");
    CHECK(k.eval("assessment", "2026-11-23") == "met 2026-03-16..2026-05-21 @2026-05-21");
  }
  SUBCASE("an authorisation shows the assessment was complete") {
    Kase k;
    k.episode("cin", "2026-01-05").add("assessment_start", "2026-01-05").add("assessment_authorised", "2026-03-02");
    CHECK(k.eval("assessment", "2026-11-23") == "met 2026-01-05..2026-03-09 @2026-03-02");
  }
  SUBCASE("missing at the audit date; pending before the due date") {
    Kase k;
    k.episode("cin", "2026-01-05").add("assessment_start", "2026-01-05");
    CHECK(k.eval("assessment", "2026-03-10") == "missing 2026-01-05..2026-03-09");
    CHECK(k.eval("assessment", "2026-03-09") == "pending 2026-01-05..2026-03-09");
  }
  SUBCASE("each assessment needs its own completion; a referral alone starts nothing") {
    // First started Mon 2025-06-02 (+ 45 wd: nine weeks = Mon 2025-08-04, no bank holiday
    // between), completed 2025-07-01. Second started 2026-01-05: the earlier completion does
    // not count for it.
    Kase k;
    k.episode("cin", "2025-06-02").add("referral", "2025-05-28").add("assessment_start", "2025-06-02");
    k.add("assessment_completed", "2025-07-01").add("referral", "2026-01-02").add("assessment_start", "2026-01-05");
    CHECK(k.eval("assessment", "2026-11-23") ==
          "met 2025-06-02..2025-08-04 @2025-07-01; missing 2026-01-05..2026-03-09");
  }
}

// --- 5. Planning -----------------------------------------------------------

// "Child in need plans will be reviewed held within 3 months of the initial
// meeting then every 6 months."
TEST_CASE("cin-review: within 3 months of the plan's start, then every 6 months") {
  SUBCASE("met on the due date, then late by one day, then pending") {
    // Plan from 2026-01-31: + 3 months = 31 April, clamped to 2026-04-30; review held then.
    // + 6 months = 2026-10-30; held 10-31, a day late; + 6 months = 2027-04-30 (clamped), pending.
    Kase k;
    k.episode("cin", "2026-01-31").add("cin_review", "2026-04-30").add("cin_review", "2026-10-31");
    CHECK(k.eval("cin-review", "2026-11-23") ==
          "met 2026-01-31..2026-04-30 @2026-04-30 cin; late 2026-04-30..2026-10-30 @2026-10-31 cin; "
          "pending 2026-10-31..2027-04-30 cin");
  }
  SUBCASE("a review brought forward restarts the six months from its date") {
    // Plan from 2026-01-05: first due 2026-04-05; held early on 2026-03-02; next due 2026-09-02.
    Kase k;
    k.episode("cin", "2026-01-05").add("cin_review", "2026-03-02");
    CHECK(k.eval("cin-review", "2026-11-23") ==
          "met 2026-01-05..2026-04-05 @2026-03-02 cin; missing 2026-03-02..2026-09-02 cin");
  }
  SUBCASE("not owed after the plan ends; a conference is not a CIN review") {
    Kase ended;
    ended.episode("cin", "2026-01-05", "2026-04-01");
    CHECK(ended.eval("cin-review", "2026-11-23") == "");
    Kase k;
    k.episode("cin", "2026-01-05").add("rcpc", "2026-03-02");
    CHECK(k.eval("cin-review", "2026-11-23") == "missing 2026-01-05..2026-04-05 cin");
  }
}

// "Child protection plans will be reviewed and updated within 3 months of the
// ICPCC and then every 6 months."
TEST_CASE("cp-review: review conference within 3 months of the ICPC, then every 6 months") {
  SUBCASE("met on the due date, then late, then pending") {
    // Plan made at the ICPC on 2025-11-30: + 3 months = 30 February, clamped to 2026-02-28;
    // RCPC then. + 6 months = 2026-08-28; RCPC on 2026-09-01 is late (4 days); + 6 months =
    // 2027-03-01, pending at the audit date.
    Kase k;
    k.episode("cp", "2025-11-30").add("icpc", "2025-11-30").add("rcpc", "2026-02-28").add("rcpc", "2026-09-01");
    CHECK(k.eval("cp-review", "2026-11-23") ==
          "met 2025-11-30..2026-02-28 @2026-02-28 cp; late 2026-02-28..2026-08-28 @2026-09-01 cp; "
          "pending 2026-09-01..2027-03-01 cp");
  }
  SUBCASE("the ICPC itself is not a review; missing at the audit date") {
    Kase k;
    k.episode("cp", "2026-01-05").add("icpc", "2026-01-05");
    CHECK(k.eval("cp-review", "2026-04-06") == "missing 2026-01-05..2026-04-05 cp");
    CHECK(k.eval("cp-review", "2026-04-05") == "pending 2026-01-05..2026-04-05 cp");
  }
  SUBCASE("a plan ended at a review conference owes nothing more") {
    // Plan 2026-01-05 to 2026-07-20: first RCPC 2026-04-02 (due 2026-04-05, met); the plan ends
    // at the second RCPC on 2026-07-20; the next would be due 2026-10-02, after the end.
    Kase k;
    k.episode("cp", "2026-01-05", "2026-07-20").add("rcpc", "2026-04-02").add("rcpc", "2026-07-20");
    CHECK(k.eval("cp-review", "2026-11-23") == "met 2026-01-05..2026-04-05 @2026-04-02 cp");
    // A plan that ends before its first review is due (2026-04-05) owes none.
    Kase short_plan;
    short_plan.episode("cp", "2026-01-05", "2026-04-02");
    CHECK(short_plan.eval("cp-review", "2026-11-23") == "");
  }
}

// "Looked After Children care plans will be reviewed within 28 days of
// becoming looked after, 3 months then every 6 months."
TEST_CASE("cla-review: within 28 days of becoming looked after, then 3 months, then every 6 months") {
  SUBCASE("each step of the schedule met on its due date, then missing") {
    // Looked after from Mon 2026-01-05: + 28 days = 2026-02-02 (met on the day);
    // + 3 months = 2026-05-02 (met); + 6 months = 2026-11-02, none: missing at 2026-11-23.
    Kase k;
    k.episode("cla", "2026-01-05").add("cla_review", "2026-02-02").add("cla_review", "2026-05-02");
    CHECK(k.eval("cla-review", "2026-11-23") ==
          "met 2026-01-05..2026-02-02 @2026-02-02 cla; met 2026-02-02..2026-05-02 @2026-05-02 cla; "
          "missing 2026-05-02..2026-11-02 cla");
  }
  SUBCASE("the first review a day late; the three months run from the late review") {
    // Due 2026-02-02, held 02-03; next due 2026-05-03.
    Kase k;
    k.episode("cla", "2026-01-05").add("cla_review", "2026-02-03");
    CHECK(k.eval("cla-review", "2026-03-01") == "late 2026-01-05..2026-02-02 @2026-02-03 cla; pending 2026-02-03..2026-05-03 cla");
  }
  SUBCASE("a placement move does not restart the count: one period of care") {
    // Placements 2026-01-05 to 01-20 and from 01-21: one period from 2026-01-05.
    Kase k;
    k.episode("cla", "2026-01-05", "2026-01-20").episode("cla", "2026-01-21").add("cla_review", "2026-01-29");
    CHECK(k.eval("cla-review", "2026-03-01") == "met 2026-01-05..2026-02-02 @2026-01-29 cla; pending 2026-01-29..2026-04-29 cla");
  }
  SUBCASE("returning to care after a gap starts a new period") {
    // Period 1: 2025-01-06 to 2025-03-02 (reviewed 2025-01-30, due 2025-02-03; next due
    // 2025-04-30 is after the end). Period 2 from Mon 2025-06-02: + 28 days = 2025-06-30.
    Kase k;
    k.episode("cla", "2025-01-06", "2025-03-02").episode("cla", "2025-06-02").add("cla_review", "2025-01-30");
    CHECK(k.eval("cla-review", "2025-07-01") ==
          "met 2025-01-06..2025-02-03 @2025-01-30 cla; missing 2025-06-02..2025-06-30 cla");
  }
  SUBCASE("not owed when the period of care ends within 28 days") {
    Kase k;
    k.episode("cla", "2026-03-09", "2026-03-26");
    CHECK(k.eval("cla-review", "2026-11-23") == "");
  }
}

// --- 6. Supervision --------------------------------------------------------

// "All cases allocated to the social worker must be discussed at the
// following minimum frequencies: - Children on child protection plans every
// month - Children in need and looked after children every two months - Care
// leavers every three months." One count for the case while one of those is
// open; the interval is the one of the episode open at the last discussion
// (the shortest when several are), and a plan that starts brings its own
// first deadline. Months are calendar months, clamped to the month's end.
TEST_CASE("case-supervision: discussed at the frequency of the child's plan") {
  SUBCASE("child protection plan: every month; met on the due date, then late by a day") {
    // Plan from 2026-01-31: + 1 month = 31 February, clamped to 2026-02-28 (met on the day);
    // + 1 month = 2026-03-28; discussed 03-29, a day late; + 1 month = 2026-04-29, pending.
    Kase k;
    k.episode("cp", "2026-01-31").add("supervision", "2026-02-28").add("supervision", "2026-03-29");
    CHECK(k.eval("case-supervision", "2026-04-01") ==
          "met 2026-01-31..2026-02-28 @2026-02-28 cp; late 2026-02-28..2026-03-28 @2026-03-29 cp; "
          "pending 2026-03-29..2026-04-29 cp");
  }
  SUBCASE("child in need: every two months; missing at the audit date, not on the due date") {
    // Plan from 2025-12-31: + 2 months = 31 February, clamped to 2026-02-28; then 2026-04-28.
    Kase k;
    k.episode("cin", "2025-12-31").add("supervision", "2026-02-28");
    CHECK(k.eval("case-supervision", "2026-04-28") ==
          "met 2025-12-31..2026-02-28 @2026-02-28 cin; pending 2026-02-28..2026-04-28 cin");
    CHECK(k.eval("case-supervision", "2026-04-29") ==
          "met 2025-12-31..2026-02-28 @2026-02-28 cin; missing 2026-02-28..2026-04-28 cin");
  }
  SUBCASE("looked after: every two months, through a placement move") {
    // Placements 2026-01-05 to 2026-02-15 and from 02-16: due 2026-03-05 (met 03-05), then
    // 2026-05-05; discussed 05-06, a day late; then 2026-07-06, pending.
    Kase k;
    k.episode("cla", "2026-01-05", "2026-02-15").episode("cla", "2026-02-16");
    k.add("supervision", "2026-03-05").add("supervision", "2026-05-06");
    CHECK(k.eval("case-supervision", "2026-06-01") ==
          "met 2026-01-05..2026-03-05 @2026-03-05 cla; late 2026-03-05..2026-05-05 @2026-05-06 cla; "
          "pending 2026-05-06..2026-07-06 cla");
  }
  SUBCASE("care leaver: every three months; management oversight is not the case discussion") {
    // Care leaver from 2026-02-14: due 2026-05-14 (met on the day); then 2026-08-14; discussed
    // 08-17, 3 days late; then 2026-11-17: the oversight record of 11-10 does not count, missing
    // at 2026-11-23.
    Kase k;
    k.episode("care_leaver", "2026-02-14");
    k.add("supervision", "2026-05-14").add("supervision", "2026-08-17").add("management_oversight", "2026-11-10");
    CHECK(k.eval("case-supervision", "2026-11-23") ==
          "met 2026-02-14..2026-05-14 @2026-05-14 care_leaver; late 2026-05-14..2026-08-14 @2026-08-17 care_leaver; "
          "missing 2026-08-17..2026-11-17 care_leaver");
  }
  SUBCASE("stepped up from CIN to CP the day after a discussion: due a month after the CP plan starts") {
    // CIN from 2026-06-01: due 2026-08-01, met that day; 2026-08-01 + 2 months = 10-01, met that
    // day. The CP plan starts on 10-02: its first deadline, 2026-11-02, comes before the CIN
    // interval's 2026-12-01. Discussed 11-03, a day late; then monthly: 2026-12-03, pending.
    Kase k;
    k.episode("cin", "2026-06-01", "2026-10-01").episode("cp", "2026-10-02");
    k.add("supervision", "2026-08-01").add("supervision", "2026-10-01").add("supervision", "2026-11-03");
    CHECK(k.eval("case-supervision", "2026-11-23") ==
          "met 2026-06-01..2026-08-01 @2026-08-01 cin; met 2026-08-01..2026-10-01 @2026-10-01 cin; "
          "late 2026-10-02..2026-11-02 @2026-11-03 cp; pending 2026-11-03..2026-12-03 cp");
  }
  SUBCASE("stepped up after a gap: the CIN interval is not charged after the CIN plan ended") {
    // CIN from 2026-06-01 to 10-25, last discussed 2026-09-11; CP plan from 10-26, nothing since.
    // 2026-09-11 + 2 months = 2026-11-11 falls after the CIN plan ended (10-25): not owed (issue 9:
    // a plan's interval ends with the plan; ../shared/docs/timescale-semantics.md, second worked
    // example). The CP plan brings its own first deadline: 10-26 + 1 month = 11-26, pending.
    Kase k;
    k.episode("cin", "2026-06-01", "2026-10-25").episode("cp", "2026-10-26");
    k.add("supervision", "2026-07-23").add("supervision", "2026-09-11");
    CHECK(k.eval("case-supervision", "2026-11-23") ==
          "met 2026-06-01..2026-08-01 @2026-07-23 cin; met 2026-07-23..2026-09-23 @2026-09-11 cin; "
          "pending 2026-10-26..2026-11-26 cp");
  }
  SUBCASE("stepped down from CP to CIN: the CP month ends with the CP plan") {
    // CP plan 2026-01-05 to 03-01, CIN from 03-02. Due 02-05 (met that day). On 02-05 the CP plan
    // gives 03-05, after it ended on 03-01: not owed; the CIN plan that follows counts from the
    // last discussion at two months: 2026-04-05, met 02-27; then 2026-04-27, met 04-20 (the old
    // reading charged the CP month after the plan and reported 04-20 as late); then 06-20.
    Kase k;
    k.episode("cp", "2026-01-05", "2026-03-01").episode("cin", "2026-03-02");
    k.add("supervision", "2026-02-05").add("supervision", "2026-02-27").add("supervision", "2026-04-20");
    CHECK(k.eval("case-supervision", "2026-05-01") ==
          "met 2026-01-05..2026-02-05 @2026-02-05 cp; met 2026-02-05..2026-04-05 @2026-02-27 cin; "
          "met 2026-02-27..2026-04-27 @2026-04-20 cin; pending 2026-04-20..2026-06-20 cin");
  }
  SUBCASE("a looked-after child on a child protection plan: monthly, the shorter interval") {
    // Looked after from 2026-01-05, CP plan 2026-02-02 to 06-30. From 01-05 the placement gives
    // 2026-03-05, but the CP plan starting 02-02 gives 2026-03-02, earlier: met 02-27. On 02-27
    // both are open: 2026-03-27 (not 2026-04-27), met on the day; then 2026-04-27, pending.
    Kase k;
    k.episode("cla", "2026-01-05").episode("cp", "2026-02-02", "2026-06-30");
    k.add("supervision", "2026-02-27").add("supervision", "2026-03-27");
    CHECK(k.eval("case-supervision", "2026-04-01") ==
          "met 2026-02-02..2026-03-02 @2026-02-27 cp; met 2026-02-27..2026-03-27 @2026-03-27 cp; "
          "pending 2026-03-27..2026-04-27 cp");
  }
  SUBCASE("leaving care: three months from the last discussion, not the looked-after interval") {
    // Looked after from 2025-11-17 to 2026-02-13: due 2026-01-17, met 01-15. The looked-after
    // two months (2026-03-15) fall after the placement ended: not owed. The care-leaver episode
    // that follows counts from the last discussion at three months: 2026-04-15. Discussed 05-07,
    // 22 days late; from there three-monthly: 2026-08-07.
    Kase k;
    k.episode("cla", "2025-11-17", "2026-02-13").episode("care_leaver", "2026-02-14");
    k.add("supervision", "2026-01-15").add("supervision", "2026-05-07");
    CHECK(k.eval("case-supervision", "2026-06-01") ==
          "met 2025-11-17..2026-01-17 @2026-01-15 cla; late 2026-01-15..2026-04-15 @2026-05-07 care_leaver; "
          "pending 2026-05-07..2026-08-07 care_leaver");
  }
  SUBCASE("not owed after the plans end; counted again from the next plan after a gap") {
    // CP plan 2026-01-05 to 02-04: first due 02-05, after the end: nothing owed.
    Kase short_plan;
    short_plan.episode("cp", "2026-01-05", "2026-02-04");
    CHECK(short_plan.eval("case-supervision", "2026-11-23") == "");
    // CIN 2026-01-05 to 03-20, discussed 02-10 (due 03-05, met); 02-10 + 2 months = 04-10 is after
    // the end. A CP plan from 2026-04-01, after a gap, starts the count again: due 2026-05-01.
    Kase gap;
    gap.episode("cin", "2026-01-05", "2026-03-20").episode("cp", "2026-04-01").add("supervision", "2026-02-10");
    CHECK(gap.eval("case-supervision", "2026-06-01") ==
          "met 2026-01-05..2026-03-05 @2026-02-10 cin; missing 2026-04-01..2026-05-01 cp");
  }
  SUBCASE("private fostering and early help are not in the list: nothing owed") {
    Kase pf;
    pf.episode("private_fostering", "2026-01-05");
    CHECK(pf.eval("case-supervision", "2026-11-23") == "");
    // Stepped up from early help: counted from the CIN plan's start, 2026-03-09 + 2 months = 05-09.
    Kase eh;
    eh.episode("early_help", "2026-01-05", "2026-03-08").episode("cin", "2026-03-09").add("supervision", "2026-02-02");
    CHECK(eh.eval("case-supervision", "2026-06-01") == "missing 2026-03-09..2026-05-09 cin");
  }
}

}  // namespace ca
