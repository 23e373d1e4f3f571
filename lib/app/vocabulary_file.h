#pragma once
// --vocabulary FILE: a vocabulary of the user's instead of the built-in
// standards/vocabulary.yaml (new record types and fields for a standard of
// their own, with no rebuild).
#include <optional>
#include <string>

#include "vocab/vocabulary.h"

namespace ca {

// The built-in vocabulary, or the one in `file` (kept in `storage`). Throws
// FatalError ("FILE: cannot read: ...", or "FILE:LINE:COLUMN: reason").
const Vocabulary& vocabulary_for(const std::optional<std::string>& file, std::optional<Vocabulary>& storage);

}  // namespace ca
