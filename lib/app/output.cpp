#include "app/output.h"

#include "data/values.h"

#include <cerrno>
#include <cstring>
#include <ostream>

#include "app/exit_status.h"

namespace ca {

int finish_output(std::ostream& out, std::ostream& err, int code) {
  // A write that failed earlier left its errno behind (nothing since has
  // written); otherwise the flush is the last write, so its errno counts.
  if (out) {
    errno = 0;
    out.flush();
  }
  if (!out) {
    if (errno == EPIPE) return kExitReaderGone;
    err << "caseaudit: cannot write standard output: " << (errno ? std::strerror(errno) : "write error") << "\n";
    return kExitFailure;
  }
  return code;
}

std::string message_text(std::string_view message) {
  std::string out;
  for (size_t from = 0; from <= message.size();) {
    size_t to = message.find('\n', from);
    if (to == std::string_view::npos) to = message.size();
    out += printable(message.substr(from, to - from));
    if (to < message.size()) out += '\n';
    from = to + 1;
  }
  return out;
}

}  // namespace ca
