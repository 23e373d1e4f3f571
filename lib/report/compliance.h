#pragma once
// Compliance figures for dashboards and monthly reports (`caseaudit
// summary`): per standard, and per group of requirements (by team, worker,
// rule, measure or episode type, nested in the order asked for), how many
// were owed, met on time, late, missing, not yet due and not evaluable.
//
// Built from the one evaluation stream (engine/evaluation.h). The met, late
// and missing counts are exactly the rows `audit --include-met` reports with
// the same --as-of and --from (report/collect.h's reported()), so the two
// always agree; pending and not evaluable requirements are counted apart,
// under the same --from (due on or after it).
#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "data/dataset.h"
#include "engine/evaluation.h"
#include "report/row.h"

namespace ca {

// What a group is made of: the --by keys; and month (the due date's,
// "2026-10"), which --by does not take: the HTML summary's month-by-month line.
enum class GroupBy : uint8_t { team, worker, rule, measure, episode_type, month };
inline constexpr size_t kMaxGroupKeys = 5;  // each key at most once

// The --by value: "team", "worker", "rule", "measure", "episode_type".
std::string_view group_by_name(GroupBy g);
// The key's CSV column and JSON key: as the breach report names it ("rule_id" for rule).
std::string_view group_by_column(GroupBy g);
// How a person's report shows a blank value of the key: "(case level)" for
// an episode type (a rule not tied to an episode), else "(blank)".
std::string_view blank_label(GroupBy g);

struct ComplianceCounts {
  uint64_t met = 0;            // met on time
  uint64_t late = 0;
  uint64_t missing = 0;
  uint64_t pending = 0;        // not met yet and not yet due
  uint64_t not_evaluable = 0;  // the export cannot show whether they were met
  uint64_t owed() const { return met + late + missing; }
  ComplianceCounts& operator+=(const ComplianceCounts& o);
};

// Met on time as a percentage of owed, one decimal, rounded half up
// ("87.5", "100.0"); empty when nothing was owed.
std::string on_time_percent(const ComplianceCounts& c);

// The text every total row has in its group cells (and, for the total over
// all standards, in its standard cell).
inline constexpr std::string_view kAllCell = "(all)";

struct ComplianceRow {
  std::string_view standard;  // empty for the total over all standards
  std::array<std::string_view, kMaxGroupKeys> keys{};  // one per --by key; blank team, worker or episode type: ""
  bool total = false;  // a standard's total (or, with standard empty, all standards')
  ComplianceCounts counts;
};

class ComplianceTable {
 public:
  // `standards`: the names of the standards the stream evaluates, in its
  // order (EvaluatedChunk::standard indexes it); they must outlive the table.
  // `by`: the keys in nesting order, each at most once; empty means by rule.
  ComplianceTable(std::vector<std::string_view> standards, std::vector<GroupBy> by, std::optional<Date> from);

  // Counts every requirement of `chunk`, a chunk of `rs`'s standard.
  void add(const ReportStandard& rs, const Dataset& data, const EvaluatedChunk& chunk);

  // For each standard in the stream's order, its groups sorted by their keys
  // (bytes, first key first), then its total; then, with several standards,
  // the total over all of them. A standard with no requirement has only its
  // total row.
  std::vector<ComplianceRow> rows() const;

  const std::vector<GroupBy>& by() const { return by_; }

 private:
  using Key = std::array<std::string_view, kMaxGroupKeys>;
  std::vector<std::string_view> standards_;
  std::vector<GroupBy> by_;
  std::optional<Date> from_;
  std::vector<std::map<Key, ComplianceCounts>> groups_;  // per standard
  std::set<std::string, std::less<>> months_;            // what GroupBy::month keys point into
  std::string_view month_key(Date due);
  Date month_start_ = kNoDate, month_end_ = kNoDate;     // the month month_key gave last, and its key
  std::string_view month_;
};

// What a summary writer needs besides the rows.
struct ComplianceReport {
  Date as_of;
  std::optional<Date> from;
  std::vector<GroupBy> by;          // ComplianceTable::by()
  std::vector<ComplianceRow> rows;  // ComplianceTable::rows()
};

// CSV: standard, one column per --by key (group_by_column), then
// owed,met,late,missing,pending,not_evaluable,on_time_pct. Total rows have
// "(all)" in their group cells (and in the standard cell for the total over
// all standards); on_time_pct is empty when nothing was owed. Text cells go
// through append_csv_cell (quoting, formula guard).
void write_compliance_csv(const ComplianceReport& r, std::string& out);
// JSON: {"as_of":..., "from": date or null, "by": [...], "rows": [...]}, one
// row object per line with the CSV's keys in its order; counts are numbers,
// on_time_pct a number or null, a blank episode_type null.
void write_compliance_json(const ComplianceReport& r, std::string& out);
// HTML (report/html_summary.cpp): one page. The standards' totals, then each
// of `sections` (tables of the same as_of and from, by different keys) as a
// sortable table and a bar chart per standard; with `months` (a table by
// GroupBy::month) spanning two months or more from `from` to the audit date,
// a line per standard of the share on time month by month, and its table.
void write_compliance_html(const std::vector<ComplianceReport>& sections, const ComplianceReport* months,
                           std::string& out);
// Text: a heading (audit date, period, what each column means), then per
// standard an aligned table, the groups nested by key, lines within 100
// columns (a group label too long for its column is given a line of its own).
void write_compliance_text(const ComplianceReport& r, std::string& out);

}  // namespace ca
