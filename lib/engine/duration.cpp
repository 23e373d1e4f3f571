#include "calendar/calendar.h"
#include "engine/engine.h"

namespace ca {
namespace {

Date shift(Date from, Unit unit, int32_t n, const Calendar& cal) {
  switch (unit) {
    case Unit::working_days: return cal.add_working_days(from, n);
    case Unit::days: return add_days(from, n);
    case Unit::weeks: return add_days(from, 7 * n);
    case Unit::months: return add_months(from, n);
  }
  return from;
}

}  // namespace

Date add_duration(Date from, const Duration& d, const Calendar& cal) {
  // "The same working day" from a day nobody works is the next working day.
  if (d.unit == Unit::working_days && d.count == 0 && !cal.is_working_day(from)) return cal.add_working_days(from, 1);
  return shift(from, d.unit, d.count, cal);
}

Date subtract_duration(Date from, const Duration& d, const Calendar& cal) {
  return shift(from, d.unit, -d.count, cal);
}

}  // namespace ca
