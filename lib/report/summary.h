#pragma once
// What an audit run evaluated and reported, counted as the rows go by: the
// text report's closing summary and the one-line run summary on stderr.
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/date.h"
#include "engine/engine.h"
#include "report/row.h"
#include "standard/standard.h"

namespace ca {

struct Counts {
  uint64_t late = 0;
  uint64_t missing = 0;
  uint64_t met = 0;  // only with --include-met
  uint64_t breaches() const { return late + missing; }
  void add(RowStatus s);
  Counts& operator+=(const Counts& o);
};

struct StandardSummary {
  std::string name;
  std::string authority;
  std::string document;
  size_t rules = 0;
  uint64_t requirements = 0;  // every requirement evaluated, reported or not
  Counts reported;            // the rows reported
  // The rows reported, by the rule's index in its standard (Row::rule), with
  // the rule's id and measure as its rows gave them: a vector, so that a row
  // costs no lookup by name.
  struct RuleCounts {
    std::string_view rule_id, measure;
    Counts counts;
  };
  std::vector<RuleCounts> per_rule;

  void add(const Row& row);
  // The rows reported by measure name, and by rule id (only those with rows).
  std::map<std::string_view, Counts> by_measure() const;
  std::map<std::string_view, Counts> by_rule() const;
};

struct AuditSummary {
  Date as_of;
  std::optional<Date> from;
  bool include_met = false;
  uint64_t cases = 0;
  std::vector<StandardSummary> standards;  // in report order (by name)
  // audit --baseline: the report gains a change column; breaches new,
  // continuing and resolved since the baseline.
  bool baseline = false;
  uint64_t new_breaches = 0, continuing = 0, resolved = 0;

  Counts reported() const;
  uint64_t requirements() const;
};

// "caseaudit: audited 42 cases against camden (13 rules) as of 2026-11-23:
// 57 breaches (31 late, 26 missing)" (no newline). With --from, "breaches due
// on or after DATE"; with --include-met, "; 12 met on time"; with several
// standards, the breaches of each: "(31 late, 26 missing; camden 50, x 7)";
// with --baseline, "; against the baseline: 3 new, 50 continuing, 2 resolved".
std::string run_summary_line(const AuditSummary& s);

// What the run summary says of a standard's rules beyond the counts, one
// line each, in rule order: each rule the export cannot support, once
//   "caseaudit: camden/cp-visit: not evaluable from this export (visits.csv has no seen column)"
// and each rule that met records with a blank value it needed
//   "caseaudit: camden/visit-recording: 12 visits with a blank recorded_date were not checked"
std::vector<std::string> rule_notes(const Standard& standard, std::span<const RuleStatus> status,
                                    const BlankCounts& blanks);

// "1 case", "2 cases".
std::string plural(uint64_t n, std::string_view one, std::string_view many);

}  // namespace ca
