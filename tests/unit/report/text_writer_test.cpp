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
  CHECK(what_happened(missing_row()) == "missing: nothing recorded by the audit date, 12 days overdue");
  CHECK(what_happened(late_row()) == "late: met 2024-03-07, 2 days late");
  CHECK(what_happened(met_row()) == "met 2024-03-01");
  Row r = late_row();
  r.days_overdue = 1;
  CHECK(what_happened(r) == "late: met 2024-03-07, 1 day late");
  r = missing_row();
  r.days_overdue = 1;
  CHECK(what_happened(r) == "missing: nothing recorded by the audit date, 1 day overdue");
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
                  late: met 2024-03-07, 2 days late
  due 2024-04-01  Chronology updated every 3 months (chronology)
                  missing: nothing recorded by the audit date, 12 days overdue

Case C002 (no team recorded; no worker recorded)
  due 2024-04-01  Chronology updated every 3 months (chronology)
                  missing: nothing recorded by the audit date, 12 days overdue

Summary
  Cases audited:           2
  Requirements evaluated:  40
  Breaches reported:       3 (1 late, 2 missing)

  By standard, measure    breaches    late  missing
    camden                       3       1        2
      chronology                 2       0        2
      visit                      1       1        0
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
)");
}

TEST_CASE("text: met rows and their column with --include-met; control characters shown") {
  Row r = met_row();
  r.case_id = "C\x1b[2J";
  const std::string out = write_text({r}, true);
  CHECK(out.find("Requirements met on time are listed too.\n") != std::string::npos);
  CHECK(out.find("\nCase C\\x1b[2J (no team recorded; no worker recorded)\n"
                 "  due 2024-03-05  Child protection visit every 10 working days (cp-visit)\n"
                 "                  met 2024-03-01\n") != std::string::npos);
  CHECK(out.find("  Met on time reported:    1\n") != std::string::npos);
  CHECK(out.find("  By standard, measure    breaches    late  missing     met\n"
                 "    camden                       0       0        0       1\n"
                 "      visit                      0       0        0       1\n") != std::string::npos);
}

}  // namespace
}  // namespace ca
