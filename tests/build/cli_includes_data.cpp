// Must not build: cli/ may use only app/ (ARCHITECTURE.md), so data's
// headers are not on caseaudit's include path (CMakeLists.txt).
#include "data/dataset.h"
