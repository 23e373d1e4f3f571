#pragma once
// Memory for the run's big arrays (tens of millions of records), mapped
// straight from the system in 2 MiB-aligned regions and marked for
// transparent huge pages (madvise), which Debian's kernels give only to
// regions that ask. Touching a 1.5 GB array in 4 KiB pages costs some
// 400,000 page faults and as many TLB misses on a virtual machine: about a
// third of a 500,000-child audit (bench/RESULTS.md). Unmapped regions go
// straight back to the system (malloc keeps freed blocks of this size).
#include <cstddef>
#include <memory>

namespace ca {

inline constexpr size_t kHugePage = size_t{2} << 20;
// Allocations from this size up are mapped (PageAllocator); smaller ones
// come from operator new.
inline constexpr size_t kMappedFrom = size_t{1} << 20;

// `bytes` (rounded up to kHugePage) of zeroed memory aligned to kHugePage.
// Throws std::bad_alloc.
void* map_pages(size_t bytes);
// Hands back what map_pages(bytes) gave.
void unmap_pages(void* p, size_t bytes) noexcept;

// A std::allocator for the big vectors: mapped pages from kMappedFrom bytes.
template <typename T>
struct PageAllocator {
  using value_type = T;
  PageAllocator() = default;
  template <typename U>
  PageAllocator(const PageAllocator<U>&) noexcept {}

  T* allocate(size_t n) {
    const size_t bytes = n * sizeof(T);
    if (bytes < kMappedFrom) return std::allocator<T>().allocate(n);
    return static_cast<T*>(map_pages(bytes));
  }
  void deallocate(T* p, size_t n) noexcept {
    const size_t bytes = n * sizeof(T);
    if (bytes < kMappedFrom) std::allocator<T>().deallocate(p, n);
    else unmap_pages(p, bytes);
  }
  template <typename U>
  bool operator==(const PageAllocator<U>&) const noexcept { return true; }
};

}  // namespace ca
