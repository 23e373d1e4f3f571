// recurring with every_while_open: one clock for the case while episodes of
// some types are open, the interval following the episodes open.
#include "fixture.h"

namespace ca::test {
namespace {

// Discussed in supervision every 2 weeks on a CP plan, 4 weeks on a CIN plan,
// 6 weeks while looked after; the scope lists the same types. 2024-01-01 is a
// Monday; every interval here is in calendar days, so weekdays do not matter.
Rule supervision() {
  Rule r = make_rule(Kind::recurring, case_while_scope({"cp", "cin", "cla"}), of({"supervision"}));
  r.every_while_open = {
      {episode_type("cp"), weeks(2)}, {episode_type("cin"), weeks(4)}, {episode_type("cla"), weeks(6)}};
  return r;
}

TEST_CASE("every_while_open: the interval is the one of the episode open at the previous record") {
  // CIN from 2024-01-01: 4 weeks, due 01-29, met 01-20; 01-20 + 28 days = 02-17, met 02-10;
  // 02-10 + 28 = 03-09, pending.
  CaseBuilder c;
  c.episode("cin", "2024-01-01").record("supervision", "2024-01-20").record("supervision", "2024-02-10");
  CHECK(run(supervision(), c, "2024-02-20") == lines({
                                                   "cin met anchor 2024-01-01 due 2024-01-29 met 2024-01-20",
                                                   "cin met anchor 2024-01-20 due 2024-02-17 met 2024-02-10",
                                                   "cin pending anchor 2024-02-10 due 2024-03-09 met -",
                                               }));
}

TEST_CASE("every_while_open: a late record restarts the clock; missing only when due before the audit date") {
  // Due 01-29, met 02-05 (late); 02-05 + 28 days = 03-04.
  CaseBuilder c;
  c.episode("cin", "2024-01-01").record("supervision", "2024-02-05");
  CHECK(run(supervision(), c, "2024-03-04") == lines({
                                                   "cin late anchor 2024-01-01 due 2024-01-29 met 2024-02-05",
                                                   "cin pending anchor 2024-02-05 due 2024-03-04 met -",
                                               }));
  CHECK(run(supervision(), c, "2024-03-05") == lines({
                                                   "cin late anchor 2024-01-01 due 2024-01-29 met 2024-02-05",
                                                   "cin missing anchor 2024-02-05 due 2024-03-04 met -",
                                               }));
}

TEST_CASE("every_while_open: with several open, the one due first") {
  // Looked after from 2024-01-01 and on a CP plan from the same day: 01-01 + 2 weeks = 01-15
  // (not + 6 weeks = 02-12), met 01-10; 01-10 + 2 weeks = 01-24, missing on 02-01.
  CaseBuilder c;
  c.episode("cla", "2024-01-01").episode("cp", "2024-01-01", "2024-03-31").record("supervision", "2024-01-10");
  CHECK(run(supervision(), c, "2024-02-01") == lines({
                                                   "cp met anchor 2024-01-01 due 2024-01-15 met 2024-01-10",
                                                   "cp missing anchor 2024-01-10 due 2024-01-24 met -",
                                               }));
}

TEST_CASE("every_while_open: an episode starting after the previous record brings its own first deadline") {
  // CIN 2024-01-01 to 01-31, then a CP plan from 02-01. From 01-26 the CIN interval gives
  // 01-26 + 28 = 02-23, but the CP plan's first deadline is 02-01 + 14 = 02-15, earlier: due
  // 02-15, counted from 02-01, on the CP plan. Met 02-14; then 02-14 + 14 = 02-28.
  CaseBuilder c;
  c.episode("cin", "2024-01-01", "2024-01-31").episode("cp", "2024-02-01");
  c.record("supervision", "2024-01-26").record("supervision", "2024-02-14");
  CHECK(run(supervision(), c, "2024-02-20") == lines({
                                                   "cin met anchor 2024-01-01 due 2024-01-29 met 2024-01-26",
                                                   "cp met anchor 2024-02-01 due 2024-02-15 met 2024-02-14",
                                                   "cp pending anchor 2024-02-14 due 2024-02-28 met -",
                                               }));
  // None after 01-26: missing on 02-16 (not pending until 02-23).
  CaseBuilder none;
  none.episode("cin", "2024-01-01", "2024-01-31").episode("cp", "2024-02-01").record("supervision", "2024-01-26");
  CHECK(run(supervision(), none, "2024-02-16") == lines({
                                                      "cin met anchor 2024-01-01 due 2024-01-29 met 2024-01-26",
                                                      "cp missing anchor 2024-02-01 due 2024-02-15 met -",
                                                  }));
  // A record the day before the plan starts meets that requirement, but the plan still starts
  // after it: the next is due 02-15 again, not 01-30 + 28 = 02-27.
  CaseBuilder before;
  before.episode("cin", "2024-01-01", "2024-01-31").episode("cp", "2024-02-01");
  before.record("supervision", "2024-01-26").record("supervision", "2024-01-31");
  CHECK(run(supervision(), before, "2024-02-16") == lines({
                                                        "cin met anchor 2024-01-01 due 2024-01-29 met 2024-01-26",
                                                        // report order: a blank met date first
                                                        "cp missing anchor 2024-02-01 due 2024-02-15 met -",
                                                        "cp met anchor 2024-02-01 due 2024-02-15 met 2024-01-31",
                                                    }));
}

TEST_CASE("every_while_open: an episode starting after the due date in force changes nothing") {
  // From 01-20 the CIN interval gives 02-17; a CP plan from 02-10 would give 02-24: later.
  CaseBuilder c;
  c.episode("cin", "2024-01-01", "2024-02-09").episode("cp", "2024-02-10").record("supervision", "2024-01-20");
  CHECK(run(supervision(), c, "2024-02-20") == lines({
                                                   "cin met anchor 2024-01-01 due 2024-01-29 met 2024-01-20",
                                                   "cin missing anchor 2024-01-20 due 2024-02-17 met -",
                                               }));
}

TEST_CASE("every_while_open: stepped down, the interval in force at the previous record still applies") {
  // CP plan 2024-01-01 to 01-20, then CIN from 01-21. 01-01 + 14 = 01-15, met 01-12. On 01-12
  // the CP plan is open: 01-12 + 14 = 01-26 (the CIN plan's own first deadline, 01-21 + 28 =
  // 02-18, is later). Met 02-10, late; from 02-10 only the CIN plan is open: 02-10 + 28 = 03-09.
  CaseBuilder c;
  c.episode("cp", "2024-01-01", "2024-01-20").episode("cin", "2024-01-21");
  c.record("supervision", "2024-01-12").record("supervision", "2024-02-10");
  CHECK(run(supervision(), c, "2024-02-20") == lines({
                                                   "cp met anchor 2024-01-01 due 2024-01-15 met 2024-01-12",
                                                   "cp late anchor 2024-01-12 due 2024-01-26 met 2024-02-10",
                                                   "cin pending anchor 2024-02-10 due 2024-03-09 met -",
                                               }));
}

TEST_CASE("every_while_open: due after the window's end is not owed; after a gap a new window starts") {
  // CIN 2024-01-01 to 02-10: 01-20 + 28 = 02-17 is after its end, not owed. A CP plan from
  // 03-01, after a gap, is a new window: its start brings nothing into the first; due
  // 03-01 + 14 = 03-15, missing on 03-20.
  CaseBuilder c;
  c.episode("cin", "2024-01-01", "2024-02-10").episode("cp", "2024-03-01").record("supervision", "2024-01-20");
  CHECK(run(supervision(), c, "2024-03-20") == lines({
                                                   "cin met anchor 2024-01-01 due 2024-01-29 met 2024-01-20",
                                                   "cp missing anchor 2024-03-01 due 2024-03-15 met -",
                                               }));
  // Episodes of other types do not open the window, and records outside it do not count.
  CaseBuilder other;
  other.episode("early_help", "2024-01-01").record("supervision", "2024-01-20");
  CHECK(run(supervision(), other, "2024-12-31") == "");
}

TEST_CASE("every_while_open: an episode starting after the audit date is not yet in force") {
  // From 01-26 on the CIN plan: 02-23. A CP plan from 02-05 would make it 02-19, but only once
  // it has started by the audit date.
  CaseBuilder c;
  c.episode("cin", "2024-01-01").episode("cp", "2024-02-05").record("supervision", "2024-01-26");
  CHECK(run(supervision(), c, "2024-02-01") == lines({
                                                   "cin met anchor 2024-01-01 due 2024-01-29 met 2024-01-26",
                                                   "cin pending anchor 2024-01-26 due 2024-02-23 met -",
                                               }));
  CHECK(run(supervision(), c, "2024-02-06") == lines({
                                                   "cin met anchor 2024-01-01 due 2024-01-29 met 2024-01-26",
                                                   "cp pending anchor 2024-02-05 due 2024-02-19 met -",
                                               }));
}

TEST_CASE("every_while_open: ties go to the earlier anchor, then to the type listed first") {
  // From 01-01 on the CIN plan: 01-29; a CP plan starting 01-15 gives 01-15 + 14 = 01-29 too:
  // the count already running (from 01-01) is the one reported.
  CaseBuilder running;
  running.episode("cin", "2024-01-01").episode("cp", "2024-01-15");
  CHECK(run(supervision(), running, "2024-02-01") == lines({"cin missing anchor 2024-01-01 due 2024-01-29 met -"}));
  // CIN and looked after from the same day, both 4 weeks: the type listed first.
  Rule cin_first = make_rule(Kind::recurring, case_while_scope({"cin", "cla"}), of({"supervision"}));
  cin_first.every_while_open = {{episode_type("cin"), weeks(4)}, {episode_type("cla"), days(28)}};
  Rule cla_first = cin_first;
  std::swap(cla_first.every_while_open[0], cla_first.every_while_open[1]);
  CaseBuilder both;
  both.episode("cin", "2024-01-01").episode("cla", "2024-01-01");
  CHECK(run(cin_first, both, "2024-02-01") == lines({"cin missing anchor 2024-01-01 due 2024-01-29 met -"}));
  CHECK(run(cla_first, both, "2024-02-01") == lines({"cla missing anchor 2024-01-01 due 2024-01-29 met -"}));
}

TEST_CASE("every_while_open: working days and months, as their units say") {
  // CP plan from Mon 2024-03-25 at 10 working days: Good Friday and Easter Monday skipped,
  // 2024-04-10. CIN from 2024-01-31 monthly: 2024-02-29 (leap year, clamped).
  Rule r = make_rule(Kind::recurring, case_while_scope({"cp", "cin"}), of({"supervision"}));
  r.every_while_open = {{episode_type("cp"), working_days(10)}, {episode_type("cin"), months(1)}};
  CaseBuilder cp;
  cp.episode("cp", "2024-03-25");
  CHECK(run(r, cp, "2024-04-11") == lines({"cp missing anchor 2024-03-25 due 2024-04-10 met -"}));
  CaseBuilder cin;
  cin.episode("cin", "2024-01-31");
  CHECK(run(r, cin, "2024-03-01") == lines({"cin missing anchor 2024-01-31 due 2024-02-29 met -"}));
}

TEST_CASE("every_while_open: the requirement names the winning episode type and the meeting record's line") {
  CaseBuilder c;
  c.episode("cin", "2024-01-01", "2024-01-31");  // line 2
  c.episode("cp", "2024-02-01");                 // line 3
  c.record("supervision", "2024-01-26");         // line 4
  c.record("supervision", "2024-02-14");         // line 5
  const auto reqs = evaluate({supervision()}, c, "2024-02-20");
  REQUIRE(reqs.size() == 3);
  CHECK(reqs[0].episode_type == episode_type("cin"));
  CHECK(reqs[0].record_line == 4);
  CHECK(reqs[1].episode_type == episode_type("cp"));
  CHECK(reqs[1].anchor == D("2024-02-01"));
  CHECK(reqs[1].record_line == 5);
  CHECK(reqs[2].record_line == 0);
}

}  // namespace
}  // namespace ca::test
