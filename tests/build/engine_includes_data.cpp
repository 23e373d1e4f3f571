// Must build: the control for engine_includes_report.cpp, with the same
// settings; engine/ may use data/.
#include "data/dataset.h"
