// Scope windows: the case while open (or while episodes of some types are),
// each episode, each period; tags; the case's close date; episodes that start
// after the audit date.
#include "engine/case_index.h"
#include "fixture.h"

namespace ca::test {
namespace {

// "Care plan within 5 days of the start": one requirement per window.
Rule plan_within(Scope scope) { return deadline(scope, of({"care_plan"}), TriggerKind::start, days(5)); }
// "Closure summary within 5 days of the end": one requirement per window that has ended.
Rule summary_after(Scope scope) { return deadline(scope, of({"closure_summary"}), TriggerKind::end, days(5)); }
// Camden's case summary: the case while a social-work episode (not early help) is open.
Scope social_work() { return case_while_scope({"cin", "cp", "cla", "care_leaver", "private_fostering"}); }

TEST_CASE("scope: a case with no open date has no case-level requirements") {
  CaseBuilder c;  // no open_date and no episodes
  c.record("care_plan", "2024-01-02");
  CHECK(run(plan_within(case_scope()), c, "2024-03-01") == "");
  CaseBuilder from_episode;  // the open date defaults to the earliest episode start (set by the loader)
  from_episode.episode("cin", "2024-01-10").episode("cp", "2024-01-03");
  CHECK(run(plan_within(case_scope()), from_episode, "2024-03-01") ==
        lines({"case missing anchor 2024-01-03 due 2024-01-08 met -"}));
}

TEST_CASE("scope: a rule whose scope needs an episode type the case lacks is passed over by one test") {
  Standard s;
  s.rules = {plan_within(case_scope()), plan_within(episode_scope("cp")), plan_within(period_scope("cla")),
             plan_within(social_work())};
  CaseBuilder c;
  c.open("2024-01-01").episode("cin", "2024-01-10");
  const CaseView view = c.view();
  CaseIndex index(vocab().record_types().size());
  index.build(view, s);
  CHECK(index.may_have_windows(0));        // the case itself
  CHECK_FALSE(index.may_have_windows(1));  // no cp episode
  CHECK_FALSE(index.may_have_windows(2));  // no cla episode
  CHECK(index.may_have_windows(3));        // cin is one of the while types
  // Passed over or not, the same requirements as windows() alone gives.
  CHECK(run(s.rules, c, "2024-03-01") == lines({"r0 case missing anchor 2024-01-01 due 2024-01-06 met -",
                                               "r3 case missing anchor 2024-01-10 due 2024-01-15 met -"}));
  CaseBuilder cp;
  cp.open("2024-01-01").episode("cp", "2024-01-10");
  const CaseView cp_view = cp.view();
  index.build(cp_view, s);
  CHECK(index.may_have_windows(1));
  CHECK_FALSE(index.may_have_windows(2));
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

TEST_CASE("scope while: early help, then a CIN plan: counted from the CIN plan's start") {
  // Every 30 days. The while window opens 04-01: due 04-01 + 30 = 05-01 (30 days in April), met 04-20;
  // 04-20 + 30 = 05-20 (10 to 04-30, 20 in May), none by the audit date 05-25: missing. The summary of
  // 03-20, in early help, is outside the window and does not count.
  const Rule summary = recurring(social_work(), of({"case_summary"}), days(30));
  CaseBuilder c;
  c.episode("early_help", "2024-01-01", "2024-03-31")
      .episode("cin", "2024-04-01")
      .record("case_summary", "2024-03-20")
      .record("case_summary", "2024-04-20");
  CHECK(run(summary, c, "2024-05-25") == lines({
                                              "case met anchor 2024-04-01 due 2024-05-01 met 2024-04-20",
                                              "case missing anchor 2024-04-20 due 2024-05-20 met -",
                                          }));
  // The whole case, for contrast: from 01-01, due 01-31, met late 03-20; 03-20 + 30 = 04-19, met late 04-20.
  CHECK(run(recurring(case_scope(), of({"case_summary"}), days(30)), c, "2024-05-25") ==
        lines({
            "case late anchor 2024-01-01 due 2024-01-31 met 2024-03-20",
            "case late anchor 2024-03-20 due 2024-04-19 met 2024-04-20",
            "case missing anchor 2024-04-20 due 2024-05-20 met -",
        }));
}

TEST_CASE("scope while: episodes of any of the types that overlap or follow on make one window") {
  // CIN 01-01..03-31, CP 03-01..06-30 (overlapping), CLA 07-01..08-31 (the day after): one window
  // 01-01..08-31. r0: start + 5 days = 01-06; r1: end + 5 days = 09-05.
  CaseBuilder c;
  c.episode("cin", "2024-01-01", "2024-03-31").episode("cp", "2024-03-01", "2024-06-30").episode("cla", "2024-07-01",
                                                                                                    "2024-08-31");
  CHECK(run({plan_within(social_work()), summary_after(social_work())}, c, "2024-12-01") ==
        lines({
            "r0 case missing anchor 2024-01-01 due 2024-01-06 met -",
            "r1 case missing anchor 2024-08-31 due 2024-09-05 met -",
        }));
  // A CP plan inside a longer CIN plan neither splits nor shortens it: window 01-01..06-30, end + 5 = 07-05.
  CaseBuilder inside;
  inside.episode("cin", "2024-01-01", "2024-06-30").episode("cp", "2024-02-01", "2024-02-28");
  CHECK(run({plan_within(social_work()), summary_after(social_work())}, inside, "2024-12-01") ==
        lines({
            "r0 case missing anchor 2024-01-01 due 2024-01-06 met -",
            "r1 case missing anchor 2024-06-30 due 2024-07-05 met -",
        }));
}

TEST_CASE("scope while: a gap makes two windows; early help does not bridge it") {
  // CIN 01-01..03-31; early help on 04-01 only; CP 04-02..05-31. Windows 01-01..03-31 and 04-02..05-31.
  CaseBuilder c;
  c.episode("cin", "2024-01-01", "2024-03-31")
      .episode("early_help", "2024-04-01", "2024-04-01")
      .episode("cp", "2024-04-02", "2024-05-31");
  CHECK(run({plan_within(social_work()), summary_after(social_work())}, c, "2024-12-01") ==
        lines({
            "r0 case missing anchor 2024-01-01 due 2024-01-06 met -",
            "r1 case missing anchor 2024-03-31 due 2024-04-05 met -",
            "r0 case missing anchor 2024-04-02 due 2024-04-07 met -",
            "r1 case missing anchor 2024-05-31 due 2024-06-05 met -",
        }));
  // Every 30 days. Window 01-01..01-31: due 01-31 (on its last day: owed); the summary of 02-10 falls in
  // the gap and counts for neither window. Window 03-01..04-15: due 03-31, met 03-20; 03-20 + 30 = 04-19
  // is after the window's end: not owed.
  CaseBuilder gap;
  gap.episode("cin", "2024-01-01", "2024-01-31")
      .episode("cp", "2024-03-01", "2024-04-15")
      .record("case_summary", "2024-02-10")
      .record("case_summary", "2024-03-20");
  CHECK(run(recurring(social_work(), of({"case_summary"}), days(30)), gap, "2024-12-01") ==
        lines({
            "case missing anchor 2024-01-01 due 2024-01-31 met -",
            "case met anchor 2024-03-01 due 2024-03-31 met 2024-03-20",
        }));
  // A window that starts after the audit date is not evaluated.
  CHECK(run(plan_within(social_work()), c, "2024-04-01") ==
        lines({"case missing anchor 2024-01-01 due 2024-01-06 met -"}));
}

TEST_CASE("scope while: windows are clipped to the case's open and close dates") {
  // CIN open on the export, case closed 03-15: the window is 01-01..03-15. Every 30 days: due 01-31, met
  // 01-25; due 02-24, met 02-20; 02-20 + 30 = 03-21 is after the close: not owed. The end + 5 = 03-20.
  CaseBuilder closed;
  closed.close("2024-03-15")
      .episode("cin", "2024-01-01")
      .record("case_summary", "2024-01-25")
      .record("case_summary", "2024-02-20");
  CHECK(run(recurring(social_work(), of({"case_summary"}), days(30)), closed, "2024-12-01") ==
        lines({
            "case met anchor 2024-01-01 due 2024-01-31 met 2024-01-25",
            "case met anchor 2024-01-25 due 2024-02-24 met 2024-02-20",
        }));
  CHECK(run(summary_after(social_work()), closed, "2024-12-01") ==
        lines({"case missing anchor 2024-03-15 due 2024-03-20 met -"}));
  // An episode starting after the close gives no window; one starting before the open date is counted from it.
  CaseBuilder edges;
  edges.open("2024-02-01").close("2024-03-15").episode("cin", "2024-01-01", "2024-02-29").episode("cp", "2024-05-01");
  CHECK(run(plan_within(social_work()), edges, "2024-12-01") ==
        lines({"case missing anchor 2024-02-01 due 2024-02-06 met -"}));
}

TEST_CASE("scope while: no episode of the types, nothing owed") {
  CaseBuilder early_help;
  early_help.episode("early_help", "2024-01-01").record("case_summary", "2024-02-01");
  CHECK(run(recurring(social_work(), of({"case_summary"}), days(30)), early_help, "2024-12-01") == "");
  CaseBuilder no_episodes;  // an open date and no episode: the whole case would be owed, this is not
  no_episodes.open("2024-01-01");
  CHECK(run(plan_within(social_work()), no_episodes, "2024-12-01") == "");
  CHECK(run(plan_within(case_scope()), no_episodes, "2024-12-01") ==
        lines({"case missing anchor 2024-01-01 due 2024-01-06 met -"}));
}

}  // namespace
}  // namespace ca::test
