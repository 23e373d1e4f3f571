#pragma once
// The pieces of a rule that several keys share: record selectors (records,
// anchor, trigger, until_record), scopes and durations. Internal to
// standard/; each reports its mistakes and returns nothing on one.
#include <optional>

#include "standard/diagnostics.h"
#include "standard/duration.h"
#include "standard/standard.h"
#include "vocab/vocabulary.h"

namespace ca {

inline constexpr std::string_view kVocabularyFile = "standards/vocabulary.yaml";

// "record type 'x' is not in the vocabulary (standards/vocabulary.yaml)"
std::string not_in_vocabulary(std::string_view what, std::string_view name);

// `records: visit`, `[a, b]`, or `{type: visit, where: {seen: Y, location: {not: [virtual]}}}`.
std::optional<Selector> parse_selector(const Entry& e, const Vocabulary& vocab, Diagnostics& diag);

// `{case: open}`, `{case: open, while: [cin, cp]}`, `{episode: cla, per: period, tags: [settled], not_tags: [...]}`.
std::optional<Scope> parse_scope(const Entry& e, const Vocabulary& vocab, Diagnostics& diag);

// The entry's value as a duration.
std::optional<Duration> parse_duration_entry(const Entry& e, DurationUse use, Diagnostics& diag);
std::optional<Duration> parse_duration_node(const YAML::Node& node, std::string_view key, DurationUse use,
                                            Diagnostics& diag);

}  // namespace ca
