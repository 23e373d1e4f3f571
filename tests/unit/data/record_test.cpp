// A record packs its date, type, date slots and codes into 16 bytes
// (data/dataset.h): every value the loader can give survives the packing,
// and setting one field leaves the others as they were.
#include <doctest/doctest.h>

#include "data/dataset.h"

namespace ca {
namespace {

Date d(int y, int m, int day) { return Date::from_ymd(y, m, day); }

TEST_CASE("a record holds any date the loader accepts, in its date and in both slots") {
  for (const Date x : {d(1900, 1, 1), d(1900, 1, 2), d(1970, 1, 1), d(2026, 2, 28), d(2199, 12, 30), d(2199, 12, 31)}) {
    Record r;
    r.set_date(x);
    r.set_slot_date(0, x);
    r.set_slot_date(1, x);
    CHECK(r.date() == x);
    CHECK(r.slot_date(0) == x);
    CHECK(r.slot_date(1) == x);
  }
}

TEST_CASE("a new record is 1970-01-01, type 0, with blank slots") {
  const Record r;
  CHECK(r.date() == Date());
  CHECK(r.type() == 0);
  CHECK(r.slot_date(0) == kNoDate);
  CHECK(r.slot_date(1) == kNoDate);
  for (size_t s = 0; s < kCodeSlots; ++s) CHECK(r.code(s) == kCodeBlank);
  CHECK(r.line == 0);
}

TEST_CASE("each field of a record is set without touching the others") {
  Record r;
  r.line = 4'000'000'000u;
  r.set_date(d(2199, 12, 31));
  r.set_type(static_cast<TypeId>(kMaxRecordTypes));
  r.set_slot_date(0, d(1900, 1, 1));
  r.set_slot_date(1, d(2199, 12, 31));
  for (size_t s = 0; s < kCodeSlots; ++s) r.set_code(s, static_cast<uint8_t>(kMaxEnumValues));
  CHECK(r.date() == d(2199, 12, 31));
  CHECK(r.type() == kMaxRecordTypes);
  CHECK(r.slot_date(0) == d(1900, 1, 1));
  CHECK(r.slot_date(1) == d(2199, 12, 31));
  for (size_t s = 0; s < kCodeSlots; ++s) CHECK(r.code(s) == kMaxEnumValues);

  r.set_code(2, 5);
  r.set_slot_date(0, kNoDate);
  r.set_type(7);
  r.set_date(d(2024, 2, 29));
  CHECK(r.date() == d(2024, 2, 29));
  CHECK(r.type() == 7);
  CHECK(r.slot_date(0) == kNoDate);
  CHECK(r.slot_date(1) == d(2199, 12, 31));
  for (size_t s = 0; s < kCodeSlots; ++s) CHECK(r.code(s) == (s == 2 ? 5 : kMaxEnumValues));
  CHECK(r.line == 4'000'000'000u);
}

TEST_CASE("records order by date, then type, whatever their slots") {
  Record a, b;
  a.set_date(d(2026, 3, 1));
  a.set_type(9);
  a.set_slot_date(0, d(2199, 1, 1));
  b.set_date(d(2026, 3, 2));
  b.set_type(0);
  CHECK(a.order() < b.order());
  b.set_date(d(2026, 3, 1));
  CHECK(b.order() < a.order());
  b.set_type(9);
  CHECK(a.order() == b.order());
  CHECK(!a.same_details(b));
  b.set_slot_date(0, d(2199, 1, 1));
  CHECK(a.same_details(b));
  b.set_code(0, 1);
  CHECK(!a.same_details(b));
}

}  // namespace
}  // namespace ca
