#pragma once
// The text report, for a person reading sampled cases: a heading, then for
// each standard its cases, each case's rows as two lines (due date, title
// and rule id; then what happened), then a closing summary with counts per
// standard and measure. Layout:
//
//   == camden ==
//
//   Case C0001 (team: Assessment; worker: J Smith)
//     due 2026-03-01  Child protection visit every 10 working days (cp-visit)
//                     missing: nothing recorded by the audit date, 12 days overdue
#include <string>

#include "report/writer.h"

namespace ca {

class TextWriter : public ReportWriter {
 public:
  using ReportWriter::ReportWriter;
  void begin(const AuditSummary& summary) override;
  void row(const Row& row) override;
  void finish(const AuditSummary& summary) override;

 private:
  std::string standard_;  // of the previous row
  std::string case_id_;
  std::string rule_;  // the previous row's rule and due date
  Date due_;
  bool any_ = false;
};

// "missing: nothing recorded by the audit date, 12 days overdue",
// "late: met 2024-03-07, 2 days late", "met 2024-03-01".
std::string what_happened(const Row& row);
// What follows it when the row before was of the same rule and due date
// (two plans, two triggers): which requirement this one is, so that one due
// date is never met and late at once without a reason.
std::string same_day_note(const Row& row);

}  // namespace ca
