#include "core/pages.h"

#include <sys/mman.h>

#include <cstdint>
#include <cstdlib>
#include <new>

namespace ca {
namespace {

// `x` rounded up to a whole number of huge pages (a size, or an address).
uintptr_t rounded(uintptr_t x) { return (x + kHugePage - 1) / kHugePage * kHugePage; }

}  // namespace

void* map_pages(size_t bytes) {
  const size_t size = rounded(bytes);
  // Map one huge page more than asked, then unmap what lies before and
  // after the aligned region (kHugePage bytes in all).
  void* p = ::mmap(nullptr, size + kHugePage, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (p == MAP_FAILED) throw std::bad_alloc();
  const auto at = reinterpret_cast<uintptr_t>(p);
  const uintptr_t aligned = rounded(at);
  if (const size_t head = aligned - at; head > 0) ::munmap(p, head);
  if (const size_t tail = kHugePage - (aligned - at); tail > 0) ::munmap(reinterpret_cast<void*>(aligned + size), tail);
#ifdef MADV_HUGEPAGE
  ::madvise(reinterpret_cast<void*>(aligned), size, MADV_HUGEPAGE);  // a hint: without it, 4 KiB pages
#endif
  return reinterpret_cast<void*>(aligned);
}

void unmap_pages(void* p, size_t bytes) noexcept { ::munmap(p, rounded(bytes)); }

void* zeroed_memory(size_t bytes) {
  if (bytes >= kMappedFrom) return map_pages(bytes);
  void* p = std::calloc(bytes, 1);
  if (!p) throw std::bad_alloc();
  return p;
}

void free_zeroed(void* p, size_t bytes) noexcept {
  if (bytes >= kMappedFrom) unmap_pages(p, bytes);
  else std::free(p);
}

}  // namespace ca
