#include <unistd.h>

#include "app/commands.h"

namespace ca {
bool stdout_is_terminal() { return isatty(STDOUT_FILENO) == 1; }
}  // namespace ca
