#pragma once
// ASCII case, for names that match ignoring it (file names, local codes),
// and comparing short texts (ids) without a library call.
#include <cstdint>
#include <cstring>
#include <string_view>

namespace ca {

inline char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// Equal but for ASCII case.
inline bool same_ignoring_case(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (ascii_lower(a[i]) != ascii_lower(b[i])) return false;
  return true;
}

// a == b, for short texts (ids, codes) without a call: 8 to 16 bytes are
// two overlapping 8-byte loads from each; others go to the library.
inline bool same_text(std::string_view a, std::string_view b) {
  const size_t n = a.size();
  if (n != b.size()) return false;
  if (n < 8 || n > 16) return a == b;
  uint64_t a1, a2, b1, b2;
  std::memcpy(&a1, a.data(), 8);
  std::memcpy(&b1, b.data(), 8);
  std::memcpy(&a2, a.data() + n - 8, 8);
  std::memcpy(&b2, b.data() + n - 8, 8);
  return ((a1 ^ b1) | (a2 ^ b2)) == 0;
}

}  // namespace ca
