// The worklist of `due` (report/worklist.h): what is on it, its order, its text.
#include "report/worklist.h"

#include <doctest/doctest.h>

#include "rows.h"

namespace ca {
namespace {

using namespace test;

const Date kAsOf = d(2026, 12, 22);
const WorkFilter kFilter{kAsOf, d(2026, 12, 31), std::nullopt, std::nullopt};

Requirement req(Outcome o, Date due, uint8_t episode = kNone) {
  Requirement r;
  r.outcome = o;
  r.due = due;
  r.anchor = add_days(due, -10);
  r.episode_type = episode;
  return r;
}

TEST_CASE("pending requirements due from the audit date to the horizon, both included") {
  const Case c;
  const CaseView v{c, {}, {}};
  CHECK(on_worklist(req(Outcome::pending, kAsOf), v, kFilter));
  CHECK(on_worklist(req(Outcome::pending, d(2026, 12, 31)), v, kFilter));
  CHECK_FALSE(on_worklist(req(Outcome::pending, d(2027, 1, 1)), v, kFilter));
  CHECK_FALSE(on_worklist(req(Outcome::met, d(2026, 12, 24)), v, kFilter));
  CHECK_FALSE(on_worklist(req(Outcome::late, d(2026, 12, 1)), v, kFilter));
  CHECK_FALSE(on_worklist(req(Outcome::not_evaluable, d(2026, 12, 24)), v, kFilter));
}

TEST_CASE("overdue requirements only on a case, and an episode of their type, open on the audit date") {
  const uint8_t cp = *Vocabulary::builtin().episode_type("cp");
  const uint8_t cin = *Vocabulary::builtin().episode_type("cin");
  Case open_case;
  open_case.open = d(2026, 1, 1);
  const Requirement case_level = req(Outcome::missing, d(2026, 12, 1));
  const Requirement of_cp = req(Outcome::missing, d(2026, 12, 1), cp);
  CHECK(on_worklist(case_level, {open_case, {}, {}}, kFilter));
  CHECK_FALSE(on_worklist(of_cp, {open_case, {}, {}}, kFilter));  // no cp episode at all

  Case closed = open_case;
  closed.close = d(2026, 12, 21);
  CHECK_FALSE(on_worklist(case_level, {closed, {}, {}}, kFilter));
  closed.close = kAsOf;  // closes on the audit date: still open that day
  CHECK(on_worklist(case_level, {closed, {}, {}}, kFilter));

  Episode ended;
  ended.type = cp;
  ended.start = d(2026, 6, 1);
  ended.end = d(2026, 12, 10);
  Episode other;
  other.type = cin;
  other.start = d(2026, 12, 11);
  std::vector<Episode> episodes{ended, other};
  CHECK_FALSE(on_worklist(of_cp, {open_case, episodes, {}}, kFilter));
  episodes[0].end = kOpenEnd;
  CHECK(on_worklist(of_cp, {open_case, episodes, {}}, kFilter));
  episodes[0].end = kAsOf;
  CHECK(on_worklist(of_cp, {open_case, episodes, {}}, kFilter));
  episodes[0].start = add_days(kAsOf, 1);  // starts after the audit date
  episodes[0].end = kOpenEnd;
  CHECK_FALSE(on_worklist(of_cp, {open_case, episodes, {}}, kFilter));

  // A rule of each plan: the plan the requirement was counted in must be the
  // open one. Plan 1 (June to 10 December) missed a visit due 1 December,
  // counted from 21 November; plan 2 starts on 15 December, a gap after it.
  Episode plan1 = ended, plan2 = ended;
  plan2.start = d(2026, 12, 15);
  plan2.end = kOpenEnd;
  std::vector<Episode> plans{plan1, plan2};
  Rule per_plan;
  per_plan.scope.level = Level::episode;
  per_plan.scope.episode_type = cp;
  CHECK(on_worklist(of_cp, {open_case, plans, {}}, kFilter));                   // without the rule: a cp plan is open
  CHECK_FALSE(on_worklist(of_cp, {open_case, plans, {}}, kFilter, &per_plan));  // but not the one it was counted in
  Rule per_period = per_plan;
  per_period.scope.level = Level::period;
  CHECK_FALSE(on_worklist(of_cp, {open_case, plans, {}}, kFilter, &per_period));
  plans[1].start = d(2026, 12, 11);  // follows on: one period, still open
  CHECK(on_worklist(of_cp, {open_case, plans, {}}, kFilter, &per_period));
  CHECK_FALSE(on_worklist(of_cp, {open_case, plans, {}}, kFilter, &per_plan));  // each row is its own episode
  Rule case_rule;  // a case-level rule whose interval followed the cp plan: still owed while the case is open
  CHECK(on_worklist(of_cp, {open_case, plans, {}}, kFilter, &case_rule));
}

WorkItem item(std::string_view worker, std::string_view case_id, Date due, std::string_view rule = "visit") {
  WorkItem w;
  w.worker = worker;
  w.team = "North";
  w.case_id = case_id;
  w.standard = "camden";
  w.rule_id = rule;
  w.measure = "visit";
  w.title = "Visit";
  w.due = due;
  w.anchor = add_days(due, -10);
  w.days = days_between(kAsOf, due);
  w.overdue = due < kAsOf;
  return w;
}

TEST_CASE("order: by worker, unallocated last; most overdue first, then soonest; then case and rule") {
  std::vector<WorkItem> items{item("", "C1", d(2026, 12, 1)),         item("Bea", "C2", d(2026, 12, 30)),
                              item("Bea", "C1", d(2026, 12, 30), "b"), item("Bea", "C1", d(2026, 12, 30), "a"),
                              item("Bea", "C9", d(2026, 11, 2)),       item("Al", "C5", d(2026, 12, 25))};
  sort_worklist(items);
  std::vector<std::string> got;
  for (const WorkItem& w : items)
    got.push_back(std::string(w.worker) + "/" + std::string(w.case_id) + "/" + std::string(w.rule_id));
  CHECK(got == std::vector<std::string>{"Al/C5/visit", "Bea/C9/visit", "Bea/C1/a", "Bea/C1/b", "Bea/C2/visit",
                                        "/C1/visit"});
}

TEST_CASE("text lines within 100 columns; CSV guarded and signed") {
  Worklist w{kAsOf, d(2026, 12, 31), "5 working days", std::nullopt, std::nullopt, {}};
  WorkItem long_one = item("=Bea", "C1", d(2026, 12, 4));
  long_one.title = "Review within three months of the plan starting, written up and shared with the family, "
                   "then every six months while the plan lasts";
  long_one.working_days = -12;
  w.items = {long_one};
  std::string text;
  write_worklist_text(w, text);
  size_t longest = 0, at = 0;
  for (size_t nl; (nl = text.find('\n', at)) != std::string::npos; at = nl + 1) longest = std::max(longest, nl - at);
  CHECK(longest <= 100);
  CHECK(text.find("  2026-12-04  18 days overdue (12 working days)  case C1 (team: North)\n") != std::string::npos);
  std::string csv;
  write_worklist_csv(w, csv);
  CHECK(csv.starts_with(std::string(kWorklistCsvHeader) + "\n'=Bea,North,C1,camden,visit,visit,,2026-11-24,"
                                                          "2026-12-04,overdue,-18,-12,\"Review within"));
  w.items.clear();
  text.clear();
  write_worklist_text(w, text);
  CHECK(text.ends_with("\nNothing due by 2026-12-31 and nothing overdue.\n"));
  std::string json;
  write_worklist_json(w, json);
  CHECK(json == "{\"as_of\":\"2026-12-22\",\"horizon\":\"2026-12-31\",\"within\":\"5 working days\",\"items\":[]}\n");
}

}  // namespace
}  // namespace ca
