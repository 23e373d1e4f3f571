#include "report/csv_writer.h"

#include <charconv>

#include "report/cells.h"

namespace ca {

void CsvWriter::begin(const AuditSummary& s) {
  baseline_ = s.baseline;
  out_.buf() += kCsvHeader;
  if (baseline_) out_.buf() += ",change";  // only then: scripts reading the contract's columns keep working
  out_.buf() += '\n';
}

void CsvWriter::row(const Row& r) {
  format_row(r, out_.buf());
  out_.maybe_flush();
}

void CsvWriter::format_row(const Row& r, std::string& b) const {
  append_csv_cell(b, r.standard);
  b += ',';
  append_csv_cell(b, r.case_id);
  b += ',';
  if (!r.csv_rule_cells.empty()) {
    b += r.csv_rule_cells;
  } else {
    append_csv_cell(b, r.rule_id);
    b += ',';
    append_csv_cell(b, r.measure);
  }
  b += ',';
  append_csv_cell(b, r.episode_type);
  b += ',';
  append_date(b, r.anchor);
  b += ',';
  append_date(b, r.due);
  b += ',';
  append_date(b, r.met);
  b += ',';
  b += status_name(r.status);
  b += ',';
  char num[16];
  b.append(num, std::to_chars(num, num + sizeof num, r.days_overdue).ptr);
  b += ',';
  append_csv_cell(b, r.team);
  b += ',';
  append_csv_cell(b, r.worker);
  b += ',';
  if (!r.csv_text_cells.empty()) {
    b += r.csv_text_cells;
  } else {
    append_csv_cell(b, r.title);
    b += ',';
    append_csv_cell(b, r.source);
  }
  if (baseline_) {
    b += ',';
    b += r.change;
  }
  b += '\n';
}

void CsvWriter::finish(const AuditSummary&) { out_.flush(); }

}  // namespace ca
