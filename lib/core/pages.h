#pragma once
// Memory for the run's big arrays (tens of millions of records), mapped
// straight from the system in 2 MiB-aligned regions and marked for
// transparent huge pages (madvise), which Debian's kernels give only to
// regions that ask. Touching a 1.5 GB array in 4 KiB pages costs some
// 400,000 page faults and as many TLB misses on a virtual machine: about a
// third of a 500,000-child audit (bench/RESULTS.md). Unmapped regions go
// straight back to the system (malloc keeps freed blocks of this size).
#include <cstddef>
#include <type_traits>
#include <utility>

namespace ca {

inline constexpr size_t kHugePage = size_t{2} << 20;
// Arrays from this size up are mapped (PageArray); smaller ones come from
// calloc, so that a small export's arrays do not each take a huge page.
inline constexpr size_t kMappedFrom = size_t{1} << 20;
// `bytes` (rounded up to kHugePage) of zeroed memory aligned to kHugePage.
// Throws std::bad_alloc.
void* map_pages(size_t bytes);
// Hands back what map_pages(bytes) gave.
void unmap_pages(void* p, size_t bytes) noexcept;
// `bytes` of zeroed memory: mapped from kMappedFrom bytes, else from calloc.
// Throws std::bad_alloc.
void* zeroed_memory(size_t bytes);
// Hands back what zeroed_memory(bytes) gave.
void free_zeroed(void* p, size_t bytes) noexcept;

// A fixed number of T, for the run's big arrays: made without touching them
// (zeroed_memory: the kernel zeroes each mapped page as it is first written),
// so that threads can fill their parts side by side and each page is
// written once. T must be trivially copyable; the elements are those
// written, or zero bytes.
template <typename T>
class PageArray {
  static_assert(std::is_trivially_copyable_v<T> && std::is_trivially_destructible_v<T>);

 public:
  PageArray() = default;
  explicit PageArray(size_t n) : data_(n ? static_cast<T*>(zeroed_memory(n * sizeof(T))) : nullptr), size_(n) {}
  PageArray(PageArray&& o) noexcept : data_(std::exchange(o.data_, nullptr)), size_(std::exchange(o.size_, 0)) {}
  PageArray& operator=(PageArray&& o) noexcept {
    if (this != &o) {
      release();
      data_ = std::exchange(o.data_, nullptr);
      size_ = std::exchange(o.size_, 0);
    }
    return *this;
  }
  PageArray(const PageArray&) = delete;
  PageArray& operator=(const PageArray&) = delete;
  ~PageArray() { release(); }

  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  T* data() { return data_; }
  const T* data() const { return data_; }
  T& operator[](size_t i) { return data_[i]; }
  const T& operator[](size_t i) const { return data_[i]; }
  T* begin() { return data_; }
  T* end() { return data_ + size_; }
  const T* begin() const { return data_; }
  const T* end() const { return data_ + size_; }

 private:
  void release() noexcept {
    if (data_) free_zeroed(data_, size_ * sizeof(T));
  }
  T* data_ = nullptr;
  size_t size_ = 0;
};

}  // namespace ca
