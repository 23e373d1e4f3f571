#pragma once
// The JSON reports: `json` is one array with an object per row, one object
// per line ("[]" when empty); `jsonl` is one object per line and nothing else.
// Keys in the CSV header's order; days_overdue a number; met_date and
// episode_type null when blank. Values are not formula-neutralised. With
// --baseline, a last key "change": "new", "continuing", "resolved", or null
// for a row met on time.
#include "report/writer.h"

namespace ca {

class JsonWriter : public ReportWriter {
 public:
  JsonWriter(std::ostream& out, bool lines) : ReportWriter(out), lines_(lines) {}
  void begin(const AuditSummary& summary) override;
  void row(const Row& row) override;
  void finish(const AuditSummary& summary) override;
  bool rows_stand_alone() const override { return lines_; }  // jsonl: a line per row (its change key too)
  void format_row(const Row& row, std::string& out) const override;

 private:
  bool lines_;
  bool first_ = true;
  bool baseline_ = false;
};

// The object for one row, without a line end; with `change`, its change key.
void append_json_row(std::string& out, const Row& row, bool change = false);

}  // namespace ca
