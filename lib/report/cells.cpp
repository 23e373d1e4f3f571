#include "report/cells.h"

#include <array>
#include <cstdint>
#include <cstring>

#include "data/dataset.h"

namespace ca {
namespace {

const char kHex[] = "0123456789abcdef";

// The length of the valid UTF-8 sequence at s[i], or 0 if it is not one
// (overlong forms, surrogates and code points past U+10FFFF are invalid).
size_t utf8_length(std::string_view s, size_t i) {
  const auto b = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c = b(i);
  size_t n;
  unsigned char lo = 0x80, hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) n = 2;
  else if (c >= 0xE0 && c <= 0xEF) {
    n = 3;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    n = 4;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    return 0;
  }
  if (i + n > s.size()) return 0;
  if (b(i + 1) < lo || b(i + 1) > hi) return 0;
  for (size_t k = 2; k < n; ++k)
    if (b(i + k) < 0x80 || b(i + k) > 0xBF) return 0;
  return n;
}

void put_two_digits(char* out, int v) {
  out[0] = static_cast<char>('0' + v / 10);
  out[1] = static_cast<char>('0' + v % 10);
}

// The bytes that make a CSV cell need quotes: comma, double quote, CR, LF.
constexpr std::array<bool, 256> kNeedsQuotes = [] {
  std::array<bool, 256> t{};
  t[','] = t['"'] = t['\n'] = t['\r'] = true;
  return t;
}();

// Whether any byte of the 8 in `v` equals `b` (the classic "has a zero byte"
// test on v ^ b...b, exact as to whether there is one).
bool has_byte(uint64_t v, unsigned char b) {
  constexpr uint64_t kOnes = 0x0101010101010101, kHigh = 0x8080808080808080;
  const uint64_t x = v ^ (kOnes * b);
  return ((x - kOnes) & ~x & kHigh) != 0;
}

// Whether a CSV cell must be quoted: eight bytes at a time, then the rest by
// table, since titles and sources are long and every row has them. (The
// obvious loop has four branches a byte; string_view's find_first_of calls
// memchr once per character.)
bool needs_quotes(std::string_view cell) {
  const char* p = cell.data();
  size_t n = cell.size();
  for (; n >= 8; p += 8, n -= 8) {
    uint64_t v;
    std::memcpy(&v, p, 8);
    if (has_byte(v, ',') || has_byte(v, '"') || has_byte(v, '\n') || has_byte(v, '\r')) return true;
  }
  bool any = false;
  for (; n > 0; ++p, --n) any |= kNeedsQuotes[static_cast<unsigned char>(*p)];
  return any;
}

}  // namespace

bool looks_like_formula(std::string_view cell) {
  if (cell.empty()) return false;
  const char c = cell.front();
  return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

void append_csv_cell(std::string& out, std::string_view cell) {
  const bool quote = needs_quotes(cell);
  if (quote) out += '"';
  if (looks_like_formula(cell)) out += '\'';
  if (!quote) {
    out += cell;
    return;
  }
  // Each double quote doubled: copy up to and including it, then add one.
  for (size_t q; (q = cell.find('"')) != std::string_view::npos; cell.remove_prefix(q + 1)) {
    out.append(cell.data(), q + 1);
    out += '"';
  }
  out += cell;
  out += '"';
}

void append_json_string(std::string& out, std::string_view s) {
  out += '"';
  size_t i = 0;
  while (i < s.size()) {
    // Copy a run of printable ASCII that needs no escape in one go.
    size_t j = i;
    while (j < s.size()) {
      const auto c = static_cast<unsigned char>(s[j]);
      if (c < 0x20 || c >= 0x7F || c == '"' || c == '\\') break;
      ++j;
    }
    out.append(s.data() + i, j - i);
    if ((i = j) == s.size()) break;
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) {
      const size_t n = utf8_length(s, i);
      if (n == 0) {
        out += "\\ufffd";
        ++i;
      } else {
        out.append(s.data() + i, n);
        i += n;
      }
      continue;
    }
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20 || c == 0x7F) {
          out += "\\u00";
          out += kHex[c >> 4];
          out += kHex[c & 15];
        } else {
          out += static_cast<char>(c);
        }
    }
    ++i;
  }
  out += '"';
}

// The code point of a character that reorders or breaks a terminal's line
// (U+061C, U+200E, U+200F, U+2028 to U+202E, U+2066 to U+2069) starting at
// s[i], or 0.
static uint32_t reordering(std::string_view s, size_t i) {
  const auto at = [&](size_t k) { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0u; };
  if (at(0) == 0xD8 && at(1) == 0x9C) return 0x061C;
  if (at(0) != 0xE2) return 0;
  const unsigned b = at(1), c = at(2);
  if (b == 0x80 && (c == 0x8E || c == 0x8F || (c >= 0xA8 && c <= 0xAE))) return 0x2000 + (c - 0x80);
  if (b == 0x81 && c >= 0xA6 && c <= 0xA9) return 0x2040 + (c - 0x80);
  return 0;
}

