// recurring with phases and schedules, and looked-after children's periods of
// care: visits restart at each placement, reviews run across the period.
#include "fixture.h"

namespace ca::test {
namespace {

TEST_CASE("phases: the interval changes with time since the anchor") {
  // Every 2 weeks for the first month from the anchor (until 2024-02-01), then monthly.
  Rule rule = make_rule(Kind::recurring, episode_scope("cla"), seen_visits());
  rule.phases = {{weeks(2), months(1), std::nullopt}, {months(1), std::nullopt, std::nullopt}};
  CaseBuilder c;
  c.episode("cla", "2024-01-01").visit("2024-01-15").visit("2024-01-29").visit("2024-02-01");
  // 01-01 + 2 weeks = 01-15 (met); 01-15 + 2 weeks = 01-29 (met); 01-29 is
  // before 02-01, still 2-weekly: due 02-12, met 02-01. The previous visit is
  // now on 02-01, not before the phase's end: monthly, due 2024-03-01.
  CHECK(run(rule, c, "2024-03-04") == lines({
                                          "cla met anchor 2024-01-01 due 2024-01-15 met 2024-01-15",
                                          "cla met anchor 2024-01-15 due 2024-01-29 met 2024-01-29",
                                          "cla met anchor 2024-01-29 due 2024-02-12 met 2024-02-01",
                                          "cla missing anchor 2024-02-01 due 2024-03-01 met -",
                                      }));
}

TEST_CASE("phases: weekly until the first review, which stays in force while there is none") {
  Rule rule = make_rule(Kind::recurring, episode_scope("cla"), seen_visits());
  rule.phases = {{weeks(1), std::nullopt, of({"cla_review"})}, {weeks(6), std::nullopt, std::nullopt}};
  CaseBuilder c;
  c.episode("cla", "2024-01-01").visit("2024-01-08").visit("2024-01-15");
  CHECK(run(rule, c, "2024-01-23") == lines({
                                          "cla met anchor 2024-01-01 due 2024-01-08 met 2024-01-08",
                                          "cla met anchor 2024-01-08 due 2024-01-15 met 2024-01-15",
                                          "cla missing anchor 2024-01-15 due 2024-01-22 met -",
                                      }));
  // A review on 01-10: the visit of 01-15 is after it, so 6-weekly from there:
  // 01-15 + 42 days = 2024-02-26. (The visit of 01-08 was before it: weekly.)
  c.record("cla_review", "2024-01-10");
  CHECK(run(rule, c, "2024-01-23") == lines({
                                          "cla met anchor 2024-01-01 due 2024-01-08 met 2024-01-08",
                                          "cla met anchor 2024-01-08 due 2024-01-15 met 2024-01-15",
                                          "cla pending anchor 2024-01-15 due 2024-02-26 met -",
                                      }));
  // A review after the audit date does not end the phase.
  CaseBuilder future;
  future.episode("cla", "2024-01-01").visit("2024-01-08").visit("2024-01-15").record("cla_review", "2024-01-24");
  CHECK(run(rule, future, "2024-01-23") == lines({
                                               "cla met anchor 2024-01-01 due 2024-01-08 met 2024-01-08",
                                               "cla met anchor 2024-01-08 due 2024-01-15 met 2024-01-15",
                                               "cla missing anchor 2024-01-15 due 2024-01-22 met -",
                                           }));
}

TEST_CASE("schedule: first within 20 working days, then 3 months, then every 6 months") {
  Rule rule = make_rule(Kind::recurring, period_scope("cla"), of({"cla_review"}));
  rule.schedule = {working_days(20), months(3), months(6)};
  CaseBuilder c;
  c.episode("cla", "2024-01-01")
      .record("cla_review", "2024-01-26")
      .record("cla_review", "2024-04-26")
      .record("cla_review", "2024-11-01")
      .record("cla_review", "2025-04-01");
  // 20 working days from Mon 2024-01-01 (a bank holiday, but the start never
  // counts): Jan 2-5 (4), 8-12 (9), 15-19 (14), 22-26 (19), Mon 29 (20).
  // Then 3 months from 01-26 = 04-26 (met on the day); then 6 months from
  // 04-26 = 10-26 (late, 11-01); then 6 months from 11-01 = 2025-05-01 (met
  // 04-01); 2025-04-01 + 6 months = 2025-10-01, not yet due.
  CHECK(run(rule, c, "2025-06-01") == lines({
                                          "cla met anchor 2024-01-01 due 2024-01-29 met 2024-01-26",
                                          "cla met anchor 2024-01-26 due 2024-04-26 met 2024-04-26",
                                          "cla late anchor 2024-04-26 due 2024-10-26 met 2024-11-01",
                                          "cla met anchor 2024-11-01 due 2025-05-01 met 2025-04-01",
                                          "cla pending anchor 2025-04-01 due 2025-10-01 met -",
                                      }));
}

TEST_CASE("period of care: visits restart per placement, reviews run across the period") {
  // r0: visits within 1 week of each placement, weekly until the first review
  // of the period of care, then 6-weekly. r1: reviews per period of care.
  Rule visits = make_rule(Kind::recurring, episode_scope("cla"), seen_visits());
  visits.first = weeks(1);
  visits.phases = {{weeks(1), std::nullopt, of({"cla_review"})}, {weeks(6), std::nullopt, std::nullopt}};
  Rule reviews = make_rule(Kind::recurring, period_scope("cla"), of({"cla_review"}));
  reviews.schedule = {working_days(20), months(3), months(6)};

  // Placement A 01-01 to 02-15, then B from 02-16 (the next day: the same period).
  CaseBuilder c;
  c.episode("cla", "2024-01-01", "2024-02-15")
      .episode("cla", "2024-02-16")
      .visit("2024-01-08")
      .visit("2024-01-15")
      .visit("2024-01-22")
      .visit("2024-01-29")
      .visit("2024-02-22")
      .record("cla_review", "2024-01-26")
      .record("cla_review", "2024-04-30");
  // Placement A: weekly while the previous visit is before the review of
  // 01-26: due 01-08, 01-15, 01-22, 01-29 (each met on the day). From 01-29
  // 6-weekly: 01-29 + 42 days = 2024-03-11, after A ended: not owed.
  // Placement B: within a week, 02-23 (met 02-22); the review of 01-26 is in
  // the same period of care, so 6-weekly at once: 02-22 + 42 = 2024-04-04, missed.
  // Reviews (the move does not restart them): 20 working days from 01-01 =
  // 01-29 (met 01-26); 3 months = 04-26 (late, 04-30); 6 months = 10-30, pending.
  CHECK(run({visits, reviews}, c, "2024-05-01") == lines({
                                                        "r0 cla met anchor 2024-01-01 due 2024-01-08 met 2024-01-08",
                                                        "r0 cla met anchor 2024-01-08 due 2024-01-15 met 2024-01-15",
                                                        "r0 cla met anchor 2024-01-15 due 2024-01-22 met 2024-01-22",
                                                        "r0 cla met anchor 2024-01-22 due 2024-01-29 met 2024-01-29",
                                                        "r1 cla met anchor 2024-01-01 due 2024-01-29 met 2024-01-26",
                                                        "r0 cla met anchor 2024-02-16 due 2024-02-23 met 2024-02-22",
                                                        "r0 cla missing anchor 2024-02-22 due 2024-04-04 met -",
                                                        "r1 cla late anchor 2024-01-26 due 2024-04-26 met 2024-04-30",
                                                        "r1 cla pending anchor 2024-04-30 due 2024-10-30 met -",
                                                    }));

  // After a gap (B starts 02-17, two days after A ended) B is a new period of
  // care: its reviews start again (20 wd from Sat 02-17 = Mar 15: Feb 19-23
  // (5), 26-Mar 1 (10), Mar 4-8 (15), 11-15 (20)), A's ended before its second
  // review fell due (01-26 + 3 months = 04-26 > 02-15), and the review of 01-26
  // no longer ends B's weekly phase: B weekly from 02-22, due 02-29, missed.
  CaseBuilder gap;
  gap.episode("cla", "2024-01-01", "2024-02-15")
      .episode("cla", "2024-02-17")
      .visit("2024-02-22")
      .record("cla_review", "2024-01-26");
  CHECK(run({visits, reviews}, gap, "2024-03-04") == lines({
                                                          "r0 cla missing anchor 2024-01-01 due 2024-01-08 met -",
                                                          "r1 cla met anchor 2024-01-01 due 2024-01-29 met 2024-01-26",
                                                          "r0 cla met anchor 2024-02-17 due 2024-02-24 met 2024-02-22",
                                                          "r0 cla missing anchor 2024-02-22 due 2024-02-29 met -",
                                                          "r1 cla pending anchor 2024-02-17 due 2024-03-15 met -",
                                                      }));
}

}  // namespace
}  // namespace ca::test
