// The run summary: counts, the line `audit` prints on stderr.
#include "data/summary.h"

#include <doctest/doctest.h>

#include <sstream>

namespace ca {
namespace {

LoadResult sample() {
  LoadResult r;
  r.files.resize(5);
  r.files[0] = {"x/cases.csv", 1000, 1};
  r.files[2] = {"x/visits.csv", 234, 2};
  r.issues = {
      {"x/cases.csv", 3, 1, Severity::error, "duplicate case_id", "case_id: 'C1' appears again"},
      {"x/visits.csv", 4, 2, Severity::error, "bad date", "visit_date: not a date: 'x'"},
      {"x/visits.csv", 5, 0, Severity::warning, "recorded before date", "recorded_date: ..."},
      {"x/visits.csv", 9, 2, Severity::error, "bad date", "visit_date: not a date: 'y'"},
  };
  return r;
}

TEST_CASE("with_commas") {
  CHECK(with_commas(0) == "0");
  CHECK(with_commas(999) == "999");
  CHECK(with_commas(1000) == "1,000");
  CHECK(with_commas(1234567) == "1,234,567");
}

TEST_CASE("count_issues and describe") {
  const LoadResult r = sample();
  const IssueCounts c = count_issues(r.files, r.issues);
  CHECK(c.rows == 1234);
  CHECK(c.files == 2);
  CHECK(c.skipped == 3);
  CHECK(c.warnings == 1);
  CHECK(describe(c) == "read 1,234 rows from 2 files; skipped 3 (bad date: 2, duplicate case_id: 1); 1 warning");

  IssueCounts one;
  one.rows = 1;
  one.files = 1;
  CHECK(describe(one) == "read 1 row from 1 file");
  one.warnings = 2;
  CHECK(describe(one) == "read 1 row from 1 file; 2 warnings");
}

TEST_CASE("write_load_summary: skipped rows, then the counts; warnings only counted") {
  std::ostringstream err;
  write_load_summary(sample(), err);
  CHECK(err.str() ==
        "x/cases.csv:3:1: case_id: 'C1' appears again\n"
        "x/visits.csv:4:2: visit_date: not a date: 'x'\n"
        "x/visits.csv:9:2: visit_date: not a date: 'y'\n"
        "caseaudit: read 1,234 rows from 2 files; skipped 3 (bad date: 2, duplicate case_id: 1); 1 warning (run "
        "'caseaudit validate' for details)\n");
  std::ostringstream clean;
  LoadResult r;
  r.files.resize(5);
  r.files[0] = {"x/cases.csv", 5, 0};
  write_load_summary(r, clean);
  CHECK(clean.str() == "caseaudit: read 5 rows from 1 file\n");
}

}  // namespace
}  // namespace ca
