#pragma once
// The one evaluation stream: a set of standards over every case of an
// export, yielded chunk by chunk in report order (standards in the order
// given, cases in case_id order, each case's requirements in ReportOrder),
// every requirement with its outcome. `audit` consumes it; so do the other
// commands that report on requirements, without a loop of their own.
//
// Chunks depend only on their cases, so they may be evaluated in any order
// or on several threads and handed on in order: the stream is the same.
#include <cstdint>
#include <functional>
#include <span>
#include <vector>

#include "data/dataset.h"
#include "engine/case_index.h"
#include "engine/engine.h"
#include "standard/standard.h"

namespace ca {

struct EvaluatedChunk {
  size_t standard = 0;                    // index into the standards given
  CaseIx begin = 0, end = 0;              // the cases [begin, end)
  std::vector<Requirement> requirements;  // the requirements of those cases the Reading keeps; per case,
                                          // those with an outcome it orders first, in report order
  std::vector<uint32_t> case_end;         // requirements of case begin + i end at case_end[i]
  BlankCounts blanks;                     // per rule of the standard, for these cases
  OutcomeCounts unkept{};                 // the requirements evaluated and not kept, by outcome

  // Every requirement evaluated, kept or not.
  uint64_t evaluated() const {
    uint64_t n = requirements.size();
    for (const uint64_t k : unkept) n += k;
    return n;
  }

  std::span<const Requirement> of_case(CaseIx c) const {
    const uint32_t from = c == begin ? 0 : case_end[c - begin - 1];
    return {requirements.data() + from, case_end[c - begin] - from};
  }
};

class Evaluation {
 public:
  // Cases are evaluated in chunks of this many.
  static constexpr CaseIx kChunkCases = 512;

  // `standards` must outlive the Evaluation. `complete_export`: the export
  // carries every kind of record, so a type that occurs nowhere is a breach
  // for every case that owed it, not a rule that cannot be evaluated.
  Evaluation(std::span<const Standard> standards, const Dataset& data, const EvalContext& ctx, bool complete_export);

  // Which requirements the reader reads, and which of them in report order
  // (all, unless told otherwise; audit reads only what it reports, summary
  // only counts).
  void set_reading(const Reading& r) { reading_ = r; }

  // What each rule of standard `s` can be evaluated from.
  const std::vector<RuleStatus>& status(size_t s) const { return plans_[s].status; }
  // Records each rule of standard `s` found with a blank value it needed, summed over what run() handed on.
  const BlankCounts& blanks(size_t s) const { return plans_[s].blanks; }

  // Hands each chunk to sink(const EvaluatedChunk&), which returns false to
  // stop early. With jobs > 1, that many threads evaluate the chunks ahead
  // while the sink takes them, on the calling thread and in order: the
  // stream, and so every report, is the same as with one.
  template <class Sink>
  void run(Sink&& sink, unsigned jobs = 1) {
    run(Prepare(), [&](const EvaluatedChunk& c, size_t) { return static_cast<bool>(sink(c)); }, jobs);
  }

  // What a reader does to a chunk on the thread that evaluated it (making
  // and formatting its rows), into its own buffer number `slot`, before the
  // sink takes the chunk with the same slot, in order on the calling thread.
  // A slot is not reused until the sink has returned. slot < slots(jobs).
  using Prepare = std::function<void(const EvaluatedChunk&, size_t slot)>;
  using SlotSink = std::function<bool(const EvaluatedChunk&, size_t slot)>;
  static size_t slots(unsigned jobs) { return jobs > 1 ? size_t{jobs} * 4 : 1; }
  void run(const Prepare& prepare, const SlotSink& sink, unsigned jobs = 1);

  // The threads' run: `jobs` workers, at most a few chunks each ahead of the sink.
  void run_parallel(unsigned jobs, const Prepare& prepare, const SlotSink& sink);

  // Evaluates cases [begin, end) of standard `s` into `chunk` (cleared first).
  void evaluate_chunk(size_t s, CaseIx begin, CaseIx end, CaseIndex& index, EvaluatedChunk& chunk) const;

 private:
  struct Plan {
    std::vector<RuleStatus> status;
    ReportOrder order;
    BlankCounts blanks;
  };
  std::span<const Standard> standards_;
  const Dataset& data_;
  EvalContext ctx_;
  std::vector<Plan> plans_;
  Reading reading_;
};

}  // namespace ca
