#include "report/json_writer.h"

#include <doctest/doctest.h>

#include <sstream>

#include "rows.h"

namespace ca {
namespace {

using namespace test;

std::string write(ReportFormat f, const std::vector<Row>& rows) {
  std::ostringstream out;
  auto w = make_writer(f, out);
  const AuditSummary s = summary_for(rows);
  w->begin(s);
  for (const Row& r : rows) w->row(r);
  w->finish(s);
  CHECK(w->ok());
  return out.str();
}

const char kLate[] =
    R"({"standard":"camden","case_id":"C001","rule_id":"cp-visit","measure":"visit","episode_type":"cp",)"
    R"("anchor_date":"2024-02-15","due_date":"2024-03-05","met_date":"2024-03-07","status":"late","days_overdue":2,)"
    R"("team":"Assessment, North","worker":"J Smith","title":"Child protection visit every 10 working days",)"
    R"("source":"Getting the basics right, 3. Visits"})";
const char kMissing[] =
    R"({"standard":"camden","case_id":"C001","rule_id":"chronology","measure":"chronology","episode_type":null,)"
    R"("anchor_date":"2024-01-01","due_date":"2024-04-01","met_date":null,"status":"missing","days_overdue":12,)"
    R"("team":"Assessment, North","worker":"J Smith","title":"Chronology updated every 3 months",)"
    R"("source":"Getting the basics right, 5. Recording"})";

TEST_CASE("json: one array, one object per line, keys in the CSV's order") {
  CHECK(write(ReportFormat::json, {}) == "[]\n");
  CHECK(write(ReportFormat::json, {late_row()}) == std::string("[\n") + kLate + "\n]\n");
  CHECK(write(ReportFormat::json, {late_row(), missing_row()}) ==
        std::string("[\n") + kLate + ",\n" + kMissing + "\n]\n");
}

TEST_CASE("jsonl: one object per line") {
  CHECK(write(ReportFormat::jsonl, {}) == "");
  CHECK(write(ReportFormat::jsonl, {late_row(), missing_row()}) == std::string(kLate) + "\n" + kMissing + "\n");
}

TEST_CASE("json: values are escaped, not neutralised") {
  Row r = missing_row();
  r.case_id = "=SUM(A1)";
  r.team = "say \"hi\"\\";
  r.worker = "two\nlines\x01";
  std::string out;
  append_json_row(out, r);
  CHECK(out.find(R"x("case_id":"=SUM(A1)")x") != std::string::npos);
  CHECK(out.find(R"("team":"say \"hi\"\\","worker":"two\nlines\u0001")") != std::string::npos);
}

}  // namespace
}  // namespace ca
