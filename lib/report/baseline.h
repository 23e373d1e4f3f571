#pragma once
// audit --baseline PREVIOUS.csv: last night's CSV report read back, and the
// nightly change worked out as tonight's rows stream past. A breach is the
// same breach when its standard, case_id, rule_id, episode_type, anchor_date
// and due_date are: missing last night and late tonight (the record came in
// late) is `continuing`. A breach tonight that the baseline lacks is `new`; a
// baseline breach not reported tonight is `resolved` and is written in its
// place in report order, with last night's values. Rows met on time carry no
// mark and are never resolved. Baseline rows that tonight's run could not
// report (a standard not audited, due before --from) are left out.
#include <cstdint>
#include <deque>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "report/row.h"

namespace ca {

class Baseline {
 public:
  // Reads a CSV report written by `caseaudit audit` (the contract's header,
  // and the `change` column of an earlier --baseline run or not). Rows marked
  // resolved were not breaches last night and are left out, as are rows met on
  // time. A file that is not such a report is an error naming it and the line:
  // "last.csv:1: not a caseaudit CSV report (the header is not ...)",
  // "last.csv:7: due_date: not a date: '2026-13-01' (...)".
  Status read(const std::string& path);

  // Keeps only the breaches tonight's run could report: of `standards`, and
  // due on or after `from` when given. Call once, after read().
  void restrict_to(std::span<const std::string_view> standards, std::optional<Date> from);

  // Tonight's rows, in report order, each before it is written: marks a
  // breach new or continuing, and first hands each baseline breach that no
  // row from here on can match to `resolved` (in report order).
  void pass(Row& row, const std::function<void(const Row&)>& resolved);
  // After the last row: hands on the baseline breaches still unmatched.
  void finish(const std::function<void(const Row&)>& resolved);

  uint64_t breaches() const { return sorted_.size(); }  // baseline breaches kept
  uint64_t left_out() const { return left_out_; }         // dropped by restrict_to

 private:
  struct Stored {
    std::string standard, case_id, rule_id, measure, episode_type, team, worker, title, source;
    Row row;  // its views point into the strings above
  };
  std::deque<Stored> rows_;        // a deque: the rows' views stay valid as it grows
  std::vector<const Row*> sorted_;  // the breaches, in report order
  std::vector<bool> matched_;
  size_t next_ = 0;                // sorted_[next_..] may still match tonight's rows
  uint64_t left_out_ = 0;
};

}  // namespace ca
