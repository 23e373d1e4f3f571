#pragma once
// `caseaudit explain`: one case's timeline as a practitioner reads it, in
// text (lines of at most 100 columns), JSON or an HTML page. The case's heading (team,
// worker, dates, episodes, periods of care), then per standard every
// requirement in date order: the timescale in force and who set it, what it
// was counted from, the record that met it, and each record of its kinds
// that did not count, with the reason (engine/explain.h).
#include <span>
#include <string>
#include <string_view>

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

// The whole case as one HTML page (report/html_explain.cpp): its facts and
// episodes, then per standard its timeline (report/html_timeline.h) and every
// requirement in words. `back`: a page to link back to ("index.html" for the
// sample's pages), or empty.
void write_case_html(std::string& out, const Dataset& data, CaseIx c, const Vocabulary& vocab, Date as_of,
                     std::span<const ExplainedStandard> standards, std::string_view back = {});
// One standard's part of it, for the case's page and the audit page's
// timelines; `id` makes its element ids unique in the page.
void write_explained_html(std::string& out, const ExplainedStandard& s, const Dataset& data, CaseIx c,
                          const Vocabulary& vocab, Date as_of, std::string_view id);

// The whole case as one JSON object (no final newline): its heading's
// fields, then "standards": one object per standard given.
void write_case_json(std::string& out, const Dataset& data, CaseIx c, const Vocabulary& vocab, Date as_of,
                     std::span<const ExplainedStandard> standards);

}  // namespace ca
