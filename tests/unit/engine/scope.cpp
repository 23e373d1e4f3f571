// Scope windows: the case while open, each episode, each period; tags; the
// case's close date; episodes that start after the audit date.
#include "fixture.h"

namespace ca::test {
namespace {

// "Care plan within 5 days of the start": one requirement per window.
Rule plan_within(Scope scope) { return deadline(scope, of({"care_plan"}), TriggerKind::start, days(5)); }

TEST_CASE("scope: a case with no open date has no case-level requirements") {
  CaseBuilder c;  // no open_date and no episodes
  c.record("care_plan", "2024-01-02");
  CHECK(run(plan_within(case_scope()), c, "2024-03-01") == "");
  CaseBuilder from_episode;  // the open date defaults to the earliest episode start (set by the loader)
  from_episode.episode("cin", "2024-01-10").episode("cp", "2024-01-03");
  CHECK(run(plan_within(case_scope()), from_episode, "2024-03-01") ==
        lines({"case missing anchor 2024-01-03 due 2024-01-08 met -"}));
}

TEST_CASE("scope: rows that follow on form one period; a gap starts another") {
  CaseBuilder c;
  c.episode("cla", "2024-01-01", "2024-01-31")
      .episode("cla", "2024-02-01", "2024-02-20")  // starts the day after: same period
      .episode("cla", "2024-02-22", "2024-03-31")  // a day's gap: new period
      .episode("cla", "2024-03-01", "2024-03-10")  // inside the previous row
      .episode("cla", "2024-04-01");               // follows 03-31 (not 03-10): same period
  CHECK(run(plan_within(period_scope("cla")), c, "2024-06-01") ==
        lines({
            "cla missing anchor 2024-01-01 due 2024-01-06 met -",
            "cla missing anchor 2024-02-22 due 2024-02-27 met -",
        }));
  CHECK(run(plan_within(episode_scope("cla")), c, "2024-06-01") ==
        lines({
            "cla missing anchor 2024-01-01 due 2024-01-06 met -",
            "cla missing anchor 2024-02-01 due 2024-02-06 met -",
            "cla missing anchor 2024-02-22 due 2024-02-27 met -",
            "cla missing anchor 2024-03-01 due 2024-03-06 met -",
            "cla missing anchor 2024-04-01 due 2024-04-06 met -",
        }));
}

TEST_CASE("scope: the case's close date ends every window") {
  // CP plan left open on the export, but the case closed Fri 2024-01-19: the
  // visit due 2024-01-22 is not owed.
  const Rule visits = recurring(episode_scope("cp"), seen_visits(), working_days(10));
  CaseBuilder c;
  c.close("2024-01-19").episode("cp", "2024-01-08");
  CHECK(run(visits, c, "2024-03-01") == "");
  CaseBuilder later;
  later.close("2024-01-22").episode("cp", "2024-01-08").visit("2024-01-23");  // visit after the close
  CHECK(run(visits, later, "2024-03-01") == lines({"cp missing anchor 2024-01-08 due 2024-01-22 met -"}));
}

TEST_CASE("scope: an episode starting after the audit date is not evaluated") {
  CaseBuilder c;
  c.episode("cp", "2024-01-08").episode("cp", "2024-03-01");
  CHECK(run(plan_within(episode_scope("cp")), c, "2024-02-29") ==
        lines({"cp missing anchor 2024-01-08 due 2024-01-13 met -"}));
  CHECK(run(plan_within(episode_scope("cp")), c, "2024-03-01") ==
        lines({
            "cp missing anchor 2024-01-08 due 2024-01-13 met -",
            "cp pending anchor 2024-03-01 due 2024-03-06 met -",
        }));
}

TEST_CASE("scope: tags select the variant of a rule") {
  // r0: not settled, every 6 weeks; r1: settled, every 3 months.
  const Rule unsettled = recurring(episode_scope("cla", 0, tag("settled")), seen_visits(), weeks(6));
  const Rule settled = recurring(episode_scope("cla", tag("settled")), seen_visits(), months(3));
  CaseBuilder c;
  c.episode("cla", "2024-01-01", "2024-03-31").episode("cla", "2024-04-01", nullptr, tag("settled"));
  // 01-01 + 42 days = 02-12 (placement 1); 04-01 + 3 months = 07-01 (placement 2).
  CHECK(run({unsettled, settled}, c, "2024-12-31") == lines({
                                                          "r0 cla missing anchor 2024-01-01 due 2024-02-12 met -",
                                                          "r1 cla missing anchor 2024-04-01 due 2024-07-01 met -",
                                                      }));
  // A period has the tags of any of its rows; every tag of tags_all must be there.
  const Rule period_settled = recurring(period_scope("cla", tag("settled")), of({"cla_review"}), months(3));
  CHECK(run(period_settled, c, "2024-12-31") == lines({"cla missing anchor 2024-01-01 due 2024-04-01 met -"}));
  const Rule both = recurring(episode_scope("cla", tag("settled") | tag("external")), seen_visits(), months(3));
  CHECK(run(both, c, "2024-12-31") == "");
  const Rule period_unsettled = recurring(period_scope("cla", 0, tag("settled")), of({"cla_review"}), months(3));
  CHECK(run(period_unsettled, c, "2024-12-31") == "");
}

}  // namespace
}  // namespace ca::test
