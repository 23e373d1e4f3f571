// Must not build: engine/ may not use report/ (ARCHITECTURE.md), so
// report's headers are not on ca_engine's include path (CMakeLists.txt).
#include "report/row.h"
