#pragma once
// Standards in plain words, for `caseaudit standards show`: how a QA lead
// checks a standards file against the document it encodes.
#include <iosfwd>
#include <string>

#include "standard/standard.h"
#include "vocab/vocabulary.h"

namespace ca {

// Which records count, e.g. "a statutory visit where the child was seen alone at home or placement".
std::string describe_records(const Selector& records, const Vocabulary& vocab);

// What the rule requires, as one sentence, e.g. "A statutory visit where the
// child was seen, at least every 10 working days, counted from the start of
// each child protection plan; the first within 1 week."
std::string describe_requirement(const Rule& rule, const Vocabulary& vocab);

// The standard's heading, then each rule: id and title, the requirement, the
// measure, the source (document, section and quote) and the note, wrapped to
// 80 columns.
void describe_standard(const Standard& standard, const Vocabulary& vocab, std::ostream& out);

}  // namespace ca
