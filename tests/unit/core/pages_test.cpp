// Mapped pages for the big arrays: aligned to a huge page, zeroed, and the
// allocator's two paths (operator new below kMappedFrom, mapped from it).
#include "core/pages.h"

#include <cstdint>
#include <vector>

#include <doctest/doctest.h>

namespace ca {
namespace {

TEST_CASE("map_pages gives zeroed memory aligned to a huge page") {
  for (size_t bytes : {size_t{1}, kHugePage - 1, kHugePage, 3 * kHugePage + 5}) {
    auto* p = static_cast<unsigned char*>(map_pages(bytes));
    CHECK(reinterpret_cast<uintptr_t>(p) % kHugePage == 0);
    CHECK(p[0] == 0);
    CHECK(p[bytes - 1] == 0);
    p[bytes - 1] = 7;  // writable to the last byte asked for
    unmap_pages(p, bytes);
  }
}

TEST_CASE("a vector through PageAllocator keeps its values across growth past kMappedFrom") {
  std::vector<uint64_t, PageAllocator<uint64_t>> v;
  const size_t n = 3 * kMappedFrom / sizeof(uint64_t);
  for (size_t i = 0; i < n; ++i) v.push_back(i * 3);
  CHECK(reinterpret_cast<uintptr_t>(v.data()) % kHugePage == 0);
  size_t wrong = 0;
  for (size_t i = 0; i < n; ++i) wrong += v[i] != i * 3;
  CHECK(wrong == 0);
  v.resize(4);
  v.shrink_to_fit();  // back below kMappedFrom: from operator new again
  CHECK(v == std::vector<uint64_t, PageAllocator<uint64_t>>{0, 3, 6, 9});
}

}  // namespace
}  // namespace ca
