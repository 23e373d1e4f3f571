#pragma once
// One case's timeline under one standard, as SVG (for the explain page and
// the audit page's timelines): the case's episodes and placements as bands
// on a time axis, one lane per rule with each requirement a mark at its due
// date (met; late, with a line to the date it was met; missing, with a
// dashed line to the audit date or the case's closure; not yet due; not
// evaluable), the records that did not count as small triangles in their
// rule's lane, their reason on hover, and the audit date as a line. Its text
// equivalent is the requirements table the page writes under it.
#include <string>
#include <string_view>

#include "data/dataset.h"
#include "report/explain_writer.h"
#include "vocab/vocabulary.h"

namespace ca::html {

// Appends a <figure> holding the SVG, or nothing when the standard owes the
// case no requirement. `id` makes the SVG's element ids unique in the page.
void append_timeline(std::string& out, const ExplainedStandard& s, const Dataset& data, CaseIx c,
                     const Vocabulary& vocab, Date as_of, std::string_view id);

}  // namespace ca::html
