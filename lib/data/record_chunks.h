#pragma once
// The records read so far, kept by the builder in chunks of 2 MiB, each
// mapped from the system on its own in huge pages (core/pages.h), with the
// case of each block of records (a run of records of one case, as exports
// list them) beside them, so that a record carries no case of its own.
// DatasetBuilder::finish() copies them into the dataset's one array, case by
// case, and hands each chunk back as soon as everything in it has been
// copied: the peak is then about one copy of the records. (A vector grown by
// doubling holds up to twice its size while it grows, and merging it in place
// needed a buffer of up to half.)
// Chunks are mapped directly, not allocated, so that a released chunk really
// goes back: malloc keeps freed blocks of this size for reuse.
#include <cstddef>
#include <memory>
#include <new>
#include <vector>

#include "data/dataset.h"

namespace ca {

class RecordChunks {
 public:
  static constexpr size_t kShift = 17;  // 2^17 records of 16 bytes a chunk: 1 huge page
  static constexpr size_t kChunkRecords = size_t{1} << kShift;

  // Records [first, next block's first) are of case `case_ix`.
  struct Block {
    CaseIx case_ix;
    uint32_t first;
  };

  void push_back(CaseIx case_ix, const Record& r) {
    if (blocks_.empty() || blocks_.back().case_ix != case_ix) blocks_.push_back({case_ix, static_cast<uint32_t>(size_)});
    if ((size_ & (kChunkRecords - 1)) == 0) add_chunk();
    ::new (static_cast<void*>(chunks_.back().get() + (size_ & (kChunkRecords - 1)))) Record(r);
    ++size_;
  }
  size_t size() const { return size_; }
  size_t chunks() const { return chunks_.size(); }
  Record& operator[](size_t i) { return chunks_[i >> kShift].get()[i & (kChunkRecords - 1)]; }
  const Record& operator[](size_t i) const { return chunks_[i >> kShift].get()[i & (kChunkRecords - 1)]; }

  // The blocks, in record order; a case's records may be in several.
  std::vector<Block>& blocks() { return blocks_; }
  const std::vector<Block>& blocks() const { return blocks_; }
  // The end of block b (the next block's first record, or size()).
  size_t block_end(size_t b) const { return b + 1 < blocks_.size() ? blocks_[b + 1].first : size_; }

  // Hands chunk c (records [c << kShift, (c + 1) << kShift)) back to the
  // system; those records must not be used again.
  void release(size_t c) { chunks_[c].reset(); }
  // Hands every chunk back; size() is 0 again.
  void clear() {
    chunks_.clear();
    blocks_.clear();
    size_ = 0;
  }

 private:
  struct Unmap {
    void operator()(Record* chunk) const;
  };
  void add_chunk();  // throws std::bad_alloc

  std::vector<std::unique_ptr<Record, Unmap>> chunks_;
  std::vector<Block> blocks_;
  size_t size_ = 0;
};

}  // namespace ca
