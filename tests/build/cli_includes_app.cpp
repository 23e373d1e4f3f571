// Must build: the control for cli_includes_data.cpp, with the same settings;
// app/app.h, the header cli uses, needs nothing cli may not use.
#include "app/app.h"
