#include "data/values.h"

#include <fmt/format.h>

#include "csv/utf8.h"

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

}  // namespace

std::optional<YesNo> parse_yes_no(std::string_view t) {
  if (t.empty()) return YesNo::unknown;
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
    ids_.emplace(std::move(lower), static_cast<uint16_t>(i));
    names_.push_back(terms[i].name);
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

std::optional<uint16_t> NameTable::find(std::string_view text) const {
  auto it = ids_.find(text);
  if (it != ids_.end()) return it->second;
  bool upper = false;
  for (char c : text) upper |= c >= 'A' && c <= 'Z';
  if (!upper) return std::nullopt;
  std::string lower(text);
  for (char& c : lower)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  it = ids_.find(lower);
  if (it != ids_.end()) return it->second;
  return std::nullopt;
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
