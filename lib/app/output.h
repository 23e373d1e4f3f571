#pragma once
// Finishing a command's output: a report that could not be written whole is
// a failure (kExitFailure with a message), never a silent success.
#include <iosfwd>
#include <string>
#include <string_view>

namespace ca {

// Flushes `out`; if anything written to it failed (a full disk), writes
// "caseaudit: cannot write standard output: <reason>" to `err` and returns
// kExitFailure (a closed pipe: kExitReaderGone, quietly); otherwise `code`.
int finish_output(std::ostream& out, std::ostream& err, int code);

// A message made safe for a terminal, line by line: control characters
// escaped, bytes that are not UTF-8 replaced (a file name or a value from
// the export may hold an escape sequence).
std::string message_text(std::string_view message);

}  // namespace ca
