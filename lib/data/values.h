#pragma once
// Reading single values of the canonical files: yes/no flags, names from a
// fixed list, and quoting a user's value safely inside a message.
#include <cstdint>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "data/dataset.h"
#include "vocab/vocabulary.h"

namespace ca {

// Y/N, yes/no, true/false, 1/0, any case; blank is unknown. nullopt when the
// text is none of these.
std::optional<YesNo> parse_yes_no(std::string_view text);

// Hashing for maps keyed by std::string and looked up by std::string_view.
struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
template <typename V>
using StringMap = std::unordered_map<std::string, V, StringHash, std::equal_to<>>;

// A list of names (a vocabulary section) looked up case-insensitively (ASCII).
class NameTable {
 public:
  // Names of `terms` with their positions as ids; with `first`, only
  // terms[first, last) with ids first..last-1.
  explicit NameTable(const std::vector<Term>& terms, size_t first = 0, size_t last = SIZE_MAX);
  NameTable() = default;
  std::optional<uint16_t> find(std::string_view text) const {
    const int id = lookup(text);
    return id < 0 ? std::nullopt : std::optional<uint16_t>(static_cast<uint16_t>(id));
  }
  // For messages: "expected early_help, cin or cp"; for a list of more than 12
  // names, "see <section> in standards/vocabulary.yaml".
  std::string expected(std::string_view section) const;

 private:
  // Exact (already lower-case) lookup. A small open-addressing table: it runs
  // for several values of every row, where a std::unordered_map's hashing and
  // node chasing showed in profiles. Both return -1 for no such name, in a
  // register: an optional<uint16_t> came back through the stack, two stores
  // read by one load, a stall at every lookup (find, inline, makes the
  // optional in the caller's registers).
  int find_exact(std::string_view text) const;
  int lookup(std::string_view text) const;  // exact, else in lower case

  struct Key {
    std::string text;      // a name in lower case (each once)
    uint64_t first, last;  // its ends (ends_of in values.cpp)
    uint64_t hash;
    uint16_t id;
  };
  std::vector<Key> keys_;
  std::vector<uint16_t> slots_;  // 1 + index into keys_, 0 when empty; size a power of two
  unsigned shift_ = 64;          // slot of a hash: hash >> shift_
  std::vector<std::string> names_;
};

// `text` in single quotes for a message: control characters escaped ("\n",
// "\x01"), cut to 60 bytes (at a character boundary) with "..." after.
std::string quoted(std::string_view text);
// `text` made safe to print on one line: control characters escaped, any
// byte that is not part of well-formed UTF-8 replaced by '?'.
std::string printable(std::string_view text);

}  // namespace ca
