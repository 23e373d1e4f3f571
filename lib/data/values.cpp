#include "data/values.h"

#include <algorithm>
#include <cstring>

#include <fmt/format.h>

#include "core/utf8.h"

namespace ca {
namespace {

bool iequals(std::string_view a, std::string_view lower) {
  if (a.size() != lower.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char c = a[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != lower[i]) return false;
  }
  return true;
}

void append_escaped(std::string& out, std::string_view text) {
  std::string padded(text);  // NUL-terminated for the UTF-8 check
  const auto* p = reinterpret_cast<const unsigned char*>(padded.c_str());
  const auto* end = p + padded.size();
  while (p < end) {
    const unsigned char c = *p;
    if (c >= 0x80) {
      const size_t n = utf8_sequence_length(p);
      if (n == 0) {
        out += '?';
        ++p;
      } else {
        out.append(reinterpret_cast<const char*>(p), n);
        p += n;
      }
      continue;
    }
    switch (c) {
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20 || c == 0x7F) out += fmt::format("\\x{:02X}", c);
        else out += static_cast<char>(c);
    }
    ++p;
  }
}

// What a name is hashed and first compared by: its first and last eight
// bytes (overlapping when it is shorter than 16); for a shorter one, its
// first and last four, or its first, middle and last byte. For two names of
// one length up to 16 bytes, these are equal only if the names are.
struct Ends {
  uint64_t first = 0, last = 0;
};
Ends ends_of(std::string_view s) {
  const char* p = s.data();
  const size_t n = s.size();
  Ends e;
  if (n >= 8) {
    std::memcpy(&e.first, p, 8);
    std::memcpy(&e.last, p + n - 8, 8);
  } else if (n >= 4) {
    uint32_t a, b;
    std::memcpy(&a, p, 4);
    std::memcpy(&b, p + n - 4, 4);
    e.first = uint64_t{a} << 32 | b;
  } else if (n > 0) {
    const auto byte = [&](size_t i) { return uint64_t{static_cast<unsigned char>(p[i])}; };
    e.first = byte(0) << 16 | byte(n / 2) << 8 | byte(n - 1);
  }
  return e;
}

// Names are short: their ends and length, mixed by multiplication (a slot is
// taken from the top bits).
uint64_t name_hash(std::string_view s, const Ends& e) {
  return (e.first * 0x9E3779B97F4A7C15u) ^ (e.last * 0xC2B2AE3D27D4EB4Fu) ^ (s.size() * 0x165667B19E3779F9u);
}

// a == b, where a and b have the same size and `ea`, `eb` are their ends:
// up to 16 bytes the ends say it all; past that, the bytes between them too.
bool same_name(std::string_view a, const Ends& ea, std::string_view b, const Ends& eb) {
  if (ea.first != eb.first || ea.last != eb.last) return false;
  return a.size() <= 16 || std::memcmp(a.data() + 8, b.data() + 8, a.size() - 16) == 0;
}

}  // namespace

std::optional<YesNo> parse_yes_no(std::string_view t) {
  if (t.empty()) return YesNo::unknown;
  if (t.size() == 1) {  // the usual Y/N, without the loop below
    switch (t[0]) {
      case 'Y':
      case 'y':
      case '1': return YesNo::yes;
      case 'N':
      case 'n':
      case '0': return YesNo::no;
      default: return std::nullopt;
    }
  }
  for (std::string_view y : {"y", "yes", "true", "1"})
    if (iequals(t, y)) return YesNo::yes;
  for (std::string_view n : {"n", "no", "false", "0"})
    if (iequals(t, n)) return YesNo::no;
  return std::nullopt;
}

NameTable::NameTable(const std::vector<Term>& terms, size_t first, size_t last) {
  for (size_t i = first; i < terms.size() && i < last; ++i) {
    std::string lower = terms[i].name;
    for (char& c : lower)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    names_.push_back(terms[i].name);
    const bool seen = std::any_of(keys_.begin(), keys_.end(), [&](const Key& k) { return k.text == lower; });
    if (seen) continue;  // the first one keeps the name
    const Ends ends = ends_of(lower);
    const uint64_t hash = name_hash(lower, ends);
    keys_.push_back({std::move(lower), ends.first, ends.last, hash, static_cast<uint16_t>(i)});
  }
  size_t size = 8;
  for (shift_ = 61; size < 2 * keys_.size(); --shift_) size *= 2;
  slots_.assign(size, 0);
  for (size_t k = 0; k < keys_.size(); ++k) {
    size_t h = keys_[k].hash >> shift_;
    while (slots_[h]) h = (h + 1) & (size - 1);
    slots_[h] = static_cast<uint16_t>(k + 1);
  }
}

std::string NameTable::expected(std::string_view section) const {
  if (names_.size() > 12) return fmt::format("see {} in standards/vocabulary.yaml", section);
  std::string out = "expected ";
  for (size_t i = 0; i < names_.size(); ++i) {
    if (i) out += i + 1 == names_.size() ? " or " : ", ";
    out += names_[i];
  }
  return out;
}

int NameTable::find_exact(std::string_view text) const {
  if (slots_.empty()) return -1;
  const Ends ends = ends_of(text);
  const uint64_t hash = name_hash(text, ends);
  const size_t mask = slots_.size() - 1;
  for (size_t h = hash >> shift_; slots_[h]; h = (h + 1) & mask) {
    const Key& k = keys_[slots_[h] - 1u];
    if (k.hash == hash && k.text.size() == text.size() && same_name(k.text, {k.first, k.last}, text, ends)) return k.id;
  }
  return -1;
}

int NameTable::lookup(std::string_view text) const {
  if (const int id = find_exact(text); id >= 0) return id;
  bool upper = false;
  for (char c : text) upper |= c >= 'A' && c <= 'Z';
  if (!upper) return -1;
  std::string lower(text);
  for (char& c : lower)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return find_exact(lower);
}

std::string quoted(std::string_view text) {
  constexpr size_t kMax = 60;
  bool cut = false;
  if (text.size() > kMax) {
    size_t n = kMax;
    while (n > 0 && (static_cast<unsigned char>(text[n]) & 0xC0) == 0x80) --n;  // not inside a character
    text = text.substr(0, n);
    cut = true;
  }
  std::string out = "'";
  append_escaped(out, text);
  out += cut ? "...'" : "'";
  return out;
}

std::string printable(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  append_escaped(out, text);
  return out;
}

}  // namespace ca
