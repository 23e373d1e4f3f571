// Must not build: report/ may not use calendar/ (ARCHITECTURE.md), so
// calendar's headers are not on ca_report's include path (CMakeLists.txt).
#include "calendar/calendar.h"
