#pragma once
// The words of `explain` (report/explain_writer.h), shared by its text and
// JSON: a record as "visit of 2026-01-22 (visits.csv line 45)", why a record
// did not count, the timescale in force, what a requirement was counted from,
// and its outcome.
#include <string>
#include <string_view>

#include "data/dataset.h"
#include "engine/engine.h"
#include "engine/explain.h"
#include "standard/standard.h"
#include "vocab/vocabulary.h"

namespace ca::explain_words {

std::string date_or_open(Date d);
// "visit of 2026-01-22 (visits.csv line 45)"
std::string record_text(const Dataset& data, const Vocabulary& vocab, const Record& r);
// "visits.csv line 45": where a row reference of canonical file `f` came
// from (the source file's name without its folder).
std::string place(const Dataset& data, InputFile f, uint32_t ref);
// The last part of a path.
std::string file_name(std::string_view path);
// Why a record did not count: "seen is N (the rule needs Y)", "dated after the audit date".
std::string reason(const Vocabulary& vocab, const Rule& rule, const Record& r, const RecordNote& n);
// "every 10 working days, set by the child protection plan", "within 45 working days".
std::string interval_text(const Rule& rule, const ExplainedRequirement& e, const CaseView& c,
                          const Vocabulary& vocab);
// "2026-01-05, the start of the child protection plan", "the visit of ... (visits.csv line 5)".
std::string from_text(const Dataset& data, const Rule& rule, const ExplainedRequirement& e, const CaseView& c, const Vocabulary& vocab);
// "late: the visit of 2026-01-22 (visits.csv line 45), 3 days late (1 working day)".
std::string outcome_text(const Dataset& data, const Rule& rule, const ExplainedRequirement& e, const CaseView& c, const Vocabulary& vocab,
                         Date as_of, const RuleStatus& status);

}  // namespace ca::explain_words
