#pragma once
// "Did you mean ...?": the candidate nearest to a misspelt word.
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace ca {

// Edit distance counting an insertion, deletion, substitution or swap of two
// neighbouring letters as one edit, ignoring case.
int edit_distance(std::string_view a, std::string_view b);

// The candidate within one edit of `word` (two for words of six letters or
// more), the first of the nearest; nothing when none is that close.
std::optional<std::string> nearest(std::string_view word, std::span<const std::string_view> candidates);

}  // namespace ca
