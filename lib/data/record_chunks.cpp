#include "data/record_chunks.h"

#include <sys/mman.h>

namespace ca {
namespace {

constexpr size_t kChunkBytes = RecordChunks::kChunkRecords * sizeof(Record);

}  // namespace

void RecordChunks::Unmap::operator()(Record* chunk) const { ::munmap(chunk, kChunkBytes); }

void RecordChunks::add_chunk() {
  void* p = ::mmap(nullptr, kChunkBytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (p == MAP_FAILED) throw std::bad_alloc();
  std::unique_ptr<Record, Unmap> chunk(static_cast<Record*>(p));
  chunks_.push_back(std::move(chunk));
}

}  // namespace ca
