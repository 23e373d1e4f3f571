// Fuzz target: the mapping loader (mapping/mapping.h parse_mapping) over any
// text as a mapping file, against the built-in vocabulary. Every mistake
// names its line; a mapping that loads says what its layout can give
// (mapping_facts, as `standards show --map` reads it).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "check.h"
#include "mapping/mapping.h"
#include "vocab/vocabulary.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace ca;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const Vocabulary& vocab = Vocabulary::builtin();
  Mapping m;
  const std::vector<std::string> errors = parse_mapping(text, "fuzz-input", vocab, m);
  for (const std::string& e : errors) fuzz::check(fuzz::names_line(e, "fuzz-input"), "an error without its line", e);
  if (!errors.empty()) return 0;
  const ExportFacts facts = mapping_facts(m, vocab);
  fuzz::check(facts.layout == m.name, "the facts name another layout", facts.layout);
  for (const SourceSpec& s : m.sources) (void)shape_of(s, vocab);
  return 0;
}
