// The run summary: counts, the line `audit` prints on stderr.
#include "data/summary.h"

#include <doctest/doctest.h>

#include <sstream>

#include "export.h"

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

TEST_CASE("account_files: each row used or skipped, counted from the dataset and the issues") {
  test::TempExport e;
  e.file("cases.csv", "case_id,dob\nC1,2015-01-01\nC2,2015-13-01\nC1,2016-01-01\n\nC3,\n")
      .file("visits.csv",
            "case_id,visit_date\nC1,2024-01-10\nC2,2024-01-11\nC3,\"2024-01-12\"\nC3,\"2024-01\n-13\"\nC3,2024-01-14,x\n"
            "C1,2024-01-10\n");
  const LoadResult r = e.load();
  const std::vector<FileAccount> a = account_files(r, r.issues, Vocabulary::builtin());
  REQUIRE(a.size() == 2);
  // C2's bad dob and C1 again skipped; the blank line is no row.
  CHECK(e.shown(describe(a[0])) == "DIR/cases.csv: read 4 rows: 2 used, 2 skipped");
  CHECK(a[0].read == 4);
  // C2's case skipped, a bad date over two lines, a row too long; a duplicate visit is used.
  CHECK(e.shown(describe(a[1])) == "DIR/visits.csv: read 6 rows: 3 used, 3 skipped");
  CHECK(!a[1].lookup_only);

  FileAccount lookup{"x/plans.csv", 20, 0, 0, 0, true};
  CHECK(describe(lookup) == "x/plans.csv: read 20 rows for the mapping's lookups");
  lookup.skipped = 1;
  CHECK(describe(lookup) == "x/plans.csv: read 20 rows for the mapping's lookups: 1 skipped");
  CHECK(describe(FileAccount{"x/a.csv", 1, 0, 1, 0, false}) == "x/a.csv: read 1 row: 0 used, 1 excluded by the mapping");
}

}  // namespace
}  // namespace ca
