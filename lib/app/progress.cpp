#include "app/progress.h"

#include <unistd.h>

#include <iostream>

#include "data/summary.h"

namespace ca {

Progress::Progress(std::ostream& err) {
  if (&err == &std::cerr && isatty(STDERR_FILENO) == 1) err_ = &err;
}

void Progress::rows(uint64_t n) { show("caseaudit: read " + with_commas(n) + " rows"); }

void Progress::cases(uint64_t done, uint64_t total, std::string_view standard) {
  show("caseaudit: evaluated " + with_commas(done) + " of " + with_commas(total) + " cases (" + std::string(standard) +
       ")");
}

void Progress::show(const std::string& text) {
  if (!err_) return;
  const auto now = std::chrono::steady_clock::now();
  if (shown_ != 0 && now - last_ < std::chrono::milliseconds(250)) return;  // at most four a second
  last_ = now;
  std::string line = "\r" + text;
  if (text.size() < shown_) line.append(shown_ - text.size(), ' ');
  *err_ << line << std::flush;
  shown_ = text.size();
}

void Progress::clear() {
  if (!err_ || shown_ == 0) return;
  *err_ << '\r' << std::string(shown_, ' ') << '\r' << std::flush;
  shown_ = 0;
}

}  // namespace ca
