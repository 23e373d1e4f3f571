// recurring: "at least every N while the scope holds" (schedules and phases in
// phases.cpp).
#include "fixture.h"

namespace ca::test {
namespace {

// Child protection visits every 10 working days, the child seen. The plan
// starts Mon 2024-01-08; 10 working days on: Jan 9-12 (4), 15-19 (9), Mon
// 22 (10), so the first visit is due 2024-01-22.
Rule cp_visits() { return recurring(episode_scope("cp"), seen_visits(), working_days(10)); }

TEST_CASE("recurring: met on the due date, then the clock restarts from the visit") {
  CaseBuilder c;
  c.episode("cp", "2024-01-08").visit("2024-01-22");
  // Next: Mon 2024-01-22 + 10 working days = Mon 2024-02-05, not yet due on 2024-02-01.
  CHECK(run(cp_visits(), c, "2024-02-01") == lines({
                                                  "cp met anchor 2024-01-08 due 2024-01-22 met 2024-01-22",
                                                  "cp pending anchor 2024-01-22 due 2024-02-05 met -",
                                              }));
}

TEST_CASE("recurring: late by one day, and the late visit restarts the clock") {
  CaseBuilder c;
  c.episode("cp", "2024-01-08").visit("2024-01-23");
  // Next: Tue 2024-01-23 + 10 working days = Tue 2024-02-06.
  CHECK(run(cp_visits(), c, "2024-02-01") == lines({
                                                  "cp late anchor 2024-01-08 due 2024-01-22 met 2024-01-23",
                                                  "cp pending anchor 2024-01-23 due 2024-02-06 met -",
                                              }));
}

TEST_CASE("recurring: missing at the audit date; due on the audit date is pending") {
  CaseBuilder c;
  c.episode("cp", "2024-01-08");
  CHECK(run(cp_visits(), c, "2024-01-23") == lines({"cp missing anchor 2024-01-08 due 2024-01-22 met -"}));
  CHECK(run(cp_visits(), c, "2024-01-22") == lines({"cp pending anchor 2024-01-08 due 2024-01-22 met -"}));
}

TEST_CASE("recurring: a visit on the audit date counts; one after it is ignored") {
  CaseBuilder on;
  on.episode("cp", "2024-01-08").visit("2024-01-22");
  CHECK(run(cp_visits(), on, "2024-01-22") == lines({
                                                   "cp met anchor 2024-01-08 due 2024-01-22 met 2024-01-22",
                                                   "cp pending anchor 2024-01-22 due 2024-02-05 met -",
                                               }));
  CaseBuilder after;
  after.episode("cp", "2024-01-08").visit("2024-01-25");
  CHECK(run(cp_visits(), after, "2024-01-24") == lines({"cp missing anchor 2024-01-08 due 2024-01-22 met -"}));
}

TEST_CASE("recurring: a due date after the episode's end is not owed; visits after the end do not count") {
  CaseBuilder ended_before;  // ends Fri 2024-01-19, before the first due date
  ended_before.episode("cp", "2024-01-08", "2024-01-19");
  CHECK(run(cp_visits(), ended_before, "2024-03-01") == "");

  CaseBuilder ended_on;  // ends on the due date: owed, and the visit the day after is outside the plan
  ended_on.episode("cp", "2024-01-08", "2024-01-22").visit("2024-01-23");
  CHECK(run(cp_visits(), ended_on, "2024-03-01") == lines({"cp missing anchor 2024-01-08 due 2024-01-22 met -"}));

  CaseBuilder visited;  // the last visit's next due date (2024-02-05) falls after the end (2024-02-02)
  visited.episode("cp", "2024-01-08", "2024-02-02").visit("2024-01-22");
  CHECK(run(cp_visits(), visited, "2024-03-01") ==
        lines({"cp met anchor 2024-01-08 due 2024-01-22 met 2024-01-22"}));
}

TEST_CASE("recurring: a visit on the anchor day meets the first requirement") {
  CaseBuilder c;
  c.episode("cp", "2024-01-08").visit("2024-01-08").visit("2024-01-19");
  // The visit on the start day meets the first; the clock restarts from it
  // (due again 2024-01-22), met on Fri 2024-01-19; then Fri 19 + 10 working
  // days = Jan 22-26 (5), Jan 29-Fri Feb 2 (10): 2024-02-02.
  CHECK(run(cp_visits(), c, "2024-01-31") == lines({
                                                  "cp met anchor 2024-01-08 due 2024-01-22 met 2024-01-08",
                                                  "cp met anchor 2024-01-08 due 2024-01-22 met 2024-01-19",
                                                  "cp pending anchor 2024-01-19 due 2024-02-02 met -",
                                              }));
}

TEST_CASE("recurring: two visits on one day count once") {
  CaseBuilder c;
  c.episode("cp", "2024-01-08").visit("2024-01-15").visit("2024-01-15");
  // Mon 2024-01-15 + 10 working days = Mon 2024-01-29.
  CHECK(run(cp_visits(), c, "2024-01-26") == lines({
                                                  "cp met anchor 2024-01-08 due 2024-01-22 met 2024-01-15",
                                                  "cp pending anchor 2024-01-15 due 2024-01-29 met -",
                                              }));
}

TEST_CASE("recurring: a chain of visits, one missed interval") {
  CaseBuilder c;
  c.episode("cp", "2024-01-08").visit("2024-01-22").visit("2024-02-09").visit("2024-02-16");
  // Jan 22 + 10 wd = Feb 5; visited Feb 9: late. Fri Feb 9 + 10 wd = Fri Feb 23;
  // visited Feb 16: met. Fri Feb 16 + 10 wd = Fri Mar 1: missing on Mar 4.
  CHECK(run(cp_visits(), c, "2024-03-04") == lines({
                                                  "cp met anchor 2024-01-08 due 2024-01-22 met 2024-01-22",
                                                  "cp late anchor 2024-01-22 due 2024-02-05 met 2024-02-09",
                                                  "cp met anchor 2024-02-09 due 2024-02-23 met 2024-02-16",
                                                  "cp missing anchor 2024-02-16 due 2024-03-01 met -",
                                              }));
}

TEST_CASE("recurring: working days across Easter") {
  // Plan from Mon 2024-03-25: 10 working days = 2024-04-10 (Good Friday and
  // Easter Monday skipped; see duration.cpp).
  CaseBuilder none;
  none.episode("cp", "2024-03-25");
  CHECK(run(cp_visits(), none, "2024-04-11") == lines({"cp missing anchor 2024-03-25 due 2024-04-10 met -"}));
  CaseBuilder met;
  met.episode("cp", "2024-03-25").visit("2024-04-10");
  // Wed 2024-04-10 + 10 working days = Wed 2024-04-24.
  CHECK(run(cp_visits(), met, "2024-04-11") == lines({
                                                   "cp met anchor 2024-03-25 due 2024-04-10 met 2024-04-10",
                                                   "cp pending anchor 2024-04-10 due 2024-04-24 met -",
                                               }));
}

TEST_CASE("recurring: months clamp to the month's end") {
  // Chronology monthly while the case is open, from 2023-01-31: due
  // 2023-02-28 (31 Feb clamped); met that day; then 2023-03-28.
  const Rule rule = recurring(case_scope(), of({"chronology_update"}), months(1));
  CaseBuilder c;
  c.open("2023-01-31").record("chronology_update", "2023-02-28");
  CHECK(run(rule, c, "2023-04-01") == lines({
                                          "case met anchor 2023-01-31 due 2023-02-28 met 2023-02-28",
                                          "case missing anchor 2023-02-28 due 2023-03-28 met -",
                                      }));
}

TEST_CASE("recurring: first interval, then the normal one") {
  // Within 1 week of the placement, then every 6 weeks.
  Rule rule = recurring(episode_scope("cla"), seen_visits(), weeks(6));
  rule.first = weeks(1);
  CaseBuilder c;
  c.episode("cla", "2024-01-01").visit("2024-01-05");
  // Fri 2024-01-05 + 42 days = 2024-02-16.
  CHECK(run(rule, c, "2024-02-20") == lines({
                                          "cla met anchor 2024-01-01 due 2024-01-08 met 2024-01-05",
                                          "cla missing anchor 2024-01-05 due 2024-02-16 met -",
                                      }));
}

TEST_CASE("recurring: counted from an anchor record") {
  // Core groups every 10 working days from the ICPC, while the plan is open.
  Rule rule = recurring(episode_scope("cp"), of({"core_group"}), working_days(10));
  rule.anchor = of({"icpc"});

  CaseBuilder c;  // ICPC Wed 2024-01-10 + 10 wd = Wed 2024-01-24
  c.episode("cp", "2024-01-08").record("icpc", "2024-01-10").record("core_group", "2024-01-24");
  CHECK(run(rule, c, "2024-02-01") == lines({
                                          "cp met anchor 2024-01-10 due 2024-01-24 met 2024-01-24",
                                          "cp pending anchor 2024-01-24 due 2024-02-07 met -",
                                      }));

  CaseBuilder no_icpc;  // nothing to count from: not owed
  no_icpc.episode("cp", "2024-01-08").record("core_group", "2024-02-01");
  CHECK(run(rule, no_icpc, "2024-03-01") == "");

  CaseBuilder before;  // an ICPC before the plan is not in its scope
  before.episode("cp", "2024-01-08").record("icpc", "2024-01-05");
  CHECK(run(rule, before, "2024-03-01") == "");

  CaseBuilder future;  // an ICPC after the audit date is ignored
  future.episode("cp", "2024-01-08").record("icpc", "2024-01-10");
  CHECK(run(rule, future, "2024-01-09") == "");
}

TEST_CASE("recurring: record_line is the meeting record's line") {
  CaseBuilder c;
  c.episode("cp", "2024-01-08");  // line 2
  c.visit("2024-01-22");          // line 3
  const auto reqs = evaluate({cp_visits()}, c, "2024-02-01");
  REQUIRE(reqs.size() == 2);
  CHECK(reqs[0].record_line == 3);
  CHECK(reqs[0].rule == 0);
  CHECK(reqs[0].episode_type == episode_type("cp"));
  CHECK(reqs[1].record_line == 0);
}

}  // namespace
}  // namespace ca::test
