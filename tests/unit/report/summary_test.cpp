#include "report/summary.h"

#include <doctest/doctest.h>

#include "rows.h"

namespace ca {
namespace {

using namespace test;

TEST_CASE("counts per standard and measure") {
  const AuditSummary s = summary_for({late_row(), missing_row(), late_row(), met_row()}, true);
  const Counts c = s.reported();
  CHECK(c.late == 2);
  CHECK(c.missing == 1);
  CHECK(c.met == 1);
  CHECK(c.breaches() == 3);
  CHECK(s.requirements() == 40);
  CHECK(plural(1234567, "case", "cases") == "1,234,567 cases");
  const auto m = s.standards[0].by_measure();
  REQUIRE(m.size() == 2);
  CHECK(m.at("visit").late == 2);
  CHECK(m.at("visit").met == 1);
  CHECK(m.at("chronology").missing == 1);
}

TEST_CASE("the run summary line") {
  AuditSummary s = summary_for({late_row(), missing_row(), late_row()});
  CHECK(run_summary_line(s) ==
        "caseaudit: audited 2 cases against camden (13 rules) as of 2024-04-13: 3 breaches (2 late, 1 missing)");
  s.from = d(2024, 1, 1);
  s.include_met = true;
  s.cases = 1;
  s.standards[0].rules = 1;
  StandardSummary other;
  other.name = "wakefield";
  other.rules = 40;
  other.reported.met = 4;
  s.standards.push_back(other);
  CHECK(run_summary_line(s) ==
        "caseaudit: audited 1 case against camden (1 rule), wakefield (40 rules) as of 2024-04-13: "
        "3 breaches due on or after 2024-01-01 (2 late, 1 missing; camden 3, wakefield 0); 4 met on time");
  AuditSummary one = summary_for({late_row()});
  CHECK(run_summary_line(one).ends_with(": 1 breach (1 late, 0 missing)"));
}

}  // namespace
}  // namespace ca
