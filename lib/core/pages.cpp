#include "core/pages.h"

#include <sys/mman.h>

#include <cstdint>

namespace ca {
namespace {

size_t rounded(size_t bytes) { return (bytes + kHugePage - 1) / kHugePage * kHugePage; }

}  // namespace

void* map_pages(size_t bytes) {
  const size_t size = rounded(bytes);
  // Map one huge page more than asked, then unmap the ends outside the
  // aligned region.
  void* p = ::mmap(nullptr, size + kHugePage, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (p == MAP_FAILED) throw std::bad_alloc();
  const auto at = reinterpret_cast<uintptr_t>(p);
  const uintptr_t aligned = (at + kHugePage - 1) / kHugePage * kHugePage;
  if (aligned > at) ::munmap(p, aligned - at);
  if (const size_t tail = at + size + kHugePage - (aligned + size); tail > 0)
    ::munmap(reinterpret_cast<void*>(aligned + size), tail);
#ifdef MADV_HUGEPAGE
  ::madvise(reinterpret_cast<void*>(aligned), size, MADV_HUGEPAGE);  // a hint: without it, 4 KiB pages
#endif
  return reinterpret_cast<void*>(aligned);
}

void unmap_pages(void* p, size_t bytes) noexcept { ::munmap(p, rounded(bytes)); }

}  // namespace ca
