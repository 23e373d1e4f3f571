// deadline: "Y within N of X", X the scope's start, its end, or each trigger record.
#include "fixture.h"

namespace ca::test {
namespace {

// A CIN plan within 10 working days of the CIN episode's start. From Mon
// 2024-03-25 that is 2024-04-10 (across Easter; see duration.cpp).
Rule cin_plan() { return deadline(episode_scope("cin"), of({"cin_plan"}), TriggerKind::start, working_days(10)); }

TEST_CASE("deadline from the start: met on the due date, late by a day, missing, pending") {
  CaseBuilder met;
  met.episode("cin", "2024-03-25").record("cin_plan", "2024-04-10");
  CHECK(run(cin_plan(), met, "2024-05-01") == lines({"cin met anchor 2024-03-25 due 2024-04-10 met 2024-04-10"}));
  CaseBuilder late;
  late.episode("cin", "2024-03-25").record("cin_plan", "2024-04-11");
  CHECK(run(cin_plan(), late, "2024-05-01") == lines({"cin late anchor 2024-03-25 due 2024-04-10 met 2024-04-11"}));
  CaseBuilder none;
  none.episode("cin", "2024-03-25");
  CHECK(run(cin_plan(), none, "2024-04-11") == lines({"cin missing anchor 2024-03-25 due 2024-04-10 met -"}));
  CHECK(run(cin_plan(), none, "2024-04-10") == lines({"cin pending anchor 2024-03-25 due 2024-04-10 met -"}));
}

TEST_CASE("deadline from the start: the audit date, the trigger day, the episode's end") {
  CaseBuilder after;  // recorded after the audit date: ignored
  after.episode("cin", "2024-03-25").record("cin_plan", "2024-04-12");
  CHECK(run(cin_plan(), after, "2024-04-11") == lines({"cin missing anchor 2024-03-25 due 2024-04-10 met -"}));
  CaseBuilder same_day;  // on the trigger day: counts
  same_day.episode("cin", "2024-03-25").record("cin_plan", "2024-03-25");
  CHECK(run(cin_plan(), same_day, "2024-05-01") ==
        lines({"cin met anchor 2024-03-25 due 2024-04-10 met 2024-03-25"}));
  CaseBuilder before;  // before the trigger: does not count
  before.episode("cin", "2024-03-25").record("cin_plan", "2024-03-22");
  CHECK(run(cin_plan(), before, "2024-05-01") == lines({"cin missing anchor 2024-03-25 due 2024-04-10 met -"}));
  CaseBuilder ended;  // the episode ended before the due date: not owed
  ended.episode("cin", "2024-03-25", "2024-04-09");
  CHECK(run(cin_plan(), ended, "2024-05-01") == "");
  CaseBuilder outside;  // ended on the due date; the plan the day after is outside it
  outside.episode("cin", "2024-03-25", "2024-04-10").record("cin_plan", "2024-04-11");
  CHECK(run(cin_plan(), outside, "2024-05-01") == lines({"cin missing anchor 2024-03-25 due 2024-04-10 met -"}));
}

TEST_CASE("deadline from the end: closure summary within 10 working days of the case closing") {
  const Rule rule = deadline(case_scope(), of({"closure_summary"}), TriggerKind::end, working_days(10));
  CaseBuilder met;  // closed Mon 2024-03-25: due 2024-04-10; a record after the end counts
  met.open("2024-01-01").close("2024-03-25").record("closure_summary", "2024-04-10");
  CHECK(run(rule, met, "2024-05-01") == lines({"case met anchor 2024-03-25 due 2024-04-10 met 2024-04-10"}));
  CaseBuilder on_day;  // on the day of closing
  on_day.open("2024-01-01").close("2024-03-25").record("closure_summary", "2024-03-25");
  CHECK(run(rule, on_day, "2024-05-01") == lines({"case met anchor 2024-03-25 due 2024-04-10 met 2024-03-25"}));
  CaseBuilder early;  // before the closing: not on or after the trigger
  early.open("2024-01-01").close("2024-03-25").record("closure_summary", "2024-03-20");
  CHECK(run(rule, early, "2024-04-15") == lines({"case missing anchor 2024-03-25 due 2024-04-10 met -"}));
  CHECK(run(rule, early, "2024-04-10") == lines({"case pending anchor 2024-03-25 due 2024-04-10 met -"}));
  CaseBuilder late;
  late.open("2024-01-01").close("2024-03-25").record("closure_summary", "2024-04-11");
  CHECK(run(rule, late, "2024-05-01") == lines({"case late anchor 2024-03-25 due 2024-04-10 met 2024-04-11"}));
  CHECK(run(rule, late, "2024-04-10") == lines({"case pending anchor 2024-03-25 due 2024-04-10 met -"}));
  CaseBuilder open;  // still open, or closed after the audit date: no trigger yet
  open.open("2024-01-01");
  CHECK(run(rule, open, "2024-05-01") == "");
  CHECK(run(rule, met, "2024-03-24") == "");
}

TEST_CASE("deadline from the end of each episode") {
  const Rule rule = deadline(episode_scope("cp"), of({"closure_summary"}), TriggerKind::end, days(5));
  CaseBuilder c;  // ended 01-31 (due 02-05) and 06-28 (due 07-03); one summary for each
  c.episode("cp", "2024-01-08", "2024-01-31")
      .episode("cp", "2024-05-01", "2024-06-28")
      .record("closure_summary", "2024-02-01")
      .record("closure_summary", "2024-07-05");
  CHECK(run(rule, c, "2024-08-01") == lines({
                                         "cp met anchor 2024-01-31 due 2024-02-05 met 2024-02-01",
                                         "cp late anchor 2024-06-28 due 2024-07-03 met 2024-07-05",
                                     }));
}

TEST_CASE("deadline from each trigger record: a visit within 48 hours when the child was not seen") {
  Rule rule = deadline(episode_scope("cp"), seen_visits(), TriggerKind::record, days(2));
  rule.trigger.record = of({"visit"}, {seen_is(YesNo::no)});
  CaseBuilder c;
  c.episode("cp", "2024-01-01")
      .visit("2023-12-30", {.seen = YesNo::no})  // before the plan: not a trigger
      .visit("2024-01-10", {.seen = YesNo::no})
      .visit("2024-01-12")  // 01-10 + 2 days: met on the due date
      .visit("2024-02-01", {.seen = YesNo::no})
      .visit("2024-02-01", {.seen = YesNo::no})  // two on one day: one trigger
      .visit("2024-02-05")                       // due 02-03: late
      .visit("2024-04-01", {.seen = YesNo::no})
      .visit("2024-04-02", {.seen = YesNo::no})
      .visit("2024-04-03")  // meets both: due 04-03 and 04-04
      .visit("2024-05-01", {.seen = YesNo::no})
      .visit("2024-05-20", {.seen = YesNo::no})
      .visit("2024-05-23");  // after the audit date: ignored
  CHECK(run(rule, c, "2024-05-21") == lines({
                                          "cp met anchor 2024-01-10 due 2024-01-12 met 2024-01-12",
                                          "cp late anchor 2024-02-01 due 2024-02-03 met 2024-02-05",
                                          "cp met anchor 2024-04-01 due 2024-04-03 met 2024-04-03",
                                          "cp met anchor 2024-04-02 due 2024-04-04 met 2024-04-03",
                                          "cp missing anchor 2024-05-01 due 2024-05-03 met -",
                                          "cp pending anchor 2024-05-20 due 2024-05-22 met -",
                                      }));
}

TEST_CASE("deadline from a trigger record: not owed when the episode ends first") {
  // Strategy discussion, then ICPC within 15 working days, while the CIN episode is open.
  Rule rule = deadline(episode_scope("cin"), of({"icpc"}), TriggerKind::record, working_days(15));
  rule.trigger.record = of({"strategy"});
  CaseBuilder c;
  // Strategy Mon 2024-03-04 + 15 working days: Mar 5-8 (4), 11-15 (9), 18-22
  // (14), Mon 25 (15). Strategy Mon 2024-04-08: due Mon 2024-04-29, after the
  // episode's end (04-20): not owed.
  c.episode("cin", "2024-03-01", "2024-04-20")
      .record("strategy", "2024-03-04")
      .record("icpc", "2024-03-26")
      .record("strategy", "2024-04-08");
  CHECK(run(rule, c, "2024-06-01") == lines({"cin late anchor 2024-03-04 due 2024-03-25 met 2024-03-26"}));
}

TEST_CASE("deadline within 0 working days: the same working day, the next one from a weekend or bank holiday") {
  // A visit the same working day as a referral.
  Rule rule = deadline(case_scope(), seen_visits(), TriggerKind::record, working_days(0));
  rule.trigger.record = of({"referral"});
  CaseBuilder saturday;  // Sat 2024-03-23: due Mon 2024-03-25, so a Monday visit is on time
  saturday.open("2024-01-01").record("referral", "2024-03-23").visit("2024-03-25");
  CHECK(run(rule, saturday, "2024-05-01") == lines({"case met anchor 2024-03-23 due 2024-03-25 met 2024-03-25"}));
  CaseBuilder good_friday;  // Fri 2024-03-29: Easter weekend and Monday skipped, due Tue 2024-04-02
  good_friday.open("2024-01-01").record("referral", "2024-03-29").visit("2024-04-02");
  CHECK(run(rule, good_friday, "2024-05-01") ==
        lines({"case met anchor 2024-03-29 due 2024-04-02 met 2024-04-02"}));
  CaseBuilder late;  // a day after that is late
  late.open("2024-01-01").record("referral", "2024-03-29").visit("2024-04-03");
  CHECK(run(rule, late, "2024-05-01") == lines({"case late anchor 2024-03-29 due 2024-04-02 met 2024-04-03"}));
  CaseBuilder weekday;  // Mon 2024-03-25: that day; the Tuesday is late
  weekday.open("2024-01-01").record("referral", "2024-03-25").visit("2024-03-26");
  CHECK(run(rule, weekday, "2024-05-01") == lines({"case late anchor 2024-03-25 due 2024-03-25 met 2024-03-26"}));
}

}  // namespace
}  // namespace ca::test
