#pragma once
// Finishing a command's output: a report that could not be written whole is
// a failure (kExitFailure with a message), never a silent success.
#include <iosfwd>

namespace ca {

// Flushes `out`; if anything written to it failed (a closed pipe, a full
// disk), writes "caseaudit: cannot write standard output: <reason>" to `err`
// and returns kExitFailure; otherwise returns `code`.
int finish_output(std::ostream& out, std::ostream& err, int code);

}  // namespace ca
