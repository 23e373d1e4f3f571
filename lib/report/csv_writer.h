#pragma once
// The CSV report: the header line, then one line per row (LF line ends,
// RFC 4180 quoting, formula-like cells prefixed with ' as cells.h says).
// With --baseline, a last column `change`: new, continuing or resolved
// (blank for rows met on time).
#include "report/writer.h"

namespace ca {

class CsvWriter : public ReportWriter {
 public:
  using ReportWriter::ReportWriter;
  void begin(const AuditSummary& summary) override;
  void row(const Row& row) override;
  void finish(const AuditSummary& summary) override;
  bool rows_stand_alone() const override { return true; }
  void format_row(const Row& row, std::string& out) const override;

 private:
  bool baseline_ = false;
};

}  // namespace ca
