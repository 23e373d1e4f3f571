// evaluate_case as a whole: the order of its output, appending, threads.
#include <thread>

#include "engine/case_index.h"
#include "fixture.h"

namespace ca::test {
namespace {

TEST_CASE("evaluate_case: sorted by due date, then rule, then anchor; appended after what is there") {
  // r0: chronology every month; r1: case summary within 10 days of opening;
  // r2: CP visits every 10 working days.
  const Rule chronology = recurring(case_scope(), of({"chronology_update"}), months(1));
  const Rule summary = deadline(case_scope(), of({"case_summary"}), TriggerKind::start, days(10));
  const Rule visits = recurring(episode_scope("cp"), seen_visits(), working_days(10));
  CaseBuilder c;
  c.open("2024-01-01").episode("cp", "2024-01-08").visit("2024-01-11");
  // r0: 01-01 + 1 month = 02-01. r1: 01-11. r2: 01-22, met 01-11; then Thu
  // 01-11 + 10 working days = Thu 01-25.
  CHECK(run({chronology, summary, visits}, c, "2024-02-10") ==
        lines({
            "r1 case missing anchor 2024-01-01 due 2024-01-11 met -",
            "r2 cp met anchor 2024-01-08 due 2024-01-22 met 2024-01-11",
            "r2 cp missing anchor 2024-01-11 due 2024-01-25 met -",
            "r0 case missing anchor 2024-01-01 due 2024-02-01 met -",
        }));

  Standard s;
  s.rules = {chronology, summary, visits};
  std::vector<Requirement> out(1);  // something already there stays first
  out[0].due = D("2030-01-01");
  evaluate_case(s, c.view(), {calendar(), vocab(), D("2024-02-10")}, out);
  REQUIRE(out.size() == 5);
  CHECK(out[0].due == D("2030-01-01"));
  CHECK(out[1].due == D("2024-01-11"));
}

TEST_CASE("evaluate_case: a Reading keeps the outcomes and due dates asked for and counts the rest by outcome") {
  const Rule chronology = recurring(case_scope(), of({"chronology_update"}), months(1));
  const Rule summary = deadline(case_scope(), of({"case_summary"}), TriggerKind::start, days(10));
  const Rule visits = recurring(episode_scope("cp"), seen_visits(), working_days(10));
  CaseBuilder c;
  c.open("2024-01-01").episode("cp", "2024-01-08").visit("2024-01-11");
  Standard s;
  s.rules = {chronology, summary, visits};
  // As in the first test: r1 missing due 01-11, r2 met due 01-22, r2 missing
  // due 01-25, r0 missing due 02-01; r0 is taken here as not evaluable.
  std::vector<RuleStatus> status(3);
  status[0].evaluable = false;
  const ReportOrder order(s, vocab());
  const EvalContext ctx{calendar(), vocab(), D("2024-02-10")};
  CaseIndex index(vocab().record_types().size());
  BlankCounts blanks = blank_counts(s);
  const OutcomeMask breaches = mask_of(Outcome::late) | mask_of(Outcome::missing);
  const CaseView view = c.view();

  std::vector<Requirement> out;
  OutcomeCounts unkept{};
  evaluate_case(s, status, order, view, ctx, index, out, blanks, unkept, {breaches, D("2024-01-20"), breaches});
  CHECK(lines(out, true) == lines({"r2 cp missing anchor 2024-01-11 due 2024-01-25 met -"}));
  // By outcome (met, late, missing, pending, not evaluable): r2's met, r1's
  // missing due before 01-20, r0's.
  CHECK(unkept == OutcomeCounts{1, 0, 1, 0, 1});

  // Kept but not ordered: after the ordered ones.
  out.clear();
  unkept = {};
  evaluate_case(s, status, order, view, ctx, index, out, blanks, unkept,
                {kAllOutcomes, kNoDate, mask_of(Outcome::met)});
  REQUIRE(out.size() == 4);
  CHECK(out[0].outcome == Outcome::met);
  CHECK(unkept == OutcomeCounts{});
}

TEST_CASE("evaluate_case: rules of every kind, from several threads at once") {
  Rule chronology = recurring(case_scope(), of({"chronology_update"}), months(1));
  Rule followup = deadline(episode_scope("cp"), seen_visits(), TriggerKind::record, days(2));
  followup.trigger.record = of({"visit"}, {seen_is(YesNo::no)});
  Rule lead = make_rule(Kind::lead_time, case_scope(), of({"case_summary"}));
  lead.trigger.kind = TriggerKind::record;
  lead.trigger.record = of({"icpc"});
  lead.before = working_days(2);
  Rule lag = make_rule(Kind::recording_lag, case_scope(), of({"visit"}));
  lag.limit = days(5);
  Rule age = make_rule(Kind::age, case_scope(), of({"pathway_plan"}));
  age.at_age = months(189);
  Standard s;
  s.rules = {chronology, followup, lead, lag, age};

  CaseBuilder c;
  c.dob("2008-05-31").open("2023-06-01").episode("cp", "2024-01-08");
  for (int m = 1; m <= 9; ++m) {
    const std::string day = fmt::format("2024-0{}-1{}", m, m);
    c.visit(day.c_str(), {.seen = m % 2 ? YesNo::yes : YesNo::no, .recorded = day.c_str()});
    if (m % 3 == 0) c.record("icpc", day.c_str()).record("chronology_update", day.c_str());
  }
  const CaseView view = c.view();
  const EvalContext ctx{calendar(), vocab(), D("2024-12-31")};
  std::vector<Requirement> expected;
  evaluate_case(s, view, ctx, expected);
  REQUIRE(expected.size() > 10);

  std::vector<std::vector<Requirement>> results(4);
  std::vector<std::thread> threads;
  for (auto& r : results)
    threads.emplace_back([&] {
      for (int i = 0; i < 200; ++i) {
        r.clear();
        evaluate_case(s, view, ctx, r);
      }
    });
  for (auto& t : threads) t.join();
  for (const auto& r : results) CHECK(lines(r, true) == lines(expected, true));
}

}  // namespace
}  // namespace ca::test
