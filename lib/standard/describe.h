#pragma once
// Standards in plain words, for `caseaudit standards show`: how a QA lead
// checks a standards file against the document it encodes.
#include <iosfwd>
#include <string>

#include "standard/standard.h"
#include "vocab/vocabulary.h"

namespace ca {

// The episode a scope of `level` runs over, as a noun: "child protection
// plan", "period of care" (the vocabulary's `noun` for the type where it gives
// one, else its description).
std::string episode_noun(EpisodeTypeId type, Level level, const Vocabulary& vocab);

// A scope's episodes as a noun, with its tags: "child protection plan",
// "looked-after placement tagged settled and not tagged external".
std::string scope_noun(const Scope& s, const Vocabulary& vocab);

// Where a scope's windows start and end, and while when they hold:
// "the date the case opened", "the start of each child protection plan";
// "the date the child stopped being open to a child in need plan", "the end
// of each ..."; "while the child is open to ...", "during each ...". With
// `one`, of one window: "the start of the child protection plan".
std::string scope_start(const Scope& s, const Vocabulary& vocab, bool one = false);
std::string scope_end(const Scope& s, const Vocabulary& vocab, bool one = false);
std::string during(const Scope& s, const Vocabulary& vocab);

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
