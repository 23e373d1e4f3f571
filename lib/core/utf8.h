#pragma once
// UTF-8 validation of one encoded character (RFC 3629: no overlong forms, no
// surrogates, nothing above U+10FFFF).
#include <cstddef>

namespace ca {

// The length (2..4) of the well-formed UTF-8 sequence starting at p, whose
// first byte is 0x80 or above; 0 when it is not well-formed. The text must be
// NUL-terminated: a sequence cut short by the terminator is not well-formed,
// and nothing past the terminator is read.
inline size_t utf8_sequence_length(const unsigned char* p) {
  const unsigned c = p[0];
  if (c < 0xC2) return 0;  // a continuation byte, or the lead of an overlong 2-byte form
  if (c < 0xE0) return (p[1] & 0xC0) == 0x80 ? 2 : 0;
  if (c < 0xF0) {
    const unsigned lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
    return p[1] >= lo && p[1] <= hi && (p[2] & 0xC0) == 0x80 ? 3 : 0;
  }
  if (c < 0xF5) {
    const unsigned lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
    return p[1] >= lo && p[1] <= hi && (p[2] & 0xC0) == 0x80 && (p[3] & 0xC0) == 0x80 ? 4 : 0;
  }
  return 0;
}

}  // namespace ca
