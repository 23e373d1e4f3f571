#include "standard/nearest.h"

#include <doctest/doctest.h>

namespace ca {
namespace {

constexpr std::string_view kKeys[] = {"every", "schedule", "phases", "first", "anchor", "source", "scope"};

TEST_CASE("edit distance counts a swap of neighbours as one edit and ignores case") {
  CHECK(edit_distance("every", "every") == 0);
  CHECK(edit_distance("evrey", "every") == 1);
  CHECK(edit_distance("Every", "every") == 0);
  CHECK(edit_distance("sorce", "source") == 1);
  CHECK(edit_distance("schedual", "schedule") == 2);
  CHECK(edit_distance("", "abc") == 3);
}

TEST_CASE("the nearest key within one edit, or two for longer words") {
  CHECK(nearest("evrey", kKeys) == "every");
  CHECK(nearest("schedual", kKeys) == "schedule");
  CHECK(nearest("phase", kKeys) == "phases");
  CHECK(nearest("scop", kKeys) == "scope");
  CHECK_FALSE(nearest("colour", kKeys));
  CHECK_FALSE(nearest("evr", kKeys));  // two edits from a short word is too far
}

}  // namespace
}  // namespace ca
