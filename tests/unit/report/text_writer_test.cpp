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

  Days late and overdue are calendar days from the due date. "Counted from" is the
  date the timescale ran from: the episode start, the trigger, or the previous record.
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

  Days late and overdue are calendar days from the due date. "Counted from" is the
  date the timescale ran from: the episode start, the trigger, or the previous record.
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
