#pragma once
// Checks of a loaded export as a whole, beyond what each row says on its own
// (`caseaudit validate`). They are warnings: the data is used as it is, but
// the export is worth fixing. Each names the row's line (column 0), the later
// row of a pair naming the earlier one:
//   overlapping episodes  two episodes of one type overlap for one child, e.g.
//                         "cla placement overlaps the one on line 11 (2024-03-01 to 2024-05-01)";
//                         a placement ending on the day the next starts is a move, not an overlap
//   duplicate episode     the same type, dates and tags as another row of the case
//   outside episodes      a visit or review dated outside every episode of its case. Not checked:
//                         contacts (referrals, assessments, notes come before or outside plans by
//                         nature), strategy discussions and initial conferences (they come before
//                         a plan), and any record when no episodes file was read
//   duplicate record      a record identical to another of its case (type, dates, seen, location, visit type)
//   episode after close   an episode ending after its case's close date, or with no end date
#include <array>
#include <span>
#include <vector>

#include "data/dataset.h"
#include "data/issue.h"
#include "data/load.h"
#include "vocab/vocabulary.h"

namespace ca {

// Appends the warnings above, for the dataset `load` read.
void check_dataset(const LoadResult& load, const Vocabulary& vocab, std::vector<Issue>& out);

// Puts issues in report order: by file (in the order of `files`: cases,
// episodes, visits, reviews, contacts, or a mapping's order of reading), then
// line, then column; issues of one place keep their order.
void sort_issues(std::vector<Issue>& issues, std::span<const FileStats> files);

}  // namespace ca
