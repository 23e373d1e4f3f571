#pragma once
// Variants of one rule: rules of a standard that measure the same thing, of
// the same kind, over the same kind of episode and the same record types,
// told apart by episode tags (cla-visit for placements not tagged settled,
// cla-visit-settled for settled ones). `standards check` warns when two
// variants can both apply to one episode (it would owe the requirement
// twice) or when an episode of that type, with some tags, is owed by none.
#include <string>
#include <vector>

#include "standard/standard.h"
#include "vocab/vocabulary.h"

namespace ca {

// One warning per problem found, "ORIGIN:LINE:1: warning: ..." with the line
// of the rule it names first; in rule order.
std::vector<std::string> variant_warnings(const Standard& standard, const Vocabulary& vocab,
                                          const std::string& origin);

}  // namespace ca
