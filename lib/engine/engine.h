#pragma once
// Evaluating standards over cases. Independent of files and formats: given a
// case's episodes and records, it yields every requirement owed, the record
// that met it, and its status. Cases are independent, so callers may
// evaluate them in any order or in parallel; the engine holds no state.
// engine/evaluation.h runs a set of standards over a whole export as one
// stream; this header is the per-case core.
#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "data/dataset.h"
#include "standard/standard.h"

namespace ca {

// Only named here (by reference), so that including engine.h does not bring in
// calendar/: report/ includes this header and may not depend on calendar
// (ARCHITECTURE.md). Whoever builds an EvalContext includes calendar/calendar.h.
class Calendar;
class CaseIndex;

enum class Outcome : uint8_t {
  met,            // met on or before the due date
  late,           // met after the due date
  missing,        // not met, and the due date is before the audit date
  pending,        // not met yet, due on or after the audit date (not a breach)
  not_evaluable,  // the export lacks what the rule needs (a column, a file, a kind of record): never a breach
};

// "met", "late", "missing", "pending", "not_evaluable".
std::string_view outcome_name(Outcome o);

// A set of outcomes: bit o for Outcome o.
using OutcomeMask = uint8_t;
inline constexpr OutcomeMask kAllOutcomes = 0x1F;
constexpr OutcomeMask mask_of(Outcome o) { return static_cast<OutcomeMask>(1u << static_cast<unsigned>(o)); }
constexpr bool in(OutcomeMask m, Outcome o) { return (m & mask_of(o)) != 0; }

struct Requirement {
  uint16_t rule = 0;               // index into Standard::rules
  uint8_t episode_type = kNone;    // the episode the rule applied to; kNone for case-level (a recording
                                   // lag: the type whose limit_when_open applied, if one did; every_while_open:
                                   // the type whose interval gave the due date)
  Outcome outcome = Outcome::met;
  Date anchor;                     // the date the timescale was counted from
  Date due;                        // last day on which it was still met
  Date met = kNoDate;              // the record that met it (late or on time); kNoDate when not met
  uint32_t record_line = 0;        // that record's line in its file (0 when none; a recording lag: the
                                   // line of the record whose write-up is measured)
};

struct EvalContext {
  const Calendar& calendar;
  const Vocabulary& vocab;
  Date as_of;  // the audit date: records after it are ignored
};

// Whether the export can support a rule. A rule that is not evaluable is
// still run, so its requirements are known, but each comes out
// not_evaluable instead of met, late, missing or pending.
struct RuleStatus {
  bool evaluable = true;
  std::string why;  // when not: "visits.csv has no seen column", "no reviews.csv", ...
};

// What each rule of `standard` can be evaluated from, given what the export
// holds. A rule is not evaluable when a file it reads was not given, a column
// it needs (a filtered field, the date a recording lag measures, dob for an
// age rule, tags for a rule with tag variants) is not in its file, or - unless
// `complete_export` says the export carries every kind of record - none of
// the record types that meet it occurs anywhere in the export.
std::vector<RuleStatus> rule_status(const Standard& standard, const Vocabulary& vocab, const ExportFacts& facts,
                                    bool complete_export);

// How a standard's requirements are put in report order within a case: by
// due date, rule id (bytes), anchor, met date (blank first), episode type name
// and status, as the breach report sorts its rows.
class ReportOrder {
 public:
  ReportOrder(const Standard& standard, const Vocabulary& vocab);
  bool operator()(const Requirement& a, const Requirement& b) const;

 private:
  std::vector<uint16_t> rule_rank_;
  std::vector<uint8_t> episode_rank_;  // by episode type id; kNone ranks first
};

// Per rule of a standard and field: the records a rule needed a value of and
// found blank (a blank seen, no recorded_date), counted once per scope window.
// Index rule * kBlankSlots + k: k < kBlankSlots - 1 is the rule's k-th filter
// of `records` (the field found blank), kBlankSlots - 1 the date a recording
// lag measures. Sized with blank_counts(standard).
inline constexpr size_t kBlankSlots = 9;
using BlankCounts = std::vector<uint64_t>;
inline BlankCounts blank_counts(const Standard& s) { return BlankCounts(s.rules.size() * kBlankSlots, 0); }

// Appends the requirements of every rule of `standard` for `c` to `out`, in
// report order (ReportOrder); what `out` already held is left alone. Records
// dated after ctx.as_of are ignored, and scope windows (the case, an episode,
// a period) that start after it are not evaluated. The counting rules are those
// of ../shared/docs/timescale-semantics.md. Every rule is taken as evaluable.
void evaluate_case(const Standard& standard, const CaseView& c, const EvalContext& ctx, std::vector<Requirement>& out);

// What a reader of the requirements reads. Those kept are appended; the
// others are only counted, by outcome (an audit reads its breaches, not the
// hundred times as many visits that were on time). Of those kept, the ones
// with an outcome in `ordered` come first, in report order, and the rest
// after them in no set order.
struct Reading {
  OutcomeMask kept = kAllOutcomes;     // the outcomes kept,
  Date from = kNoDate;                 // ... of requirements due on or after this (kNoDate: any)
  OutcomeMask ordered = kAllOutcomes;  // kept requirements put in report order
  bool keeps(const Requirement& r) const { return in(kept, r.outcome) && r.due >= from; }
};
// Requirements evaluated and not kept, by outcome.
using OutcomeCounts = std::array<uint64_t, 5>;

// The same with what a whole-export run prepares once: each rule's status,
// the order, an index to reuse between cases, the blank counts and the
// requirements not kept to add to.
void evaluate_case(const Standard& standard, std::span<const RuleStatus> status, const ReportOrder& order,
                   const CaseView& c, const EvalContext& ctx, CaseIndex& index, std::vector<Requirement>& out,
                   BlankCounts& blanks, OutcomeCounts& unkept, const Reading& reading = {});

// Adds `d` to `from` in its unit: working days through the calendar, weeks as
// 7 days, months clamped to the month's end. 0 working days ("the same working
// day") is `from` on a working day, else the next working day (a Saturday's is
// the Monday).
Date add_duration(Date from, const Duration& d, const Calendar& cal);
// Subtracts it (for lead times). 0 of any unit is `from` itself: a record on
// the day of a meeting held on a Saturday is on or before it.
Date subtract_duration(Date from, const Duration& d, const Calendar& cal);

}  // namespace ca
