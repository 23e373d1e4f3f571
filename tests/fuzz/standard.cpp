// Fuzz target: the standard loader (standard/parse.h) over any text as a
// standards file, against the built-in vocabulary. Every error names its
// line; a standard that loads can be described in plain words, as
// `standards show` does, and its tag variants checked.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string_view>

#include "check.h"
#include "standard/describe.h"
#include "standard/parse.h"
#include "standard/variants.h"
#include "vocab/vocabulary.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace ca;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const Vocabulary& vocab = Vocabulary::builtin();
  const ParseResult r = parse_standard(text, "fuzz-input", vocab);
  for (const std::string& e : r.errors) fuzz::check(fuzz::names_line(e, "fuzz-input"), "an error without its line", e);
  if (!r.ok()) return 0;
  std::ostringstream out;
  describe_standard(r.standard, vocab, out);
  for (const std::string& w : variant_warnings(r.standard, vocab, "fuzz-input"))
    fuzz::check(fuzz::names_line(w, "fuzz-input"), "a warning without its line", w);
  return 0;
}
