#pragma once
// The parser's error list and its way of reading YAML maps: every mistake is
// collected with its position, none stops the reading (except bad syntax).
// Used by standard/ (standard/parse.h is its entry point) and by mapping/,
// whose files are YAML too and report their mistakes the same way.
#include <yaml-cpp/yaml.h>

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace ca {

class Diagnostics {
 public:
  explicit Diagnostics(std::string origin) : origin_(std::move(origin)) {}

  void error(const YAML::Mark& at, std::string message);
  void error(const YAML::Node& at, std::string message) { error(at.Mark(), std::move(message)); }
  bool empty() const { return errors_.empty(); }
  size_t count() const { return errors_.size(); }
  // "ORIGIN:LINE:COLUMN: message" (1-based), in file order.
  std::vector<std::string> messages() const;

 private:
  struct Error {
    int line, column;
    size_t seq;
    std::string message;
  };
  std::string origin_;
  std::vector<Error> errors_;
};

// One key of a map, where it is, and its value.
struct Entry {
  std::string key;
  YAML::Node key_node;
  YAML::Node value;
};

// A YAML map's entries. Reports a key given twice, and a key not in `known`
// ("unknown key 'evrey' (did you mean 'every'?)").
class MapReader {
 public:
  MapReader(const YAML::Node& map, std::span<const std::string_view> known, Diagnostics& diag);

  const Entry* find(std::string_view key) const;
  const std::vector<Entry>& entries() const { return entries_; }
  const YAML::Node& node() const { return map_; }

 private:
  YAML::Node map_;
  std::vector<Entry> entries_;
};

// "unknown key 'x'" with the nearest known key, or the list of known keys when short.
std::string unknown_key_message(std::string_view key, std::span<const std::string_view> known);

// The value as text, or an error "'KEY' must be text" (a map or a list) and nothing.
std::optional<std::string> scalar_text(const Entry& e, Diagnostics& diag);

// A one-word value: reports a missing value ("'KEY' has no value") as well as a map or a list.
std::optional<std::string> word_value(const Entry& e, Diagnostics& diag);

// The value as a list of texts: a scalar is a list of one. Reports maps, nested lists and an empty list.
std::vector<std::pair<std::string, YAML::Node>> text_list(const Entry& e, Diagnostics& diag);

}  // namespace ca
