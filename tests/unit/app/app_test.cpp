// app/app.h, the entry points cli calls: options as typed on the command
// line, turned into dates and an InputSpec, a bad value a UsageError.
#include <doctest/doctest.h>

#include <sstream>
#include <string>

#include "app/app.h"

namespace ca {
namespace {

const std::string kSource = CASEAUDIT_SOURCE_DIR;

AuditArgs sample_args() {
  AuditArgs a;
  a.common.input.dir = kSource + "/samples";
  a.standards = {"camden"};
  a.as_of = "2026-11-23";
  a.format = Format::csv;
  return a;
}

UsageError usage_error(const AuditArgs& a) {
  std::ostringstream out, err;
  try {
    run_audit(a, out, err);
  } catch (const UsageError& e) {
    CHECK(out.str().empty());
    CHECK(err.str().empty());
    return e;
  }
  FAIL("no UsageError");
  return {};
}

TEST_CASE("app: the dates are read as any date of the export is, --from not after --as-of") {
  std::ostringstream out, err;
  AuditArgs a = sample_args();
  a.as_of = "23/11/2026";
  a.from = "2026-06-01";
  CHECK(run_audit(a, out, err) == kExitFindings);
  CHECK(err.str().find(" as of 2026-11-23: ") != std::string::npos);
  CHECK(err.str().find("due on or after 2026-06-01") != std::string::npos);

  a = sample_args();
  a.as_of = "31/02/2024";
  UsageError e = usage_error(a);
  CHECK(e.option == "--as-of");
  CHECK(e.reason == "not a date: '31/02/2024' (no day 31 in February 2024)");

  a = sample_args();
  a.from = "tomorrow";
  CHECK(usage_error(a).option == "--from");

  a = sample_args();
  a.from = "2027-01-01";
  e = usage_error(a);
  CHECK(e.option == "--from");
  CHECK(e.reason == "is after the audit date 2026-11-23 (--as-of); nothing could be reported");
}

TEST_CASE("app: no --as-of is today") {
  std::ostringstream out, err;
  AuditArgs a = sample_args();
  a.as_of.clear();
  a.from = "2000-01-01";  // before any today
  CHECK(run_audit(a, out, err) == kExitFindings);
  CHECK(err.str().find(" as of 20") != std::string::npos);
}

TEST_CASE("app: the input files reach the loader, by folder or one by one") {
  const std::string dir = kSource + "/tests/data/exports/clean";
  std::ostringstream out, err;
  ValidateArgs v;
  v.common.input.dir = dir;
  CHECK(run_validate(v, out, err) == kExitOk);
  CHECK(out.str() == dir + "/cases.csv: read 3 rows: 3 used\n" + dir + "/episodes.csv: read 4 rows: 4 used\n" + dir +
                         "/visits.csv: read 5 rows: 5 used\n" + dir + "/reviews.csv: read 4 rows: 4 used\n" + dir +
                         "/contacts.csv: read 4 rows: 4 used\nread 20 rows from 5 files; no issues\n");

  std::ostringstream out1, err1;
  ValidateArgs one;
  one.common.input.files[0] = dir + "/cases.csv";
  CHECK(run_validate(one, out1, err1) == kExitOk);
  CHECK(out1.str() == dir + "/cases.csv: read 3 rows: 3 used\nread 3 rows from 1 file; no issues\n");

  std::ostringstream out2, err2;
  ValidateArgs missing;
  missing.common.input.files[0] = dir + "/no-such.csv";
  CHECK(run_validate(missing, out2, err2) == kExitFailure);
  CHECK(err2.str().starts_with("caseaudit: "));
}

TEST_CASE("app: --vocabulary reaches the command; a fatal problem is a message and exit 2, not an exception") {
  std::ostringstream out, err;
  ValidateArgs v;
  v.common.input.dir = kSource + "/tests/data/exports/clean";
  v.common.vocabulary = "/nonexistent-caseaudit/vocabulary.yaml";
  CHECK(run_validate(v, out, err) == kExitFailure);
  CHECK(out.str().empty());
  CHECK(err.str() == "caseaudit: /nonexistent-caseaudit/vocabulary.yaml: cannot read: No such file or directory\n");

  std::ostringstream out2, err2;
  CHECK(run_standards_show("no-such-standard", std::nullopt, out2, err2) == kExitFailure);
  CHECK(err2.str().starts_with("caseaudit: unknown standard 'no-such-standard'"));
}

}  // namespace
}  // namespace ca
