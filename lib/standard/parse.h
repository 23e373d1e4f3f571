#pragma once
// Reads one standards file (the format of standards/README.md) into a
// Standard, resolving every word against the vocabulary. Every mistake in the
// file is reported, not only the first, as "FILE:LINE:COLUMN: message"
// (1-based, in file order), e.g.
//   camden.yaml:14:5: unknown key 'evrey' (did you mean 'every'?)
#include <string>
#include <string_view>
#include <vector>

#include "standard/standard.h"
#include "vocab/vocabulary.h"

namespace ca {

struct ParseResult {
  Standard standard;                // complete only when there are no errors
  std::vector<std::string> errors;  // "FILE:LINE:COLUMN: message"
  bool ok() const { return errors.empty(); }
};

// `origin` names the file in messages and in Standard::origin; when it ends in
// NAME.yaml or NAME.yml, the file's `standard:` must be NAME.
ParseResult parse_standard(std::string_view yaml, const std::string& origin, const Vocabulary& vocab);

}  // namespace ca
