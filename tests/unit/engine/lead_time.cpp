// lead_time: "Y at least N before meeting X", and after the previous such meeting.
#include "fixture.h"

namespace ca::test {
namespace {

// The conference report (here a case summary) shared 2 working days before the
// ICPC. ICPC Wed 2024-04-03: 2 working days before = Thu 2024-03-28 (Tue 2
// Apr, then Easter Monday, the weekend and Good Friday skipped).
Rule report(const char* meeting) {
  Rule r = make_rule(Kind::lead_time, case_scope(), of({"case_summary"}));
  r.trigger.kind = TriggerKind::record;
  r.trigger.record = of({meeting});
  r.before = working_days(2);
  return r;
}

TEST_CASE("lead time: met on the due date, late, missing") {
  CaseBuilder met;
  met.open("2024-01-01").record("case_summary", "2024-03-28").record("icpc", "2024-04-03");
  CHECK(run(report("icpc"), met, "2024-05-01") == lines({"case met anchor 2024-04-03 due 2024-03-28 met 2024-03-28"}));
  CaseBuilder late;  // a day late: Tue 2 April
  late.open("2024-01-01").record("case_summary", "2024-04-02").record("icpc", "2024-04-03");
  CHECK(run(report("icpc"), late, "2024-05-01") ==
        lines({"case late anchor 2024-04-03 due 2024-03-28 met 2024-04-02"}));
  CaseBuilder none;  // after the meeting does not count
  none.open("2024-01-01").record("icpc", "2024-04-03").record("case_summary", "2024-04-04");
  CHECK(run(report("icpc"), none, "2024-05-01") == lines({"case missing anchor 2024-04-03 due 2024-03-28 met -"}));
}

TEST_CASE("lead time: the latest on time is the one that met it; the first late one otherwise") {
  CaseBuilder c;
  c.open("2024-01-01")
      .record("case_summary", "2024-03-20")
      .record("case_summary", "2024-03-27")
      .record("case_summary", "2024-04-02")
      .record("icpc", "2024-04-03");
  CHECK(run(report("icpc"), c, "2024-05-01") == lines({"case met anchor 2024-04-03 due 2024-03-28 met 2024-03-27"}));
  CaseBuilder two_late;
  two_late.open("2024-01-01")
      .record("case_summary", "2024-04-02")
      .record("case_summary", "2024-04-03")  // on the meeting day: still late, not the first
      .record("icpc", "2024-04-03");
  CHECK(run(report("icpc"), two_late, "2024-05-01") ==
        lines({"case late anchor 2024-04-03 due 2024-03-28 met 2024-04-02"}));
}

TEST_CASE("lead time: each meeting needs its own report, after the previous meeting") {
  // RCPCs Wed 04-03 (due 03-28) and Wed 06-05 (due Mon 06-03: Tue 4, Mon 3).
  // The report of 03-27 was for the first; the second has none.
  CaseBuilder c;
  c.open("2024-01-01")
      .record("case_summary", "2024-03-27")
      .record("rcpc", "2024-04-03")
      .record("rcpc", "2024-04-03")  // two on one day: one meeting
      .record("rcpc", "2024-06-05")
      .record("rcpc", "2024-06-20");  // after the audit date: ignored
  CHECK(run(report("rcpc"), c, "2024-06-10") == lines({
                                                     "case met anchor 2024-04-03 due 2024-03-28 met 2024-03-27",
                                                     "case missing anchor 2024-06-05 due 2024-06-03 met -",
                                                 }));
}

TEST_CASE("lead time: a meeting before the window still bounds the records for the next") {
  // Per CP episode. ICPC Tue 2023-01-10 (due Fri 2023-01-06: Mon 9, Fri 6),
  // report 2023-01-05. A new plan in 2024: ICPC Wed 2024-01-10 (due Mon
  // 2024-01-08). The 2023 report was for the 2023 conference: missing.
  Rule rule = report("icpc");
  rule.scope = episode_scope("cp");
  CaseBuilder c;
  c.episode("cp", "2023-01-10", "2023-06-30")
      .episode("cp", "2024-01-10")
      .record("case_summary", "2023-01-05")
      .record("icpc", "2023-01-10")
      .record("icpc", "2024-01-10");
  CHECK(run(rule, c, "2024-03-01") == lines({
                                          "cp met anchor 2023-01-10 due 2023-01-06 met 2023-01-05",
                                          "cp missing anchor 2024-01-10 due 2024-01-08 met -",
                                      }));
}

TEST_CASE("lead time: a meeting on the audit date with a same-day lead is pending") {
  Rule rule = report("icpc");
  rule.before = working_days(0);
  CaseBuilder c;
  c.open("2024-01-01").record("icpc", "2024-04-03");
  CHECK(run(rule, c, "2024-04-03") == lines({"case pending anchor 2024-04-03 due 2024-04-03 met -"}));
  CHECK(run(rule, c, "2024-04-04") == lines({"case missing anchor 2024-04-03 due 2024-04-03 met -"}));
}

}  // namespace
}  // namespace ca::test