void append_text(std::string& out, std::string_view s) {
  for (size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x20 || c == 0x7F) {
      out += "\\x";
      out += kHex[c >> 4];
      out += kHex[c & 15];
    } else if (const uint32_t cp = reordering(s, i)) {
      // A bidirectional control (U+202E would show a case id reversed) or a
      // line or paragraph separator, as \u202E: shown, never obeyed.
      out += "\\u";
      for (int shift = 12; shift >= 0; shift -= 4) out += kHex[(cp >> shift) & 15];
      i += cp == 0x061C ? 1 : 2;
    } else if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) < 0xA0 &&
               static_cast<unsigned char>(s[i + 1]) >= 0x80) {
      // U+0080..U+009F, the C1 controls (CSI among them), as \u0080.
      const auto c1 = static_cast<unsigned char>(s[++i]);
      out += "\\u00";
      out += kHex[c1 >> 4];
      out += kHex[c1 & 15];
    } else {
      out += s[i];
    }
  }
}

namespace {

// The ISO text of every day of 2000-2099, the years of nearly every date a
// report writes (three a row, millions of rows): a copy of ten bytes, not a
// conversion. Made by the compiler, in read-only data, so a run reads in
// only the pages of the days it writes.
constexpr Date kIsoFirst = Date::from_ymd(2000, 1, 1);
constexpr int32_t kIsoDays = Date::from_ymd(2100, 1, 1).days() - kIsoFirst.days();
struct IsoDays {
  char text[kIsoDays][10];
};
constexpr IsoDays kIso = [] {
  IsoDays t{};
  int32_t i = 0;
  const auto two = [](char* p, int v) {
    p[0] = static_cast<char>('0' + v / 10);
    p[1] = static_cast<char>('0' + v % 10);
  };
  for (int y = 2000; y < 2100; ++y)
    for (int m = 1; m <= 12; ++m) {
      const bool leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
      const int days = m == 2 ? (leap ? 29 : 28) : (m == 4 || m == 6 || m == 9 || m == 11) ? 30 : 31;
      for (int d = 1; d <= days; ++d, ++i) {
        char* p = t.text[i];
        two(p, y / 100);
        two(p + 2, y % 100);
        p[4] = '-';
        two(p + 5, m);
        p[7] = '-';
        two(p + 8, d);
      }
    }
  return t;
}();

}  // namespace

void append_date(std::string& out, Date d) {
  if (d == kNoDate) return;
  if (const auto i = static_cast<uint32_t>(d.days() - kIsoFirst.days()); i < static_cast<uint32_t>(kIsoDays)) {
    out.append(kIso.text[i], 10);
    return;
  }
  const Ymd ymd = d.ymd();
  if (ymd.year < 0 || ymd.year > 9999) {
    out += d.iso();
    return;
  }
  char text[10];
  put_two_digits(text, ymd.year / 100);
  put_two_digits(text + 2, ymd.year % 100);
  text[4] = '-';
  put_two_digits(text + 5, ymd.month);
  text[7] = '-';
  put_two_digits(text + 8, ymd.day);
  out.append(text, sizeof text);
}

void append_json_date(std::string& out, Date d) {
  if (d == Date::min() || d == Date::max()) {
    out += "null";
    return;
  }
  out += '"';
  append_date(out, d);
  out += '"';
}

std::string terminal_text(std::string_view s) {
  std::string out;
  append_text(out, s);
  return out;
}

void append_wrapped(std::string& out, size_t indent, std::string_view words, size_t width, size_t hang) {
  if (hang == kHangDefault) hang = indent + 2;
  size_t col = indent;
  out.append(indent, ' ');
  bool first = true;
  while (!words.empty()) {
    const size_t sp = words.find(' ');
    const std::string_view word = words.substr(0, sp);
    words = sp == std::string_view::npos ? std::string_view() : words.substr(sp + 1);
    size_t len = 0;
    for (unsigned char ch : word) len += (ch & 0xC0) != 0x80;
    if (!first && col + 1 + len > width) {
      out += '\n';
      out.append(hang, ' ');
      col = hang;
    } else if (!first) {
      out += ' ';
      ++col;
    }
    out += word;
    col += len;
    first = false;
  }
  out += '\n';
}

}  // namespace ca
