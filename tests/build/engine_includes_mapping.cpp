// Must not build: engine/ may not use mapping/ (ARCHITECTURE.md): how an
// export is laid out is decided before the engine sees its records.
#include "mapping/mapping.h"
