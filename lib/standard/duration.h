#pragma once
// Durations as standards files write them: "10 working days", "6 weeks",
// "3 months", "1 year", "48 hours", "72 working hours", and for an age
// "15 years 9 months" (standards/README.md, "Durations").
#include <string_view>

#include "core/status.h"
#include "standard/standard.h"

namespace ca {

enum class DurationUse : uint8_t {
  interval,  // every, schedule, a phase's every: at least 1
  span,      // first, within, before, limit, until: 0 allowed ("0 working days" is the same working day)
  age,       // at_age: years and months, which may be combined
};

// The units a duration may name, as listed in error messages.
inline constexpr std::string_view kDurationUnits = "working days, days, weeks, months, years, hours, working hours";

// Parses `text` into `out` (years become months, hours days, working hours
// working days; `out.text` keeps the trimmed words). On a mistake returns an
// error naming the text, e.g. "'10 workdays': unknown unit 'workdays' (use ...)".
Status parse_duration(std::string_view text, DurationUse use, Duration& out);

}  // namespace ca
