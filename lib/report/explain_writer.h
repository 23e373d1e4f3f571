#pragma once
// `caseaudit explain`: one case's timeline as a practitioner reads it, in
// text (lines of at most 100 columns) or JSON. The case's heading (team,
// worker, dates, episodes, periods of care), then per standard every
// requirement in date order: the timescale in force and who set it, what it
// was counted from, the record that met it, and each record of its kinds
// that did not count, with the reason (engine/explain.h).
#include <span>
#include <string>

#include "data/dataset.h"
#include "engine/engine.h"
#include "engine/explain.h"
#include "standard/standard.h"
#include "vocab/vocabulary.h"

namespace ca {

struct ExplainedStandard {
  const Standard& standard;
  std::span<const RuleStatus> status;
  const CaseExplanation& explanation;
};

// The case's heading in text: id, team and worker, dates, episodes, periods of care.
void write_case_text(std::string& out, const Dataset& data, CaseIx c, const Vocabulary& vocab, Date as_of);
// One standard's part of the case's timeline, in text.
void write_explained_text(std::string& out, const ExplainedStandard& s, const Dataset& data, CaseIx c,
                          const Vocabulary& vocab, Date as_of);

// The whole case as one JSON object (no final newline): its heading's
// fields, then "standards": one object per standard given.
void write_case_json(std::string& out, const Dataset& data, CaseIx c, const Vocabulary& vocab, Date as_of,
                     std::span<const ExplainedStandard> standards);

}  // namespace ca
