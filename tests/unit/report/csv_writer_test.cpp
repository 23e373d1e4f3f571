#include "report/csv_writer.h"

#include <doctest/doctest.h>

#include <sstream>

#include "rows.h"

namespace ca {
namespace {

using namespace test;

std::string write_csv(const std::vector<Row>& rows) {
  std::ostringstream out;
  auto w = make_writer(ReportFormat::csv, out);
  const AuditSummary s = summary_for(rows);
  w->begin(s);
  for (const Row& r : rows) w->row(r);
  w->finish(s);
  CHECK(w->ok());
  return out.str();
}

TEST_CASE("the CSV header is the contract's") {
  CHECK(write_csv({}) ==
        "standard,case_id,rule_id,measure,episode_type,anchor_date,due_date,met_date,status,days_overdue,team,worker,"
        "title,source\n");
}

TEST_CASE("CSV rows: exact bytes") {
  const std::string header(kCsvHeader);
  CHECK(write_csv({late_row(), missing_row(), met_row()}) ==
        header + "\n" +
            "camden,C001,cp-visit,visit,cp,2024-02-15,2024-03-05,2024-03-07,late,2,\"Assessment, North\",J Smith,"
            "Child protection visit every 10 working days,\"Getting the basics right, 3. Visits\"\n"
            "camden,C001,chronology,chronology,,2024-01-01,2024-04-01,,missing,12,\"Assessment, North\",J Smith,"
            "Chronology updated every 3 months,\"Getting the basics right, 5. Recording\"\n"
            "camden,C002,cp-visit,visit,cp,2024-02-15,2024-03-05,2024-03-01,met,0,,,"
            "Child protection visit every 10 working days,\"Getting the basics right, 3. Visits\"\n");
}

TEST_CASE("CSV: formula-like values from the export are neutralised, quotes doubled") {
  Row r = missing_row();
  r.case_id = "=SUM(A1)";
  r.team = "+44 20 7974 4444";
  r.worker = "-1";
  r.title = "@x";
  r.source = "\tsource";
  r.rule_id = "say \"hi\"";
  CHECK(write_csv({r}) == std::string(kCsvHeader) + "\n" +
                              "camden,'=SUM(A1),\"say \"\"hi\"\"\",chronology,,2024-01-01,2024-04-01,,missing,12,"
                              "'+44 20 7974 4444,'-1,'@x,'\tsource\n");
}

TEST_CASE("CSV: a value with a line break stays one quoted cell") {
  Row r = missing_row();
  r.worker = "J\r\nSmith";
  r.team = "\rteam";
  const std::string out = write_csv({r});
  CHECK(out.find(",\"'\rteam\",\"J\r\nSmith\",") != std::string::npos);
}

}  // namespace
}  // namespace ca
