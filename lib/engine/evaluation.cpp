#include "engine/evaluation.h"

namespace ca {

Evaluation::Evaluation(std::span<const Standard> standards, const Dataset& data, const EvalContext& ctx,
                       bool complete_export)
    : standards_(standards), data_(data), ctx_(ctx) {
  plans_.reserve(standards.size());
  for (const Standard& s : standards)
    plans_.push_back({rule_status(s, ctx.vocab, data.facts, complete_export), ReportOrder(s, ctx.vocab),
                      blank_counts(s)});
}

void Evaluation::evaluate_chunk(size_t s, CaseIx begin, CaseIx end, CaseIndex& index, EvaluatedChunk& chunk) const {
  const Standard& standard = standards_[s];
  const Plan& plan = plans_[s];
  chunk.standard = s;
  chunk.begin = begin;
  chunk.end = end;
  chunk.requirements.clear();
  chunk.case_end.clear();
  chunk.blanks = blank_counts(standard);
  for (CaseIx i = begin; i < end; ++i) {
    evaluate_case(standard, plan.status, plan.order, data_.view(i), ctx_, index, chunk.requirements, chunk.blanks);
    chunk.case_end.push_back(static_cast<uint32_t>(chunk.requirements.size()));
  }
}

}  // namespace ca
