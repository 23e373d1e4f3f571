// ASCII helpers: case-blind comparison, and same_text's short-text path.
#include "core/ascii.h"

#include <doctest/doctest.h>

#include <string>

namespace ca {
namespace {

TEST_CASE("same_ignoring_case") {
  CHECK(same_ignoring_case("Visits.CSV", "visits.csv"));
  CHECK_FALSE(same_ignoring_case("visits.csv", "visit.csv"));
}

TEST_CASE("same_text: every length to 24, a difference at every byte") {
  for (size_t n = 0; n <= 24; ++n) {
    CAPTURE(n);
    std::string a(n, 'c');
    for (size_t i = 0; i < n; ++i) a[i] = static_cast<char>('A' + i);
    const std::string same = a;
    CHECK(same_text(a, same));
    CHECK_FALSE(same_text(a, a + "x"));
    CHECK_FALSE(same_text(a + "x", a));
    for (size_t i = 0; i < n; ++i) {
      std::string b = a;
      b[i] = '#';
      CHECK_FALSE(same_text(a, b));
      CHECK_FALSE(same_text(b, a));
    }
  }
  // Views into a longer text: only their own bytes count.
  const std::string text = "C1000001,C1000002,C1000001";
  CHECK(same_text(std::string_view(text).substr(0, 8), std::string_view(text).substr(18, 8)));
  CHECK_FALSE(same_text(std::string_view(text).substr(0, 8), std::string_view(text).substr(9, 8)));
}

}  // namespace
}  // namespace ca
