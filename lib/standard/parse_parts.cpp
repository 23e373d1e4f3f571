#include "standard/parse_parts.h"

#include <fmt/format.h>

namespace ca {

std::string not_in_vocabulary(std::string_view what, std::string_view name) {
  return fmt::format("{} '{}' is not in the vocabulary ({})", what, name, kVocabularyFile);
}

std::optional<Duration> parse_duration_node(const YAML::Node& node, std::string_view key, DurationUse use,
                                            Diagnostics& diag) {
  if (!node.IsScalar()) {
    diag.error(node, fmt::format("'{}' must be a duration such as '10 working days', not a {}", key,
                                 node.IsMap() ? "map" : "list"));
    return std::nullopt;
  }
  Duration d;
  if (Status s = parse_duration(node.Scalar(), use, d); !s) {
    diag.error(node, s.message());
    return std::nullopt;
  }
  return d;
}

std::optional<Duration> parse_duration_entry(const Entry& e, DurationUse use, Diagnostics& diag) {
  if (e.value.IsNull()) {
    diag.error(e.key_node, fmt::format("'{}' has no value (write a duration such as '10 working days')", e.key));
    return std::nullopt;
  }
  return parse_duration_node(e.value, e.key, use, diag);
}

}  // namespace ca
