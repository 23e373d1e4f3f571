#include "engine/evaluation.h"

#include <algorithm>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <system_error>
#include <thread>

namespace ca {
namespace {

// Asks for the next case's records while this one is evaluated: each
// standard's pass reads every record afresh from memory, and the first
// rule to touch a case's records would otherwise wait for them.
void prefetch(std::span<const Record> records) {
  constexpr size_t kLine = 64, kMaxLines = 64;
  const char* p = reinterpret_cast<const char*>(records.data());
  const size_t bytes = std::min(records.size_bytes(), kLine * kMaxLines);
  for (size_t at = 0; at < bytes; at += kLine) __builtin_prefetch(p + at);
}

}  // namespace

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
  chunk.unkept = {};
  for (CaseIx i = begin; i < end; ++i) {
    if (i + 1 < data_.size()) prefetch(data_.view(i + 1).records);
    evaluate_case(standard, plan.status, plan.order, data_.view(i), ctx_, index, chunk.requirements, chunk.blanks,
                  chunk.unkept, reading_);
    chunk.case_end.push_back(static_cast<uint32_t>(chunk.requirements.size()));
  }
}

void Evaluation::run(const Prepare& prepare, const SlotSink& sink, unsigned jobs) {
  if (jobs > 1) {
    run_parallel(jobs, prepare, sink);
    return;
  }
  EvaluatedChunk chunk;
  CaseIndex index(ctx_.vocab.record_types().size());
  const auto n = static_cast<CaseIx>(data_.size());
  for (size_t s = 0; s < standards_.size(); ++s) {
    for (CaseIx begin = 0; begin < n; begin += kChunkCases) {
      evaluate_chunk(s, begin, std::min<CaseIx>(n, begin + kChunkCases), index, chunk);
      for (size_t r = 0; r < chunk.blanks.size(); ++r) plans_[s].blanks[r] += chunk.blanks[r];
      if (prepare) prepare(chunk, 0);
      if (!sink(chunk, 0)) return;
    }
  }
}

void Evaluation::run_parallel(unsigned jobs, const Prepare& prepare, const SlotSink& sink) {
  const auto n = static_cast<CaseIx>(data_.size());
  const size_t per_standard = (size_t{n} + kChunkCases - 1) / kChunkCases;
  const size_t total = per_standard * standards_.size();
  // Chunk k is standard k / per_standard, cases from (k % per_standard) * kChunkCases.
  const size_t window = slots(jobs);  // chunks evaluated and not yet taken, at most
  struct Slot {
    EvaluatedChunk chunk;
    bool ready = false;
  };
  std::vector<Slot> slots(window);
  std::mutex m;
  std::condition_variable ready_cv, free_cv;
  size_t next = 0, taken = 0;  // the next chunk to claim; chunks the sink has taken
  bool stop = false;
  std::exception_ptr failure;

  const auto worker = [&] {
    CaseIndex index(ctx_.vocab.record_types().size());
    for (;;) {
      size_t k;
      {
        std::unique_lock lock(m);
        if (stop || next >= total) return;
        k = next++;
        free_cv.wait(lock, [&] { return stop || k < taken + window; });
        if (stop) return;
      }
      Slot& slot = slots[k % window];
      try {
        const size_t s = k / per_standard;
        const auto begin = static_cast<CaseIx>((k % per_standard) * kChunkCases);
        evaluate_chunk(s, begin, std::min<CaseIx>(n, begin + kChunkCases), index, slot.chunk);
        if (prepare) prepare(slot.chunk, k % window);
      } catch (...) {
        std::lock_guard lock(m);
        if (!failure) failure = std::current_exception();
        stop = true;
        ready_cv.notify_all();
        free_cv.notify_all();
        return;
      }
      std::lock_guard lock(m);
      slot.ready = true;
      ready_cv.notify_all();
    }
  };
  std::vector<std::thread> threads;
  threads.reserve(jobs);
  try {
    for (unsigned i = 0; i < jobs; ++i) threads.emplace_back(worker);
  } catch (const std::system_error&) {
    // The system refused a thread: fewer workers, or none and one thread.
    if (threads.empty()) {
      run(prepare, sink, 1);
      return;
    }
  }
  const auto finish = [&] {
    {
      std::lock_guard lock(m);
      stop = true;
    }
    free_cv.notify_all();
    for (std::thread& t : threads) t.join();
  };
  try {
    for (size_t k = 0; k < total; ++k) {
      Slot& slot = slots[k % window];
      {
        std::unique_lock lock(m);
        ready_cv.wait(lock, [&] { return slot.ready || failure; });
        if (failure) break;
      }
      const size_t s = k / per_standard;
      for (size_t r = 0; r < slot.chunk.blanks.size(); ++r) plans_[s].blanks[r] += slot.chunk.blanks[r];
      const bool go_on = sink(slot.chunk, k % window);
      {
        std::lock_guard lock(m);
        slot.ready = false;
        ++taken;
      }
      free_cv.notify_all();
      if (!go_on) break;
    }
  } catch (...) {
    finish();
    throw;
  }
  finish();
  if (failure) std::rethrow_exception(failure);
}

}  // namespace ca
