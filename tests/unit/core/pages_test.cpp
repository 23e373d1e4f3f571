// Mapped pages for the big arrays: aligned to a huge page, zeroed, and
// PageArray's two paths (calloc below kMappedFrom, mapped from it).
#include "core/pages.h"

#include <cstdint>
#include <utility>

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

TEST_CASE("a PageArray is zeroed, mapped and aligned from kMappedFrom bytes, and moves its memory") {
  for (size_t n : {size_t{3}, kMappedFrom / sizeof(uint64_t) - 1, 3 * kMappedFrom / sizeof(uint64_t)}) {
    PageArray<uint64_t> a(n);
    REQUIRE(a.size() == n);
    CHECK(a[0] == 0);
    CHECK(a[n - 1] == 0);
    CHECK((reinterpret_cast<uintptr_t>(a.data()) % kHugePage == 0) == (n * sizeof(uint64_t) >= kMappedFrom));
    for (size_t i = 0; i < n; ++i) a[i] = i * 3;
    const uint64_t* memory = a.data();
    PageArray<uint64_t> b(std::move(a));
    CHECK(a.empty());
    CHECK(b.data() == memory);
    size_t wrong = 0;
    for (size_t i = 0; i < n; ++i) wrong += b[i] != i * 3;
    CHECK(wrong == 0);
    a = std::move(b);
    CHECK(a.size() == n);
    CHECK(b.size() == 0);
  }
  CHECK(PageArray<uint64_t>().empty());
}

}  // namespace
}  // namespace ca
