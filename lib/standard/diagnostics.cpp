#include "standard/diagnostics.h"

#include <fmt/format.h>

#include <algorithm>
#include <tuple>

#include "standard/nearest.h"

namespace ca {

void Diagnostics::error(const YAML::Mark& at, std::string message) {
  errors_.push_back({at.is_null() ? -1 : at.line, at.is_null() ? -1 : at.column, errors_.size(), std::move(message)});
}

std::vector<std::string> Diagnostics::messages() const {
  std::vector<Error> sorted = errors_;
  std::stable_sort(sorted.begin(), sorted.end(), [](const Error& a, const Error& b) {
    return std::tie(a.line, a.column) < std::tie(b.line, b.column);
  });
  std::vector<std::string> out;
  for (const Error& e : sorted) {
    if (e.line < 0)
      out.push_back(fmt::format("{}: {}", origin_, e.message));
    else
      out.push_back(fmt::format("{}:{}:{}: {}", origin_, e.line + 1, e.column + 1, e.message));
  }
  return out;
}

std::string unknown_key_message(std::string_view key, std::span<const std::string_view> known) {
  if (auto near = nearest(key, known)) return fmt::format("unknown key '{}' (did you mean '{}'?)", key, *near);
  if (known.size() <= 6) return fmt::format("unknown key '{}' (expected {})", key, fmt::join(known, ", "));
  return fmt::format("unknown key '{}'", key);
}

MapReader::MapReader(const YAML::Node& map, std::span<const std::string_view> known, Diagnostics& diag) : map_(map) {
  for (auto it = map.begin(); it != map.end(); ++it) {
    if (!it->first.IsScalar()) {
      diag.error(it->first, "a key must be a word");
      continue;
    }
    Entry e{it->first.Scalar(), it->first, it->second};
    if (find(e.key)) {
      diag.error(e.key_node, fmt::format("'{}' is given twice", e.key));
      continue;
    }
    if (std::find(known.begin(), known.end(), e.key) == known.end()) {
      diag.error(e.key_node, unknown_key_message(e.key, known));
      continue;
    }
    entries_.push_back(std::move(e));
  }
}

const Entry* MapReader::find(std::string_view key) const {
  for (const Entry& e : entries_)
    if (e.key == key) return &e;
  return nullptr;
}

std::optional<std::string> scalar_text(const Entry& e, Diagnostics& diag) {
  if (e.value.IsScalar()) return e.value.Scalar();
  if (e.value.IsNull()) return std::string();
  diag.error(e.value, fmt::format("'{}' must be text, not a {}", e.key, e.value.IsMap() ? "map" : "list"));
  return std::nullopt;
}

std::optional<std::string> word_value(const Entry& e, Diagnostics& diag) {
  if (e.value.IsNull() || (e.value.IsScalar() && e.value.Scalar().empty())) {
    diag.error(e.key_node, fmt::format("'{}' has no value", e.key));
    return std::nullopt;
  }
  return scalar_text(e, diag);
}

std::vector<std::pair<std::string, YAML::Node>> text_list(const Entry& e, Diagnostics& diag) {
  std::vector<std::pair<std::string, YAML::Node>> out;
  if (e.value.IsScalar()) {
    out.emplace_back(e.value.Scalar(), e.value);
  } else if (e.value.IsSequence()) {
    for (const auto& item : e.value) {
      if (item.IsScalar())
        out.emplace_back(item.Scalar(), item);
      else
        diag.error(item, fmt::format("'{}' lists words, not {}", e.key, item.IsMap() ? "maps" : "lists"));
    }
    if (e.value.size() == 0) diag.error(e.value, fmt::format("'{}' is an empty list", e.key));
  } else if (e.value.IsNull()) {
    diag.error(e.key_node, fmt::format("'{}' has no value", e.key));
  } else {
    diag.error(e.value, fmt::format("'{}' must be a word or a list of words, not a map", e.key));
  }
  return out;
}

}  // namespace ca
