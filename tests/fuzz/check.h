#pragma once
// What a fuzz target asserts beyond "no crash, no sanitizer report": a
// broken promise aborts with the reason, so libFuzzer keeps the input.
#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace ca::fuzz {

inline void check(bool ok, std::string_view what, std::string_view detail = "") {
  if (ok) return;
  std::fprintf(stderr, "fuzz check failed: %.*s\n%.*s\n", static_cast<int>(what.size()), what.data(),
               static_cast<int>(detail.size()), detail.data());
  std::abort();
}

// "NAME:LINE: ..." or "NAME:LINE:COLUMN: ...": a message that names its file and line.
inline bool names_line(std::string_view message, std::string_view name) {
  if (!message.starts_with(name) || message.size() <= name.size() + 1 || message[name.size()] != ':') return false;
  const char c = message[name.size() + 1];
  return c >= '1' && c <= '9';
}

}  // namespace ca::fuzz
