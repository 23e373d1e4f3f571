// run_audit from options to exit code, report and messages, over the sample
// export and small exports written here.
#include <doctest/doctest.h>
#include <stdlib.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "app/commands.h"

namespace ca {
namespace {

namespace fs = std::filesystem;

const std::string kSamples = std::string(CASEAUDIT_SOURCE_DIR) + "/samples";

struct TempDir {
  fs::path path;
  TempDir() {
    std::string templ = (fs::temp_directory_path() / "caseaudit-app-XXXXXX").string();
    path = ::mkdtemp(templ.data());
  }
  ~TempDir() { fs::remove_all(path); }
  std::string operator/(const std::string& name) const { return (path / name).string(); }
  size_t count() const { return static_cast<size_t>(std::distance(fs::directory_iterator(path), {})); }
};

void spit(const std::string& p, const std::string& text) { std::ofstream(p, std::ios::binary) << text; }

std::string slurp(const std::string& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

AuditOptions sample_options() {
  AuditOptions o;
  o.common.input.dir = kSamples;
  o.standards = {"camden"};
  o.as_of = Date::from_ymd(2026, 11, 23);
  return o;
}

struct Run {
  int code;
  std::string out, err;
};

Run run(const AuditOptions& o) {
  std::ostringstream out, err;
  const int code = run_command(err, [&] { return run_audit(o, out, err); });  // as app/app.h runs it
  return {code, out.str(), err.str()};
}

size_t count_lines(const std::string& s) { return static_cast<size_t>(std::count(s.begin(), s.end(), '\n')); }

TEST_CASE("audit of the samples: CSV by default off a terminal, exit 1 for breaches, a summary on stderr") {
  const Run r = run(sample_options());
  CHECK(r.code == 1);
  REQUIRE(r.out.starts_with(
      "standard,case_id,rule_id,measure,episode_type,anchor_date,due_date,met_date,status,days_overdue,team,worker,"
      "title,source\n"));
  CHECK(r.err.find("caseaudit: audited 126 cases against camden (") != std::string::npos);
  CHECK(r.err.find(" as of 2026-11-23: ") != std::string::npos);
  CHECK(r.out.find(",met,") == std::string::npos);
  CHECK(r.out.find(",pending,") == std::string::npos);
}

TEST_CASE("audit: two runs are byte-identical; --exit-zero; --include-met adds met rows") {
  AuditOptions o = sample_options();
  const Run a = run(o), b = run(o);
  CHECK(a.out == b.out);
  CHECK(a.err == b.err);
  o.exit_zero = true;
  const Run z = run(o);
  CHECK(z.code == 0);
  CHECK(z.out == a.out);
  o.include_met = true;
  const Run m = run(o);
  CHECK(m.out.find(",met,") != std::string::npos);
  CHECK(count_lines(m.out) > count_lines(a.out));
  CHECK(m.err.find(" met on time") != std::string::npos);
}

TEST_CASE("audit: --from keeps only breaches due on or after it") {
  AuditOptions o = sample_options();
  o.format = Format::jsonl;
  const Run all = run(o);
  o.from = Date::from_ymd(2026, 6, 1);
  const Run from = run(o);
  CHECK(count_lines(from.out) < count_lines(all.out));
  std::istringstream lines(from.out);
  for (std::string line; std::getline(lines, line);) {
    const size_t at = line.find("\"due_date\":\"");
    REQUIRE(at != std::string::npos);
    CHECK(line.substr(at + 12, 10) >= "2026-06-01");
  }
  CHECK(from.err.find("due on or after 2026-06-01") != std::string::npos);
}

TEST_CASE("audit: --output writes the file (format by extension) and nothing on stdout") {
  TempDir dir;
  AuditOptions o = sample_options();
  o.output = dir / "report.json";
  const Run r = run(o);
  CHECK(r.code == 1);
  CHECK(r.out.empty());
  const std::string json = slurp(dir / "report.json");
  CHECK(json.starts_with("[\n{\"standard\":\"camden\","));
  CHECK(json.ends_with("}\n]\n"));
  CHECK(dir.count() == 1);

  o.output = dir / "report.txt";
  run(o);
  CHECK(slurp(dir / "report.txt").starts_with("caseaudit report as of 2026-11-23\n"));
  o.output = dir / "report.out";  // an unknown extension: CSV
  run(o);
  CHECK(slurp(dir / "report.out").starts_with("standard,case_id,"));
  o.format = Format::jsonl;  // --format wins over the extension
  o.output = dir / "report.csv";
  run(o);
  CHECK(slurp(dir / "report.csv").starts_with("{\"standard\":\"camden\","));
}

TEST_CASE("audit: --output into a missing folder fails with exit 2 and leaves nothing") {
  TempDir dir;
  AuditOptions o = sample_options();
  o.output = dir / "missing/report.csv";
  const Run r = run(o);
  CHECK(r.code == 2);
  CHECK(r.out.empty());
  CHECK(r.err == "caseaudit: cannot write " + dir / "missing/report.csv" + ": No such file or directory\n");
  CHECK(dir.count() == 0);
}

TEST_CASE("audit: a failed run leaves an existing --output file as it was") {
  TempDir dir;
  spit(dir / "report.csv", "yesterday\n");
  AuditOptions o = sample_options();
  o.output = dir / "report.csv";
  o.standards = {"no-such-standard"};
  const Run r = run(o);
  CHECK(r.code == 2);
  CHECK(r.err.starts_with("caseaudit: unknown standard 'no-such-standard'"));
  CHECK(slurp(dir / "report.csv") == "yesterday\n");
  CHECK(dir.count() == 1);
}

TEST_CASE("audit: unreadable input, a bad holidays file: exit 2 with the message") {
  AuditOptions o = sample_options();
  o.common.input.dir = "/nonexistent-caseaudit";
  Run r = run(o);
  CHECK(r.code == 2);
  CHECK(r.out.empty());
  CHECK(r.err == "caseaudit: /nonexistent-caseaudit: cannot open: No such file or directory\n");

  TempDir dir;
  spit(dir / "closures.txt", "2026-12-24\nnot a date\n");
  o = sample_options();
  o.common.holidays = {dir / "closures.txt"};
  r = run(o);
  CHECK(r.code == 2);
  CHECK(r.out.empty());
  CHECK(r.err.starts_with("caseaudit: " + dir / "closures.txt" + ":2: "));
}

TEST_CASE("audit: skipped rows are reported; --strict turns them into exit 2 with no report") {
  TempDir dir;
  spit(dir / "cases.csv", "case_id,team,worker\nA1,T,W\nA2,T,W\n");
  spit(dir / "episodes.csv",
       "case_id,episode_type,start_date,end_date\nA1,cp,2026-01-05,\nA2,cp,31/02/2026,\nA9,cp,2026-01-05,\n");
  // No visits at all, and the export says it is complete: A1's visits are missing.
  spit(dir / "visits.csv", "case_id,visit_date,seen,visit_type,location\n");
  AuditOptions o;
  o.common.input.dir = dir.path.string();
  o.complete_export = true;
  o.standards = {"camden"};
  o.as_of = Date::from_ymd(2026, 11, 23);
  o.format = Format::csv;
  const Run loose = run(o);
  CHECK(loose.code == 1);
  CHECK(loose.out.find("\ncamden,A1,") != std::string::npos);
  CHECK(loose.err.find("episodes.csv:3:") != std::string::npos);
  CHECK(loose.err.find("episodes.csv:4:") != std::string::npos);

  o.common.strict = true;
  o.output = dir / "report.csv";
  const Run strict = run(o);
  CHECK(strict.code == 2);
  CHECK(strict.out.empty());
  CHECK(strict.err.ends_with("caseaudit: 2 rows skipped; no report written (--strict)\n"));
  CHECK_FALSE(fs::exists(dir / "report.csv"));
}

TEST_CASE("audit: a report stream that fails is exit 2 with a message") {
  AuditOptions o = sample_options();
  std::ostringstream out, err;
  out.setstate(std::ios::badbit);
  CHECK(run_audit(o, out, err) == 2);
  CHECK(err.str().ends_with("caseaudit: cannot write the report: write error\n"));
  CHECK(err.str().find("audited") == std::string::npos);
}

TEST_CASE("audit: rows in report order") {
  AuditOptions o = sample_options();
  o.include_met = true;
  const Run r = run(o);
  std::istringstream lines(r.out);
  std::string line, prev_key;
  std::getline(lines, line);  // header
  size_t n = 0;
  while (std::getline(lines, line)) {
    // standard,case_id,rule_id,measure,episode_type,anchor,due: the sample has no quoted cells there.
    std::vector<std::string> cells;
    std::istringstream cs(line);
    for (std::string c; cells.size() < 7 && std::getline(cs, c, ',');) cells.push_back(c);
    REQUIRE(cells.size() == 7);
    const std::string key = cells[0] + '\x01' + cells[1] + '\x01' + cells[6] + '\x01' + cells[2];
    CHECK(prev_key <= key);
    prev_key = key;
    ++n;
  }
  CHECK(n > 100);
}

TEST_CASE("audit: several standards, in name order whatever the order given") {
  TempDir dir;
  std::string yaml = slurp(std::string(CASEAUDIT_SOURCE_DIR) + "/standards/camden.yaml");
  const size_t at = yaml.find("standard: camden");
  REQUIRE(at != std::string::npos);
  yaml.replace(at, 16, "standard: aaa");
  spit(dir / "aaa.yaml", yaml);
  AuditOptions o = sample_options();
  o.standards = {"camden", dir / "aaa.yaml"};
  const Run r = run(o);
  CHECK(r.code == 1);
  const size_t first_camden = r.out.find("\ncamden,");
  const size_t last_aaa = r.out.rfind("\naaa,");
  REQUIRE(first_camden != std::string::npos);
  REQUIRE(last_aaa != std::string::npos);
  CHECK(last_aaa < first_camden);
  CHECK(r.err.find("against aaa (12 rules), camden (12 rules) as of 2026-11-23: 740 breaches (422 late, 318 missing; aaa 370, camden 370)") !=
        std::string::npos);
  o.format = Format::text;
  const Run t = run(o);
  CHECK(t.out.find("\n== aaa ==\n") < t.out.find("\n== camden ==\n"));
  CHECK(t.out.find("\n== camden ==\n") != std::string::npos);
}

}  // namespace
}  // namespace ca
