// age: "by the age of N", owed when an episode in scope is open on the day.
#include "fixture.h"

namespace ca::test {
namespace {

// Pathway plan by 15 years 9 months (189 months) while a care leaver. Born
// 2008-05-31: 15 years is 2023-05-31, plus 9 months is 2024-02-31, clamped to
// 2024-02-29.
Rule pathway_plan() {
  Rule r = make_rule(Kind::age, episode_scope("care_leaver"), of({"pathway_plan"}));
  r.at_age = months(189);
  return r;
}

TEST_CASE("age: met on the due date, late, missing, pending") {
  CaseBuilder met;
  met.dob("2008-05-31").episode("care_leaver", "2024-01-01").record("pathway_plan", "2024-02-29");
  CHECK(run(pathway_plan(), met, "2024-06-01") ==
        lines({"care_leaver met anchor 2008-05-31 due 2024-02-29 met 2024-02-29"}));
  CaseBuilder late;
  late.dob("2008-05-31").episode("care_leaver", "2024-01-01").record("pathway_plan", "2024-03-01");
  CHECK(run(pathway_plan(), late, "2024-06-01") ==
        lines({"care_leaver late anchor 2008-05-31 due 2024-02-29 met 2024-03-01"}));
  CHECK(run(pathway_plan(), late, "2024-02-29") ==  // the plan of 03-01 is after the audit date
        lines({"care_leaver pending anchor 2008-05-31 due 2024-02-29 met -"}));
  CHECK(run(pathway_plan(), late, "2024-03-01") ==
        lines({"care_leaver late anchor 2008-05-31 due 2024-02-29 met 2024-03-01"}));
  CaseBuilder none;
  none.dob("2008-05-31").episode("care_leaver", "2024-01-01");
  CHECK(run(pathway_plan(), none, "2024-03-01") ==
        lines({"care_leaver missing anchor 2008-05-31 due 2024-02-29 met -"}));
}

TEST_CASE("age: the latest plan on time, or the first late one") {
  CaseBuilder c;
  c.dob("2008-05-31")
      .episode("care_leaver", "2023-06-01")
      .record("pathway_plan", "2023-10-01")
      .record("pathway_plan", "2024-01-15")
      .record("pathway_plan", "2024-05-01");
  CHECK(run(pathway_plan(), c, "2024-06-01") ==
        lines({"care_leaver met anchor 2008-05-31 due 2024-02-29 met 2024-01-15"}));
  CaseBuilder late;
  late.dob("2008-05-31")
      .episode("care_leaver", "2024-01-01")
      .record("pathway_plan", "2024-04-01")
      .record("pathway_plan", "2024-05-01");
  CHECK(run(pathway_plan(), late, "2024-06-01") ==
        lines({"care_leaver late anchor 2008-05-31 due 2024-02-29 met 2024-04-01"}));
}

TEST_CASE("age: owed only while an episode in scope is open on the due date") {
  CaseBuilder starts_after;  // episode from 03-01: not open on 02-29
  starts_after.dob("2008-05-31").episode("care_leaver", "2024-03-01");
  CHECK(run(pathway_plan(), starts_after, "2024-06-01") == "");
  CaseBuilder ended_before;
  ended_before.dob("2008-05-31").episode("care_leaver", "2023-01-01", "2024-02-28");
  CHECK(run(pathway_plan(), ended_before, "2024-06-01") == "");
  CaseBuilder case_closed;  // the case closed before the due date
  case_closed.dob("2008-05-31").close("2024-02-28").episode("care_leaver", "2024-01-01");
  CHECK(run(pathway_plan(), case_closed, "2024-06-01") == "");
  CaseBuilder no_dob;
  no_dob.episode("care_leaver", "2024-01-01");
  CHECK(run(pathway_plan(), no_dob, "2024-06-01") == "");
  CaseBuilder other_type;  // a CLA episode is not in scope
  other_type.dob("2008-05-31").episode("cla", "2024-01-01");
  CHECK(run(pathway_plan(), other_type, "2024-06-01") == "");
  // Two windows hold the day (overlapping rows): still one requirement.
  CaseBuilder twice;
  twice.dob("2008-05-31").episode("care_leaver", "2024-01-01").episode("care_leaver", "2024-02-01", "2024-03-31");
  CHECK(run(pathway_plan(), twice, "2024-03-01") ==
        lines({"care_leaver missing anchor 2008-05-31 due 2024-02-29 met -"}));
}

TEST_CASE("age: episode tags") {
  Rule rule = pathway_plan();
  rule.scope = episode_scope("care_leaver", tag("eligible"));
  CaseBuilder c;
  c.dob("2008-05-31").episode("care_leaver", "2024-01-01", nullptr, tag("relevant"));
  CHECK(run(rule, c, "2024-06-01") == "");
  CaseBuilder eligible;
  eligible.dob("2008-05-31").episode("care_leaver", "2024-01-01", nullptr, tag("eligible"));
  CHECK(run(rule, eligible, "2024-06-01") == lines({"care_leaver missing anchor 2008-05-31 due 2024-02-29 met -"}));
}

}  // namespace
}  // namespace ca::test
