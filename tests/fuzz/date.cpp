// Fuzz target: the export's date parser (core/date.h parse_date). A date it
// accepts is a real day of 1900-2199 that reads back from its ISO form as
// itself, and month arithmetic on it stays a valid day; a text it refuses
// comes with a reason.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "check.h"
#include "core/date.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace ca;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  std::string reason;
  const std::optional<Date> d = parse_date(text, &reason);
  if (!d) {
    fuzz::check(!reason.empty(), "a date refused without a reason");
    return 0;
  }
  const Ymd ymd = d->ymd();
  fuzz::check(ymd.year >= 1900 && ymd.year <= 2199 && is_valid_ymd(ymd.year, ymd.month, ymd.day),
              "a date accepted outside 1900-2199 or not a day", d->iso());
  const std::optional<Date> again = parse_date(d->iso(), nullptr);
  fuzz::check(again && *again == *d, "a date's ISO form does not read back as itself", d->iso());
  for (int32_t months : {-1200, -13, -1, 1, 12, 1200}) {
    const Ymd m = add_months(*d, months).ymd();
    fuzz::check(is_valid_ymd(m.year, m.month, m.day), "add_months gave no day", d->iso());
  }
  return 0;
}
