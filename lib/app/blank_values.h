#pragma once
// validate's warnings for values the standards need and the export left
// blank: a visit with a blank `seen` that a visit rule filters on, a record
// with no `recorded_date` that a recording rule measures. The audit counts
// them per rule in its run summary; validate lists each record once per field.
#include <span>
#include <vector>

#include "data/issue.h"
#include "data/load.h"
#include "standard/standard.h"
#include "vocab/vocabulary.h"

namespace ca {

// Appends one warning (category "blank value") per record and field for
// every record a rule of `standards` would check but for a blank value it
// needs, naming the rules: "warning: seen is blank, so camden/cp-visit and
// wakefield/cp-visit cannot use this visit".
void check_blank_values(const LoadResult& load, std::span<const Standard> standards, const Vocabulary& vocab,
                        std::vector<Issue>& out);

}  // namespace ca
