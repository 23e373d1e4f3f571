#pragma once
// Rows for the writer tests.
#include <vector>

#include "report/row.h"
#include "report/summary.h"

namespace ca::test {

inline Date d(int y, int m, int day) { return Date::from_ymd(y, m, day); }

inline Row late_row() {
  Row r;
  r.standard = "camden";
  r.case_id = "C001";
  r.team = "Assessment, North";
  r.worker = "J Smith";
  r.rule_id = "cp-visit";
  r.measure = "visit";
  r.title = "Child protection visit every 10 working days";
  r.source = "Getting the basics right, 3. Visits";
  r.episode_type = "cp";
  r.anchor = d(2024, 2, 15);
  r.due = d(2024, 3, 5);
  r.met = d(2024, 3, 7);
  r.status = RowStatus::late;
  r.days_overdue = 2;
  return r;
}

inline Row missing_row() {
  Row r;
  r.standard = "camden";
  r.case_id = "C001";
  r.team = "Assessment, North";
  r.worker = "J Smith";
  r.rule_id = "chronology";
  r.rule = 1;
  r.measure = "chronology";
  r.title = "Chronology updated every 3 months";
  r.source = "Getting the basics right, 5. Recording";
  r.anchor = d(2024, 1, 1);
  r.due = d(2024, 4, 1);
  r.status = RowStatus::missing;
  r.days_overdue = 12;
  return r;
}

inline Row met_row() {
  Row r = late_row();
  r.case_id = "C002";
  r.team = "";
  r.worker = "";
  r.due = d(2024, 3, 5);
  r.met = d(2024, 3, 1);
  r.status = RowStatus::met;
  r.days_overdue = 0;
  return r;
}

inline AuditSummary summary_for(const std::vector<Row>& rows, bool include_met = false) {
  AuditSummary s;
  s.as_of = d(2024, 4, 13);
  s.include_met = include_met;
  s.cases = 2;
  StandardSummary st;
  st.name = "camden";
  st.authority = "London Borough of Camden";
  st.document = "Getting the basics right";
  st.rules = 13;
  st.requirements = 40;
  for (const Row& r : rows) st.add(r);
  s.standards.push_back(st);
  return s;
}

}  // namespace ca::test
