// recording_lag: "written up within N", N depending on the episode open then.
#include "fixture.h"

namespace ca::test {
namespace {

// Visits recorded within 5 days; within 2 days while a CP plan is open.
Rule visit_recording(Scope scope) {
  Rule r = make_rule(Kind::recording_lag, scope, of({"visit"}));
  r.limit = days(5);
  r.limit_when_open = {{episode_type("cp"), days(2)}};
  return r;
}

TEST_CASE("recording lag: the limit depends on the episode open on the visit's date") {
  CaseBuilder c;
  c.open("2024-01-01")
      .episode("cp", "2024-02-01", "2024-02-29")
      .visit("2024-01-10", {.recorded = "2024-01-15"})  // 5 days: met on the due date
      .visit("2024-01-20", {.recorded = "2024-01-26"})  // due 01-25: late by a day
      .visit("2024-02-01", {.recorded = "2024-02-01"})  // CP from its first day: same day, met
      .visit("2024-02-10", {.recorded = "2024-02-13"})  // CP: due 02-12, late
      .visit("2024-02-29", {.recorded = "2024-03-02"})  // CP's last day: due 03-02 (leap year), met
      .visit("2024-03-01", {.recorded = "2024-03-07"})  // CP over: due 03-06, late
      .visit("2024-03-10")                              // no recorded date: a data issue, not a breach
      .visit("2024-03-20", {.recorded = "2024-04-05"})  // recorded after the audit date; due 03-25: missing
      .visit("2024-03-29", {.recorded = "2024-04-05"})  // due 04-03, after the audit date: pending
      .visit("2024-04-02", {.recorded = "2024-04-02"});  // after the audit date: ignored
  CHECK(run(visit_recording(case_scope()), c, "2024-04-01") ==
        lines({
            "case met anchor 2024-01-10 due 2024-01-15 met 2024-01-15",
            "case late anchor 2024-01-20 due 2024-01-25 met 2024-01-26",
            "cp met anchor 2024-02-01 due 2024-02-03 met 2024-02-01",
            "cp late anchor 2024-02-10 due 2024-02-12 met 2024-02-13",
            "cp met anchor 2024-02-29 due 2024-03-02 met 2024-03-02",
            "case late anchor 2024-03-01 due 2024-03-06 met 2024-03-07",
            "case missing anchor 2024-03-20 due 2024-03-25 met -",
            "case pending anchor 2024-03-29 due 2024-04-03 met -",
        }));
}

TEST_CASE("recording lag: record_line is the line of the record measured, even when not yet written up") {
  CaseBuilder c;
  c.open("2024-01-01");
  c.visit("2024-03-20", {.recorded = "2024-04-05"});  // line 2
  c.visit("2024-03-21", {.recorded = "2024-03-22"});  // line 3
  const auto reqs = evaluate({visit_recording(case_scope())}, c, "2024-04-01");
  REQUIRE(reqs.size() == 2);
  CHECK(show(reqs[0], false) == "case missing anchor 2024-03-20 due 2024-03-25 met -");
  CHECK(reqs[0].record_line == 2);
  CHECK(show(reqs[1], false) == "case met anchor 2024-03-21 due 2024-03-26 met 2024-03-22");
  CHECK(reqs[1].record_line == 3);
}

TEST_CASE("recording lag: per episode, only records inside it; the episode's own type otherwise") {
  // CIN episode: 5 days, or 2 while a CP plan is open too (from 02-01).
  CaseBuilder c;
  c.episode("cin", "2024-01-01", "2024-03-31")
      .episode("cp", "2024-02-01")
      .visit("2023-12-31", {.recorded = "2024-01-20"})  // before the CIN episode
      .visit("2024-01-15", {.recorded = "2024-01-19"})
      .visit("2024-02-15", {.recorded = "2024-02-19"})
      .visit("2024-04-10", {.recorded = "2024-04-30"});  // after it
  CHECK(run(visit_recording(episode_scope("cin")), c, "2024-06-01") ==
        lines({
            "cin met anchor 2024-01-15 due 2024-01-20 met 2024-01-19",
            "cp late anchor 2024-02-15 due 2024-02-17 met 2024-02-19",
        }));
}

TEST_CASE("recording lag in working days, across Easter") {
  Rule rule = make_rule(Kind::recording_lag, case_scope(), of({"icpc"}));
  rule.limit = working_days(10);
  CaseBuilder c;
  c.open("2024-01-01").record("icpc", "2024-03-25", "2024-04-11");
  CHECK(run(rule, c, "2024-05-01") == lines({"case late anchor 2024-03-25 due 2024-04-10 met 2024-04-11"}));
}

TEST_CASE("recording lag of 0 working days: a weekend visit written up the next working day is on time") {
  Rule rule = make_rule(Kind::recording_lag, case_scope(), of({"visit"}));
  rule.limit = working_days(0);
  CaseBuilder c;
  c.open("2024-01-01")
      .visit("2024-03-23", {.recorded = "2024-03-25"})   // Sat, written up Mon: met
      .visit("2024-03-29", {.recorded = "2024-04-02"})   // Good Friday, written up Tue after Easter: met
      .visit("2024-04-03", {.recorded = "2024-04-04"});  // Wed, written up Thu: late
  CHECK(run(rule, c, "2024-05-01") == lines({
                                          "case met anchor 2024-03-23 due 2024-03-25 met 2024-03-25",
                                          "case met anchor 2024-03-29 due 2024-04-02 met 2024-04-02",
                                          "case late anchor 2024-04-03 due 2024-04-03 met 2024-04-04",
                                      }));
}

}  // namespace
}  // namespace ca::test
