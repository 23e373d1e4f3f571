#pragma once
// A progress line on long runs ("caseaudit: read 1,245,184 rows", then
// "caseaudit: evaluated 40,960 of 1,000,000 cases (camden)"), written over
// itself on stderr, and only when stderr is a terminal: never into a file, a
// pipe or a CI log. Cleared before anything else is written.
#include <chrono>
#include <cstdint>
#include <iosfwd>
#include <string>
#include <string_view>

namespace ca {

class Progress {
 public:
  // Shows progress on `err` only if it is std::cerr and a terminal.
  explicit Progress(std::ostream& err);
  ~Progress() { clear(); }
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  void rows(uint64_t n);
  void cases(uint64_t done, uint64_t total, std::string_view standard);
  // Removes the line (call before writing anything else to stderr).
  void clear();

 private:
  void show(const std::string& text);
  std::ostream* err_ = nullptr;  // nullptr: off
  size_t shown_ = 0;             // width of the line on screen
  std::chrono::steady_clock::time_point last_{};
};

}  // namespace ca
