#include "report/row.h"

#include <doctest/doctest.h>

#include <algorithm>

#include "report/collect.h"
#include "rows.h"

namespace ca {
namespace {

using namespace test;

TEST_CASE("days_overdue counts calendar days to the met date or the audit date") {
  const Date due = d(2024, 3, 5);
  const Date as_of = d(2024, 3, 17);
  CHECK(days_overdue(Outcome::late, due, d(2024, 3, 7), as_of) == 2);
  CHECK(days_overdue(Outcome::late, due, d(2024, 3, 6), as_of) == 1);
  CHECK(days_overdue(Outcome::missing, due, kNoDate, as_of) == 12);
  CHECK(days_overdue(Outcome::missing, d(2024, 2, 28), kNoDate, d(2024, 3, 1)) == 2);  // leap year
  CHECK(days_overdue(Outcome::missing, d(2023, 12, 31), kNoDate, d(2025, 1, 1)) == 367);
  CHECK(days_overdue(Outcome::met, due, d(2024, 3, 5), as_of) == 0);
  CHECK(days_overdue(Outcome::met, due, d(2024, 3, 1), as_of) == 0);
  CHECK(days_overdue(Outcome::pending, due, kNoDate, d(2024, 3, 1)) == 0);
}

TEST_CASE("source is the document and the section") {
  CHECK(source_text("Getting the basics right", "3. Visits") == "Getting the basics right, 3. Visits");
  CHECK(source_text("", "3. Visits") == "3. Visits");
  CHECK(source_text("Doc", "") == "Doc");
  CHECK(source_text("", "") == "");
}

TEST_CASE("rows sort by standard, case_id in byte order, due date, then rule_id") {
  std::vector<Row> rows;
  auto add = [&](std::string_view standard, std::string_view case_id, Date due, std::string_view rule) {
    Row r = missing_row();
    r.standard = standard;
    r.case_id = case_id;
    r.due = due;
    r.rule_id = rule;
    rows.push_back(r);
  };
  add("wakefield", "A", d(2024, 1, 1), "a");
  add("camden", "b", d(2024, 1, 1), "a");
  add("camden", "B", d(2024, 1, 1), "a");       // 'B' < 'b' in bytes
  add("camden", "\xc3\xa9", d(2024, 1, 1), "a");  // é after any ASCII
  add("camden", "A10", d(2024, 1, 1), "a");
  add("camden", "A9", d(2024, 1, 1), "a");      // bytes, not numbers: A10 < A9
  add("camden", "A10", d(2023, 12, 31), "z");
  add("camden", "A10", d(2024, 1, 1), "Z");     // 'Z' < 'a'
  add("camden", "A10", d(2024, 1, 1), "cp-visit-10");
  add("camden", "A10", d(2024, 1, 1), "cp-visit-9");
  std::sort(rows.begin(), rows.end(), row_before);
  std::vector<std::string> got;
  for (const Row& r : rows)
    got.push_back(std::string(r.standard) + "/" + std::string(r.case_id) + "/" + r.due.iso() + "/" +
                  std::string(r.rule_id));
  CHECK(got == std::vector<std::string>{
                   "camden/A10/2023-12-31/z",
                   "camden/A10/2024-01-01/Z",
                   "camden/A10/2024-01-01/a",
                   "camden/A10/2024-01-01/cp-visit-10",
                   "camden/A10/2024-01-01/cp-visit-9",
                   "camden/A9/2024-01-01/a",
                   "camden/B/2024-01-01/a",
                   "camden/b/2024-01-01/a",
                   "camden/\xc3\xa9/2024-01-01/a",
                   "wakefield/A/2024-01-01/a",
               });
}

TEST_CASE("rows equal in the four keys are still ordered, by anchor then met date") {
  Row a = late_row(), b = late_row();
  b.anchor = add_days(a.anchor, 1);
  CHECK(row_before(a, b));
  CHECK_FALSE(row_before(b, a));
  b = late_row();
  b.met = add_days(a.met, 1);
  CHECK(row_before(a, b));
  CHECK_FALSE(row_before(a, a));
}

TEST_CASE("a row is made from a requirement with the names resolved") {
  const Vocabulary& vocab = Vocabulary::builtin();
  Standard st;
  st.name = "camden";
  st.document = "Getting the basics right";
  Rule rule;
  rule.id = "cp-visit";
  rule.title = "Child protection visit every 10 working days";
  rule.measure = *vocab.measure("visit");
  rule.source.section = "3. Visits";
  st.rules.push_back(rule);
  Dataset data;
  data.names = {"", "Assessment", "J Smith"};
  Case c;
  c.id = "C001";
  c.team = 1;
  c.worker = 2;
  const ReportStandard rs(st, vocab);

  Requirement r;
  r.rule = 0;
  r.episode_type = *vocab.episode_type("cp");
  r.outcome = Outcome::late;
  r.anchor = d(2024, 2, 15);
  r.due = d(2024, 3, 5);
  r.met = d(2024, 3, 7);
  Row row = make_row(rs, data, c, r, d(2024, 4, 1));
  CHECK(row.standard == "camden");
  CHECK(row.case_id == "C001");
  CHECK(row.team == "Assessment");
  CHECK(row.worker == "J Smith");
  CHECK(row.rule_id == "cp-visit");
  CHECK(row.measure == "visit");
  CHECK(row.title == "Child protection visit every 10 working days");
  CHECK(row.source == "Getting the basics right, 3. Visits");
  CHECK(row.episode_type == "cp");
  CHECK(row.status == RowStatus::late);
  CHECK(row.met == d(2024, 3, 7));
  CHECK(row.days_overdue == 2);

  r.episode_type = kNone;
  r.outcome = Outcome::missing;
  r.met = kNoDate;
  c.team = 0;
  row = make_row(rs, data, c, r, d(2024, 4, 1));
  CHECK(row.episode_type == "");
  CHECK(row.team == "");
  CHECK(row.status == RowStatus::missing);
  CHECK(row.met == kNoDate);
  CHECK(row.days_overdue == 27);
}

TEST_CASE("which requirements are reported") {
  Requirement r;
  r.due = d(2024, 3, 5);
  RowFilter f;
  r.outcome = Outcome::late;
  CHECK(reported(r, f));
  r.outcome = Outcome::missing;
  CHECK(reported(r, f));
  r.outcome = Outcome::met;
  CHECK_FALSE(reported(r, f));
  r.outcome = Outcome::pending;
  CHECK_FALSE(reported(r, f));
  f.include_met = true;
  r.outcome = Outcome::met;
  CHECK(reported(r, f));
  r.outcome = Outcome::pending;
  CHECK_FALSE(reported(r, f));  // never, even with --include-met
  r.outcome = Outcome::missing;
  f.from = d(2024, 3, 5);
  CHECK(reported(r, f));  // due on the --from date
  f.from = d(2024, 3, 6);
  CHECK_FALSE(reported(r, f));
}

TEST_CASE("reading_for keeps exactly what reported() reports, in report order") {
  const Outcome outcomes[] = {Outcome::met, Outcome::late, Outcome::missing, Outcome::pending, Outcome::not_evaluable};
  for (const bool include_met : {false, true})
    for (const std::optional<Date> from : {std::optional<Date>(), std::optional<Date>(d(2024, 3, 5))}) {
      const RowFilter f{include_met, from};
      const Reading reading = reading_for(f);
      CHECK(reading.ordered == reading.kept);
      for (const Outcome o : outcomes)
        for (const int day : {4, 5, 6}) {
          Requirement r;
          r.outcome = o;
          r.due = d(2024, 3, day);
          CAPTURE(include_met);
          CAPTURE(day);
          CHECK(reading.keeps(r) == reported(r, f));
        }
    }
}

}  // namespace
}  // namespace ca
