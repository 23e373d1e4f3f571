#include "data/record_chunks.h"

#include "core/pages.h"

namespace ca {
namespace {

constexpr size_t kChunkBytes = RecordChunks::kChunkRecords * sizeof(Record);

}  // namespace

void RecordChunks::Unmap::operator()(Record* chunk) const { unmap_pages(chunk, kChunkBytes); }

void RecordChunks::add_chunk() {
  void* p = map_pages(kChunkBytes);
  std::unique_ptr<Record, Unmap> chunk(static_cast<Record*>(p));
  chunks_.push_back(std::move(chunk));
}

}  // namespace ca
