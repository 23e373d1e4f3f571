#pragma once
// One line of the breach report: a requirement the engine evaluated, with the
// names a reader needs (standard, case, rule) resolved to text. Writers see
// only this plain struct, never the engine's or the loader's types.
//
// The string_views point into long-lived storage: the Standard (which must
// not move after a ReportStandard is built over it), the Dataset and the
// Vocabulary.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "data/dataset.h"
#include "engine/engine.h"
#include "standard/standard.h"
#include "vocab/vocabulary.h"

namespace ca {

enum class RowStatus : uint8_t { met, late, missing };

// "met", "late", "missing": the report's status column.
std::string_view status_name(RowStatus s);

struct Row {
  std::string_view standard;
  std::string_view case_id;
  std::string_view team;
  std::string_view worker;
  std::string_view rule_id;
  std::string_view measure;
  std::string_view title;
  std::string_view source;        // "<document>, <section>"
  std::string_view episode_type;  // empty for case-level rules
  Date anchor;
  Date due;
  Date met = kNoDate;             // kNoDate when missing
  RowStatus status = RowStatus::missing;
  int32_t days_overdue = 0;       // the contract's: to the met date, or to the audit date when missing
  // What the text report says beyond the CSV's columns:
  Date closed = kOpenEnd;         // the case's close date, when it closed before the audit date
  int32_t working_days = -1;      // a timescale in working days, not met on time: working days late (to the
                                  // met date, or to the closure or audit date); -1 otherwise or not worked out
  std::string_view case_note;     // the case's episodes open in the audited period ("" unless asked for)
  std::string_view change;        // with --baseline: "new", "continuing" or "resolved"; else ""
  uint16_t rule = 0;              // the rule's index in its standard (for tallies; not reported)
  // The CSV report's cells that are the same on every row of a rule, escaped
  // once (ReportStandard): "rule_id,measure" and "title,source". Empty in a
  // row made otherwise (a test's, a baseline's), whose cells the writer escapes.
  std::string_view csv_rule_cells, csv_text_cells;
};

// Calendar days from the due date to the met date (late), or to the audit
// date (missing); 0 for met on time. Never negative.
int32_t days_overdue(Outcome outcome, Date due, Date met, Date as_of);

// "Getting the basics right for Camden's children, 3. Visits": the report's
// source column. Either part may be empty.
std::string source_text(std::string_view document, std::string_view section);

// A standard with the text of each rule resolved once, so that making a row
// costs no allocation.
class ReportStandard {
 public:
  ReportStandard(const Standard& standard, const Vocabulary& vocab);

  const Standard& standard() const { return *standard_; }
  const Vocabulary& vocabulary() const { return *vocab_; }
  std::string_view measure(size_t rule) const { return measures_[rule]; }
  std::string_view source(size_t rule) const { return sources_[rule]; }
  std::string_view csv_rule_cells(size_t rule) const { return csv_rule_cells_[rule]; }
  std::string_view csv_text_cells(size_t rule) const { return csv_text_cells_[rule]; }
  std::string_view episode_type(uint8_t id) const;  // "" for kNone

 private:
  const Standard* standard_;
  const Vocabulary* vocab_;
  std::vector<std::string_view> measures_;
  std::vector<std::string> sources_;
  std::vector<std::string> csv_rule_cells_, csv_text_cells_;  // Row's
};

// The row for a requirement that is met, late or missing (not pending).
Row make_row(const ReportStandard& rs, const Dataset& data, const Case& c, const Requirement& r, Date as_of);

// The report's order: standard, case_id (bytes), due_date, rule_id (bytes);
// then anchor, met date, episode type and status, so that the order is total
// over everything a row prints.
bool row_before(const Row& a, const Row& b);

}  // namespace ca
