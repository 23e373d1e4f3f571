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
  // A record the day before the plan starts meets the plan's first requirement; the next counts
  // from that record at the plan's interval: 01-31 + 14 = 02-14 (not 02-15 again, nor 01-31 + 28).
  CaseBuilder before;
  before.episode("cin", "2024-01-01", "2024-01-31").episode("cp", "2024-02-01");
  before.record("supervision", "2024-01-26").record("supervision", "2024-01-31");
  CHECK(run(supervision(), before, "2024-02-16") == lines({
                                                        "cin met anchor 2024-01-01 due 2024-01-29 met 2024-01-26",
                                                        "cp missing anchor 2024-01-31 due 2024-02-14 met -",
                                                        "cp met anchor 2024-02-01 due 2024-02-15 met 2024-01-31",
                                                    }));
}

TEST_CASE("every_while_open: a due date after its plan has ended is not owed; the next plan brings its own") {
  // From 01-20 the CIN interval gives 02-17, but the CIN plan ended on 02-09: not owed (a plan's
  // interval ends with the plan). The CP plan from 02-10 brings its own: 02-10 + 14 = 02-24.
  CaseBuilder c;
  c.episode("cin", "2024-01-01", "2024-02-09").episode("cp", "2024-02-10").record("supervision", "2024-01-20");
  CHECK(run(supervision(), c, "2024-02-20") == lines({
                                                   "cin met anchor 2024-01-01 due 2024-01-29 met 2024-01-20",
                                                   "cp pending anchor 2024-02-10 due 2024-02-24 met -",
                                               }));
}

TEST_CASE("every_while_open: stepped down, the less intensive plan counts from the last record") {
  // CP plan 2024-01-01 to 01-20, then CIN from 01-21. 01-01 + 14 = 01-15, met 01-12. On 01-12
  // the CP plan gives 01-26, but it ended on 01-20: the CP interval is not charged after it. The
  // CIN plan that follows counts from the last discussion at its own interval: 01-12 + 28 = 02-09
  // (earlier than its start + 28 = 02-18). Met 02-10: one day late; then 02-10 + 28 = 03-09.
  CaseBuilder c;
  c.episode("cp", "2024-01-01", "2024-01-20").episode("cin", "2024-01-21");
  c.record("supervision", "2024-01-12").record("supervision", "2024-02-10");
  CHECK(run(supervision(), c, "2024-02-20") == lines({
                                                   "cp met anchor 2024-01-01 due 2024-01-15 met 2024-01-12",
                                                   "cin late anchor 2024-01-12 due 2024-02-09 met 2024-02-10",
                                                   "cin pending anchor 2024-02-10 due 2024-03-09 met -",
                                               }));
}

}  // namespace
}  // namespace ca::test
