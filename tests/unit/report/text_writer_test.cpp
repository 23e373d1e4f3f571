#include "report/text_writer.h"

#include <doctest/doctest.h>

#include <sstream>

#include "rows.h"

namespace ca {
namespace {

using namespace test;

std::string write_text(const std::vector<Row>& rows, bool include_met = false, std::optional<Date> from = {}) {
  std::ostringstream out;
  auto w = make_writer(ReportFormat::text, out);
  AuditSummary s = summary_for({}, include_met);
  s.from = from;
  w->begin(s);
  for (const Row& r : rows) w->row(r);
  s = summary_for(rows, include_met);
  s.from = from;
  w->finish(s);
  CHECK(w->ok());
  return out.str();
}

TEST_CASE("what happened: working days, a case closed before the audit date, the baseline's mark") {
  Row r = late_row();  // due 2024-03-05, done 2024-03-07
  r.working_days = 2;
  CHECK(what_happened(r) == "late: done 2024-03-07, 2 days late (2 working days) (counted from 2024-02-15)");
  r.working_days = 1;
  r.days_overdue = 3;
  CHECK(what_happened(r) == "late: done 2024-03-07, 3 days late (1 working day) (counted from 2024-02-15)");
  // Missing on a case that closed before the audit date: its days run to the closure.
  r = missing_row();  // due 2024-04-01, 12 days overdue to the audit date 2024-04-13
  r.closed = d(2024, 4, 6);
  CHECK(what_happened(r) ==
        "missing: not done by the case's closure on 2024-04-06, 5 days overdue then (counted from 2024-01-01)");
  r.working_days = 4;
  CHECK(what_happened(r) == "missing: not done by the case's closure on 2024-04-06, 5 days overdue then (4 working "
                            "days) (counted from 2024-01-01)");
  r = missing_row();
  r.change = "new";
  CHECK(what_happened(r) == "missing: not done by the audit date, 12 days overdue (counted from 2024-01-01) [new]");
  r.change = "resolved";
  CHECK(what_happened(r) ==
        "resolved since the baseline: was missing: not done by the audit date, 12 days overdue (counted from "
        "2024-01-01)");
}

TEST_CASE("text: the case heading says when it closed and what was open; long lines wrap at 100 columns") {
  Row r = missing_row();
  r.closed = d(2024, 4, 6);
  r.case_note = "open in the period: child protection plan 2024-01-01 to 2024-04-06";
  r.title = "A title long enough that the line with its due date and rule id cannot fit in one hundred columns";
  const std::string text = write_text({r});
  CHECK(text.find("Case C001 (team: Assessment, North; worker: J Smith), closed 2024-04-06, before the audit date\n"
                  "  open in the period: child protection plan 2024-01-01 to 2024-04-06\n"
                  "  due 2024-04-01  A title long enough that the line with its due date and rule id cannot fit in one\n"
                  "                hundred columns (chronology)\n"
                  "                  missing: not done by the case's closure on 2024-04-06, 5 days overdue then\n"
                  "                    (counted from 2024-01-01)\n") != std::string::npos);
  size_t start = 0;
  for (size_t end; (end = text.find('\n', start)) != std::string::npos; start = end + 1)
    CHECK(end - start <= 100);
}

TEST_CASE("what happened, in words") {
  CHECK(what_happened(missing_row()) == "missing: not done by the audit date, 12 days overdue (counted from 2024-01-01)");
  CHECK(what_happened(late_row()) == "late: done 2024-03-07, 2 days late (counted from 2024-02-15)");
  CHECK(what_happened(met_row()) == "met: done 2024-03-01 (counted from 2024-02-15)");
  Row r = late_row();
  r.days_overdue = 1;
  CHECK(what_happened(r) == "late: done 2024-03-07, 1 day late (counted from 2024-02-15)");
  r = missing_row();
  r.days_overdue = 1;
  CHECK(what_happened(r) == "missing: not done by the audit date, 1 day overdue (counted from 2024-01-01)");
  // A recording rule: the record was written up late, or not at all; the
  // anchor is the record itself.
  r = late_row();
  r.measure = "recording";
  r.anchor = d(2024, 3, 1);
  CHECK(what_happened(r) == "late: written up 2024-03-07, 2 days late (record of 2024-03-01)");
  r.status = RowStatus::missing;
  r.met = kNoDate;
  CHECK(what_happened(r) == "missing: not written up by the audit date, 2 days overdue (record of 2024-03-01)");
}

TEST_CASE("text: grouped by case, then a summary") {
  Row other = missing_row();
  other.case_id = "C002";
  other.team = "";
  other.worker = "";
  CHECK(write_text({late_row(), missing_row(), other}) == R"(caseaudit report as of 2024-04-13
Standard: camden (London Borough of Camden, Getting the basics right; 13 rules)

== camden ==

Case C001 (team: Assessment, North; worker: J Smith)
  due 2024-03-05  Child protection visit every 10 working days (cp-visit)
                  late: done 2024-03-07, 2 days late (counted from 2024-02-15)
  due 2024-04-01  Chronology updated every 3 months (chronology)
                  missing: not done by the audit date, 12 days overdue (counted from 2024-01-01)

Case C002 (no team recorded; no worker recorded)
  due 2024-04-01  Chronology updated every 3 months (chronology)
                  missing: not done by the audit date, 12 days overdue (counted from 2024-01-01)

Summary
  Cases audited:           2
  Requirements evaluated:  40
  Breaches reported:       3 (1 late, 2 missing)

  By standard, measure    breaches    late  missing
    camden                       3       1        2
      chronology                 2       0        2
      visit                      1       1        0

  By standard, rule       breaches    late  missing
    camden                       3       1        2
      chronology                 2       0        2
      cp-visit                   1       1        0

  Days late and overdue are calendar days from the due date (to the closure for a case closed
  before the audit date); working days too where the timescale is in working days. "Counted
  from" is the date the timescale ran from: the episode start, the trigger, or the previous record.
)");
}

TEST_CASE("text: no breaches") {
  CHECK(write_text({}, false, d(2024, 1, 1)) == R"(caseaudit report as of 2024-04-13
Standard: camden (London Borough of Camden, Getting the basics right; 13 rules)
Only requirements due on or after 2024-01-01.

No breaches.

Summary
  Cases audited:           2
  Requirements evaluated:  40
  Breaches reported:       0 (0 late, 0 missing)

  By standard, measure    breaches    late  missing
    camden                       0       0        0

  By standard, rule       breaches    late  missing
    camden                       0       0        0

  Days late and overdue are calendar days from the due date (to the closure for a case closed
  before the audit date); working days too where the timescale is in working days. "Counted
  from" is the date the timescale ran from: the episode start, the trigger, or the previous record.
)");
}

TEST_CASE("text: met rows and their column with --include-met; control characters shown") {
  Row r = met_row();
  r.case_id = "C\x1b[2J";
  const std::string out = write_text({r}, true);
  CHECK(out.find("Requirements met on time are listed too.\n") != std::string::npos);
  CHECK(out.find("\nCase C\\x1b[2J (no team recorded; no worker recorded)\n"
                 "  due 2024-03-05  Child protection visit every 10 working days (cp-visit)\n"
                 "                  met: done 2024-03-01 (counted from 2024-02-15)\n") != std::string::npos);
  CHECK(out.find("  Met on time reported:    1\n") != std::string::npos);
  CHECK(out.find("  By standard, measure    breaches    late  missing     met\n"
                 "    camden                       0       0        0       1\n"
                 "      visit                      0       0        0       1\n") != std::string::npos);
}

}  // namespace
}  // namespace ca
