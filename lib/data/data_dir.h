#pragma once
// Finding a file of DATA_DIR by its name, so that none is skipped silently:
// the exact name, or else the one entry that matches it but for case
// (Visits.csv for visits.csv: read, and noted); an error for a name that is
// a symbolic link to nothing, two entries that match but for case, or an
// entry that is not a regular file (a FIFO would block the run with no
// message, a folder or device is no export). A name given on the command
// line (--visits F) is not looked up here: the user chose it, FIFO or not.
#include <string>
#include <vector>

#include "core/status.h"

namespace ca {

// Sets `path` to DIR/NAME's file, or "" when there is none; a case-variant
// read instead adds a note ("reading DIR/Visits.csv as visits.csv") to `notes`.
Status find_in_dir(const std::string& dir, const std::string& name, std::string& path, std::vector<std::string>& notes);

// DIR/NAME as messages show it.
std::string join_path(const std::string& dir, const std::string& name);

}  // namespace ca
