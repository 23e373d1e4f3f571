#pragma once
// audit --format html: the breach report as one page, for a person. As the
// text report: per standard, each case (team, worker, closure, the episodes
// open in the period) with its breaches in report order, then the counts per
// standard, measure and rule. Each case's heading links to its timeline
// (report/html_timeline.h: every requirement of that standard for the case,
// met ones too), further down the same page, so the file stays one
// self-contained page.
#include <string>

#include "data/dataset.h"
#include "report/explain_writer.h"
#include "report/writer.h"
#include "vocab/vocabulary.h"

namespace ca {

class HtmlAuditWriter : public ReportWriter {
 public:
  HtmlAuditWriter(std::ostream& out, const Dataset& data, const Vocabulary& vocab, Date as_of)
      : ReportWriter(out), data_(data), vocab_(vocab), as_of_(as_of) {}
  void begin(const AuditSummary& summary) override;
  void row(const Row& row) override;
  void finish(const AuditSummary& summary) override;

  // The timeline of case `c` under `s`'s standard, given before that case's
  // rows: its heading links to it. Kept until finish(), which writes the
  // timelines after the summary.
  void timeline(const ExplainedStandard& s, CaseIx c);

 private:
  void close_case();
  const Dataset& data_;
  const Vocabulary& vocab_;
  Date as_of_;
  std::string standard_, case_id_;  // of the previous row
  std::string rule_;                // the previous row's rule and due date
  Date due_;
  bool any_ = false, open_ = false;  // a row written; a case's table open
  std::string timelines_;
  size_t timeline_count_ = 0;
  // The case timeline() was last given: its timeline's id is t<count>, and
  // its heading's (when it is the next case written), b<count>.
  std::string timeline_standard_, timeline_case_;
};

}  // namespace ca
